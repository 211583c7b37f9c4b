-- The answer thumbs of each conversation, counted on the conversation by the store as they are given (V31 keeps the
-- visitor message count the same way), so that the insights report reads a period's ratings, thumbs and "rated
-- badly" in its one pass over conversations instead of a lookup into messages per conversation. A changed thumb
-- (up to down) is recounted, not added.
ALTER TABLE conversations ADD COLUMN thumbs_up INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN thumbs_down INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET
    thumbs_up = (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = conversations.id AND m.feedback = 'up'),
    thumbs_down = (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = conversations.id AND m.feedback = 'down')
    WHERE EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id AND m.feedback IS NOT NULL);

-- the rated answers of a period (few among all messages), for the answers thumbed down most
CREATE INDEX messages_feedback_created_at ON messages (feedback, created_at);

-- Each take-over (waiting → staff) carries the two instants its wait and first reply are measured from and to, set
-- by the store as they happen: waited_since (when the chat was handed to staff: the transition before the take-over)
-- and first_reply_at (the first staff message before the chat's next change of state). The report then reads a
-- period's staff transitions by (from_state, at) alone, without a window over each conversation's transitions and
-- a lookup into its messages per take-over. Filled in here for the take-overs stored before.
ALTER TABLE state_transitions ADD COLUMN waited_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE state_transitions ADD COLUMN first_reply_at TIMESTAMP WITH TIME ZONE;
UPDATE state_transitions t SET waited_since = (
        SELECT p.at FROM state_transitions p
        WHERE p.id = (SELECT MAX(q.id) FROM state_transitions q WHERE q.conversation_id = t.conversation_id AND q.id < t.id))
    WHERE t.from_state = 'waiting' AND t.to_state = 'staff';
UPDATE state_transitions t SET first_reply_at = (
        SELECT MIN(m.created_at) FROM messages m
        WHERE m.conversation_id = t.conversation_id AND m.author = 'staff' AND m.created_at >= t.at
          AND m.created_at <= COALESCE((SELECT MIN(n.at) FROM state_transitions n
                                        WHERE n.conversation_id = t.conversation_id AND n.id > t.id),
                                       TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'))
    WHERE t.from_state = 'waiting' AND t.to_state = 'staff';
CREATE INDEX state_transitions_from_at ON state_transitions (from_state, at);

-- the closed chats of a period, for the outcomes staff noted (the (state, updated_at) index ranges all closed chats)
CREATE INDEX conversations_state_created_at ON conversations (state, created_at);
