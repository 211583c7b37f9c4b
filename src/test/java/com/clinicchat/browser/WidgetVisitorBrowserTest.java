package com.clinicchat.browser;

import com.clinicchat.browser.WidgetPage.Size;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffDesk;
import com.clinicchat.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor meets in the widget beyond asking and being answered, in real headless Chromium against the real
 * service, at desktop and phone sizes, with a screenshot of each state (target/screenshots/widget-*).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicchat.chat.allowed-origins=http://localhost:*")
class WidgetVisitorBrowserTest {

    static final String PERSONAL = "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?";

    @LocalServerPort
    int port;
    @Autowired
    StaffDesk desk;
    @Autowired
    ConversationStore store;
    @Autowired
    StaffAccounts accounts;

    final List<AutoCloseable> opened = new ArrayList<>();

    WidgetPage visitor(Size size) {
        WidgetPage page = new WidgetPage(port, size);
        opened.add(page);
        return page;
    }

    @AfterEach
    void quit() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    // 1
    @ParameterizedTest
    @EnumSource(Size.class)
    void aChatThatCannotConnectSaysSoAndGivesTheClinicsNumberWhileRetrying(Size size) {
        WidgetPage page = visitor(size);
        // every socket the widget opens goes to a closed port until the test lets it through
        page.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__refuse = true; window.__attempts = 0;
                const Native = window.WebSocket;
                window.WebSocket = Object.assign(function (url, protocols) {
                  window.__attempts++;
                  return new Native(window.__refuse ? 'ws://127.0.0.1:9/refused' : url, protocols);
                }, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3, prototype: Native.prototype });"""));
        page.load();
        page.open();
        page.ask("Is a magnesium drip safe?");

        WebElement notice = page.waitFor(() -> page.find(".unavailable").isDisplayed() ? page.find(".unavailable") : null);
        assertThat(notice.getText()).contains("The chat is unavailable right now.")
                .contains("(801) 555-0100").contains("keep trying");
        assertThat(notice.findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo("tel:8015550100");
        assertThat(page.find(".status").getText()).isEqualTo("Chat unavailable");
        assertThat(page.messages("visitor").getLast().getAttribute("class")).as("kept, to be sent").contains("pending");
        long attempts = (Long) page.js("return window.__attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        page.screenshot("unavailable");
        page.waitFor(Duration.ofSeconds(30), () -> (Long) page.js("return window.__attempts") > attempts);

        page.js("window.__refuse = false; window.dispatchEvent(new Event('online'))");
        page.waitFor(() -> !page.find(".unavailable").isDisplayed());
        page.waitFor(() -> page.lastText("bot").toLowerCase().contains("safe"));
        assertThat(page.messages("visitor").getLast().getAttribute("class")).doesNotContain("pending");
    }

    // 2
    @ParameterizedTest
    @EnumSource(Size.class)
    void anEscalationWithNobodyOnDutySaysOneTrueThingAndKeepsTheChatInViewAboveACompactForm(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        page.waitFor(() -> page.messages("bot").size() >= 2);
        page.ask(PERSONAL);

        WebElement note = page.waitFor(() -> page.lastText("system").startsWith("Nobody from the clinic is on duty")
                ? page.messages("system").getLast() : null);
        WebElement form = page.waitFor(() -> page.find(".callback").isDisplayed() ? page.find(".callback") : null);
        assertThat(page.lastText("bot")).doesNotContain("reply here").doesNotContain("will reply");
        assertThat(page.all(".msg")).extracting(WebElement::getText)
                .filteredOn(text -> text.contains("on duty") || text.contains("reply here")).hasSize(1);
        page.waitFor(() -> page.visibleInLog(note));
        assertThat(page.visibleInLog(note)).as("the newest message is in view").isTrue();
        assertThat(form.getRect().getY()).as("the form sits below the log, not over it")
                .isGreaterThanOrEqualTo(page.find(".log").getRect().getY() + page.find(".log").getRect().getHeight() - 1);
        assertThat(page.find(".log").getRect().getHeight()).as("the conversation keeps room").isGreaterThan(150);
        WebElement footer = page.find("footer");
        WebElement panel = page.find(".panel");
        assertThat(footer.getRect().getY() + footer.getRect().getHeight())
                .as("the disclaimer footer is not cut off")
                .isLessThanOrEqualTo(panel.getRect().getY() + panel.getRect().getHeight());
        assertThat(footer.findElement(By.cssSelector(".note")).isDisplayed()).isTrue();
        page.screenshot("nobody-on-duty");

        form.findElement(By.name("name")).sendKeys("Ann Example");
        form.findElement(By.name("contact")).sendKeys("+1 555 010 0100");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        page.waitFor(() -> page.lastText("system").equals("Thank you. The clinic will call you back."));
        assertThat(page.find(".callback").isDisplayed()).isFalse();
    }

    // 3
    @ParameterizedTest
    @EnumSource(Size.class)
    void afterAReloadTheChatOpensAtTheNewestMessage(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        for (String question : List.of("How does magnesium help with high blood pressure?",
                "Does magnesium help with muscle cramps?", "Is IV magnesium used for athletes?")) {
            int before = page.messages("bot").size();
            page.ask(question);
            page.waitFor(() -> page.messages("bot").size() > before);
        }

        page.browser.navigate().refresh();
        page.waitFor(() -> !page.messages("bot").isEmpty()); // the history comes back before the panel opens
        page.open();
        page.waitFor(() -> page.lastText("visitor").equals("Is IV magnesium used for athletes?"));
        page.waitFor(() -> page.lastText("bot").toLowerCase().contains("athlete"));
        WebElement newest = page.messages("bot").getLast();
        page.waitFor(() -> page.endVisibleInLog(newest));
        assertThat((Boolean) page.inWidget("""
                const log = root.querySelector('.log');
                return log.scrollHeight > log.clientHeight && log.scrollHeight - log.scrollTop - log.clientHeight < 2;"""))
                .as("scrolled to the end of a log that overflows").isTrue();
        page.screenshot("after-reload");
    }

    // 4 and 5
    @ParameterizedTest
    @EnumSource(Size.class)
    void aStaffReplyWhileTheChatIsClosedShowsABadgeAPreviewAndTheCountInTheTitleUntilOpened(Size size) {
        WidgetPage page = visitor(size).load();
        String pageTitle = page.browser.getTitle();
        WebElement launcher = page.find(".launcher");
        assertThat(launcher.getAttribute("aria-label")).isEqualTo("Open chat with Pure IV Utah");
        page.open();
        assertThat(launcher.getAttribute("aria-label")).as("a close control while open").isEqualTo("Close chat");
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("true");
        if (size == Size.DESKTOP) {
            assertThat(page.find(".launcher svg:nth-of-type(2)").isDisplayed()).as("the close icon").isTrue();
            assertThat(page.find(".launcher svg:nth-of-type(1)").isDisplayed()).isFalse();
        } else {
            // the panel fills the screen: the header's close button is the close control, and the launcher it
            // covers is out of sight and out of the tab order (no focus lands on something hidden)
            assertThat(launcher.isDisplayed()).as("the covered launcher").isFalse();
            assertThat(page.find(".close").getSize().getWidth()).isGreaterThanOrEqualTo(44);
        }
        page.find(".person").click();
        page.waitFor(() -> page.lastText("system").startsWith("You asked to talk to a person."));
        (size == Size.DESKTOP ? launcher : page.find(".close")).click();
        page.waitFor(() -> !page.find(".panel").isDisplayed());
        assertThat(launcher.isDisplayed()).isTrue();
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.find(".badge").isDisplayed()).as("nothing unread yet").isFalse();

        String id = page.conversationId();
        desk.claim(id, "Dana");
        desk.reply(id, "Dana", "Hi, I'm Dana, a nurse here. How can I help?");
        page.waitFor(() -> page.find(".badge").isDisplayed());
        assertThat(page.find(".badge").getText()).isEqualTo("1");
        assertThat(page.browser.getTitle()).isEqualTo("(1) " + pageTitle);
        assertThat(launcher.getAttribute("aria-label")).contains("1 unread");
        WebElement preview = page.find(".preview");
        assertThat(preview.isDisplayed()).isTrue();
        assertThat(preview.getText()).contains("Dana").contains("Hi, I'm Dana, a nurse here.");
        assertThat((Boolean) page.inWidget("""
                const p = root.querySelector('.preview').getBoundingClientRect();
                const l = root.querySelector('.launcher').getBoundingClientRect();
                return p.left >= 0 && p.right <= innerWidth && p.top >= 0 && p.bottom <= l.top;"""))
                .as("the preview is on screen, above the launcher").isTrue();
        desk.reply(id, "Dana", "Are you still there?");
        page.waitFor(() -> page.find(".badge").getText().equals("2"));
        assertThat(page.browser.getTitle()).isEqualTo("(2) " + pageTitle);
        page.screenshot("unread");

        page.find(".preview-open").click();
        page.waitFor(() -> page.find(".panel").isDisplayed());
        assertThat(page.find(".badge").isDisplayed()).isFalse();
        assertThat(page.find(".preview").isDisplayed()).isFalse();
        assertThat(page.browser.getTitle()).isEqualTo(pageTitle);

        page.browser.navigate().refresh(); // what was read stays read
        page.waitFor(() -> page.messages("staff").size() == 2);
        assertThat(page.find(".badge").isDisplayed()).isFalse();
    }

    // 6
    @ParameterizedTest
    @EnumSource(Size.class)
    void theAssistantAndStaffLookDifferentAndTheHeaderSaysWhetherTheTeamIsOnline(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        page.waitFor(() -> page.messages("bot").size() >= 2);
        assertThat(page.find(".presence").getText()).isEqualTo("Team offline");

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ChromeDriver console = Browsers.start(1366, 800);
        opened.add(console::quit);
        String dana = "Dana" + suffix;
        accounts.create(new NewStaffAccount("dana" + suffix, dana, "correct horse battery", StaffRole.STAFF));
        console.get("http://localhost:" + port + "/staff");
        page.waitFor(() -> console.getCurrentUrl().endsWith("/staff/login"));
        console.findElement(By.id("username")).sendKeys("dana" + suffix);
        console.findElement(By.id("password")).sendKeys("correct horse battery");
        console.findElement(By.cssSelector("button[type=submit]")).click();
        page.waitFor(() -> page.find(".presence").getText().equals("Team online"));

        page.find(".person").click();
        page.waitFor(() -> page.lastText("system").equals("You asked to talk to a person. Someone from the clinic will reply here shortly."));
        String id = page.conversationId();
        desk.claim(id, dana);
        desk.reply(id, dana, "Hi, I'm Dana from the clinic.");
        page.waitFor(() -> page.messages("staff").size() == 1);
        page.waitFor(() -> page.find(".status").getText().equals(dana + " from the clinic"));

        WebElement bot = page.messages("bot").getLast();
        WebElement staff = page.messages("staff").getLast();
        assertThat(page.all(".msg.bot .who")).extracting(WebElement::getText).contains("Assistant");
        assertThat(staff.findElement(By.cssSelector(".who")).getText()).isEqualTo(dana + " \u00b7 clinic team");
        assertThat(staff.findElement(By.cssSelector(".avatar")).getText()).isEqualTo("D");
        assertThat(staff.getAttribute("data-name")).isEqualTo(dana);
        String botBackground = bot.findElement(By.cssSelector(".body")).getCssValue("background-color");
        String staffBackground = staff.findElement(By.cssSelector(".body")).getCssValue("background-color");
        assertThat(staffBackground).as("staff bubbles are not the bot's grey").isNotEqualTo(botBackground);
        page.screenshot("staff-and-bot");
    }

    // 7
    @ParameterizedTest
    @EnumSource(Size.class)
    void aSourceIsOneCompactLinkWithTheFullTitleOnFocusAndListsAreLists(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        WebElement link = page.waitFor(() -> page.find(".msg.bot .sources a"));
        WebElement sources = page.find(".msg.bot .sources");
        assertThat(sources.getText()).isEqualTo("Source: Managing Blood Pressure");
        assertThat(sources.getSize().getHeight()).as("one line").isLessThan(24);
        assertThat(link.getAttribute("href"))
                .isEqualTo("http://localhost:" + port + "/blog/magnesium-iv-benefits#managing-blood-pressure");
        assertThat(link.getAttribute("aria-label")).startsWith("Magnesium IV Benefits").endsWith("Managing Blood Pressure");
        String full = "return getComputedStyle(arguments[0], '::after').content";
        assertThat((String) page.js(full, link)).isEqualTo("none");
        new Actions(page.browser).moveToElement(link).perform();
        assertThat((String) page.js(full, link)).as("the full title shows on hover")
                .contains("Magnesium IV Benefits").contains("Managing Blood Pressure");
        new Actions(page.browser).moveToElement(page.find("header")).perform();
        page.js("arguments[0].focus()", page.find(".msg.bot .thumb.up")); // then back to the link by keyboard
        new Actions(page.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat((String) page.inWidget("return root.activeElement.textContent")).isEqualTo("Managing Blood Pressure");
        assertThat((String) page.js(full, link)).as("and on keyboard focus")
                .contains("Magnesium IV Benefits").contains("Managing Blood Pressure");

        page.ask("Who is a magnesium drip ideal for?");
        WebElement list = page.waitFor(() -> page.messages("bot").getLast().findElement(By.cssSelector(".body ul")));
        assertThat(list.findElements(By.cssSelector("li"))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(item -> assertThat(item.getText()).doesNotStartWith("- "));
        page.screenshot("sources-and-list");
    }

    // 8 and 9
    @ParameterizedTest
    @EnumSource(Size.class)
    void suggestionsGoOnceTheVisitorTypesAndAnUncoveredQuestionOffersQuickReplies(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        assertThat(page.all(".chips button")).hasSize(3);
        page.find("#cc-input").sendKeys("Do you sell gift vouchers");
        assertThat(page.all(".chips")).as("typing hides the suggestions").isEmpty();
        page.find("#cc-input").sendKeys("?", Keys.ENTER);

        page.waitFor(() -> page.messages("bot").size() >= 2);
        List<WebElement> quick = page.waitFor(() -> page.all(".chips.quick button").size() == 2
                ? page.all(".chips.quick button") : null);
        assertThat(quick.getFirst().getText()).isEqualTo("Talk to a person");
        assertThat(List.of("What are the benefits of a magnesium drip?", "Is a magnesium drip safe?",
                "Who is a magnesium drip ideal for?")).contains(quick.get(1).getText());
        page.screenshot("quick-replies");

        quick.getFirst().click();
        WebElement note = page.waitFor(() -> page.messages("system").stream()
                .filter(m -> m.getText().startsWith("You asked to talk to a person.")).findFirst().orElse(null));
        assertThat(note.getText()).contains("Nobody from the clinic is on duty");
        assertThat(page.all(".chips")).as("used: gone").isEmpty();
        page.waitFor(() -> page.find(".status").getText().startsWith("Waiting for clinic staff"));
        page.screenshot("asked-for-person");
    }

    // 10
    @Test
    void onAPhoneEveryControlIsAFingerWideTheInputDoesNotZoomAndThePageBehindStaysPut() {
        WidgetPage page = visitor(Size.PHONE).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        page.waitFor(() -> !page.all(".thumb").isEmpty());
        page.find("#cc-input").sendKeys("Do you sell gift vouchers?", Keys.ENTER);
        page.waitFor(() -> !page.all(".chips.quick button").isEmpty());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> small = (List<Map<String, Object>>) page.inWidget("""
                return [...root.querySelectorAll('button, a, textarea, input')].filter(el => el.offsetParent !== null)
                  .map(el => ({ what: (el.className || el.tagName) + ' ' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30),
                                width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height,
                                inline: el.tagName === 'A' && el.closest('.sources') !== null }))
                  .filter(t => !t.inline && (t.width < 44 || t.height < 44));""");
        assertThat(small).as("tap targets under 44×44").isEmpty();
        assertThat(page.find("#cc-input").getCssValue("font-size")).isEqualTo("16px");

        Number before = (Number) page.js("return window.scrollY");
        WebElement header = page.find("header");
        new Actions(page.browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(header), 0, 600).perform();
        new Actions(page.browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(page.find(".log")), 0, 3000).perform();
        assertThat(((Number) page.js("return window.scrollY")).doubleValue()).as("the page behind did not scroll")
                .isEqualTo(before.doubleValue());
        assertThat(page.js("return getComputedStyle(document.documentElement).overflow")).isEqualTo("hidden");
        page.screenshot("tap-targets");

        page.find(".close").click();
        assertThat(page.js("return getComputedStyle(document.documentElement).overflow")).as("unlocked once closed")
                .isEqualTo("visible");
    }

    // 11
    @ParameterizedTest
    @EnumSource(Size.class)
    void theFocusRingHasAtLeastThreeToOneAgainstWhatSurroundsIt(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        page.waitFor(() -> !page.all(".thumb").isEmpty());
        List<String> seen = new ArrayList<>();
        // forwards from the message box, then backwards from it through the log and the header to the launcher
        page.inWidget("root.querySelector('#cc-input').focus()");
        for (int i = 0; i < 4; i++) {
            checkRing(page, seen);
            new Actions(page.browser).sendKeys(Keys.TAB).perform();
        }
        page.inWidget("root.querySelector('#cc-input').focus()");
        for (int i = 0; i < 12; i++) {
            new Actions(page.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            checkRing(page, seen);
        }
        assertThat(seen).contains("close", "log", "send", "person").anyMatch(what -> what.startsWith("thumb"));
        if (size == Size.DESKTOP) {
            assertThat(seen).contains("launcher");
        } else {
            assertThat(seen).as("the launcher under the full-screen panel is not focusable").doesNotContain("launcher");
        }
        page.screenshot("focus-ring");
    }

    /**
     * The focused element's ring: solid, 2 px or more, 3:1 against the background around it, and not cut off by
     * the panel or the screen's edge (the panel fills a phone's screen).
     */
    @SuppressWarnings("unchecked")
    private static void checkRing(WidgetPage page, List<String> seen) {
        Map<String, Object> ring = (Map<String, Object>) page.inWidget("""
                const el = root.activeElement || document.activeElement;
                if (!el || el === document.body) return null;
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
                const around = node => { // the first opaque background behind the element's outline
                  for (node = node.parentElement || node.getRootNode().host; node; node = node.parentElement || (node.getRootNode && node.getRootNode().host)) {
                    const c = getComputedStyle(node).backgroundColor; if (rgb(c).length < 4 || rgb(c)[3] > 0) return rgb(c);
                  }
                  return [255, 255, 255]; };
                const style = getComputedStyle(el);
                const r = el.getBoundingClientRect(), out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
                const inside = (box) => r.left - out >= box.left - 0.5 && r.top - out >= box.top - 0.5
                  && r.right + out <= box.right + 0.5 && r.bottom + out <= box.bottom + 0.5;
                const inPanel = root.querySelector('.panel').contains(el);
                return { what: el.className || el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
                         ratio: ratio(rgb(style.outlineColor), around(el)),
                         whole: !root.contains(el) || (inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })
                           && (!inPanel || inside(root.querySelector('.panel').getBoundingClientRect()))) };""");
        if (ring != null) {
            seen.add(ring.get("what").toString());
            assertThat(ring.get("outline")).as("%s has a ring", ring.get("what")).isEqualTo("solid");
            assertThat(((Number) ring.get("width")).doubleValue()).isGreaterThanOrEqualTo(2);
            assertThat(((Number) ring.get("ratio")).doubleValue()).as("ring contrast of %s", ring.get("what"))
                    .isGreaterThanOrEqualTo(3.0);
            assertThat(ring.get("whole")).as("the ring of %s is not cut off", ring.get("what")).isEqualTo(true);
        }
    }

    // 12
    @ParameterizedTest
    @EnumSource(Size.class)
    void theMessageBoxGrowsWithShiftEnterAndShrinksOnceSent(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        WebElement input = page.find("#cc-input");
        int oneLine = input.getSize().getHeight();
        input.sendKeys("Is a magnesium drip safe");
        new Actions(page.browser).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
        input.sendKeys("for someone who runs marathons");
        new Actions(page.browser).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
        input.sendKeys("every weekend?");
        int threeLines = input.getSize().getHeight();
        assertThat(threeLines).as("grown to show three lines").isGreaterThan(oneLine + 30);
        assertThat(page.messages("visitor")).as("Shift+Enter did not send").isEmpty();
        page.screenshot("growing-input");
        for (int i = 0; i < 8; i++) {
            new Actions(page.browser).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
            input.sendKeys("more");
        }
        assertThat(input.getSize().getHeight()).as("up to a few lines, then it scrolls").isLessThanOrEqualTo(134);
        assertThat((Boolean) page.inWidget("""
                const log = root.querySelector('.log').getBoundingClientRect();
                const footer = root.querySelector('footer').getBoundingClientRect();
                return log.height >= 96 && footer.bottom <= innerHeight + 0.5;"""))
                .as("the grown box leaves the conversation in view and the footer on screen").isTrue();
        page.screenshot("grown-input");

        input.sendKeys(Keys.ENTER);
        page.waitFor(() -> page.messages("visitor").size() == 1);
        assertThat(page.lastText("visitor")).startsWith("Is a magnesium drip safe\nfor someone who runs marathons");
        assertThat(input.getSize().getHeight()).isEqualTo(oneLine);
    }

    // 13
    @ParameterizedTest
    @EnumSource(Size.class)
    void aChatStaffCloseAsksForARatingStoredWithTheConversationAndAnswersTakeAThumb(Size size) {
        WidgetPage page = visitor(size).load();
        page.open();
        page.ask("How does magnesium help with high blood pressure?");
        WebElement down = page.waitFor(() -> page.find(".msg.bot .thumb.down"));
        down.click();
        page.waitFor(() -> "true".equals(page.find(".msg.bot .thumb.down").getAttribute("aria-pressed")));
        String id = page.conversationId();
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::feedback).contains(Feedback.DOWN);

        page.find(".person").click();
        page.waitFor(() -> page.lastText("system").startsWith("You asked to talk to a person."));
        desk.claim(id, "Dana");
        desk.close(id, "Dana", "answered");
        WebElement rate = page.waitFor(() -> page.find(".rate").isDisplayed() ? page.find(".rate") : null);
        assertThat(rate.getText()).contains("Was this chat helpful?");
        assertThat(page.find(".composer").isDisplayed()).isFalse();
        page.screenshot("rating");
        rate.findElements(By.cssSelector(".score")).get(3).click();
        WebElement comment = page.waitFor(() -> page.find(".comment").isDisplayed() ? page.find(".comment") : null);
        page.waitFor(() -> store.find(id).orElseThrow().rating() != null);
        assertThat(store.find(id).orElseThrow().rating().score()).isEqualTo(4);
        comment.findElement(By.cssSelector("textarea")).sendKeys("Dana was quick.");
        comment.findElement(By.cssSelector("button")).click();
        page.waitFor(() -> page.find(".thanks").isDisplayed());
        assertThat(store.find(id).orElseThrow().rating().comment()).isEqualTo("Dana was quick.");
        page.screenshot("rated");

        page.browser.navigate().refresh();
        page.open();
        page.waitFor(() -> page.find(".thanks").isDisplayed());
        assertThat(page.find(".rate").isDisplayed()).as("not asked twice").isFalse();
    }

    @Test
    void aVisitorEndsTheChatThemselvesAndIsAskedTheSame() {
        WidgetPage page = visitor(Size.DESKTOP).load();
        page.open();
        assertThat(page.find(".end").isDisplayed()).as("nothing to end yet").isFalse();
        page.ask("Does magnesium help with muscle cramps?");
        page.waitFor(() -> page.messages("bot").size() >= 2);
        page.find(".end").click();
        page.waitFor(() -> page.find(".confirm").isDisplayed());
        page.find(".end-no").click();
        assertThat(page.find(".composer").isDisplayed()).isTrue();
        page.find(".end").click();
        page.find(".end-yes").click();
        page.waitFor(() -> page.find(".rate").isDisplayed());
        assertThat(page.lastText("system")).isEqualTo("You ended the chat.");
        page.find(".score").click();
        page.waitFor(() -> store.find(page.conversationId()).orElseThrow().rating() != null);
        assertThat(store.find(page.conversationId()).orElseThrow().rating().score()).isEqualTo(1);
        page.find(".restart").click();
        page.waitFor(() -> page.find(".composer").isDisplayed() && page.messages("system").isEmpty());
    }
}
