package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Participant;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registering trading accounts with the matching core. */
@RestController
@RequestMapping("/api/v1/participants")
class ParticipantController {

    private final ParticipantDirectory participants;

    ParticipantController(ParticipantDirectory participants) {
        this.participants = participants;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a trading account in every market, or replace its record")
    Participant register(@Valid @RequestBody ParticipantRegistration registration, Principal caller) {
        return participants.register(registration, caller.getName());
    }
}
