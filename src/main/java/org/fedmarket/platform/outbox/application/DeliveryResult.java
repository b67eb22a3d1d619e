package org.fedmarket.platform.outbox.application;

/** How one attempt at a message went: delivered, failed for now (retried), or failed for good. */
record DeliveryResult(boolean delivered, String error, boolean mayPass) {

    static final DeliveryResult DONE = new DeliveryResult(true, null, false);

    static DeliveryResult waiting(String error) {
        return new DeliveryResult(false, error, true);
    }

    static DeliveryResult finalFailure(String error) {
        return new DeliveryResult(false, error, false);
    }
}
