package com.clinicchat.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Visitors are anonymous: the widget, its socket, {@code /api/ask} and health are public;
 * the staff console, its socket and its API need a signed-in staff member; admin endpoints need ADMIN.
 * <p>
 * The console signs in with a form at {@code /staff/login}; its JSON calls send the CSRF token from the
 * {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header. APIs and sockets answer an anonymous caller with
 * 401 (no redirect, no Basic challenge that would pop up a browser dialog); pages redirect to the sign-in form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    static final String LOGIN_PAGE = "/staff/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAccounts accounts) throws Exception {
        RequestMatcher apis = new OrRequestMatcher(path("/api/**"), path("/ws/**"), path("/actuator/**"));
        // plain tokens (not XOR-masked): the console reads the cookie and sends it back as it is
        CsrfTokenRequestAttributeHandler plainTokens = new CsrfTokenRequestAttributeHandler();
        plainTokens.setCsrfRequestAttributeName(null); // load the token on every request, so the cookie is set
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/staff/login.html", "/staff/login.js", "/staff/console.css")
                        .permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/staff", "/staff/**", "/ws/staff", "/ws/staff/**", "/api/staff/**")
                        .hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                // the visitor side is cross-origin JSON without cookies; the console keeps CSRF protection
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/ask", "/ws/chat/**")
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(plainTokens))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apis))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/staff/").permitAll())
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN_PAGE + "?signed-out"))
                .addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
