package org.uptake.makerspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/**
 * Visitors see the maker spaces, their equipment and when it is free before they have an account; booking, inductions,
 * venue bookings and usage figures need one.
 */
@Configuration
class MakerspaceConfiguration {

    @Bean
    PublicEndpoint venuesApi() {
        return PublicEndpoint.get("/api/v1/venues");
    }

    @Bean
    PublicEndpoint venueApi() {
        return PublicEndpoint.get("/api/v1/venues/*");
    }

    @Bean
    PublicEndpoint venueEquipmentApi() {
        return PublicEndpoint.get("/api/v1/venues/*/equipment");
    }

    @Bean
    PublicEndpoint equipmentApi() {
        return PublicEndpoint.get("/api/v1/equipment/*");
    }

    @Bean
    PublicEndpoint availabilityApi() {
        return PublicEndpoint.get("/api/v1/equipment/*/availability");
    }

    @Bean
    PublicEndpoint venuePages() {
        return PublicEndpoint.get("/makerspaces");
    }

    @Bean
    PublicEndpoint venuePage() {
        return PublicEndpoint.get("/makerspaces/*");
    }

    /** The address in the booking mails, which redirects to the venue page. */
    @Bean
    PublicEndpoint venueMailLink() {
        return PublicEndpoint.get("/makerspace/venues/*");
    }

    @Bean
    PublicEndpoint availabilityPage() {
        return PublicEndpoint.get("/makerspaces/equipment/*");
    }

    @Bean
    NavigationItem makerspaceNavigation() {
        return NavigationItem.forEveryone("nav.makerspace", "/makerspaces", 220);
    }
}
