package org.uptake.directory.membership;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** "Who am I": the account and the organisations it belongs to. Lives here because identity knows no organisations. */
@RestController
@Tag(name = "Accounts")
class MeApiController {

    private final Directory directory;

    MeApiController(Directory directory) {
        this.directory = directory;
    }

    record Me(UUID id, String email, String displayName, String locale, List<String> roles,
            List<OrganisationRef> organisations) {
    }

    record OrganisationRef(UUID id, String name, String type, String role) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller's account, roles and organisations")
    Me me(@AuthenticationPrincipal UptakeUser user) {
        return new Me(user.id(), user.email(), user.displayName(), user.locale(),
                user.roles().stream().map(Enum::name).sorted().toList(),
                directory.affiliations(user.id()).stream().map(a -> new OrganisationRef(a.organisation().id(),
                        a.organisation().name(), a.organisation().type().name(), a.role().name())).toList());
    }
}
