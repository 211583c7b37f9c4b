package com.clinicchat.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's pages hold nothing a strict Content-Security-Policy (no 'unsafe-inline') would block. */
class ConsoleMarkupTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"static/staff/index.html", "static/staff/login.html"})
    void noInlineScriptStyleOrHandler(String page) throws IOException {
        String html = new ClassPathResource(page).getContentAsString(StandardCharsets.UTF_8);
        assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script>").isFalse();
        assertThat(html).as("inline styles").doesNotContain("<style").doesNotContain("style=");
        assertThat(HANDLER.matcher(html).find()).as("on…= handlers").isFalse();
    }
}
