-- Counters the insights report reads instead of a year of raw rows (issue 16), per UTC hour: utc_hour is hours since
-- 1970-01-01T00:00Z (epoch seconds / 3600), so a clinic zone whose offsets are whole hours has every local day made
-- of whole hours (the report counts the raw rows for any other zone). Kept by insights.HourlyCounts in the
-- store's transactions; an hour's row is recounted from its rows whenever one of them changes.

-- Conversations by the hour they started, counted as insights.ConversationQueries counts a day: only those in which
-- the visitor wrote or asked for a person; by outcome, latest escalation reason, urgent; their end-of-chat ratings
-- (count, sum, one column per score) and answer thumbs.
CREATE TABLE insights_hourly (
    utc_hour          BIGINT PRIMARY KEY,
    conversations     BIGINT NOT NULL DEFAULT 0,
    visitor_messages  BIGINT NOT NULL DEFAULT 0,
    assistant         BIGINT NOT NULL DEFAULT 0,
    rated_badly       BIGINT NOT NULL DEFAULT 0,
    staff             BIGINT NOT NULL DEFAULT 0,
    unattended        BIGINT NOT NULL DEFAULT 0,
    medical_question  BIGINT NOT NULL DEFAULT 0,
    asked_for_person  BIGINT NOT NULL DEFAULT 0,
    emergency         BIGINT NOT NULL DEFAULT 0,
    urgent            BIGINT NOT NULL DEFAULT 0,
    ratings           BIGINT NOT NULL DEFAULT 0,
    rating_sum        BIGINT NOT NULL DEFAULT 0,
    score1            BIGINT NOT NULL DEFAULT 0,
    score2            BIGINT NOT NULL DEFAULT 0,
    score3            BIGINT NOT NULL DEFAULT 0,
    score4            BIGINT NOT NULL DEFAULT 0,
    score5            BIGINT NOT NULL DEFAULT 0,
    thumbs_up         BIGINT NOT NULL DEFAULT 0,
    thumbs_down       BIGINT NOT NULL DEFAULT 0
);

-- Answers (bot messages with route 'answer') by the hour they were given and the section they cited; an answer
-- citing two sections counts for both. title and section as the first answer of the hour cited them.
CREATE TABLE insights_hourly_sections (
    utc_hour BIGINT      NOT NULL,
    url      VARCHAR     NOT NULL,
    title    VARCHAR     NOT NULL,
    section  VARCHAR     NOT NULL,
    answers  BIGINT      NOT NULL,
    PRIMARY KEY (utc_hour, url)
);

-- The conversations stored before (the sections are counted by V42, which reads the citations' JSON in Java)
INSERT INTO insights_hourly (utc_hour, conversations, visitor_messages, assistant, rated_badly, staff, unattended,
                             medical_question, asked_for_person, emergency, urgent, ratings, rating_sum,
                             score1, score2, score3, score4, score5, thumbs_up, thumbs_down)
SELECT utc_hour, COUNT(*), SUM(visitor_messages),
       COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 0),
       COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 1),
       COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND claimed),
       COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND NOT claimed),
       COUNT(*) FILTER (WHERE escalation_reason = 'medical_question'),
       COUNT(*) FILTER (WHERE escalation_reason = 'asked_for_person'),
       COUNT(*) FILTER (WHERE escalation_reason = 'emergency'),
       COUNT(*) FILTER (WHERE urgent),
       COUNT(rating), COALESCE(SUM(rating), 0),
       COUNT(*) FILTER (WHERE rating = 1), COUNT(*) FILTER (WHERE rating = 2), COUNT(*) FILTER (WHERE rating = 3),
       COUNT(*) FILTER (WHERE rating = 4), COUNT(*) FILTER (WHERE rating = 5),
       SUM(thumbs_up), SUM(thumbs_down)
FROM (SELECT CAST(FLOOR(EXTRACT(EPOCH FROM created_at)) AS BIGINT) / 3600 AS utc_hour, escalation_reason, urgent,
             visitor_messages, claimed, rating, thumbs_up, thumbs_down,
             CASE WHEN rating <= 2 OR thumbs_down > 0 THEN 1 ELSE 0 END AS bad
      FROM conversations
      WHERE visitor_messages > 0 OR escalation_reason IS NOT NULL) x
GROUP BY utc_hour;
