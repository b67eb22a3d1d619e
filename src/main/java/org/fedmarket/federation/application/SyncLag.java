package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fedmarket.federation.domain.PartnerFeed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code fedmarket_catalogue_sync_lag_seconds{partner}}: how old this shop's copy of each partner's
 * catalogue is (seconds since its last successful sync, or since the feed began). Kept in memory,
 * refreshed from the feeds' table every sync round, so another instance's syncs count too.
 */
@ApplicationScoped
public class SyncLag {

    static final String NAME = "fedmarket_catalogue_sync_lag_seconds";

    @Inject
    Clock clock;
    @Inject
    MetricRegistry metrics;

    private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

    /** Tracks exactly the partners in {@code sharing}, with what the feeds' table knows. */
    void follow(Set<String> sharing, List<PartnerFeed> feeds) {
        for (String gone : Set.copyOf(lastSuccess.keySet())) {
            if (!sharing.contains(gone)) {
                lastSuccess.remove(gone);
                metrics.remove(new MetricID(NAME, new Tag("partner", gone)));
            }
        }
        Instant now = Instant.now(clock);
        for (String partner : sharing) {
            Instant known = feeds.stream().filter(f -> f.partner().equals(partner)).findFirst()
                    .map(PartnerFeed::lastSuccessAt).map(OffsetDateTime::toInstant).orElse(null);
            lastSuccess.merge(partner, known == null ? now : known, (a, b) -> a.isAfter(b) ? a : b);
            metrics.gauge(NAME, () -> lag(partner), new Tag("partner", partner));
        }
    }

    void synced(String partner, OffsetDateTime at) {
        lastSuccess.computeIfPresent(partner, (p, before) -> at.toInstant());
    }

    private double lag(String partner) {
        Instant last = lastSuccess.get(partner);
        return last == null ? 0 : Duration.between(last, Instant.now(clock)).toMillis() / 1000.0;
    }
}
