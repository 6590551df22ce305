package org.uptake.funding.call;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallDocumentRepository extends JpaRepository<CallDocument, UUID> {

    List<CallDocument> findByCallIdOrderByUploadedAt(UUID callId);
}
