package org.uptake.platform;

/**
 * An entry in the main navigation, declared as a bean by the module that owns the page.
 *
 * @param messageKey   message bundle key of the label
 * @param path         target path
 * @param order        position, ascending
 * @param requiredRole role a user needs to see the entry (without {@code ROLE_}), or {@code null} for everyone
 *                     signed in; {@link #PUBLIC} for visitors too
 */
public record NavigationItem(String messageKey, String path, int order, String requiredRole) {

    /** Marker for entries that visitors without an account see as well. */
    public static final String PUBLIC = "PUBLIC";

    public static NavigationItem forEveryone(String messageKey, String path, int order) {
        return new NavigationItem(messageKey, path, order, PUBLIC);
    }

    public static NavigationItem forSignedIn(String messageKey, String path, int order) {
        return new NavigationItem(messageKey, path, order, null);
    }

    public static NavigationItem forRole(String messageKey, String path, int order, String role) {
        return new NavigationItem(messageKey, path, order, role);
    }
}
