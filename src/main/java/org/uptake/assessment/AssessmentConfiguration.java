package org.uptake.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.PublicEndpoint;

/** Questionnaire definitions are public; everything else about assessments needs an account. */
@Configuration
class AssessmentConfiguration {

    @Bean
    PublicEndpoint questionnairesApi() {
        return PublicEndpoint.get("/api/v1/questionnaires/**");
    }
}
