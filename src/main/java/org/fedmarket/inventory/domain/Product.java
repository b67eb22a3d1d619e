package org.fedmarket.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * A product of this shop's own catalogue. Its stock is never written through this entity: every
 * change of stock goes through the stock ledger, and the database keeps it from falling below zero.
 * A deleted product stays as a tombstone so partners' deltas can report its removal.
 */
@Entity
@Table(name = "product", schema = "inventory")
public class Product {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "price_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false, length = 3)
    private String priceCurrency;

    @Column(name = "image_url")
    private String imageUrl;

    @Column(nullable = false, updatable = false)
    private int stock;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(nullable = false)
    private long revision;

    /** Kept by the stock ledger alongside the stock. */
    @Column(nullable = false, updatable = false, insertable = false)
    private String availability;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Product() {
    }

    /** A new product, without stock: its first stock is recorded by the ledger like every other change. */
    public Product(String sku, String name, String description, BigDecimal priceAmount, String priceCurrency,
                   String imageUrl) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new BusinessRuleException("sku-invalid", "A SKU is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
                    + sku + "'");
        }
        this.sku = sku;
        this.active = true;
        describe(name, description, priceAmount, priceCurrency, imageUrl);
    }

    /** Changes what the product is and costs; stock is changed through the ledger only. */
    public void describe(String name, String description, BigDecimal priceAmount, String priceCurrency, String imageUrl) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BusinessRuleException("name-invalid", "A product needs a name of at most 200 characters");
        }
        if (priceAmount == null || priceAmount.signum() < 0 || priceAmount.scale() > 4 || priceAmount.precision() - priceAmount.scale() > 15) {
            throw new BusinessRuleException("price-invalid", "A price is zero or more, with at most 4 decimals: " + priceAmount);
        }
        if (priceCurrency == null || !CURRENCY.matcher(priceCurrency).matches()) {
            throw new BusinessRuleException("currency-invalid", "A currency is an ISO 4217 code such as EUR: '" + priceCurrency + "'");
        }
        if (description != null && description.length() > Limits.MAX_DESCRIPTION) {
            throw new BusinessRuleException("description-invalid", "A description has at most " + Limits.MAX_DESCRIPTION + " characters");
        }
        if (imageUrl != null && imageUrl.length() > Limits.MAX_URL) {
            throw new BusinessRuleException("image-url-invalid", "An image URL has at most " + Limits.MAX_URL + " characters");
        }
        if (imageUrl != null && !imageUrl.isBlank() && !imageUrl.matches("https?://\\S+")) {
            throw new BusinessRuleException("image-url-invalid", "An image URL is an http(s) URL: '" + imageUrl + "'");
        }
        this.name = name.strip();
        this.description = description == null ? "" : description.strip();
        this.priceAmount = priceAmount;
        this.priceCurrency = priceCurrency;
        this.imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl.strip();
        touched();
    }

    public void pause() {
        requireNotDeleted();
        active = false;
        touched();
    }

    public void resume() {
        requireNotDeleted();
        active = true;
        touched();
    }

    /** Deleted products leave the catalogue; the row stays so that deltas can report the removal. */
    public void delete() {
        requireNotDeleted();
        active = false;
        deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        touched();
    }

    /** A deleted product's SKU used anew: the product is back, with what is given now. */
    public void revive(String name, String description, BigDecimal priceAmount, String priceCurrency, String imageUrl) {
        describe(name, description, priceAmount, priceCurrency, imageUrl);
        deletedAt = null;
        active = true;
    }

    /** Marks the product as changed at catalogue revision {@code revision}, the one partners' deltas go by. */
    public void changedAt(long revision) {
        this.revision = revision;
    }

    /** Listed to partners: active and not deleted. */
    public boolean listed() {
        return active && deletedAt == null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    private void requireNotDeleted() {
        if (deleted()) {
            throw new BusinessRuleException("product-deleted", "Product " + sku + " was deleted");
        }
    }

    private void touched() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public BigDecimal priceAmount() {
        return priceAmount;
    }

    public String priceCurrency() {
        return priceCurrency;
    }

    public String imageUrl() {
        return imageUrl;
    }

    /** Stock as last read from the database: on hand minus what partners hold. */
    public int stock() {
        return stock;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public long revision() {
        return revision;
    }

    public Availability availability() {
        return availability == null ? Availability.IN_STOCK : Availability.ofId(availability);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
