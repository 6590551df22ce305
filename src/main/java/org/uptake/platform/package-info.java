/**
 * The shared kernel: layout, languages, error handling and the small contracts through which
 * modules plug into navigation and security. Keep it thin: no business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.uptake.platform;
