-- Two facts per conversation that the insights report needs for every conversation of a period, kept up to date by
-- the store as they happen (in the same transaction), so that a year of chats is read in one pass over
-- conversations instead of a lookup into messages and transitions per conversation:
--   visitor_messages: how many messages the visitor wrote; claimed: whether a staff member ever took it over.
ALTER TABLE conversations ADD COLUMN visitor_messages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN claimed BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE conversations SET visitor_messages =
    (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = conversations.id AND m.author = 'visitor');
UPDATE conversations SET claimed = TRUE
    WHERE EXISTS (SELECT 1 FROM state_transitions t WHERE t.conversation_id = conversations.id AND t.to_state = 'staff');

-- the answers (and visitor messages) written in a period, for the sections answers cited
CREATE INDEX messages_author_created_at ON messages (author, created_at);
