-- Admins work the knowledge-gap list off: a question is open until marked answered (an article now covers it)
-- or dismissed (not something the articles should cover), by whom and when. topic_embedding is the embedding of
-- the question without the words every question here is about ("magnesium", "drip"…), which is what groups
-- "How much does it cost?" with "How much does a magnesium IV cost?"; NULL for questions recorded before it
-- existed (computed when first listed).
ALTER TABLE knowledge_gap ADD COLUMN status VARCHAR(16) DEFAULT 'open' NOT NULL;
ALTER TABLE knowledge_gap ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE knowledge_gap ADD COLUMN resolved_by VARCHAR(100);
ALTER TABLE knowledge_gap ADD COLUMN topic_embedding BYTEA;
CREATE INDEX knowledge_gap_status ON knowledge_gap (status, asked_at);
