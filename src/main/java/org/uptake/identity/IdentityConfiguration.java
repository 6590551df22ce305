package org.uptake.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/** What the identity module adds to navigation and which of its endpoints visitors may call. */
@Configuration
class IdentityConfiguration {

    @Bean
    PublicEndpoint registrationApi() {
        return PublicEndpoint.post("/api/v1/accounts");
    }

    @Bean
    PublicEndpoint tokenApi() {
        return PublicEndpoint.post("/api/v1/auth/token");
    }

    @Bean
    NavigationItem accountsAdministration() {
        return NavigationItem.forRole("nav.admin.accounts", "/admin/accounts", 900, Role.ADMIN.name());
    }

    @Bean
    NavigationItem auditLog() {
        return NavigationItem.forRole("nav.admin.audit", "/admin/audit", 910, Role.ADMIN.name());
    }
}
