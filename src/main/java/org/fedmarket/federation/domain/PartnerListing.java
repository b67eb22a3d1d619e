package org.fedmarket.federation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A partner's product as this shop offers it: the partner's data, its US dollar price and this shop's price. */
@Entity
@Table(name = "partner_listing", schema = "federation")
@IdClass(PartnerListing.Key.class)
public class PartnerListing {

    /** Partner and product id. */
    public static class Key implements Serializable {
        private String partner;
        private String productId;

        public Key() {
        }

        public Key(String partner, String productId) {
            this.partner = partner;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.partner.equals(partner) && k.productId.equals(productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partner, productId);
        }
    }

    @Id
    private String partner;
    @Id
    @Column(name = "product_id")
    private String productId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String description;
    @Column(name = "image_url")
    private String imageUrl;
    @Column(name = "partner_price_usd", nullable = false)
    private BigDecimal partnerPriceUsd;
    @Column(name = "price_usd", nullable = false)
    private BigDecimal priceUsd;
    @Column(nullable = false)
    private String availability;
    @Column(name = "partner_version", nullable = false)
    private long partnerVersion;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "synced_at", nullable = false)
    private OffsetDateTime syncedAt;

    protected PartnerListing() {
    }

    public PartnerListing(String partner, String productId) {
        this.partner = partner;
        this.productId = productId;
    }

    /** Takes the partner's current data and prices it with {@code markup}. */
    public void update(String name, String description, String imageUrl, BigDecimal partnerPriceUsd, String availability,
                       long partnerVersion, OffsetDateTime updatedAt, MarkupRule markup, OffsetDateTime now) {
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
        this.imageUrl = imageUrl;
        this.partnerPriceUsd = partnerPriceUsd;
        this.priceUsd = markup.apply(partnerPriceUsd);
        this.availability = availability == null ? "in-stock" : availability;
        this.partnerVersion = partnerVersion;
        this.updatedAt = updatedAt;
        this.syncedAt = now;
    }

    public String partner() {
        return partner;
    }

    public String productId() {
        return productId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public BigDecimal partnerPriceUsd() {
        return partnerPriceUsd;
    }

    public BigDecimal priceUsd() {
        return priceUsd;
    }

    public String availability() {
        return availability;
    }

    public long partnerVersion() {
        return partnerVersion;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime syncedAt() {
        return syncedAt;
    }
}
