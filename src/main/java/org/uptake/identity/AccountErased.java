package org.uptake.identity;

import java.util.UUID;

/**
 * An account was erased at its owner's request. Published inside the erasing transaction so that modules
 * remove what ties a person to their data (memberships) atomically with the erasure.
 */
public record AccountErased(UUID accountId) {
}
