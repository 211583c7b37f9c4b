-- What visitors thought: the end-of-chat rating (CSAT, 1 to 5, with an optional comment) is kept with the
-- conversation; a thumbs up or down on one of the assistant's answers is kept with that message. A later rating
-- or thumb replaces the earlier one (a visitor may change their mind).
ALTER TABLE conversations ADD COLUMN rating SMALLINT;
ALTER TABLE conversations ADD COLUMN rating_comment VARCHAR(1000);
ALTER TABLE conversations ADD COLUMN rated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN feedback VARCHAR(8);
ALTER TABLE messages ADD COLUMN feedback_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX conversations_created_at ON conversations (created_at);
