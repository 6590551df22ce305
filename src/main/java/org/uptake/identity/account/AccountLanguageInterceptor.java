package org.uptake.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Language;

/** Remembers a signed-in person's language switch in their account, so it follows them to other devices. */
@Configuration
class AccountLanguageInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AccountRepository accounts;

    AccountLanguageInterceptor(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (lang != null && auth != null && auth.getPrincipal() instanceof UptakeUser user) {
            Language.fromTag(lang).ifPresent(language -> accounts.findById(user.id())
                    .filter(account -> !language.tag().equals(account.getLocale()))
                    .ifPresent(account -> {
                        account.changeLocale(language.tag());
                        accounts.save(account);
                    }));
        }
        return true;
    }
}
