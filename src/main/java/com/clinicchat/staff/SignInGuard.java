package com.clinicchat.staff;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import com.clinicchat.limits.ClientAddress;
import com.clinicchat.limits.RateLimit;
import com.clinicchat.limits.RateLimitStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing at the console's sign-in: failed sign-ins take a token from three buckets (the
 * account from this address, this address, the account from anywhere); while any is empty, a sign-in is refused
 * with 429 before the password is looked at. Every failure is logged (username and address, never the password)
 * and, like every sign-in, recorded in the audit trail.
 */
@Component
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final RateLimitStore store;
    private final AuditTrail audit;
    private final RateLimit accountAndAddress;
    private final RateLimit address;
    private final RateLimit account;

    SignInGuard(RateLimitStore store, AuditTrail audit, SignInProperties properties) {
        this.store = store;
        this.audit = audit;
        this.accountAndAddress = new RateLimit("sign-in-account-address",
                properties.failuresPerAccountAndAddress(), properties.period());
        this.address = new RateLimit("sign-in-address", properties.failuresPerAddress(), properties.period());
        this.account = new RateLimit("sign-in-account", properties.failuresPerAccount(), properties.period());
    }

    /** Before the sign-in form is checked: refuses it while a bucket is empty. */
    OncePerRequestFilter filter(String loginPath) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !loginPath.equals(request.getServletPath());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String username = username(request);
                String from = request.getRemoteAddr();
                Optional<RateLimitStore.Verdict> refused = buckets(username, from).stream()
                        .map(bucket -> store.peek(bucket.limit(), bucket.key()))
                        .filter(verdict -> !verdict.allowed()).findFirst();
                if (refused.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                long seconds = refused.get().retryAfterSeconds();
                log.warn("Staff sign-in throttled: username={} from {} (retry in {} s)", printable(username), from,
                        seconds);
                audit.record(username, AuditAction.SIGN_IN_THROTTLED, null, from);
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("<!doctype html><title>Too many sign-in attempts</title>"
                        + "<p>Too many failed sign-ins. Please wait " + seconds + " seconds, then "
                        + "<a href=\"" + loginPath + "\">try again</a>.</p>").getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** After a wrong password (or a disabled account): counts it, logs it, audits it, shows the form again. */
    AuthenticationFailureHandler onFailure(String failureUrl) {
        SimpleUrlAuthenticationFailureHandler form = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (request, response, exception) -> {
            String username = username(request);
            String from = request.getRemoteAddr();
            buckets(username, from).forEach(bucket -> store.tryTake(bucket.limit(), bucket.key()));
            log.warn("Failed staff sign-in: username={} from {} ({})", printable(username), from,
                    exception.getClass().getSimpleName());
            audit.record(username, AuditAction.SIGN_IN_FAILED, null, from);
            form.onAuthenticationFailure(request, response, exception);
        };
    }

    AuthenticationSuccessHandler onSuccess(String defaultTarget) {
        SavedRequestAwareAuthenticationSuccessHandler page = new SavedRequestAwareAuthenticationSuccessHandler();
        page.setDefaultTargetUrl(defaultTarget);
        return (request, response, authentication) -> {
            log.info("Staff sign-in: {} from {}", authentication.getName(), request.getRemoteAddr());
            audit.record(authentication.getName(), AuditAction.SIGN_IN, null, request.getRemoteAddr());
            page.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private record Bucket(RateLimit limit, String key) {
    }

    private List<Bucket> buckets(String username, String from) {
        String where = ClientAddress.key(from);
        return List.of(new Bucket(accountAndAddress, username + "|" + where), new Bucket(address, where),
                new Bucket(account, username));
    }

    private static String username(HttpServletRequest request) {
        return StaffAccounts.normalise(request.getParameter("username"));
    }

    /** A username that was only tried can hold anything: no line breaks into the log, and not too much of it. */
    private static String printable(String username) {
        String clean = username.codePoints().filter(c -> c >= 0x20 && c != 0x7f).limit(60)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.isEmpty() ? "(empty)" : clean;
    }

}
