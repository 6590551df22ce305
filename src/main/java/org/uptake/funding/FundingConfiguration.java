package org.uptake.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/** Published calls, their documents and the open data of funded projects are public; everything else needs a sign-in. */
@Configuration
class FundingConfiguration {

    @Bean
    PublicEndpoint callsApi() {
        return PublicEndpoint.get("/api/v1/calls");
    }

    @Bean
    PublicEndpoint callApi() {
        return PublicEndpoint.get("/api/v1/calls/*");
    }

    @Bean
    PublicEndpoint callDocumentsApi() {
        return PublicEndpoint.get("/api/v1/calls/*/documents/**");
    }

    @Bean
    PublicEndpoint callPages() {
        return PublicEndpoint.get("/calls");
    }

    @Bean
    PublicEndpoint callPage() {
        return PublicEndpoint.get("/calls/*");
    }

    @Bean
    PublicEndpoint callDocumentTemplates() {
        return PublicEndpoint.get("/calls/*/documents/**");
    }

    @Bean
    NavigationItem fundingNavigation() {
        return NavigationItem.forEveryone("nav.funding", "/calls", 240);
    }
}
