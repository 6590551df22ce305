package org.uptake.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.identity.Role;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/** Questionnaire definitions are public; everything else about assessments needs an account. */
@Configuration
class AssessmentConfiguration {

    @Bean
    PublicEndpoint questionnairesApi() {
        return PublicEndpoint.get("/api/v1/questionnaires/**");
    }

    @Bean
    NavigationItem assessmentsNavigation() {
        return NavigationItem.forSignedIn("nav.assessments", "/assessments", 100);
    }

    @Bean
    NavigationItem advisorFirmsNavigation() {
        return NavigationItem.forRole("nav.advisorFirms", "/advisor/firms", 110, Role.ADVISOR.name());
    }
}
