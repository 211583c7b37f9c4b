package com.clinicchat.cluster;

/**
 * Pub/sub messages may have been missed (Redis restarted, the subscription was lost, a publish failed): every
 * live view on this node catches up from the database, where everything is stored in {@code seq} order.
 */
public record CatchUp() {
}
