package com.clinicchat.answering;

import com.clinicchat.conversation.AccessTokens;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code /api/ask} conversations the server has issued: an id and a secret token, as in the chat, so that no
 * caller can choose an id or continue someone else's conversation. In memory and bounded, like their turns
 * ({@link RecentQuestions}); only the token's SHA-256 is kept.
 */
@Component
class AskTokens {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final AccessTokens tokens;
    private final Map<String, String> hashes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    AskTokens(AccessTokens tokens) {
        this.tokens = tokens;
    }

    record Issued(String conversationId, String token) {
    }

    synchronized Issued issue() {
        Issued issued = new Issued(UUID.randomUUID().toString(), tokens.newToken());
        hashes.put(issued.conversationId(), AccessTokens.hash(issued.token()));
        return issued;
    }

    /** The conversation when the id was issued here and the token is its token; empty for either failure alike. */
    synchronized Optional<Issued> open(String conversationId, String token) {
        String hash = conversationId == null || token == null ? null : hashes.get(conversationId);
        return hash != null && AccessTokens.matches(token, hash) ? Optional.of(new Issued(conversationId, token))
                : Optional.empty();
    }
}
