package org.uptake.makerspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
