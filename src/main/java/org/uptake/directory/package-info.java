/**
 * Who is who: organisations with their NUTS region, NACE sector and derived EU size class, the people who belong
 * to them (memberships), and the NUTS and NACE reference data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.uptake.directory;
