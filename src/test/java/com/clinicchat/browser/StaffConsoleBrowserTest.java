package com.clinicchat.browser;

import com.clinicchat.answering.Assistant;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.browser.WidgetPage.Size;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffDesk;
import com.clinicchat.staff.StaffRole;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in real headless Chromium, with visitors in other browsers on the demo article page (the widget
 * loaded from 127.0.0.1, another origin): sign in, the views, the queue, taking a chat over, call backs, knowledge
 * gaps and searching past chats, at desktop and phone sizes (screenshots: target/screenshots/console-*).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.chat.allowed-origins=http://localhost:*",
        "clinicchat.staff.canned-replies=Hello! I'm looking into this now.,Could you give me a phone number?"})
class StaffConsoleBrowserTest {

    static final String PASSWORD = "correct horse battery";
    static final String PERSONAL = "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Assistant assistant;
    @Autowired
    Conversations conversations;
    @Autowired
    StaffDesk desk;

    final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void quit() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    WidgetPage visitor() {
        WidgetPage page = new WidgetPage(port, Size.DESKTOP);
        opened.add(page);
        return page.load();
    }

    /** A new account (unique names) signed in to the console; its display name is {@code firstName}. */
    ConsolePage staff(String firstName, StaffRole role, Size size) {
        String username = firstName.toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewStaffAccount(username, firstName, PASSWORD, role));
        ConsolePage page = new ConsolePage(port, size);
        opened.add(page);
        return page.signIn(username, PASSWORD);
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 5);
    }

    @Test
    void aStaffMemberSeesTheWaitingChatTakesItOverAndReplies() {
        String dana = unique("Dana");
        ConsolePage staff = staff(dana, StaffRole.ADMIN, Size.DESKTOP);
        assertThat(staff.find("#me-name").getText()).isEqualTo(dana + " (admin)");

        WidgetPage visitor = visitor();
        visitor.open();
        visitor.ask(PERSONAL);
        visitor.waitFor(() -> visitor.find(".status").getText().contains("Waiting for clinic staff"));

        String id = visitor.conversationId();
        // the queue is drawn anew on every change (other tests' visitors join it too): find the entry on each try
        String waitingEntry = "#waiting-list [data-conversation-id='" + id + "']";
        List<String> waiting = staff.waitFor(() -> {
            WebElement current = staff.find(waitingEntry);
            return List.of(current.getText(), current.findElement(By.cssSelector(".wait")).getText());
        });
        assertThat(waiting.get(0)).contains("Medical question").contains(PERSONAL);
        assertThat(waiting.get(1)).matches("\\d+ s|\\d+ min");
        staff.screenshot("waiting");

        staff.waitFor(() -> {
            staff.find(waitingEntry).click();
            return true;
        });
        staff.waitFor(() -> staff.all("#transcript .msg.bot").size() == 1);
        assertThat(staff.find("#transcript .msg.visitor .route").getText()).isEqualTo("escalate");
        staff.find("#claim").click();
        staff.waitFor(() -> staff.find("#composer").isDisplayed());

        visitor.waitFor(() -> visitor.find(".status").getText().equals(dana + " from the clinic"));
        visitor.waitFor(() -> visitor.lastText("system").equals(dana + " from the clinic has joined the chat."));

        staff.find("#reply").sendKeys("Hi, I'm " + dana + ", a nurse here. Which thyroid medication do you take?");
        staff.find("#send").click();
        visitor.waitFor(() -> visitor.lastText("staff").startsWith("Hi, I'm " + dana + ", a nurse here."));

        String markup = "<img src=x onerror=\"document.title='pwned'\">Levothyroxine <b>50</b>";
        // the widget sends a typing signal at most every 3 s, so a visitor who just typed the question must keep typing
        staff.waitFor(() -> {
            visitor.find("#cc-input").sendKeys("L");
            return staff.find("#typing").getText().equals("The visitor is typing…");
        });
        visitor.find("#cc-input").clear();
        visitor.ask(markup);
        WebElement shown = staff.waitFor(() -> staff.all("#transcript .msg.visitor .text").stream()
                .filter(text -> text.getText().equals(markup)).findFirst().orElse(null));
        assertThat(shown.findElements(By.cssSelector("img, b"))).isEmpty();
        assertThat(staff.browser.getTitle()).doesNotContain("pwned");

        new org.openqa.selenium.support.ui.Select(staff.find("#canned"))
                .selectByVisibleText("Could you give me a phone number?");
        assertThat(staff.find("#reply").getAttribute("value")).isEqualTo("Could you give me a phone number?");
        staff.screenshot("chat");

        staff.find("#hand-back").click();
        visitor.waitFor(() -> visitor.find(".status").getText().equals("Assistant"));
        visitor.waitFor(() -> visitor.lastText("system").startsWith(dana + " has left the chat."));
        staff.waitFor(() -> !staff.find("#composer").isDisplayed());
    }

    // 14
    @ParameterizedTest
    @EnumSource(Size.class)
    void theConsoleHasSeparateViewsWithTheInboxFirstAndEmptyListsSaySo(Size size) {
        ConsolePage staff = staff(unique("Kim"), StaffRole.STAFF, size);
        assertThat(staff.all(".views a")).filteredOn(WebElement::isDisplayed).extracting(WebElement::getText)
                .as("a staff member sees no admin views").containsExactly(
                        staff.find("[data-view=inbox]").getText(), "Search chats");
        assertThat(staff.find("[data-view=inbox]").getAttribute("aria-current")).isEqualTo("page");
        assertThat(staff.find("#view-inbox").isDisplayed()).isTrue();
        assertThat(staff.find("#view-history").isDisplayed()).isFalse();
        assertThat(staff.find("#mine-empty").getText()).isEqualTo("You have no open chats.");
        for (String list : List.of("waiting", "mine", "others", "callbacks", "bot")) {
            boolean empty = staff.all("#" + list + "-list > li").isEmpty();
            if (!list.equals("callbacks")) {
                assertThat(staff.find("#" + list + "-empty").isDisplayed()).as("%s says it is empty", list).isEqualTo(empty);
            }
        }
        staff.screenshot("inbox");

        staff.browser.get("http://localhost:" + port + "/staff/#gaps");
        staff.waitFor(() -> staff.find("#connection").getText().equals("Live"));
        assertThat(staff.find("#view-gaps").isDisplayed()).as("an admin view stays closed to staff").isFalse();
        assertThat(staff.find("#view-inbox").isDisplayed()).isTrue();

        ConsolePage admin = staff(unique("Ada"), StaffRole.ADMIN, size);
        assertThat(admin.all(".views a")).filteredOn(WebElement::isDisplayed).hasSize(4);
        admin.view("gaps");
        assertThat(admin.find("#view-inbox").isDisplayed()).isFalse();
        assertThat(admin.browser.getCurrentUrl()).endsWith("#gaps");
        admin.browser.navigate().refresh();
        admin.waitFor(() -> admin.find("#view-gaps").isDisplayed());
        admin.view("accounts");
        assertThat(admin.find("#accounts").getText()).contains("ADMIN");
        admin.screenshot("accounts");
        admin.view("inbox");
        assertThat(admin.find("#view-accounts").isDisplayed()).isFalse();
    }

    // 9 and 15
    @ParameterizedTest
    @EnumSource(Size.class)
    void aWaitingChatAndTheSameVisitorsCallBackRequestAreOneEntryAndAskingForAPersonIsTheTrigger(Size size) {
        WidgetPage visitor = visitor();
        visitor.open();
        visitor.ask(PERSONAL);
        WebElement form = visitor.waitFor(() -> visitor.find(".callback").isDisplayed() ? visitor.find(".callback") : null);
        String name = unique("Ann ");
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.name("contact")).sendKeys("+1 555 010 0100");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        visitor.waitFor(() -> visitor.lastText("system").equals("Thank you. The clinic will call you back."));

        WidgetPage asker = visitor();
        asker.open();
        asker.find(".person").click();
        asker.waitFor(() -> asker.lastText("system").startsWith("You asked to talk to a person."));

        ConsolePage staff = staff(unique("Robin"), StaffRole.STAFF, size);
        String id = visitor.conversationId();
        Supplier<WebElement> entry = () -> staff.find("#waiting-list [data-conversation-id='" + id + "']")
                .findElement(By.xpath(".."));
        String together = staff.waitFor(() -> {
            String text = entry.get().getText();
            return text.contains("Call back requested") ? text : null;
        });
        assertThat(together).contains("Call back requested").contains(name).contains("+1 555 010 0100");
        assertThat(staff.all("#callbacks-list .callback")).as("no second, unlinked card")
                .noneMatch(card -> card.getText().contains(name));
        assertThat(staff.find("#callbacks-linked").getText()).contains("shown with");

        String askerId = asker.conversationId();
        // the lists are drawn anew on every change: each try finds the entry again and reads it in one go
        List<String> asked = staff.waitFor(() -> {
            WebElement current = staff.find("#waiting-list [data-conversation-id='" + askerId + "']");
            return List.of(current.findElement(By.cssSelector(".trigger")).getText(), current.getText());
        });
        assertThat(asked.get(0)).isEqualTo("Asked for a person");
        assertThat(asked.get(1)).doesNotContain("(no message)");
        // likewise for the linked entry: found again until one check sees it whole
        Map<?, ?> fit = staff.waitFor(() -> {
            WebElement current = entry.get();
            WebElement done = current.findElement(By.xpath(".//button[text()='Mark done']"));
            return (Map<?, ?>) staff.browser.executeScript("""
                    const entry = arguments[0].getBoundingClientRect(), button = arguments[1].getBoundingClientRect();
                    return { fits: document.documentElement.scrollWidth <= innerWidth && entry.left >= 0
                               && entry.right <= innerWidth && button.left >= entry.left && button.right <= entry.right,
                             height: button.height };""", current, done);
        });
        assertThat(fit.get("fits")).as("the linked entry and its button fit the screen, nothing scrolls sideways")
                .isEqualTo(true);
        if (size == Size.PHONE) {
            assertThat(((Number) fit.get("height")).doubleValue()).as("a finger-sized button")
                    .isGreaterThanOrEqualTo(44);
        }
        staff.screenshot("linked-callback");

        staff.waitFor(() -> {
            entry.get().findElement(By.xpath(".//button[text()='Mark done']")).click();
            return true;
        });
        staff.waitFor(() -> !entry.get().getText().contains("Call back requested"));
    }

    // 16
    @ParameterizedTest
    @EnumSource(Size.class)
    void knowledgeGapsAreGroupedByMeaningDeclinedMessagesOnlyCountedAndAnAdminDismissesAGroup(Size size) {
        // a real town per run, not a random suffix: the router declines about one in a hundred questions about
        // "Ogden4866"-like places as off topic (measured on 300 of them), which is no gap; each run dismisses its group
        String place = size == Size.PHONE ? "Ogden" : "Logan";
        // insurance, not price: price questions are a known miss of the coverage model (docs/evaluation.md)
        for (String question : List.of("Do you take Medicare insurance in " + place + "?",
                "Is Medicare insurance accepted in " + place + "?", "Tell me a joke about " + place + " cats")) {
            assistant.reply(question, List.of());
        }
        ConsolePage admin = staff(unique("Gale"), StaffRole.ADMIN, size);
        admin.view("gaps");
        WebElement row = admin.waitFor(() -> admin.all("#gaps tr").stream()
                .filter(r -> r.getText().contains(place)).findFirst().orElse(null));
        assertThat(row.getText()).as("one group for both wordings").contains("2×")
                .contains("Do you take Medicare insurance in " + place + "?")
                .contains("Is Medicare insurance accepted in " + place + "?");
        assertThat(admin.all("#gaps tr")).filteredOn(r -> r.getText().contains(place)).hasSize(1);
        assertThat(admin.find("#gaps").getText()).as("off topic: not a content gap").doesNotContain("joke");
        assertThat(admin.find("#gaps-declined").getText()).matches("\\d+ messages? (was|were) declined.*");
        admin.screenshot("gaps");

        row.findElement(By.xpath(".//button[text()='Dismiss']")).click();
        admin.waitFor(() -> admin.all("#gaps tr").stream().noneMatch(r -> r.getText().contains(place)));
        admin.browser.navigate().refresh();
        admin.waitFor(() -> admin.find("#view-gaps").isDisplayed() && admin.find("#gaps-declined").getText().contains("declined"));
        assertThat(admin.find("#gaps").getText()).doesNotContain(place);
    }

    // 17 and 13 (staff side)
    @ParameterizedTest
    @EnumSource(Size.class)
    void pastChatsAreFoundByWordsAndFiltersAndOpenWithTheirRatingAndThumbs(Size size) {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String rated = chat("Is the drip safe for my knee " + tag + "?", Route.ANSWER, "Most people tolerate it well.");
        conversations.giveFeedback(rated, 2, Feedback.DOWN);
        conversations.endByVisitor(rated);
        conversations.rate(rated, 2, "Did not answer my question");
        String escalated = chat("Can I have one while pregnant " + tag + "?", Route.ESCALATE, "A question for our team.");
        conversations.escalate(escalated, EscalationReason.MEDICAL_QUESTION, false, "bot");
        String plain = chat("What does magnesium do " + tag + "?", Route.ANSWER, "It relaxes muscles.");

        ConsolePage staff = staff(unique("Sam"), StaffRole.STAFF, size);
        staff.view("history");
        staff.find("#search input[name=q]").sendKeys(tag);
        staff.find("#search button[type=submit]").click();
        staff.waitFor(() -> staff.find("#search-summary").getText().equals("3 chats match, most recent first."));
        assertThat(ids(staff)).containsExactlyInAnyOrder(rated, escalated, plain);

        staff.find("#search input[value=rated_badly]").click();
        staff.find("#search button[type=submit]").click();
        staff.waitFor(() -> staff.find("#search-summary").getText().equals("1 chat matches."));
        WebElement hit = staff.find("#search-results .hit");
        assertThat(hit.getText()).contains("Rated 2/5").contains("1 unhelpful answer").contains("Did not answer my question");
        staff.screenshot("search");

        staff.find("#search input[value=rated_badly]").click();
        staff.find("#search input[value=escalated]").click();
        staff.find("#search input[name=q]").clear();
        staff.find("#search input[name=q]").sendKeys(tag + " pregnant");
        staff.find("#search button[type=submit]").click();
        staff.waitFor(() -> ids(staff).equals(List.of(escalated)));
        staff.find("#search input[value=escalated]").click();
        staff.find("#search input[name=q]").clear();
        staff.find("#search input[name=q]").sendKeys(tag + " nothing-like-this");
        staff.find("#search button[type=submit]").click();
        staff.waitFor(() -> staff.find("#search-summary").getText().equals("No chats match."));

        staff.find("#search input[name=q]").clear();
        staff.find("#search input[name=q]").sendKeys(tag + " knee");
        staff.find("#search button[type=submit]").click();
        staff.waitFor(() -> ids(staff).equals(List.of(rated)));
        staff.find("#search-results .hit").click();
        staff.waitFor(() -> staff.find("#view-inbox").isDisplayed() && staff.find("#chat-rating").isDisplayed());
        assertThat(staff.find("#chat-rating").getText()).isEqualTo("Visitor rated this chat 2/5: \u201cDid not answer my question\u201d");
        assertThat(staff.find("#transcript .msg.bot .feedback").getText()).isEqualTo("Visitor: not helpful");
        assertThat(staff.find("#transcript").getText()).contains("You ended the chat.");
        staff.screenshot("rated-transcript");
    }

    private static List<String> ids(ConsolePage staff) {
        return staff.all("#search-results .hit").stream().map(hit -> hit.getAttribute("data-conversation-id")).toList();
    }

    /** A conversation with one visitor question and the bot's reply (seq 1 and 2), stored through the services. */
    private String chat(String question, Route route, String reply) {
        String id = conversations.start().conversation().id();
        var visitor = conversations.postVisitorMessage(id, "m-1", question).message();
        conversations.markTriaged(id, visitor.seq(), route);
        conversations.postBotReply(id, new AssistantReply(route, reply, List.of(),
                route.needsStaff() ? EscalationReason.MEDICAL_QUESTION : null), null);
        return id;
    }

    @Test
    void anAdminAddsAColleague() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ConsolePage admin = staff(unique("Lou"), StaffRole.ADMIN, Size.DESKTOP);
        admin.view("accounts");
        WebElement add = admin.find("#add-account");
        add.findElement(By.name("username")).sendKeys("lee" + suffix);
        add.findElement(By.name("displayName")).sendKeys("Lee" + suffix);
        add.findElement(By.name("password")).sendKeys(PASSWORD);
        add.findElement(By.cssSelector("button[type=submit]")).click();
        admin.waitFor(() -> admin.find("#accounts").getText().contains("lee" + suffix));
        assertThat(accounts.find("lee" + suffix)).get().extracting(a -> a.role()).isEqualTo(StaffRole.STAFF);
    }

    @Test
    void onAPhoneAnOpenChatReplacesTheListsUntilBack() {
        WidgetPage visitor = visitor();
        visitor.open();
        visitor.ask(PERSONAL);
        visitor.waitFor(() -> visitor.find(".status").getText().contains("Waiting for clinic staff"));
        ConsolePage staff = staff(unique("Pat"), StaffRole.STAFF, Size.PHONE);
        String id = visitor.conversationId();
        staff.waitFor(() -> staff.find("#waiting-list [data-conversation-id='" + id + "']"));
        assertThat(staff.find("#conversation").isDisplayed()).isFalse();
        staff.waitFor(() -> { // found again: the lists are drawn anew on every change
            staff.find("#waiting-list [data-conversation-id='" + id + "']").click();
            return true;
        });
        staff.waitFor(() -> staff.find("#chat").isDisplayed());
        assertThat(staff.find(".lists").isDisplayed()).isFalse();
        assertThat(staff.find("#claim").getSize().getHeight()).isGreaterThanOrEqualTo(32);
        staff.screenshot("chat");
        staff.find("#back").click();
        staff.waitFor(() -> staff.find(".lists").isDisplayed());
    }
}
