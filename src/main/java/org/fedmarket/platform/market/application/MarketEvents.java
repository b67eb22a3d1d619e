package org.fedmarket.platform.market.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.market.domain.MarketEvent;
import org.fedmarket.platform.market.domain.Offer;
import org.fedmarket.platform.market.domain.Sale;
import org.fedmarket.platform.market.persistence.MarketEventRepository;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the market: after every change of an offer, a snapshot of all current offers of that product
 * (a market situation); every sale, and every sale refused for lack of stock. Events are written in the
 * transaction of the change, so they exist exactly when the change does.
 */
@ApplicationScoped
public class MarketEvents {

    /** A page of the feed; {@code next} resumes right after its last event (or where it began, when empty). */
    public record Page(List<MarketEvent> events, String next) {
    }

    public static final int MAX_PAGE = 500;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<OfferSource> sources;
    @Inject
    MarketEventRepository events;
    @Inject
    NodeSettings node;

    /** Records the market situation of {@code sku} after {@code merchant} changed its offer ({@code trigger}: what changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerChanged(String sku, String merchant, String trigger) {
        Set<String> parties = new TreeSet<>();
        parties.add(merchant);
        JsonArrayBuilder offers = Json.createArrayBuilder();
        for (OfferSource source : sources) {
            if (!node.modules().isOn(source.getClass())) {
                continue;
            }
            for (Offer offer : source.offers(sku)) {
                parties.add(offer.seller());
                offers.add(json(offer));
            }
        }
        events.append(MarketEvent.MARKET_SITUATION, sku, parties, now(), Json.createObjectBuilder()
                .add("trigger", trigger).add("merchant", merchant).add("sku", sku).add("offers", offers).build().toString());
    }

    /**
     * Records a sale, in the transaction that makes it; a sale refused for lack of stock in a transaction
     * of its own, as the refused one rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sale(Sale sale) {
        append(sale);
    }

    /**
     * Events after {@code cursor} (null: from the first), at most {@code limit} (default 100); with {@code parties}
     * only events about one of those shops.
     */
    @Transactional
    public Page page(String cursor, String limitParameter, Collection<String> parties) {
        int limit;
        try {
            limit = limitParameter == null || limitParameter.isEmpty() ? 100 : Integer.parseInt(limitParameter);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BusinessRuleException("limit-invalid", "limit is a whole number from 1 to " + MAX_PAGE + ", not '" + limitParameter + "'");
        }
        long[] position = cursor == null || cursor.isEmpty() ? new long[] {0, 0} : position(cursor);
        List<MarketEvent> page = events.after(position[0], position[1], limit, parties).stream().map(MarketEvents::event).toList();
        return new Page(page, page.isEmpty() ? (cursor == null || cursor.isEmpty() ? "0-0" : cursor) : page.get(page.size() - 1).cursor());
    }

    /** The latest events before {@code cursor} (null: the newest), newest first; {@code next} continues with older ones. */
    @Transactional
    public Page latest(String cursor, int limit) {
        long[] position = cursor == null || cursor.isEmpty() ? new long[] {-1L, Long.MAX_VALUE} : position(cursor);
        List<MarketEvent> page = events.before(position[0], position[1], limit).stream().map(MarketEvents::event).toList();
        return new Page(page, page.isEmpty() ? null : page.get(page.size() - 1).cursor());
    }

    private void append(Sale sale) {
        Set<String> parties = new TreeSet<>();
        parties.add(sale.seller());
        if (!"customer".equals(sale.buyer())) {
            parties.add(sale.buyer());
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("outcome", sale.outcome())
                .add("offerId", sale.offerId())
                .add("sku", sale.sku())
                .add("seller", sale.seller())
                .add("buyer", sale.buyer())
                .add("quantity", sale.quantity());
        decimal(data, "price", sale.unitPrice());
        text(data, "currency", sale.currency());
        if (sale.stockLeft() == null) {
            data.addNull("leftInStock");
        } else {
            data.add("leftInStock", sale.stockLeft());
        }
        text(data, "order", sale.order());
        events.append(MarketEvent.SALE, sale.sku(), parties, now(), data.build().toString());
    }

    /** A cursor's transaction and event id. */
    private static long[] position(String cursor) {
        Matcher m = CURSOR.matcher(cursor);
        try {
            if (m.matches()) {
                return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            }
        } catch (NumberFormatException e) {
            // out of range: not a cursor this feed gave
        }
        throw new BusinessRuleException("cursor-invalid", "'" + cursor + "' is no cursor of this feed; pass a next or cursor value it gave");
    }

    private static JsonObjectBuilder json(Offer offer) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("offerId", offer.offerId()).add("seller", offer.seller())
                .add("sku", offer.sku()).add("name", offer.name());
        decimal(o, "price", offer.price());
        text(o, "currency", offer.currency());
        if (offer.stock() == null) {
            o.addNull("stock");
        } else {
            o.add("stock", offer.stock());
        }
        return o.add("availability", offer.availability()).add("active", offer.active());
    }

    private static MarketEvent event(MarketEventRepository.Row row) {
        try (JsonReader reader = Json.createReader(new StringReader(row.data()))) {
            return new MarketEvent(row.id(), row.tx() + "-" + row.id(), row.kind(), row.at(), row.product(), row.parties(),
                    reader.readObject());
        }
    }

    private static void decimal(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
