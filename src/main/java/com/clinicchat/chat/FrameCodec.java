package com.clinicchat.chat;

import com.clinicchat.answering.Questions;
import com.clinicchat.text.UnicodeText;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.conversation.Rating;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Pattern;

/** JSON text frames to {@link ClientFrame}s, checked field by field, and {@link ServerFrame}s to JSON. */
@Component
class FrameCodec {

    static final int MAX_ID_CHARS = 64;
    static final int MAX_TOKEN_CHARS = 200;
    static final int MAX_NAME_CHARS = 100;
    static final int MAX_CONTACT_CHARS = 200;
    static final int MAX_NOTE_CHARS = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The frame's fields after its {@code "type"}, written in one pass (no tree in between: 4 frames a reply). */
    private record Typed(String type, @JsonUnwrapped ServerFrame frame) {
    }

    String encode(ServerFrame frame) {
        // stored text is checked when it comes in; this keeps a frame sendable whatever an older row holds
        return UnicodeText.repair(json.writeValueAsString(new Typed(frame.type(), frame)));
    }

    ClientFrame decode(String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JacksonException e) {
            throw new FrameException("malformed_json", "The frame is not valid JSON.");
        }
        if (frame == null || !frame.isObject()) {
            throw new FrameException("malformed_json", "A frame must be a JSON object with a \"type\".");
        }
        if (!wellFormed(frame)) {
            JsonNode id = frame.get("clientMessageId");
            throw new FrameException("invalid_text", "The frame holds invalid Unicode (a lone surrogate or a NUL "
                    + "character); send the text as proper UTF-16/UTF-8.",
                    id != null && id.isString() && UnicodeText.isWellFormed(id.asString()) ? id.asString() : null);
        }
        JsonNode type = frame.get("type");
        if (type == null || !type.isString()) {
            throw new FrameException("missing_field", "A frame needs a \"type\" (a string).");
        }
        return switch (type.asString()) {
            case "start" -> new ClientFrame.Start();
            case "resume" -> new ClientFrame.Resume(required(frame, "conversationId", MAX_ID_CHARS, null),
                    required(frame, "token", MAX_TOKEN_CHARS, null), afterSeq(frame));
            case "message" -> message(frame);
            case "request_staff" -> new ClientFrame.RequestStaff();
            case "typing" -> new ClientFrame.Typing();
            case "callback" -> callback(frame);
            case "end" -> new ClientFrame.End();
            case "rate" -> rate(frame);
            case "feedback" -> feedback(frame);
            default -> throw new FrameException("unknown_type", "Unknown frame type \"" + abbreviate(type.asString())
                    + "\"; known: start, resume, message, request_staff, typing, callback, end, rate, feedback.");
        };
    }

    private static ClientFrame.Message message(JsonNode frame) {
        String clientMessageId = required(frame, "clientMessageId", MAX_ID_CHARS, null);
        JsonNode text = frame.get("text");
        if (text == null || !text.isString() || !UnicodeText.hasVisibleCharacter(text.asString())) {
            throw new FrameException("missing_field", "A message needs a \"text\" with something visible in it.",
                    clientMessageId);
        }
        if (text.asString().length() > Questions.MAX_CHARS) {
            throw new FrameException("too_long", "The message has " + text.asString().length()
                    + " characters; the limit is " + Questions.MAX_CHARS + ".", clientMessageId);
        }
        return new ClientFrame.Message(clientMessageId, text.asString().strip());
    }

    private static ClientFrame.Callback callback(JsonNode frame) {
        String name = required(frame, "name", MAX_NAME_CHARS, null);
        String contact = required(frame, "contact", MAX_CONTACT_CHARS, null);
        if (!EMAIL.matcher(contact).matches() && !PHONE.matcher(contact).matches()) {
            throw new FrameException("missing_field", "\"contact\" must be a phone number or an email address.");
        }
        JsonNode note = frame.get("note");
        if (note != null && !note.isNull() && !note.isString()) {
            throw new FrameException("missing_field", "\"note\" must be a string.");
        }
        String noteText = note == null || note.isNull() || !UnicodeText.hasVisibleCharacter(note.asString()) ? null
                : note.asString().strip();
        if (noteText != null && noteText.length() > MAX_NOTE_CHARS) {
            throw new FrameException("too_long", "\"note\" is limited to " + MAX_NOTE_CHARS + " characters.");
        }
        return new ClientFrame.Callback(name, contact, noteText);
    }

    private static ClientFrame.Rate rate(JsonNode frame) {
        JsonNode score = frame.get("score");
        if (score == null || !score.isIntegralNumber() || score.asLong() < Rating.MIN || score.asLong() > Rating.MAX) {
            throw new FrameException("missing_field", "\"score\" must be a whole number from " + Rating.MIN + " to "
                    + Rating.MAX + ".");
        }
        return new ClientFrame.Rate(score.asInt(), optionalText(frame, "comment", Rating.MAX_COMMENT_CHARS));
    }

    private static ClientFrame.Feedback feedback(JsonNode frame) {
        JsonNode seq = frame.get("seq");
        if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 1) {
            throw new FrameException("missing_field", "\"seq\" must be the number of one of the assistant's messages.");
        }
        JsonNode value = frame.get("value");
        if (value == null || !value.isString() || !value.asString().matches("up|down")) {
            throw new FrameException("missing_field", "\"value\" must be \"up\" or \"down\".");
        }
        return new ClientFrame.Feedback(seq.asLong(), Feedback.fromWire(value.asString()));
    }

    /** An optional string field: null when absent or blank, stripped, at most {@code maxChars}. */
    private static String optionalText(JsonNode frame, String field, int maxChars) {
        JsonNode value = frame.get(field);
        if (value != null && !value.isNull() && !value.isString()) {
            throw new FrameException("missing_field", "\"" + field + "\" must be a string.");
        }
        String text = value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
        if (text != null && text.length() > maxChars) {
            throw new FrameException("too_long", "\"" + field + "\" is limited to " + maxChars + " characters.");
        }
        return text;
    }

    /** A non-blank string field, stripped; too long is {@code too_long}, anything else wrong {@code missing_field}. */
    private static String required(JsonNode frame, String field, int maxChars, String clientMessageId) {
        JsonNode value = frame.get(field);
        if (value == null || !value.isString() || !UnicodeText.hasVisibleCharacter(value.asString())) {
            throw new FrameException("missing_field", "\"" + field + "\" is required (a string with something "
                    + "visible in it).", clientMessageId);
        }
        String text = value.asString().strip();
        if (text.length() > maxChars) {
            throw new FrameException("too_long", "\"" + field + "\" is limited to " + maxChars + " characters.",
                    clientMessageId);
        }
        return text;
    }

    /** Every string in the frame, names and values, at any depth, is well-formed text. */
    private static boolean wellFormed(JsonNode node) {
        if (node.isString()) {
            return UnicodeText.isWellFormed(node.asString());
        }
        if (node.isObject() && !node.propertyNames().stream().allMatch(UnicodeText::isWellFormed)) {
            return false;
        }
        return node.values().stream().allMatch(FrameCodec::wellFormed);
    }

    private static long afterSeq(JsonNode frame) {
        JsonNode value = frame.get("afterSeq");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new FrameException("missing_field", "\"afterSeq\" must be a whole number, 0 or more.");
        }
        return value.asLong();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
