package dev.clearance.service.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/keys}: the role of the new key and a label saying whose it is. */
record NewKeyRequest(@NotNull Role role, @NotBlank @Size(max = 200) String label) {
}
