package org.uptake.identity.privacy;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Personal data")
class PrivacyApiController {

    private final PersonalData personalData;
    private final Problems problems;

    PrivacyApiController(PersonalData personalData, Problems problems) {
        this.personalData = personalData;
        this.problems = problems;
    }

    record ErasureRequest(String password) {
    }

    @GetMapping("/api/v1/me/data")
    @Operation(summary = "Everything stored about the caller")
    Map<String, Object> export(@AuthenticationPrincipal UptakeUser user) {
        return personalData.export(user.id());
    }

    @PostMapping("/api/v1/me/erase")
    @Operation(summary = "Erase the caller's account after confirming the password; authored content stays, anonymised")
    ResponseEntity<?> erase(@AuthenticationPrincipal UptakeUser user, @RequestBody ErasureRequest request) {
        return personalData.erase(user.id(), request.password()) ? ResponseEntity.noContent().build()
                : problems.respond(HttpStatus.FORBIDDEN, "password.wrong");
    }
}
