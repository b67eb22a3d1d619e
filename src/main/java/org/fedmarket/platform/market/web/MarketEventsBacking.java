package org.fedmarket.platform.market.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.fedmarket.platform.market.application.MarketEvents;
import org.fedmarket.platform.market.domain.MarketEvent;
import org.fedmarket.platform.problem.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** The market events page: the latest market situations and sales first, fifty at a time. */
@Named("marketEventsPage")
@RequestScoped
public class MarketEventsBacking {

    /** An event as a line of the page. */
    public record Line(String cursor, java.time.OffsetDateTime at, String type, String product, String summary, String parties) {
    }

    private static final int PAGE = 50;

    @Inject
    MarketEvents events;
    @Inject
    FacesContext faces;

    private MarketEvents.Page page;

    public List<Line> getLines() {
        return page().events().stream().map(MarketEventsBacking::line).toList();
    }

    /** The cursor to read older events from, or null when this page holds the oldest. */
    public String getOlder() {
        return page().events().size() < PAGE ? null : page().next();
    }

    private MarketEvents.Page page() {
        if (page == null) {
            String before = faces.getExternalContext().getRequestParameterMap().get("before");
            try {
                page = events.latest(before, PAGE);
            } catch (DomainException e) { // a cursor someone typed: start from the newest
                page = events.latest(null, PAGE);
            }
        }
        return page;
    }

    static Line line(MarketEvent e) {
        JsonObject d = e.data();
        String summary = MarketEvent.SALE.equals(e.type())
                ? d.getString("outcome", "?") + ": " + number(d.get("quantity")) + " × " + money(d) + " of " + d.getString("offerId", "?")
                  + " to " + d.getString("buyer", "?") + left(d.get("leftInStock"))
                : d.getString("trigger", "?") + " by " + d.getString("merchant", "?") + " — " + offers(d);
        return new Line(e.cursor(), e.at(), e.type(), e.product(), summary, String.join(", ", e.parties()));
    }

    private static String offers(JsonObject situation) {
        List<JsonObject> offers = situation.get("offers") instanceof jakarta.json.JsonArray all ? all.getValuesAs(JsonObject.class) : List.of();
        return offers.isEmpty() ? "no offers" : offers.stream().map(o -> o.getString("offerId", "?") + " " + money(o)
                + (o.get("stock") instanceof JsonNumber n ? " ×" + n.intValue() : "") + " (" + o.getString("availability", "?")
                + (o.getBoolean("active", true) ? "" : ", paused") + ")").collect(Collectors.joining("; "));
    }

    private static String money(JsonObject o) {
        return o.get("price") instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() + " " + o.getString("currency", "") : "—";
    }

    private static String number(JsonValue value) {
        return value instanceof JsonNumber n ? n.toString() : "?";
    }

    private static String left(JsonValue left) {
        return left instanceof JsonNumber n ? ", " + n.intValue() + " left" : "";
    }
}
