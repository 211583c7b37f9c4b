package com.clinicchat.staff;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import com.clinicchat.conversation.ConversationNotFoundException;
import com.clinicchat.staff.ConsoleViews.ConversationView;
import com.clinicchat.staff.ConsoleViews.MessageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The console's actions over REST (CSRF-protected). Staff act under their display name, which is what visitors see
 * and what a claimed conversation is held under.
 */
@RestController
@RequestMapping("/api/staff")
class StaffDeskController {

    private final StaffDesk desk;
    private final StaffQueue queue;
    private final OnDutyPresence presence;
    private final StaffAccounts accounts;
    private final AuditTrail audit;

    StaffDeskController(StaffDesk desk, StaffQueue queue, OnDutyPresence presence, StaffAccounts accounts,
                        AuditTrail audit) {
        this.desk = desk;
        this.queue = queue;
        this.presence = presence;
        this.accounts = accounts;
        this.audit = audit;
    }

    record Reply(String text) {
    }

    record Close(String outcome) {
    }

    @GetMapping("/queue")
    ConsoleViews.Queue queue() {
        return queue.snapshot(presence.onDuty(), presence.open());
    }

    @GetMapping("/conversations/{id}")
    ConsoleViews.Transcript transcript(@PathVariable String id) {
        ConsoleViews.Transcript transcript = queue.transcript(id);
        audit.record(AuditAction.CONVERSATION_OPENED, id);
        return transcript;
    }

    @PostMapping("/conversations/{id}/claim")
    ConversationView claim(@PathVariable String id, Authentication auth) {
        ConversationView claimed = ConversationView.of(desk.claim(id, name(auth)));
        audit.record(AuditAction.CONVERSATION_CLAIMED, id);
        return claimed;
    }

    @PostMapping("/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    MessageView reply(@PathVariable String id, @RequestBody Reply reply, Authentication auth) {
        return MessageView.of(desk.reply(id, name(auth), reply.text()));
    }

    @PostMapping("/conversations/{id}/typing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void typing(@PathVariable String id, Authentication auth) {
        desk.typing(id, name(auth));
    }

    @PostMapping("/conversations/{id}/hand-back")
    ConsoleViews.Transcript handBack(@PathVariable String id, Authentication auth) {
        desk.handBack(id, name(auth));
        audit.record(AuditAction.CONVERSATION_HANDED_BACK, id);
        return queue.transcript(id);
    }

    @PostMapping("/conversations/{id}/close")
    ConsoleViews.Transcript close(@PathVariable String id, @RequestBody(required = false) Close close,
                                  Authentication auth) {
        desk.close(id, name(auth), close == null || close.outcome() == null || close.outcome().isBlank() ? null
                : close.outcome().strip());
        audit.record(AuditAction.CONVERSATION_CLOSED, id);
        return queue.transcript(id);
    }

    @GetMapping("/callbacks")
    List<ConsoleViews.CallbackView> callbacks() {
        return desk.openCallbacks().stream().map(ConsoleViews.CallbackView::of).toList();
    }

    @PostMapping("/callbacks/{id}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void callbackDone(@PathVariable long id, Authentication auth) {
        desk.callbackDone(id, name(auth));
    }

    private String name(Authentication auth) {
        return ConsoleController.signedIn(accounts, auth).displayName();
    }

    @ExceptionHandler(ConversationTakenException.class)
    ProblemDetail taken(ConversationTakenException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already_taken",
                "Already taken by " + e.holder() + ".");
        problem.setProperty("holder", e.holder());
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail wrongState(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "wrong_state", e.getMessage());
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ProblemDetail notFound(ConversationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown_conversation", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
