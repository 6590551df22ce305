package org.uptake.makerspace.venue;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VenueRepository extends JpaRepository<Venue, UUID> {

    List<Venue> findAllByOrderByName();

    List<Venue> findByOrganisationIdOrderByName(UUID organisationId);

    List<Venue> findByOrganisationIdInOrderByName(java.util.Collection<UUID> organisationIds);
}
