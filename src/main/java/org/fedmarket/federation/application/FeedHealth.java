package org.fedmarket.federation.application;

import org.fedmarket.federation.domain.PartnerFeed;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** How the import of one partner's catalogue goes: for the admin page and API. */
public record FeedHealth(String partner, Long revision, long listings, OffsetDateTime lastSuccessAt, OffsetDateTime lastAttemptAt,
                         OffsetDateTime lastChangeAt, String lastOutcome, int consecutiveFailures, OffsetDateTime nextAttemptAt, String lastError,
                         String circuit, BigDecimal markupPercent, String rounding) {

    static FeedHealth of(PartnerFeed f, long listings, String circuit) {
        return new FeedHealth(f.partner(), f.revision(), listings, f.lastSuccessAt(), f.lastAttemptAt(), f.lastChangeAt(), f.lastOutcome(),
                f.consecutiveFailures(), f.nextAttemptAt(), f.lastError(), circuit, f.markup().percent(), f.markup().rounding().id());
    }
}
