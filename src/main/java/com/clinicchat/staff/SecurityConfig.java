package com.clinicchat.staff;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
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

    /**
     * The console and every page of ours: scripts and styles from this origin only (no inline code), nothing framed.
     * The socket is same-origin ({@code 'self'} covers ws/wss to this host).
     */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * The demo page stands in for a clinic's own page: an inline script loads the widget from the other host name,
     * whose shadow root holds an inline style and whose socket goes to that host.
     */
    static final String DEMO_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' http: https:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' http: https: ws: wss:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAccounts accounts, SignInGuard signIn,
                                            AuditTrail audit) throws Exception {
        RequestMatcher demo = new OrRequestMatcher(path("/blog/**"), path("/demo/**"));
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
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll()
                        .successHandler(signIn.onSuccess("/staff/"))
                        .failureHandler(signIn.onFailure(LOGIN_PAGE + "?error")))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN_PAGE + "?signed-out")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                audit.record(auth.getName(), AuditAction.SIGN_OUT, null, request.getRemoteAddr());
                            }
                        }))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(demo,
                                new ContentSecurityPolicyHeaderWriter(DEMO_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(demo),
                                new ContentSecurityPolicyHeaderWriter(CONSOLE_POLICY))))
                .addFilterBefore(signIn.filter(LOGIN_PAGE), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
