package com.clinicchat.insights;

import com.clinicchat.browser.Browsers;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights page in headless Chromium over the seeded week of {@link InsightsContract}: the figures shown are
 * the ones worked out there, every chart is drawn (Chart.js from the app's WebJar), and the tables link to CSV.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicchat.staff.admin-display-name=InsightsAdmin") // a context (and database) of its own
class InsightsBrowserTest {

    /** A strict policy (no inline script or style, nothing from elsewhere), as the hardened app will send. */
    static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** The insights page is served under {@link #STRICT_CSP}: it must work there unchanged. */
    @TestConfiguration
    static class StrictContentSecurityPolicy {
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> strictCsp() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                        FilterChain chain) throws ServletException, IOException {
                            response.setHeader("Content-Security-Policy", STRICT_CSP);
                            chain.doFilter(request, response);
                        }
                    });
            registration.addUrlPatterns("/staff/*");
            return registration;
        }
    }

    static final String PASSWORD = "correct horse battery";
    static final String WEEK = "?from=2026-03-02&to=2026-03-08";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ConversationStore store;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void seedAndStart() {
        if (store.find("a1").isEmpty()) {
            InsightsContract.seedWeek(new Seed(store, jdbc));
        }
        browser = Browsers.start(1400, 3000);
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    <T> T waitFor(Supplier<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                T value = condition.get();
                return value instanceof Boolean b ? (b ? value : null) : value;
            } catch (RuntimeException notYet) {
                return null;
            }
        });
    }

    void signIn(StaffRole role) {
        String username = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewStaffAccount(username, "Ins" + username, PASSWORD, role));
        browser.get("http://localhost:" + port + "/staff/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the console routes its views by fragment (/staff/#inbox)
        waitFor(() -> browser.getCurrentUrl().contains("/staff/") && !browser.getCurrentUrl().contains("login"));
    }

    String figure(String id, String part) {
        return browser.findElement(By.cssSelector("#figure-" + id + " ." + part)).getText();
    }

    List<String> row(String table, int index) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).get(index)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** The chart's data as Chart.js holds it, and whether anything was painted on its canvas. */
    @SuppressWarnings("unchecked")
    List<List<Number>> chartData(String canvasId) {
        return (List<List<Number>>) browser.executeScript(
                "const chart = Chart.getChart(arguments[0]); return chart.data.datasets.map(d => d.data);", canvasId);
    }

    long paintedPixels(String canvasId) {
        return (Long) browser.executeScript("""
                const canvas = document.getElementById(arguments[0]);
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
                return painted;""", canvasId);
    }

    @Test
    void anAdminSeesTheWeeksFiguresChartsAndCsvLinks() {
        signIn(StaffRole.ADMIN);
        WebElement link = waitFor(() -> browser.findElement(By.id("insights-link")).isDisplayed()
                ? browser.findElement(By.id("insights-link")) : null);
        assertThat(link.getAttribute("href")).endsWith("/staff/insights");

        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.violations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));"));
        browser.get("http://localhost:" + port + "/staff/insights" + WEEK);
        waitFor(() -> figure("conversations", "value").equals("9"));
        assertThat(browser.executeAsyncScript("fetch(location.href).then(r => arguments[0]("
                + "r.headers.get('Content-Security-Policy')))")).isEqualTo(STRICT_CSP);

        assertThat(browser.findElement(By.id("period-text")).getText())
                .startsWith("2026-03-02 to 2026-03-08 (7 days, UTC), compared with 2026-02-23 to 2026-03-01.");
        assertThat(figure("messages", "value")).isEqualTo("11");
        assertThat(figure("resolution", "value")).isEqualTo("22.2 %");
        assertThat(figure("resolution", "detail")).isEqualTo("2 of 9");
        assertThat(figure("resolution", "change")).isEqualTo("▲ 22.2 points vs before"); // from 0 %: b1 was rated 1
        assertThat(figure("escalated", "value")).isEqualTo("6");
        assertThat(figure("escalated", "detail")).isEqualTo("4 taken, 2 not taken, 1 urgent");
        assertThat(figure("wait", "value")).isEqualTo("1 min 10 s");
        assertThat(figure("wait", "detail")).isEqualTo("90 % within 4 min");
        assertThat(figure("first-reply", "value")).isEqualTo("1 min 45 s");
        assertThat(figure("first-reply", "detail")).isEqualTo("90 % within 4 min 36 s");
        assertThat(figure("callbacks", "detail")).isEqualTo("1 done");
        assertThat(figure("rating", "value")).isEqualTo("3.50 / 5");
        assertThat(figure("rating", "detail")).isEqualTo("4 ratings");
        assertThat(figure("rating", "change")).isEqualTo("▲ 2.50 vs before");
        assertThat(figure("gaps", "value")).isEqualTo("4");

        assertThat(row("table-escalations", 0)).containsExactly("Medical question", "3");
        assertThat(row("table-staff", 0)).containsExactly("Dana", "3", "3", "0", "40 s", "1 min");
        assertThat(row("table-staff", 1)).containsExactly("Lee", "1", "1", "1", "1 min 40 s", "2 min 30 s");
        assertThat(row("table-outcomes", 0)).containsExactly("(none noted)", "3");
        assertThat(row("table-outcomes", 1)).containsExactly("booked", "2");
        assertThat(row("table-sections", 0)).containsExactly("Magnesium IV Benefits › Managing Blood Pressure", "3");
        assertThat(row("table-gaps", 0)).containsExactly("do you sell gift cards?", "2");
        assertThat(browser.findElement(By.id("ratings-none")).isDisplayed()).isFalse();
        assertThat(row("table-ratings", 1)).containsExactly("2 / 5", "1");
        assertThat(row("table-comments", 0)).endsWith("2", "Too vague");
        assertThat(row("table-comments", 1)).endsWith("5", "Very helpful");
        assertThat(browser.findElements(By.cssSelector("#table-comments tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("thumbs")).getText()).isEqualTo("3 thumbs up, 2 thumbs down.");
        assertThat(row("table-worst", 0)).containsExactly("What does it do for muscles?",
                "Magnesium supports muscle recovery after exercise.", "1", "0");
        assertThat(row("table-worst", 1)).containsExactly("Does magnesium lower blood pressure?",
                "Magnesium relaxes blood vessels.", "1", "1");

        // every chart drawn with the report's numbers: outcomes per day (assistant, rated badly, staff, unattended)
        waitFor(() -> browser.executeScript("return typeof Chart") .equals("function"));
        assertThat(chartData("chart-daily")).containsExactly(
                List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L), List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L),
                List.of(0L, 3L, 0L, 1L, 0L, 0L, 0L), List.of(0L, 0L, 0L, 2L, 0L, 0L, 0L));
        assertThat(chartData("chart-escalations")).containsExactly(List.of(3L, 2L, 1L));
        assertThat(chartData("chart-waits")).containsExactly(List.of(1L, 1L, 1L, 0L, 1L, 0L, 0L));
        assertThat(chartData("chart-sections")).containsExactly(List.of(3L, 2L));
        assertThat(chartData("chart-gaps")).containsExactly(List.of(2L, 0L, 1L, 0L, 0L, 0L, 1L));
        assertThat(chartData("chart-ratings")).containsExactly(List.of(0L, 1L, 1L, 1L, 1L));
        for (String chart : List.of("chart-daily", "chart-escalations", "chart-waits", "chart-sections", "chart-gaps",
                "chart-ratings")) {
            assertThat(waitFor(() -> paintedPixels(chart) > 2000)).as(chart).isTrue();
        }

        assertThat((List<?>) browser.executeScript("return window.violations")).isEmpty();

        String csv = browser.findElement(By.cssSelector("a.csv[data-table=daily]")).getAttribute("href");
        assertThat(csv).endsWith("/api/admin/insights/daily.csv?from=2026-03-02&to=2026-03-08");
        Browsers.screenshot(browser, "insights-week");

        // the presets show the days up to today: nothing was seeded there
        browser.findElement(By.cssSelector("[data-days='7']")).click();
        waitFor(() -> browser.findElement(By.id("period-text")).getText().contains("(7 days"));
        waitFor(() -> browser.findElement(By.cssSelector("[data-days='7']")).getAttribute("aria-pressed").equals("true"));
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo(LocalDate.now().toString());
        assertThat(figure("conversations", "value")).isEqualTo("0");
        assertThat(figure("resolution", "value")).isEqualTo("—");
        assertThat(figure("rating", "value")).isEqualTo("No ratings");
        assertThat(browser.findElement(By.id("ratings-none")).isDisplayed()).isTrue();

        // a period that cannot be: the server's reason is shown, the figures stay as they were
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('from').value = '2026-03-10'; document.getElementById('to').value = '2026-03-01';");
        browser.findElement(By.cssSelector("#period button[type=submit]")).click();
        waitFor(() -> browser.findElement(By.id("problem")).getText().equals("'from' (2026-03-10) is after 'to' (2026-03-01)."));
        Browsers.screenshot(browser, "insights-error");
    }

    @Test
    void staffWithoutAdminAreToldTheFiguresAreForAdministrators() {
        signIn(StaffRole.STAFF);
        assertThat(browser.findElement(By.id("insights-link")).isDisplayed()).isFalse();

        browser.get("http://localhost:" + port + "/staff/insights");
        waitFor(() -> browser.findElement(By.id("problem")).getText().equals("Insights are for administrators."));
        assertThat(browser.findElements(By.cssSelector("#cards .card"))).isEmpty();
    }
}
