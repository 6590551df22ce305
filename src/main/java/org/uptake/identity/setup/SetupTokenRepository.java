package org.uptake.identity.setup;

import org.springframework.data.jpa.repository.JpaRepository;

interface SetupTokenRepository extends JpaRepository<SetupToken, Integer> {
}
