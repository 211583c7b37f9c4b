package com.clinicchat.cluster;

import com.clinicchat.conversation.ConversationEvent;

/**
 * A conversation event that happened on another node, rebuilt here from the database, for what this node shows
 * live (visitor sockets, consoles). Side effects (webhooks, meters, audit) ran on the node where it happened and
 * must not listen to this.
 */
public record RemoteEvent(ConversationEvent event) {
}
