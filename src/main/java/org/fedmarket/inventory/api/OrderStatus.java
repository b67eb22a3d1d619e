package org.fedmarket.inventory.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.fedmarket.platform.input.WireNameAdapter;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.ConflictException;

import java.util.EnumSet;
import java.util.Set;

/** Where an order a partner placed stands (FEDERATION.md, "Order status"): the seller moves it, the buyer is told. */
@JsonbTypeAdapter(OrderStatus.Json.class)
public enum OrderStatus {
    RECEIVED, ACCEPTED, REJECTED, OUT_OF_STOCK, CANCELLED, SHIPPED, DELIVERED;

    /** The statuses an order can move to from this one. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(SHIPPED, OUT_OF_STOCK, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            default -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Ending here gives the ordered stock back to the shop's stock: the goods never left. */
    public boolean returnsStock() {
        return this == REJECTED || this == CANCELLED;
    }

    public OrderStatus moveTo(OrderStatus target) {
        if (!next().contains(target)) {
            throw new ConflictException("order-status-transition", "An order that is " + id() + " can't become " + target.id()
                    + (next().isEmpty() ? "" : "; it can become " + next().stream().map(OrderStatus::id).toList()));
        }
        return target;
    }

    /** The wire name, e.g. {@code out-of-stock}; also how the database stores it. */
    public String id() {
        return WireNames.of(this);
    }

    /** In JSON, an order status is its wire name. */
    public static final class Json extends WireNameAdapter<OrderStatus> {
        public Json() {
            super(OrderStatus.class);
        }
    }

    public static OrderStatus ofId(String id) {
        return WireNames.parse(OrderStatus.class, id).orElseThrow(() -> new IllegalArgumentException("Unknown order status " + id));
    }
}
