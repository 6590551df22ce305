package org.uptake.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.uptake.platform.Language;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.SignedInUser;

/** Puts what every page's layout needs into the model: navigation, languages and the person signed in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final List<NavigationItem> navigation;
    private final boolean demo;

    LayoutModelAdvice(List<NavigationItem> navigation, @Value("${uptake.demo:false}") boolean demo) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.demo = demo;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication auth = signedIn();
        return navigation.stream().filter(item -> visible(item, auth)).toList();
    }

    @ModelAttribute("viewer")
    SignedInUser viewer() {
        Authentication auth = signedIn();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    @ModelAttribute("currentLanguage")
    Language currentLanguage() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    /** The current page in each language, so switching keeps the user where they are. */
    @ModelAttribute("languageLinks")
    Map<Language, String> languageLinks() {
        Map<Language, String> links = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            links.put(language, ServletUriComponentsBuilder.fromCurrentRequestUri()
                    .replaceQueryParam("lang", language.tag()).build().toUriString()
                    .replaceFirst("^https?://[^/]+", ""));
        }
        return links;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
    }

    private static boolean visible(NavigationItem item, Authentication auth) {
        if (NavigationItem.PUBLIC.equals(item.requiredRole())) {
            return true;
        }
        if (auth == null) {
            return false;
        }
        if (item.requiredRole() == null) {
            return true;
        }
        String wanted = "ROLE_" + item.requiredRole();
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::equals);
    }
}
