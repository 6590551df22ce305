package org.uptake.funding.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.identity.Role;
import org.uptake.platform.NavigationItem;

/** Reviewers find their assignments in the navigation. */
@Configuration
class ReviewNavigation {

    @Bean
    NavigationItem reviewsNavigation() {
        return NavigationItem.forRole("nav.funding.reviews", "/reviews", 245, Role.REVIEWER.name());
    }
}
