package org.uptake.funding.ranking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.PublicEndpoint;

/** The funded projects of a decided call are open data: readable without signing in. */
@Configuration
class OpenDataConfiguration {

    @Bean
    PublicEndpoint fundedProjectsApi() {
        return PublicEndpoint.get("/api/v1/calls/*/funded-projects");
    }

    @Bean
    PublicEndpoint fundedProjectsCsv() {
        return PublicEndpoint.get("/api/v1/calls/*/funded-projects.csv");
    }
}
