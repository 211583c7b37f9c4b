package com.clinicchat.answering;

import com.clinicchat.text.UnicodeText;
import com.clinicchat.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/ask}: one question through the same pipeline as the chat, for integrations and the evaluation.
 * The first answer issues a {@code conversationId} and a secret {@code token}; sending both back with the next
 * question lets short follow-ups be understood. The door ({@link AskLimits}) rate-limits and caps the body.
 */
@RestController
class AskController {

    private final Assistant assistant;
    private final RecentQuestions recent;
    private final AskTokens tokens;

    AskController(Assistant assistant, RecentQuestions recent, AskTokens tokens) {
        this.assistant = assistant;
        this.recent = recent;
        this.tokens = tokens;
    }

    record AskRequest(String question, String conversationId, String token) {
    }

    record AskResponse(String conversationId, String token, String route, String answer, List<Citation> citations,
                       String escalationReason) {
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    AskResponse ask(@RequestBody AskRequest request) {
        String question = Questions.validate(visible(request.question()));
        AskTokens.Issued conversation = request.conversationId() == null && request.token() == null
                ? tokens.issue()
                // an unknown id and a wrong token get the same answer: it does not confirm that an id exists
                : tokens.open(request.conversationId(), request.token()).orElseThrow(() -> new BadRequestException(
                        "unknown_conversation", "No conversation with this conversationId and token: send both as "
                        + "the first answer gave them, or neither to start a new conversation."));
        AssistantReply reply = assistant.reply(question, recent.history(conversation.conversationId()));
        // nothing is passed to staff from here: where the chat would hand over, say how to reach a person
        String text = reply.route().needsStaff() ? AskReplies.forStaffRoute(reply.urgent(), reply.escalationReason())
                : reply.text();
        recent.add(conversation.conversationId(), question, text, reply.route());
        return new AskResponse(conversation.conversationId(), conversation.token(), reply.route().wireName(), text,
                reply.citations(), reply.escalationReason() == null ? null : reply.escalationReason().wireName());
    }

    /** Invalid Unicode is refused; text with nothing visible in it counts as empty, as in the chat. */
    private static String visible(String question) {
        if (question != null && !UnicodeText.isWellFormed(question)) {
            throw new BadRequestException("invalid_text", "The question holds invalid Unicode (a lone surrogate or "
                    + "a NUL character).");
        }
        return UnicodeText.hasVisibleCharacter(question) ? question : null;
    }
}
