package org.uptake.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.uptake.platform.Language;

/**
 * The language of a request: the {@code lang} parameter switches and is remembered in a cookie for a year;
 * without a choice the browser's {@code Accept-Language} decides among the supported languages.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "uptake-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Narrows every locale to a supported language so that bundles, formats and texts agree. */
    static class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(request -> fromAcceptLanguage(request));
        }

        /** Stays lazy like the parent's context, so a switch by {@code ?lang=} shows on the same request. */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext resolved = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return Language.of(resolved.getLocale()).locale();
                }

                @Override
                public TimeZone getTimeZone() {
                    return resolved instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
                }
            };
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : Language.of(locale).locale());
        }

        private static Locale fromAcceptLanguage(HttpServletRequest request) {
            if (request.getHeader("Accept-Language") == null) {
                return Language.EN.locale();
            }
            var locales = request.getLocales();
            while (locales.hasMoreElements()) {
                var match = Language.fromTag(locales.nextElement().toLanguageTag());
                if (match.isPresent()) {
                    return match.get().locale();
                }
            }
            return Language.EN.locale();
        }
    }
}
