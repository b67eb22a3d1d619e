package org.fedmarket.storefront.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.storefront.domain.Cart;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Carts and their lines, by the hash of the secret their browser holds or by their customer. Runs in the caller's transaction. */
@ApplicationScoped
public class CartRepository {

    @Inject
    StorefrontDatabase db;

    /**
     * A browser's cart (none that follows a customer), locked for this transaction when {@code lock}, so that two
     * requests of one browser change it one after the other.
     */
    public Optional<Cart> cart(String id, boolean lock) {
        return find("id = ? AND customer_id IS NULL", id, lock);
    }

    /** A customer's cart, locked as {@link #cart} is. */
    public Optional<Cart> customerCart(long customerId, boolean lock) {
        return find("customer_id = ?", customerId, lock);
    }

    private Optional<Cart> find(String condition, Object key, boolean lock) {
        return db.run(c -> {
            String id;
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM storefront.cart WHERE " + condition + (lock ? " FOR UPDATE" : ""))) {
                st.setObject(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    id = rs.getString(1);
                }
            }
            return Optional.of(new Cart(id, lines(id)));
        });
    }

    /** A new cart of a browser ({@code customerId} null) or a customer. */
    public void create(String id, Long customerId, OffsetDateTime now) {
        db.update("INSERT INTO storefront.cart (id, customer_id, created_at, updated_at) VALUES (?, ?, ?, ?)", id, customerId, now, now);
    }

    /** A browser's cart becomes its customer's. */
    public void attach(String id, long customerId, OffsetDateTime now) {
        db.update("UPDATE storefront.cart SET customer_id = ?, updated_at = ? WHERE id = ?", customerId, now, id);
    }

    public void delete(String id) {
        db.update("DELETE FROM storefront.cart WHERE id = ?", id);
    }

    /** Writes the cart's lines as they are now. */
    public void save(Cart cart, OffsetDateTime now) {
        db.run(c -> {
            try (PreparedStatement touch = c.prepareStatement("UPDATE storefront.cart SET updated_at = ? WHERE id = ?");
                 PreparedStatement clear = c.prepareStatement("DELETE FROM storefront.cart_line WHERE cart_id = ?");
                 PreparedStatement add = c.prepareStatement("INSERT INTO storefront.cart_line (cart_id, product_id, quantity,"
                         + " seen_price, seen_currency, seen_availability, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                touch.setObject(1, now);
                touch.setString(2, cart.id());
                touch.executeUpdate();
                clear.setString(1, cart.id());
                clear.executeUpdate();
                for (Cart.Line l : cart.lines()) {
                    add.setString(1, cart.id());
                    add.setString(2, l.productId());
                    add.setInt(3, l.quantity());
                    add.setBigDecimal(4, l.seenPrice());
                    add.setString(5, l.seenCurrency());
                    add.setString(6, l.seenAvailability());
                    add.setObject(7, l.addedAt());
                    add.addBatch();
                }
                add.executeBatch();
            }
            return null;
        });
    }

    /** Deletes carts untouched since {@code before}; returns how many. */
    public int deleteIdleSince(OffsetDateTime before) {
        return db.update("DELETE FROM storefront.cart WHERE updated_at < ?", before);
    }

    private List<Cart.Line> lines(String id) {
        return db.run(c -> {
            List<Cart.Line> lines = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT product_id, quantity, seen_price, seen_currency,"
                    + " seen_availability, added_at FROM storefront.cart_line WHERE cart_id = ? ORDER BY added_at, product_id")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Cart.Line(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4).strip(),
                                rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                    }
                }
            }
            return lines;
        });
    }
}
