package org.uptake.identity;

import java.util.UUID;

/** A module's share of a person's data export ("everything stored about me"). */
public interface PersonalDataContributor {

    /** The key under which this module's data appears in the export. */
    String section();

    /** The module's data about the account, as JSON-serialisable values. */
    Object export(UUID accountId);
}
