package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.Part;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.inventory.application.CatalogueImport;
import org.fedmarket.inventory.application.CatalogueService;
import org.fedmarket.inventory.application.Holds;
import org.fedmarket.inventory.application.UsdPrices;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The inventory page: the own catalogue with its actions, the import, and the rate table. */
@Named("inventoryHome")
@RequestScoped
public class InventoryHomeBacking {

    private static final String SELF = "/admin/inventory/index.xhtml?faces-redirect=true";

    private List<Holds.LiveHold> holds;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CatalogueService catalogue;
    @Inject
    CatalogueImport importer;
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
    private Part file;
    private String rates;
    private LocalDate ratesAsOf;
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

    public UsdPrices.Table getRateTable() {
        return prices.table();
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

    public String importFile() {
        return run(() -> {
            if (file == null || file.getSize() == 0) {
                throw new BusinessRuleException("import-empty", "Choose a JSON file: an array of products.");
            }
            List<ProductDraft> drafts;
            try (InputStream in = file.getInputStream()) {
                drafts = JSON.fromJson(in, new ArrayList<ProductDraft>() { }.getClass().getGenericSuperclass());
            } catch (IOException | JsonbException e) {
                throw new BusinessRuleException("import-unreadable", "The file is not a JSON array of products: " + e.getMessage());
            }
            try {
                return "Imported " + importer.importAll(drafts) + " products.";
            } catch (CatalogueImport.ImportRejectedException e) {
                return e.getMessage() + ": " + e.extensions().get("errors");
            }
        });
    }

    /** Replaces the rate table with the lines "CUR rate", e.g. "EUR 1.08". */
    public String saveRates() {
        return run(() -> {
            Map<String, BigDecimal> table = new LinkedHashMap<>();
            for (String line : (rates == null ? "" : rates).split("\\R")) {
                String[] parts = line.strip().split("[\\s=:]+");
                if (line.isBlank()) {
                    continue;
                }
                try {
                    table.put(parts[0].toUpperCase(java.util.Locale.ROOT), new BigDecimal(parts[1]));
                } catch (RuntimeException e) {
                    throw new BusinessRuleException("rates-unreadable", "A rate line is a currency and a number, e.g. EUR 1.08, not '" + line + "'");
                }
            }
            UsdPrices.Table saved = prices.replace(ratesAsOf == null ? LocalDate.now(ZoneOffset.UTC) : ratesAsOf, table);
            return "Rate table of " + saved.asOf().orElseThrow() + " saved with " + saved.usdPerUnit().size() + " rates.";
        });
    }

    public String getRates() {
        if (rates == null) {
            StringBuilder text = new StringBuilder();
            prices.table().usdPerUnit().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue().stripTrailingZeros().toPlainString()).append('\n'));
            rates = text.toString();
        }
        return rates;
    }

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    public void setRates(String rates) {
        this.rates = rates;
    }

    public LocalDate getRatesAsOf() {
        return ratesAsOf == null ? prices.table().asOf().orElse(null) : ratesAsOf;
    }

    public void setRatesAsOf(LocalDate ratesAsOf) {
        this.ratesAsOf = ratesAsOf;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
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
