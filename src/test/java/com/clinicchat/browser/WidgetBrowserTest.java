package com.clinicchat.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget as visitors meet it: on the demo article page served from localhost, loaded from 127.0.0.1 (another
 * origin), in real headless Chromium against the real service.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicchat.chat.allowed-origins=http://localhost:*")
class WidgetBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openDemoPage() {
        browser = Browsers.start(1280, 900);
        browser.get("http://localhost:" + port + "/blog/magnesium-iv-benefits");
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    SearchContext widget() {
        WebElement host = waitFor(() -> browser.findElements(By.cssSelector("[data-clinicchat]")).stream().findFirst().orElse(null));
        return host.getShadowRoot();
    }

    <T> T waitFor(java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                T value = condition.get();
                return value instanceof Boolean b ? (b ? value : null) : value;
            } catch (RuntimeException notYet) {
                return null;
            }
        });
    }

    void openChat() {
        widget().findElement(By.cssSelector(".launcher")).click();
        waitFor(() -> widget().findElement(By.cssSelector(".panel")).isDisplayed());
    }

    void ask(String text) {
        WebElement input = widget().findElement(By.cssSelector("#cc-input"));
        input.sendKeys(text);
        widget().findElement(By.cssSelector(".send")).click();
    }

    List<WebElement> messages(String author) {
        return widget().findElements(By.cssSelector(".msg." + author));
    }

    String lastText(String author) {
        List<WebElement> list = messages(author);
        return list.isEmpty() ? "" : list.getLast().findElement(By.cssSelector(".body")).getText();
    }

    /** Keeps a handle on the widget's sockets: to count them, and to cut them like a dropped network would. */
    void countSockets() {
        ((JavascriptExecutor) browser).executeScript("""
                const Native = window.WebSocket;
                window.__sockets = [];
                window.WebSocket = Object.assign(function (url, protocols) {
                  const socket = new Native(url, protocols); window.__sockets.push(socket); return socket;
                }, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3, prototype: Native.prototype });""");
    }

    long socketsOpened() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.__sockets.length");
    }

    @Test
    void anAnswerableQuestionGetsAnAnswerWithASourceLinkIntoTheSite() {
        String widgetSource = (String) ((JavascriptExecutor) browser).executeScript(
                "return [...document.scripts].map(s => s.src).find(src => src.includes('widget.js'))");
        assertThat(widgetSource).startsWith("http://127.0.0.1:" + port);
        countSockets();
        waitFor(() -> !browser.findElements(By.cssSelector("[data-clinicchat]")).isEmpty());
        assertThat(socketsOpened()).as("no socket before the visitor opens the chat").isZero();
        openChat();
        waitFor(() -> socketsOpened() == 1);
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('[data-clinicchat]').shadowRoot.activeElement.id")).isEqualTo("cc-input");

        ask("How does magnesium help with high blood pressure?");

        WebElement answer = waitFor(() -> messages("bot").stream()
                .filter(m -> !m.findElements(By.cssSelector(".sources a")).isEmpty()).findFirst().orElse(null));
        assertThat(answer.getText()).containsIgnoringCase("blood pressure");
        WebElement source = answer.findElement(By.cssSelector(".sources a"));
        assertThat(source.getAttribute("href"))
                .isEqualTo("http://localhost:" + port + "/blog/magnesium-iv-benefits#managing-blood-pressure");
        assertThat(source.getText()).contains("Managing Blood Pressure");
        Browsers.screenshot(browser, "widget-desktop-answer");

        widget().findElement(By.cssSelector("#cc-input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waitFor(() -> !widget().findElement(By.cssSelector(".panel")).isDisplayed());
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('[data-clinicchat]').shadowRoot.activeElement.className")).isEqualTo("launcher");
        assertThat(widget().findElement(By.cssSelector(".launcher")).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void aPersonalMedicalQuestionShowsWaitingForStaff() {
        openChat();
        ask("I'm pregnant and on thyroid medication, is a magnesium drip okay for me?");

        waitFor(() -> widget().findElement(By.cssSelector(".status")).getText().contains("Waiting for clinic staff"));
        assertThat(lastText("bot")).contains("can't give personal medical advice");
    }

    @Test
    void theHistoryIsBackAfterAReload() {
        openChat();
        ask("Is IV magnesium used for athletes?");
        waitFor(() -> lastText("bot").toLowerCase().contains("athlete"));

        browser.navigate().refresh();
        openChat();

        waitFor(() -> lastText("visitor").equals("Is IV magnesium used for athletes?"));
        assertThat(lastText("bot").toLowerCase()).contains("athlete");
        assertThat(messages("visitor")).hasSize(1);
    }

    @Test
    void aMessageTypedWhileOfflineArrivesExactlyOnce() {
        countSockets();
        openChat();
        ask("hello");
        waitFor(() -> messages("bot").size() >= 2);

        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", true, "latency", 0, "downloadThroughput", 0, "uploadThroughput", 0));
        ((JavascriptExecutor) browser).executeScript("window.__sockets.forEach(socket => socket.close())");
        waitFor(() -> widget().findElement(By.cssSelector(".status")).getText().contains("Reconnecting"));
        ask("Does magnesium help with muscle cramps?");
        assertThat(messages("visitor").getLast().getAttribute("class")).contains("pending");

        browser.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        waitFor(() -> lastText("bot").toLowerCase().contains("cramp"));
        assertThat(messages("visitor").getLast().getAttribute("class")).doesNotContain("pending");

        browser.navigate().refresh(); // what the server stored, not what the page kept
        openChat();
        waitFor(() -> lastText("bot").toLowerCase().contains("cramp"));
        assertThat(messages("visitor")).extracting(WebElement::getText)
                .filteredOn(text -> text.contains("muscle cramps")).hasSize(1);
    }

    @Test
    void markupInMessagesIsShownAsText() {
        openChat();
        String payload = "<img src=x onerror=\"document.title='pwned'\"><b>bold</b><script>alert(1)</script>";
        ask(payload);

        waitFor(() -> lastText("visitor").equals(payload));
        assertThat(widget().findElements(By.cssSelector(".msg b, .msg img, .msg script"))).isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
    }

    @Test
    void everyTextHasAContrastOfAtLeastFourAndAHalfToOne() {
        openChat();
        ask("What are the side effects of a magnesium drip?");
        waitFor(() -> !widget().findElements(By.cssSelector(".sources a")).isEmpty());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ratios = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                const root = document.querySelector('[data-clinicchat]').shadowRoot;
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = el => {
                  for (; el; el = el.parentElement || el.getRootNode().host) {
                    const c = getComputedStyle(el).backgroundColor;
                    if (rgb(c).length < 4 || rgb(c)[3] > 0) return c;
                  }
                  return 'rgb(255, 255, 255)';
                };
                return [...root.querySelectorAll('h2, .status, .presence, .who, .msg p, .msg li, .sources, .sources a, .chips button, footer span, .person, .end, #cc-input, .send')]
                  .filter(el => el.offsetParent !== null)
                  .map(el => { const a = lum(rgb(getComputedStyle(el).color)), b = lum(rgb(background(el)));
                               return { element: el.className || el.tagName, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }; });""");

        assertThat(ratios).hasSizeGreaterThan(8);
        assertThat(ratios).allSatisfy(entry ->
                assertThat(((Number) entry.get("ratio")).doubleValue()).as(entry.get("element").toString()).isGreaterThanOrEqualTo(4.5));
    }

    @Test
    void onAPhoneThePanelFillsTheScreen() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.navigate().refresh();
        openChat();
        ask("What are the side effects of a magnesium drip?");
        waitFor(() -> lastText("bot").contains("warmth") || lastText("bot").contains("side effects"));

        WebElement panel = widget().findElement(By.cssSelector(".panel"));
        assertThat(panel.getSize().getWidth()).isEqualTo(390);
        assertThat(panel.getSize().getHeight()).isEqualTo(844);
        Browsers.screenshot(browser, "widget-mobile-answer");
    }
}
