package org.fedmarket.federation.application;

import org.fedmarket.platform.partner.PartnersChanged;
import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.platform.partner.PartnerDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The directory and partnerships as partner calls are checked against, cached in memory: a call
 * costs no database read. The caches are dropped whenever this node changes the directory or a
 * partnership, and are at most five seconds old in any case (for other instances' changes).
 */
@ApplicationScoped
public class ShopPartnerDirectory implements PartnerDirectory {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Cached<T>(T value, Instant until) {
    }

    @Inject
    Clock clock;
    @Inject
    ShopIdentity identity;
    @Inject
    MembershipStore store;
    @Inject
    Partnerships partnerships;

    private final Map<String, Cached<Optional<JWK>>> keys = new ConcurrentHashMap<>();
    private final Map<String, Cached<Set<String>>> grants = new ConcurrentHashMap<>();

    @Override
    public String ownShopId() {
        return identity.shopId();
    }

    @Override
    public Optional<JWK> key(String shopId, String kid) {
        return cached(keys, shopId + "/" + kid, () -> store.memberKey(shopId, kid))
                .filter(k -> k.getExpirationTime() == null || k.getExpirationTime().toInstant().isAfter(Instant.now(clock)));
    }

    @Override
    public Optional<String> baseUrl(String shopId) {
        return store.member(shopId).map(org.fedmarket.federation.domain.DirectoryMember::baseUrl);
    }

    @Override
    public Set<String> grantedTo(String shopId) {
        return cached(grants, shopId, () -> partnerships.grantedTo(shopId).stream().map(Right::id).collect(Collectors.toSet()));
    }

    @Override
    public Set<String> partners() {
        return partnerships.activePartners();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnersChanged change) {
        keys.clear();
        grants.clear();
    }

    private <T> T cached(Map<String, Cached<T>> cache, String key, java.util.function.Supplier<T> load) {
        Cached<T> hit = cache.get(key);
        Instant now = Instant.now(clock);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.value();
        }
        T value = load.get();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, new Cached<>(value, now.plus(MAX_AGE)));
        return value;
    }
}
