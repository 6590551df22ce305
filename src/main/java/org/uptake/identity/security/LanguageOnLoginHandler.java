package org.uptake.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Language;

/** After sign-in the pages speak the language stored in the account, on any device. */
@Component
class LanguageOnLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;

    LanguageOnLoginHandler(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof UptakeUser user) {
            Language.fromTag(user.locale()).ifPresent(language ->
                    localeResolver.setLocale(request, response, language.locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
