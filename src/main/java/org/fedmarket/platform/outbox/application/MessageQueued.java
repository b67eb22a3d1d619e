package org.fedmarket.platform.outbox.application;

/** A message was queued in the outbox (fired in the queuing transaction; observed after it commits, it can be sent). */
public record MessageQueued(String type) {
}
