package com.clinicchat.answering;

import com.clinicchat.triage.EscalationReason;
import com.clinicchat.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code POST /api/ask}: one question through the same pipeline as the chat, for integrations and the evaluation.
 * Passing back the returned {@code conversationId} lets short follow-ups be understood.
 */
@RestController
class AskController {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Assistant assistant;
    private final RecentQuestions recent;

    AskController(Assistant assistant, RecentQuestions recent) {
        this.assistant = assistant;
        this.recent = recent;
    }

    record AskRequest(String question, String conversationId) {
    }

    record AskResponse(String conversationId, String route, String answer, List<Citation> citations,
                       String escalationReason) {
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    AskResponse ask(@RequestBody AskRequest request) {
        String question = Questions.validate(request.question());
        String conversationId = request.conversationId() == null ? UUID.randomUUID().toString() : request.conversationId();
        if (!CONVERSATION_ID.matcher(conversationId).matches()) {
            throw new BadRequestException("invalid_conversation_id",
                    "conversationId must be 1 to 64 letters, digits, '-' or '_'.");
        }
        AssistantReply reply = assistant.reply(question, recent.history(conversationId));
        recent.add(conversationId, question, reply.text(), reply.route());
        EscalationReason reason = reply.escalationReason();
        return new AskResponse(conversationId, reply.route().wireName(), reply.text(), reply.citations(),
                reason == null ? null : reason.wireName());
    }
}
