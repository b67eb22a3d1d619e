package org.fedmarket.federation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.federation.application.CatalogueFeeds;
import org.fedmarket.federation.application.CatalogueSync;
import org.fedmarket.federation.application.FeedHealth;
import org.fedmarket.federation.application.ListingView;
import org.fedmarket.federation.application.PurchaseRecords;
import org.fedmarket.federation.application.PurchaseView;
import org.fedmarket.federation.application.Purchases;
import org.fedmarket.federation.domain.MarkupRule;
import org.fedmarket.platform.web.PageActions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The partner catalogues page: each feed's health and markup, the imported listings, purchases at partners. */
@Named("exchangePage")
@RequestScoped
public class PartnerTradeBacking {

    private static final String SELF = "/admin/federation/exchange.xhtml?faces-redirect=true";

    @Inject
    CatalogueFeeds feeds;
    @Inject
    CatalogueSync sync;
    @Inject
    Purchases purchases;
    @Inject
    PurchaseRecords records;
    @Inject
    FacesContext faces;

    private BigDecimal percent;
    private String rounding = "cent";

    public List<FeedHealth> getFeeds() {
        return feeds.health();
    }

    public List<ListingView> getListings() {
        return feeds.listings();
    }

    public List<PurchaseView> getPurchases() {
        return records.recent();
    }

    public List<String> getRoundings() {
        return java.util.Arrays.stream(MarkupRule.Rounding.values()).map(MarkupRule.Rounding::id).toList();
    }

    public String sync(String partner) {
        return PageActions.run(faces, SELF, () -> {
            FeedHealth health = sync.syncNow(partner);
            return health.lastError() == null ? partner + " synced: " + health.lastOutcome() + ", " + health.listings() + " listings."
                    : partner + " failed: " + health.lastError();
        });
    }

    public String markup(String partner) {
        return PageActions.run(faces, SELF, () -> {
            feeds.markup(partner, new MarkupRule(percent == null ? BigDecimal.ZERO : percent, MarkupRule.Rounding.of(rounding)));
            return "Markup for " + partner + " saved; its products are priced anew at the next sync.";
        });
    }

    public String retry(String id) {
        return PageActions.run(faces, SELF, () -> {
            PurchaseView p = purchases.proceed(UUID.fromString(id));
            return "Purchase of " + p.productId() + ": " + p.stage() + (p.lastError() == null ? "" : " (" + p.lastError() + ")");
        });
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public String getRounding() {
        return rounding;
    }

    public void setRounding(String rounding) {
        this.rounding = rounding;
    }
}
