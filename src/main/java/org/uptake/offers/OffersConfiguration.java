package org.uptake.offers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/** The catalogue is public: visitors find offers before they have an account. */
@Configuration
class OffersConfiguration {

    @Bean
    PublicEndpoint offersApi() {
        return PublicEndpoint.get("/api/v1/offers/**");
    }

    @Bean
    PublicEndpoint sessionsApi() {
        return PublicEndpoint.get("/api/v1/sessions/*");
    }

    @Bean
    PublicEndpoint sessionCalendars() {
        return PublicEndpoint.get("/api/v1/sessions/*/calendar.ics");
    }

    @Bean
    PublicEndpoint offerPages() {
        return PublicEndpoint.get("/offers/**");
    }

    @Bean
    PublicEndpoint certificateCheck() {
        return PublicEndpoint.get("/certificates/*");
    }

    /** Calendar apps fetch the personal feed without signing in; the secret address is the key. */
    @Bean
    PublicEndpoint personalCalendarFeeds() {
        return PublicEndpoint.get("/calendar/*");
    }

    @Bean
    NavigationItem organiseNavigation() {
        return NavigationItem.forRole("nav.organise", "/offers/organise", 210, "TRAINER");
    }

    @Bean
    NavigationItem offersNavigation() {
        return NavigationItem.forEveryone("nav.offers", "/offers", 200);
    }
}
