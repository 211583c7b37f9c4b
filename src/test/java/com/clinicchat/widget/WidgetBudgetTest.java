package com.clinicchat.widget;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The widget as served: small enough for every page of the clinic's site, and no style a strict CSP blocks. */
class WidgetBudgetTest {

    static final int BUDGET_BYTES = 15 * 1024;

    @Test
    void theWidgetStaysWithinFifteenKilobytesGzipped() throws IOException {
        byte[] widget = new ClassPathResource("static/widget/widget.js").getContentAsByteArray();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(widget);
        }
        assertThat(zipped.size()).as("gzipped bytes of %d raw", widget.length).isLessThanOrEqualTo(BUDGET_BYTES);
    }

    @Test
    void itsStylesAreAConstructedStyleSheetNotInlineMarkup() throws IOException {
        String widget = new ClassPathResource("static/widget/widget.js").getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(widget).contains("adoptedStyleSheets").doesNotContain("style=\"").doesNotContain("<style>");
    }
}
