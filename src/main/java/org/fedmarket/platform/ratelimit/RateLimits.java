package org.fedmarket.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fedmarket.platform.node.InvalidConfigurationException;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's rate limits. Each limit is {@code <capacity>/<period>} (ISO-8601, e.g. {@code 60/PT1M}):
 * a bucket of {@code capacity} tokens per caller, refilled evenly over the period, in the table
 * {@code platform.rate_bucket}. To keep a call cheap, an instance syncs a bucket with the database
 * after a tenth of its capacity (at most 20 tokens) or 200 ms, whichever comes first: several
 * instances together may let that many calls more through, never a bucket's worth. The buckets use their
 * own small, non-transactional pool ({@code jdbc/fedmarket-limits}); if it cannot answer, the call is
 * served and the failure logged — limits protect the shop, they must not take it down.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

    /** A limit as configured; {@code appliesTo} says which calls draw from it. */
    public record Limit(String name, long capacity, Duration period, String appliesTo) {
        @Override
        public String toString() {
            return capacity + "/" + period;
        }
    }

    /** The limits there are, with what each applies to; their capacities are configuration (fedmarket.rate-limits.*). */
    private static final Map<String, String> APPLIES_TO = Map.of(
            "catalogue", "partners' catalogue polls (GET /api/v1/products)",
            "holds", "partners' holds (GET /api/v1/product/{id})",
            "orders", "partners' orders (POST /api/v1/order)",
            "events", "partners' reads of the event feed (GET /api/events/shared)",
            "catalogue-writes", "product creations and changes, pauses and resumes, restocks, deletes, imports (/api/inventory/products)");

    @Resource(lookup = "jdbc/fedmarket-limits", shareable = false)
    DataSource dataSource;

    private volatile ProxyManager<String> buckets;
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    /** Until when (System.nanoTime) a subject's bucket is known to be empty: calls before then are refused without a draw. */
    private final Map<String, Long> emptyUntil = new ConcurrentHashMap<>();
    /** The latest of those times: while it has passed, no bucket is known empty and the precheck costs nothing. */
    private final AtomicLong lastEmptyUntil = new AtomicLong(System.nanoTime());

    /** Whether any bucket may be known empty now: when not, a call needs no precheck at all. */
    public boolean anyKnownEmpty() {
        return lastEmptyUntil.get() - System.nanoTime() > 0;
    }

    /**
     * Refuses at once, without drawing or asking the database, when {@code subject}'s bucket for limit {@code name} was
     * found empty by an earlier call and cannot have refilled yet. Another instance's draws can only empty a shared
     * bucket sooner, never refill it, so such a refusal is one the bucket itself would give.
     */
    public void refuseIfKnownEmpty(String name, String subject) {
        Long until = emptyUntil.get(name + "|" + subject);
        if (until != null) {
            long wait = until - System.nanoTime();
            if (wait > 0) {
                throw new RateLimitedException(name, subject, seconds(wait));
            }
            emptyUntil.remove(name + "|" + subject, until);
        }
    }

    /** Takes one token for {@code subject} from limit {@code name}, or throws {@link RateLimitedException}. */
    public void consume(String name, String subject) {
        Limit limit = limit(name);
        String key = name + "|" + subject;
        BucketProxy bucket = proxies.computeIfAbsent(key, k -> manager().builder()
                .withOptimization(Optimizations.delaying(new DelayParameters(Math.max(1, Math.min(20, limit.capacity() / 10)),
                        Duration.ofMillis(200))))
                .build(k, () -> BucketConfiguration.builder()
                        .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build()));
        if (proxies.size() > 50_000) {
            proxies.clear(); // bounded; the state lives in the database
        }
        ConsumptionProbe probe;
        try {
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // the limits' store is unreachable or saturated: serve rather than refuse everyone
            LOG.log(Level.WARNING, "Rate limit " + name + " not checked for " + subject + ": " + e.getMessage());
            return;
        }
        if (!probe.isConsumed()) {
            if (emptyUntil.size() > 50_000) {
                emptyUntil.clear(); // bounded; a forgotten refusal costs one draw
            }
            long until = System.nanoTime() + probe.getNanosToWaitForRefill();
            emptyUntil.put(key, until);
            lastEmptyUntil.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
            throw new RateLimitedException(name, subject, seconds(probe.getNanosToWaitForRefill()));
        }
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Every limit the node knows, as configured now. */
    public Map<String, Limit> all() {
        Map<String, Limit> all = new LinkedHashMap<>();
        APPLIES_TO.keySet().stream().sorted().forEach(name -> all.put(name, limit(name)));
        return all;
    }

    Limit limit(String name) {
        return limits.computeIfAbsent(name, n -> parse(n, ConfigProvider.getConfig().getValue("fedmarket.rate-limits." + n, String.class),
                APPLIES_TO.getOrDefault(n, "")));
    }

    static Limit parse(String name, String text, String appliesTo) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            long capacity = Long.parseLong(parts[0]);
            Duration period = Duration.parse(parts[1]);
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException();
            }
            return new Limit(name, capacity, period, appliesTo);
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException("fedmarket.rate-limits." + name + " is <capacity>/<ISO-8601 period>, e.g. 60/PT1M, not '"
                    + text + "'");
        }
    }

    private ProxyManager<String> manager() {
        ProxyManager<String> manager = buckets;
        if (manager == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                            .table("platform.rate_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at").build();
                }
                manager = buckets;
            }
        }
        return manager;
    }
}
