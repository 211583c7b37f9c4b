package com.clinicchat.triage;

/**
 * A visitor message as triage sees it, in its conversation.
 *
 * @param vector         the message's embedding (computed once per turn and shared with retrieval)
 * @param previousText   the visitor's previous message in this conversation, or null
 * @param previousVector its embedding, or null
 * @param previousRoute  the route of the assistant's last reply, or null
 */
public record TriageRequest(String text, float[] vector, String previousText, float[] previousVector,
                            Route previousRoute) {

    public static TriageRequest alone(String text, float[] vector) {
        return new TriageRequest(text, vector, null, null, null);
    }
}
