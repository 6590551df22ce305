package org.uptake.platform;

import org.springframework.http.HttpMethod;

/**
 * A path that visitors may call without signing in, declared as a bean by the module that serves it.
 * Everything not declared public requires authentication.
 *
 * @param method  HTTP method, or {@code null} for any
 * @param pattern path pattern such as {@code /api/v1/regions/**}
 */
public record PublicEndpoint(HttpMethod method, String pattern) {

    public static PublicEndpoint get(String pattern) {
        return new PublicEndpoint(HttpMethod.GET, pattern);
    }

    public static PublicEndpoint post(String pattern) {
        return new PublicEndpoint(HttpMethod.POST, pattern);
    }

    public static PublicEndpoint any(String pattern) {
        return new PublicEndpoint(null, pattern);
    }
}
