/**
 * Accounts, platform roles, sign-in, API tokens, the audit log and personal data (export and erasure).
 * Knows nothing of organisations: modules that do contribute through {@link org.uptake.identity.PersonalDataContributor}
 * and listen to {@link org.uptake.identity.AccountErased}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.uptake.identity;
