package dev.clearance.service.exchange;

import dev.clearance.rules.matching.SelfTradeMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A trading account as an exchange registers it. Give the age either as {@code age} in whole
 * years or as {@code dateOfBirth} (the age is then counted on the day of registration), and say
 * whether it was verified: a listing's minimum age admits verified ages only. Every other field
 * is required, the affiliated-market-maker flag included, so no account is unlabelled by omission.
 *
 * @param selfTradePrevention the mode for this account's orders that name none
 */
record ParticipantRegistration(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 letters, digits, dots, dashes or underscores")
        String id,
        @NotBlank String jurisdiction,
        @PositiveOrZero @Max(150) Integer age,
        @Past LocalDate dateOfBirth,
        @NotNull Boolean ageVerified,
        @NotBlank @Size(max = 200) String beneficialOwner,
        @NotBlank @Size(max = 200) String affiliateGroup,
        @NotNull Boolean affiliatedMarketMaker,
        @NotNull SelfTradeMode selfTradePrevention) {
}
