package org.uptake.identity.token;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Authentication")
class TokenApiController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final Problems problems;

    TokenApiController(AuthenticationManager authenticationManager, ApiTokens tokens, Problems problems) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.problems = problems;
    }

    record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}") String username,
            @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.tooLong}") String password,
            @Size(max = 100, message = "{validation.tooLong}") String name) {
    }

    record TokenResponse(String token, String id, Instant expiresAt) {
    }

    record TokenSummary(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            String status) {
        static TokenSummary of(ApiToken token) {
            return new TokenSummary(token.getId().toString(), token.getName(), token.getCreatedAt(),
                    token.getExpiresAt(), token.getLastUsedAt(), token.getStatus());
        }
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange e-mail and password for a personal access token (Authorization: Bearer)")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request) {
        UptakeUser user;
        try {
            user = (UptakeUser) authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                    .unauthenticated(Accounts.normalizeEmail(request.username()), request.password())).getPrincipal();
        } catch (LockedException locked) {
            return problems.respond(HttpStatus.UNAUTHORIZED, "login.locked");
        } catch (AuthenticationException failed) {
            return problems.respond(HttpStatus.UNAUTHORIZED, "login.failed");
        }
        ApiTokens.Issued issued = tokens.issue(user.id(), request.name());
        return ResponseEntity.ok(new TokenResponse(issued.secret(), issued.token().getId().toString(),
                issued.token().getExpiresAt()));
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "The caller's tokens (never their secrets)")
    List<TokenSummary> mine(@AuthenticationPrincipal UptakeUser user) {
        return tokens.of(user.id()).stream().map(TokenSummary::of).toList();
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<?> revoke(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return tokens.revoke(user.id(), id) ? ResponseEntity.noContent().build()
                : problems.respond(HttpStatus.NOT_FOUND, "token.notFound");
    }
}
