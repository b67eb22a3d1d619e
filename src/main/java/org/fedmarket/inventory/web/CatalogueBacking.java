package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueService;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.inventory.application.UsdPrices;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/** The inventory page's own catalogue: the products with their actions and USD prices, the product form, partners' holds. */
@Named("ownCatalogue")
@RequestScoped
public class CatalogueBacking {

    private static final String SELF = InventoryPage.SELF;

    private List<Holds.LiveHold> holds;

    @Inject
    CatalogueService catalogue;
    @Inject
    UsdPrices prices;
    @Inject
    Holds holdsNow;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private List<ProductView> products;
    private Integer quantity;
    private String sku;
    private String name;
    private String description;
    private BigDecimal price;
    private String currency = "EUR";
    private String imageUrl;
    private Integer stock = 0;

    public List<ProductView> getProducts() {
        if (products == null) {
            products = catalogue.list();
        }
        return products;
    }

    /** Products whose currency has no rate: partners don't see them. */
    public List<String> getUnpriced() {
        return getProducts().stream().filter(p -> prices.usd(p.price(), p.currency()).isEmpty()).map(ProductView::sku).toList();
    }

    public String usd(ProductView p) {
        return prices.usd(p.price(), p.currency()).map(BigDecimal::toPlainString).orElse("no rate");
    }

    /** Creates the product, or changes it if the SKU exists (its stock then changes by restock only). */
    public String save() {
        return run(() -> {
            boolean exists = getProducts().stream().anyMatch(p -> p.sku().equals(sku));
            ProductDraft draft = new ProductDraft(sku, name, description, price, currency, imageUrl, stock);
            return exists ? "Saved " + catalogue.edit(sku, draft).sku() + "." : "Created " + catalogue.create(draft).sku() + ".";
        });
    }

    public String pause(String sku) {
        return run(() -> "Paused " + catalogue.pause(sku).sku() + "; partners no longer see it.");
    }

    public String resume(String sku) {
        return run(() -> "Resumed " + catalogue.resume(sku).sku() + ".");
    }

    public String restock(String sku) {
        return run(() -> {
            if (quantity == null) {
                throw new BusinessRuleException("quantity-missing", "Enter how many units arrived (negative: removed).");
            }
            return sku + " now has " + catalogue.restock(sku, quantity).stock() + " in stock.";
        });
    }

    public List<Holds.LiveHold> getHolds() {
        if (holds == null) {
            holds = holdsNow.live();
        }
        return holds;
    }

    public String delete(String sku) {
        return confirmation.ask(SELF, "Delete " + sku + "? Partners see it removed.", "Yes, delete " + sku, () -> {
            catalogue.delete(sku);
            return "Deleted " + sku + ".";
        });
    }

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }
}
