package com.clinicchat.metrics;

import com.clinicchat.staff.StaffAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import java.util.function.Supplier;

/**
 * {@code /actuator/prometheus}: never for anonymous callers. Readable by an admin signed in to the console (an
 * enabled account), or by a scraper with the bearer token {@code clinicchat.metrics.scrape-token}. A chain of its
 * own, ahead of the application's, so that the rest of the security setup stays as it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ScrapeSecurityConfig {

    static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain prometheusScrapes(HttpSecurity http, MetricsProperties properties, StaffAccounts accounts)
            throws Exception {
        http.securityMatcher(PROMETHEUS)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(adminOrScraper(accounts)))
                .addFilterBefore(new ScrapeTokenFilter(properties.scrapeToken()), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** The scraper's token, or the session of an admin whose account is still enabled. */
    private static AuthorizationManager<RequestAuthorizationContext> adminOrScraper(StaffAccounts accounts) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            if (who == null || !who.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            boolean scraper = has(who, "ROLE_" + ScrapeTokenFilter.SCRAPER_ROLE);
            boolean admin = has(who, "ROLE_ADMIN") && accounts.active(who.getName()).isPresent();
            return new AuthorizationDecision(scraper || admin);
        };
    }

    private static boolean has(Authentication who, String authority) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
