package com.clinicchat.chat;

/**
 * A piece of a bot reply being streamed. This node's own sockets are sent it directly; the event is for the other
 * nodes of a cluster (the assistant's text, never the visitor's), where it comes back {@code relayed} and goes to
 * their sockets showing the conversation (another tab of the same visitor).
 */
public record BotDelta(String conversationId, String streamId, String text, boolean relayed) {
}
