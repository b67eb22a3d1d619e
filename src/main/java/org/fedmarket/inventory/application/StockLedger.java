package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.platform.market.application.MarketEvents;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.domain.Availability;
import org.fedmarket.inventory.persistence.StockRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.OptionalInt;

/**
 * The one path for every change of stock: holds, their release or expiry, orders, returns and
 * restocks. Each change is one conditional statement (the database refuses a negative stock) plus a
 * movement record; when the product's availability class changes, partners' catalogue changes too.
 * Every change records the product's market situation.
 */
@ApplicationScoped
public class StockLedger {

    /** Why stock changed, as recorded with the movement. */
    public enum Reason {
        RESTOCK, ADJUST, HOLD, RELEASE, EXPIRE, ORDER, RETURN;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    Clock clock;
    @Inject
    StockRepository stock;
    @Inject
    CatalogueRevisions revisions;
    @Inject
    MarketEvents market;
    @Inject
    ProductIds ids;
    @Inject
    @ConfigProperty(name = "fedmarket.inventory.low-stock-threshold")
    int lowStock;

    /** Adds {@code delta} (negative takes); the new stock, or empty when there is not enough to take. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt change(long productId, int delta, Reason reason, String reference) {
        var changed = stock.change(productId, delta, reason.id(), reference, OffsetDateTime.now(clock));
        if (changed.isEmpty()) {
            return OptionalInt.empty();
        }
        String availability = Availability.of(changed.get().stock(), lowStock).id();
        if (!availability.equals(changed.get().listedAvailability())) {
            stock.listed(productId, availability, revisions.next());
        }
        market.offerChanged(changed.get().sku(), ids.shopId(), reason.id());
        return OptionalInt.of(changed.get().stock());
    }

    /** Takes {@code quantity} or throws {@link NotEnoughStockException} naming what is available. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int take(long productId, String productRef, int quantity, Reason reason, String reference) {
        OptionalInt left = change(productId, -quantity, reason, reference);
        if (left.isEmpty()) {
            throw new NotEnoughStockException(productRef, quantity, stock.stock(productId));
        }
        return left.getAsInt();
    }
}
