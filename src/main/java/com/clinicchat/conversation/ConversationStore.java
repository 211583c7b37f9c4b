package com.clinicchat.conversation;

import com.clinicchat.answering.Citation;
import com.clinicchat.text.UnicodeText;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conversations, their messages, state transitions and call-back requests, in plain SQL that H2 (PostgreSQL mode)
 * and PostgreSQL both run. State changes are conditional updates ({@code WHERE state = ?}), so that of two
 * concurrent changes exactly one succeeds; each successful change is recorded in {@code state_transitions}. A change
 * the insights count is published as a {@link StoreEvent} inside its transaction.
 */
@Repository
public class ConversationStore {

    private static final String CONVERSATION_COLUMNS = "id, state, urgent, escalation_reason, staff_name, outcome, "
            + "created_at, updated_at, closed_at, rating, rating_comment, rated_at";
    private static final String MESSAGE_COLUMNS = "conversation_id, seq, client_message_id, author, author_name, "
            + "text, route, citations, urgent, created_at";
    private static final String MESSAGE_SELECT = MESSAGE_COLUMNS + ", feedback";
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    public ConversationStore(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                             ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** What {@link #append} reads once it holds the conversation's row: its counts already include the message. */
    private record Locked(ConversationState state, int visitorMessages, Instant createdAt, long lastSeq) {
    }

    /** The result of {@link #append}: the message, whether it was new, and the conversation's state when it came. */
    public record Appended(StoredMessage message, boolean stored, ConversationState stateOnArrival) {
    }

    public Conversation create(String id, String tokenHash, String actor, Instant at) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO conversations (id, token_hash, state, urgent, created_at, updated_at) "
                            + "VALUES (?, ?, 'bot', FALSE, ?, ?)")
                    .params(id, tokenHash, utc(at), utc(at))
                    .update();
            recordTransition(id, null, ConversationState.BOT, actor, at);
        });
        return find(id).orElseThrow();
    }

    public Optional<Conversation> find(String id) {
        return jdbc.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE id = ?")
                .param(id).query(this::conversation).optional();
    }

    /** The stored token hash, for the caller to compare in constant time. */
    public Optional<String> tokenHash(String id) {
        return jdbc.sql("SELECT token_hash FROM conversations WHERE id = ?").param(id).query(String.class).optional();
    }

    /**
     * Stores a message with the next {@code seq}. A message whose {@code clientMessageId} is already stored is not
     * stored again: the earlier one is returned. The conversation's row is locked for the transaction, so appends
     * to one conversation are serialised and {@code seq} has no gaps and follows commit order.
     *
     * @throws ConversationNotFoundException when there is no such conversation
     * @throws ConversationClosedException   when it is closed (unless the message is a resend of a stored one)
     */
    public Appended append(String conversationId, NewMessage message, Instant at) {
        boolean fromVisitor = message.author() == Author.VISITOR;
        return transactions.execute(status -> {
            // locks the row and counts a visitor's message (kept for the insights report, V31) in one statement:
            // an UPDATE is a statement H2 keeps parsed, where SELECT ... FOR UPDATE was parsed again every time
            if (jdbc.sql("UPDATE conversations SET visitor_messages = visitor_messages + ? WHERE id = ?")
                    .params(fromVisitor ? 1 : 0, conversationId).update() == 0) {
                throw new ConversationNotFoundException(conversationId);
            }
            // the last seq by walking the key backwards: MAX(seq) made H2 read every message of the chat
            Locked locked = jdbc.sql("SELECT state, visitor_messages, created_at, (SELECT seq FROM messages "
                            + "WHERE conversation_id = ? ORDER BY conversation_id DESC, seq DESC LIMIT 1) AS last_seq "
                            + "FROM conversations WHERE id = ?")
                    .params(conversationId, conversationId)
                    .query((rs, n) -> new Locked(ConversationState.fromWire(rs.getString("state")),
                            rs.getInt("visitor_messages"), instant(rs, "created_at"), rs.getLong("last_seq")))
                    .single();
            ConversationState state = locked.state();
            if (message.clientMessageId() != null) {
                Optional<StoredMessage> earlier = jdbc.sql("SELECT " + MESSAGE_SELECT + " FROM messages "
                                + "WHERE conversation_id = ? AND client_message_id = ?")
                        .params(conversationId, message.clientMessageId()).query(this::message).optional();
                if (earlier.isPresent()) {
                    if (fromVisitor) { // a resend is not another message
                        jdbc.sql("UPDATE conversations SET visitor_messages = visitor_messages - 1 WHERE id = ?")
                                .param(conversationId).update();
                    }
                    return new Appended(earlier.get(), false, state);
                }
            }
            // a system note may still follow the close (who closed it); nothing else may (the exception rolls the
            // count back with the rest of the transaction)
            if (state == ConversationState.CLOSED && message.author() != Author.SYSTEM) {
                throw new ConversationClosedException(conversationId);
            }
            long seq = locked.lastSeq() + 1;
            jdbc.sql("INSERT INTO messages (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(conversationId, seq, message.clientMessageId(), message.author().wireName(),
                            message.authorName(), message.text(),
                            message.route() == null ? null : message.route().wireName(),
                            json.writeValueAsString(message.citations()), message.urgent(), utc(at))
                    .update();
            if (fromVisitor) {
                if (locked.visitorMessages() == 1) {
                    changed(conversationId, true); // the chat starts to count: recounted
                } else {
                    events.publishEvent(new StoreEvent.VisitorMessageAdded(locked.createdAt()));
                }
            } else if (message.author() == Author.BOT && message.route() == Route.ANSWER) {
                events.publishEvent(new StoreEvent.AnswerStored(micros(at), message.citations()));
            } else if (message.author() == Author.STAFF) { // the first reply since a take-over, for the insights (V32)
                jdbc.sql("UPDATE state_transitions SET first_reply_at = ? WHERE id = (SELECT MAX(q.id) FROM "
                                + "state_transitions q WHERE q.conversation_id = ?) AND from_state = 'waiting' "
                                + "AND to_state = 'staff' AND first_reply_at IS NULL")
                        .params(utc(at), conversationId).update();
            }
            return new Appended(new StoredMessage(conversationId, seq, message.clientMessageId(), message.author(),
                    message.authorName(), message.text(), message.route(), message.citations(), message.urgent(),
                    micros(at)), true, state);
        });
    }

    /**
     * The bot's reply to visitor message {@code questionSeq}: notes the route triage gave the question and stores
     * the reply, in one transaction, so a reply costs one commit (with H2's WRITE_DELAY=0 each commit writes to the
     * file) rather than two.
     */
    public Appended appendReply(String conversationId, long questionSeq, NewMessage reply, Instant at) {
        return transactions.execute(status -> {
            setRoute(conversationId, questionSeq, reply.route());
            return append(conversationId, reply, at); // joins this transaction
        });
    }

    /** Notes the route triage gave a visitor message (stored before it was triaged). */
    public void setRoute(String conversationId, long seq, Route route) {
        jdbc.sql("UPDATE messages SET route = ? WHERE conversation_id = ? AND seq = ?")
                .params(route.wireName(), conversationId, seq).update();
    }

    /** Messages with {@code seq > afterSeq}, in order. */
    public List<StoredMessage> messagesAfter(String conversationId, long afterSeq) {
        return jdbc.sql("SELECT " + MESSAGE_SELECT + " FROM messages WHERE conversation_id = ? AND seq > ? "
                        + "ORDER BY seq")
                .params(conversationId, afterSeq).query(this::message).list();
    }

    /**
     * The last {@code limit} messages with {@code seq < beforeSeq}, oldest first. Ordered by the whole key, newest
     * first, so that H2 walks the key backwards and reads only these; ordered by {@code seq} alone it read every
     * earlier message of the chat for each reply.
     */
    public List<StoredMessage> messagesBefore(String conversationId, long beforeSeq, int limit) {
        List<StoredMessage> newestFirst = jdbc.sql("SELECT " + MESSAGE_SELECT + " FROM messages "
                        + "WHERE conversation_id = ? AND seq < ? ORDER BY conversation_id DESC, seq DESC LIMIT ?")
                .params(conversationId, beforeSeq, limit).query(this::message).list();
        return newestFirst.reversed();
    }

    /**
     * bot → waiting, with the latest reason. Returns false when the conversation was not with the bot. Once urgent,
     * a conversation stays urgent: an emergency earlier in it still matters to whoever picks it up next.
     */
    public boolean escalate(String id, EscalationReason reason, boolean urgent, String actor, Instant at) {
        return transactions.execute(status -> changed(id, recorded(jdbc.sql("UPDATE conversations SET "
                        + "state = 'waiting', urgent = (urgent OR ?), escalation_reason = ?, updated_at = ? "
                        + "WHERE id = ? AND state = 'bot'")
                .params(urgent, reason.wireName(), utc(at), id).update(),
                id, ConversationState.BOT, ConversationState.WAITING, actor, at)));
    }

    /**
     * Marks a conversation already with staff (waiting or claimed) urgent, for an emergency written there. Returns
     * false when it was urgent already or is not with staff.
     */
    public boolean markUrgent(String id, Instant at) {
        return transactions.execute(status -> changed(id, jdbc.sql("UPDATE conversations SET urgent = TRUE, "
                        + "escalation_reason = ?, updated_at = ? WHERE id = ? AND state IN ('waiting', 'staff') "
                        + "AND NOT urgent")
                .params(EscalationReason.EMERGENCY.wireName(), utc(at), id).update() == 1));
    }

    /** waiting → staff. Of two concurrent claims, exactly one gets {@code true}. */
    public boolean claim(String id, String staffName, Instant at) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (jdbc.sql("UPDATE conversations SET state = 'staff', staff_name = ?, claimed = TRUE, updated_at = ? "
                            + "WHERE id = ? AND state = 'waiting'")
                    .params(staffName, utc(at), id).update() != 1) {
                return false;
            }
            // with the time of the hand-over (the transition before), which the wait is measured from (V32)
            jdbc.sql("INSERT INTO state_transitions (conversation_id, from_state, to_state, actor, at, waited_since) "
                            + "SELECT ?, 'waiting', 'staff', ?, ?, MAX(p.at) FROM state_transitions p "
                            + "WHERE p.id = (SELECT MAX(q.id) FROM state_transitions q WHERE q.conversation_id = ?)")
                    .params(id, staffName, utc(at), id).update();
            return changed(id, true);
        }));
    }

    /** staff → bot, only by the staff member who holds the conversation. */
    public boolean handBack(String id, String staffName, Instant at) {
        return transactions.execute(status -> recorded(jdbc.sql("UPDATE conversations SET state = 'bot', "
                        + "staff_name = NULL, updated_at = ? WHERE id = ? AND state = 'staff' AND staff_name = ?")
                .params(utc(at), id, staffName).update(),
                id, ConversationState.STAFF, ConversationState.BOT, staffName, at));
    }

    /**
     * {@code from} → closed; from {@code staff} only by the staff member who holds it. Returns false when the
     * conversation is no longer in {@code from} (or held by someone else).
     */
    public boolean close(String id, ConversationState from, String actor, String outcome, Instant at) {
        return close(id, from, actor, outcome, at, from == ConversationState.STAFF);
    }

    /**
     * {@code from} → closed by the visitor, who may end their chat whoever holds it. Returns false when the
     * conversation is no longer in {@code from}.
     */
    public boolean endByVisitor(String id, ConversationState from, Instant at) {
        return close(id, from, "visitor", null, at, false);
    }

    private boolean close(String id, ConversationState from, String actor, String outcome, Instant at,
                          boolean ownerOnly) {
        if (from == ConversationState.CLOSED) {
            return false;
        }
        List<Object> params = new ArrayList<>(Arrays.asList(outcome, utc(at), utc(at), id, from.wireName()));
        if (ownerOnly) {
            params.add(actor);
        }
        return transactions.execute(status -> recorded(jdbc.sql("UPDATE conversations SET state = 'closed', "
                        + "outcome = ?, closed_at = ?, updated_at = ? WHERE id = ? AND state = ?"
                        + (ownerOnly ? " AND staff_name = ?" : ""))
                .params(params).update(), id, from, ConversationState.CLOSED, actor, at));
    }

    /**
     * Conversations not closed whose last message and last change are both older than {@code before}, oldest
     * first: nobody has written in them for that long.
     */
    public List<Conversation> inactiveSince(Instant before, int limit) {
        return jdbc.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversations c WHERE state <> 'closed' "
                        + "AND updated_at < ? AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
                        + "AND m.created_at >= ?) ORDER BY updated_at, id LIMIT ?")
                .params(utc(before), utc(before), limit).query(this::conversation).list();
    }

    /**
     * {@code from} → closed by the system, whoever holds it, if it is still in {@code from} and unchanged since
     * {@code before} (a visitor or staff member who wrote meanwhile keeps it open).
     */
    public boolean closeInactive(String id, ConversationState from, Instant before, String outcome, Instant at) {
        return transactions.execute(status -> recorded(jdbc.sql("UPDATE conversations SET state = 'closed', "
                        + "outcome = ?, closed_at = ?, updated_at = ? WHERE id = ? AND state = ? AND updated_at < ? "
                        + "AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = ? AND m.created_at >= ?)")
                .params(outcome, utc(at), utc(at), id, from.wireName(), utc(before), id, utc(before)).update(),
                id, from, ConversationState.CLOSED, "system", at));
    }

    /** The visitor's end-of-chat rating; only a closed conversation takes one. Returns false when it is not closed. */
    public boolean rate(String id, int score, String comment, Instant at) {
        return transactions.execute(status -> changed(id, jdbc.sql("UPDATE conversations SET rating = ?, "
                        + "rating_comment = ?, rated_at = ? WHERE id = ? AND state = 'closed'")
                .params(score, comment, utc(at), id).update() == 1));
    }

    /** A thumbs up or down on one of the bot's messages. Returns false when {@code seq} is not a bot message. */
    public boolean giveFeedback(String id, long seq, Feedback feedback, Instant at) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (jdbc.sql("UPDATE messages SET feedback = ?, feedback_at = ? WHERE conversation_id = ? AND seq = ? "
                            + "AND author = 'bot'")
                    .params(feedback.wireName(), utc(at), id, seq).update() != 1) {
                return false;
            }
            // recounted rather than adjusted: a thumb may replace an earlier one (kept for the insights, V32)
            jdbc.sql("UPDATE conversations SET "
                            + "thumbs_up = (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = ? AND m.feedback = 'up'), "
                            + "thumbs_down = (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = ? AND m.feedback = 'down') "
                            + "WHERE id = ?")
                    .params(id, id, id).update();
            return changed(id, true);
        }));
    }

    /** Conversations in one state: waiting ones urgent first, then longest waiting; others most recent first. */
    public List<Conversation> inState(ConversationState state, int limit) {
        String order = state == ConversationState.WAITING ? "urgent DESC, updated_at ASC" : "updated_at DESC";
        return jdbc.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE state = ? ORDER BY "
                        + order + ", id LIMIT ?")
                .params(state.wireName(), limit).query(this::conversation).list();
    }

    /** How many conversations wait for staff, and since when the longest-waiting one does (null when none). */
    public record Waiting(long count, Instant oldestSince) {
    }

    public Waiting waiting() {
        return jdbc.sql("SELECT COUNT(*) AS n, MIN(updated_at) AS oldest FROM conversations WHERE state = 'waiting'")
                .query((rs, n) -> new Waiting(rs.getLong("n"), instant(rs, "oldest"))).single();
    }

    /**
     * Conversations only the assistant has taken part in (never handed to staff), with at least one message, most
     * recently active first: for staff to look over what the bot answered.
     */
    public List<Conversation> recentBotOnly(int limit) {
        return jdbc.sql("SELECT " + CONVERSATION_COLUMNS + " FROM conversations c WHERE escalation_reason IS NULL "
                        + "AND state IN ('bot', 'closed') AND EXISTS (SELECT 1 FROM messages m "
                        + "WHERE m.conversation_id = c.id) ORDER BY (SELECT MAX(m.created_at) FROM messages m "
                        + "WHERE m.conversation_id = c.id) DESC, id LIMIT ?")
                .param(limit).query(this::conversation).list();
    }

    /** The visitor's last message stored at or before {@code at} (what a conversation was escalated on). */
    public Optional<StoredMessage> lastVisitorMessage(String conversationId, Instant at) {
        return jdbc.sql("SELECT " + MESSAGE_SELECT + " FROM messages WHERE conversation_id = ? AND author = 'visitor' "
                        + "AND created_at <= ? ORDER BY seq DESC LIMIT 1")
                .params(conversationId, utc(at)).query(this::message).optional();
    }

    /** When the conversation's last message was stored, or empty while it has none. */
    public Optional<Instant> lastMessageAt(String conversationId) {
        return jdbc.sql("SELECT MAX(created_at) AS last_at FROM messages WHERE conversation_id = ?")
                .param(conversationId)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "last_at"))).single();
    }

    public List<StateTransition> transitions(String conversationId) {
        return jdbc.sql("SELECT from_state, to_state, actor, at FROM state_transitions WHERE conversation_id = ? "
                        + "ORDER BY id")
                .param(conversationId)
                .query((rs, n) -> new StateTransition(rs.getString("from_state") == null ? null
                        : ConversationState.fromWire(rs.getString("from_state")),
                        ConversationState.fromWire(rs.getString("to_state")), rs.getString("actor"),
                        instant(rs, "at")))
                .list();
    }

    public CallbackRequest addCallback(String conversationId, String name, String contact, String note, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO callback_requests (conversation_id, name, contact, note, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(conversationId, name, contact, note, utc(at))
                .update(key, "id");
        return new CallbackRequest(key.getKeyAs(Number.class).longValue(), conversationId, name, contact, note,
                micros(at));
    }

    /** Call-back requests not yet marked done, oldest first. */
    public List<CallbackRequest> openCallbacks(int limit) {
        return jdbc.sql("SELECT id, conversation_id, name, contact, note, created_at FROM callback_requests "
                        + "WHERE done_at IS NULL ORDER BY created_at, id LIMIT ?")
                .param(limit).query(this::callback).list();
    }

    /** Marks a call-back request done; false when there is no such open request. */
    public boolean markCallbackDone(long id, String by, Instant at) {
        return jdbc.sql("UPDATE callback_requests SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL")
                .params(utc(at), by, id).update() == 1;
    }

    public List<CallbackRequest> callbacks(String conversationId) {
        return jdbc.sql("SELECT id, conversation_id, name, contact, note, created_at FROM callback_requests "
                        + "WHERE conversation_id = ? ORDER BY id")
                .param(conversationId).query(this::callback).list();
    }

    private CallbackRequest callback(ResultSet rs, int row) throws SQLException {
        return new CallbackRequest(rs.getLong("id"), rs.getString("conversation_id"), text(rs, "name"),
                text(rs, "contact"), text(rs, "note"), instant(rs, "created_at"));
    }

    /** Deletes conversations closed before {@code before}, with everything that belongs to them. */
    public int deleteClosedBefore(Instant before) {
        return transactions.execute(status -> {
            // locked, so that what is deleted is what the event tells
            List<StoreEvent.Span> spans = jdbc.sql("SELECT created_at, closed_at FROM conversations "
                            + "WHERE state = 'closed' AND closed_at < ? FOR UPDATE")
                    .param(utc(before))
                    .query((rs, n) -> new StoreEvent.Span(instant(rs, "created_at"), instant(rs, "closed_at")))
                    .list();
            int deleted = jdbc.sql("DELETE FROM conversations WHERE state = 'closed' AND closed_at < ?")
                    .param(utc(before)).update();
            if (deleted > 0) {
                events.publishEvent(new StoreEvent.ConversationsDeleted(spans));
            }
            return deleted;
        });
    }

    /** Tells the listeners (in this transaction) when a conversation's counted facts changed. */
    private boolean changed(String id, boolean changed) {
        if (changed) {
            events.publishEvent(new StoreEvent.ConversationChanged(id));
        }
        return changed;
    }

    private boolean recorded(int updated, String id, ConversationState from, ConversationState to, String actor,
                             Instant at) {
        if (updated == 1) {
            recordTransition(id, from, to, actor, at);
        }
        return updated == 1;
    }

    private void recordTransition(String id, ConversationState from, ConversationState to, String actor,
                                  Instant at) {
        jdbc.sql("INSERT INTO state_transitions (conversation_id, from_state, to_state, actor, at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(id, from == null ? null : from.wireName(), to.wireName(), actor, utc(at))
                .update();
    }

    private Conversation conversation(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("escalation_reason");
        return new Conversation(rs.getString("id"), ConversationState.fromWire(rs.getString("state")),
                rs.getBoolean("urgent"),
                reason == null ? null : EscalationReason.valueOf(reason.toUpperCase(Locale.ROOT)),
                text(rs, "staff_name"), text(rs, "outcome"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), rating(rs));
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        int score = rs.getInt("rating");
        return rs.wasNull() ? null : new Rating(score, rs.getString("rating_comment"), instant(rs, "rated_at"));
    }

    private StoredMessage message(ResultSet rs, int row) throws SQLException {
        String route = rs.getString("route");
        String feedback = rs.getString("feedback");
        return new StoredMessage(rs.getString("conversation_id"), rs.getLong("seq"),
                text(rs, "client_message_id"), Author.fromWire(rs.getString("author")),
                text(rs, "author_name"), text(rs, "text"),
                route == null ? null : Route.valueOf(route.toUpperCase(Locale.ROOT)),
                json.readValue(rs.getString("citations"), CITATIONS), rs.getBoolean("urgent"),
                instant(rs, "created_at"), feedback == null ? null : Feedback.fromWire(feedback));
    }

    /**
     * Visitor and staff text as read back, repaired: rows stored before text was checked at the door may hold a
     * lone surrogate, which no socket can send (see {@link UnicodeText}).
     */
    private static String text(ResultSet rs, String column) throws SQLException {
        return UnicodeText.repair(rs.getString(column));
    }

    /** Microseconds: what both databases keep, so that what is returned equals what is read back later. */
    private static OffsetDateTime utc(Instant at) {
        return micros(at).atOffset(ZoneOffset.UTC);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
