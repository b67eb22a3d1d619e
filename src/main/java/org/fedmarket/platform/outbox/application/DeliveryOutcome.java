package org.fedmarket.platform.outbox.application;

/** One attempt to deliver a message ended: delivered, or failed with {@code error} (retried or abandoned). */
public record DeliveryOutcome(String type, String destination, boolean delivered, String error) {
}
