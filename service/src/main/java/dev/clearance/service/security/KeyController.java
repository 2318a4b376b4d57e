package dev.clearance.service.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key management (admin only). */
@RestController
class KeyController {

    private final ApiKeys keys;

    KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a key with a role; the key is in this response only, store it now")
    IssuedKey create(@Valid @RequestBody NewKeyRequest request, Principal caller) {
        return keys.create(request.role(), request.label(), caller.getName());
    }
}
