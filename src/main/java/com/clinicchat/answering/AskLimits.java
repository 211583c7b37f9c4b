package com.clinicchat.answering;

import com.clinicchat.limits.ClientAddress;
import com.clinicchat.limits.RateLimit;
import com.clinicchat.limits.RateLimitStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The door of {@code /api/ask}: a rate limit per address (429 with {@code Retry-After}) and a cap on the body
 * (413), both before the body is parsed or the pipeline runs. Registered for that path only (see
 * {@link AskWebConfig}).
 */
class AskLimits extends OncePerRequestFilter {

    private final RateLimitStore store;
    private final RateLimit limit;
    private final long maxBodyBytes;

    AskLimits(RateLimitStore store, AskProperties properties) {
        this.store = store;
        this.limit = new RateLimit("ask-address", properties.rateLimit(), properties.ratePeriod());
        this.maxBodyBytes = properties.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        RateLimitStore.Verdict verdict = store.tryTake(limit, ClientAddress.key(request.getRemoteAddr()));
        if (!verdict.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many questions from your address; "
                    + "try again in " + verdict.retryAfterSeconds() + " s.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        // a body without a length (chunked) is read up to the cap, and refused past it
        byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        problem(response, HttpStatus.CONTENT_TOO_LARGE, "too_large",
                "The request body is limited to " + maxBodyBytes + " bytes.");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // plain text only: the detail is ours, with no quotes or backslashes to escape
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
