package com.clinicchat.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A visitor's browser on the demo article page (served from localhost, the widget loaded from 127.0.0.1: another
 * origin), at desktop (1366×800) or phone (390×844, emulated as a touch device) size.
 */
final class WidgetPage implements AutoCloseable {

    enum Size {
        DESKTOP, PHONE
    }

    final ChromeDriver browser;
    final Size size;
    final int port;

    WidgetPage(int port, Size size) {
        this.port = port;
        this.size = size;
        browser = Browsers.start(1366, 800);
        if (size == Size.PHONE) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        }
    }

    WidgetPage load() {
        browser.get("http://localhost:" + port + "/blog/magnesium-iv-benefits");
        return this;
    }

    String name(String what) {
        return what + "-" + size.name().toLowerCase();
    }

    void screenshot(String what) {
        Browsers.screenshot(browser, "widget-" + name(what));
    }

    SearchContext widget() {
        WebElement host = waitFor(() -> browser.findElements(By.cssSelector("[data-clinicchat]")).stream()
                .findFirst().orElse(null));
        return host.getShadowRoot();
    }

    WebElement find(String css) {
        return widget().findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return widget().findElements(By.cssSelector(css));
    }

    <T> T waitFor(Supplier<T> condition) {
        return waitFor(Duration.ofSeconds(20), condition);
    }

    <T> T waitFor(Duration timeout, Supplier<T> condition) {
        return new WebDriverWait(browser, timeout).until(driver -> {
            try {
                T value = condition.get();
                return value instanceof Boolean b ? (b ? value : null) : value;
            } catch (RuntimeException notYet) {
                return null;
            }
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Runs with {@code root} bound to the widget's shadow root. */
    Object inWidget(String script, Object... args) {
        return js("const root = document.querySelector('[data-clinicchat]').shadowRoot;\n" + script, args);
    }

    void open() {
        find(".launcher").click();
        waitFor(() -> find(".panel").isDisplayed());
    }

    void ask(String text) {
        find("#cc-input").sendKeys(text);
        find(".send").click();
    }

    List<WebElement> messages(String author) {
        return all(".msg." + author);
    }

    String lastText(String author) {
        List<WebElement> list = messages(author);
        return list.isEmpty() ? "" : list.getLast().findElement(By.cssSelector(".body")).getText();
    }

    /** The conversation this browser's widget keeps in localStorage. */
    String conversationId() {
        return (String) js("return JSON.parse(localStorage.getItem('clinicchat:127.0.0.1:" + port
                + "')).conversationId");
    }

    /** Whether {@code element} lies wholly inside the log's visible area. */
    boolean visibleInLog(WebElement element) {
        return (Boolean) inWidget("""
                const log = root.querySelector('.log').getBoundingClientRect(), r = arguments[0].getBoundingClientRect();
                return r.top >= log.top - 1 && r.bottom <= log.bottom + 1;""", element);
    }

    /** Whether the end of {@code element} is in view: a long answer may be taller than the log itself. */
    boolean endVisibleInLog(WebElement element) {
        return (Boolean) inWidget("""
                const log = root.querySelector('.log').getBoundingClientRect(), r = arguments[0].getBoundingClientRect();
                return r.bottom >= log.top && r.bottom <= log.bottom + 1;""", element);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
