package com.clinicchat.browser;

import com.clinicchat.browser.WidgetPage.Size;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A staff member's browser on the console, at desktop (1366×800) or phone (390×844) size. */
final class ConsolePage implements AutoCloseable {

    final ChromeDriver browser;
    final Size size;
    final int port;

    ConsolePage(int port, Size size) {
        this.port = port;
        this.size = size;
        browser = Browsers.start(1366, 800);
        if (size == Size.PHONE) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    ConsolePage signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/staff");
        waitFor(() -> browser.getCurrentUrl().endsWith("/staff/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.findElement(By.id("connection")).getText().equals("Live"));
        return this;
    }

    void screenshot(String what) {
        Browsers.screenshot(browser, "console-" + what + "-" + size.name().toLowerCase());
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** Opens a view by its tab, as staff do. */
    void view(String name) {
        find("[data-view=\"" + name + "\"]").click();
        waitFor(() -> find("[data-view-id=\"" + name + "\"]").isDisplayed());
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

    @Override
    public void close() {
        browser.quit();
    }
}
