-- The insights report (admin view, GET /api/admin/insights) selects conversations by when they started and reaches
-- their messages and transitions through the existing per-conversation keys; only this range scan was missing.
CREATE INDEX conversations_created_at ON conversations (created_at);
