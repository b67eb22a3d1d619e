package org.fedmarket.platform.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.fedmarket.platform.database.Bounded;
import org.fedmarket.platform.module.HealthFacts;

/** The outbox's backlog in {@code /health}: messages to other nodes not delivered yet, and how long the oldest waited. */
@ApplicationScoped
public class OutboxFacts implements HealthFacts {

    private record Backlog(long waiting, long oldestSeconds) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Bounded bounded;

    @Override
    public void describe(HealthCheckResponseBuilder response) {
        bounded.read("outbox", () -> new Backlog(outbox.waiting(), (long) outbox.oldestWaitingAge())).ifPresentOrElse(
                backlog -> response.withData("outboxWaiting", backlog.waiting())
                        .withData("outboxOldestWaitingSeconds", backlog.oldestSeconds()),
                () -> response.withData("outboxWaiting", "unknown: the database did not answer"));
    }
}
