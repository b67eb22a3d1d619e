package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.Module;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** A few products (and sample EUR/GBP rates) for development and demo nodes ({@code fedmarket.sample-catalogue=true}), added to an empty catalogue only. */
@ApplicationScoped
public class SampleCatalogue {

    private static final Logger LOG = Logger.getLogger(SampleCatalogue.class.getName());

    @Inject
    Clock clock;
    @Inject
    ProductRepository products;
    @Inject
    CatalogueImport importer;
    @Inject
    UsdPrices prices;
    @Inject
    @ConfigProperty(name = "fedmarket.sample-catalogue")
    boolean enabled;

    @Transactional
    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!enabled || !ready.modules().isOn(Module.INVENTORY) || products.count() > 0) {
            return;
        }
        List<ProductDraft> samples = List.of(
                new ProductDraft("sock-wool-01", "Merino wool socks", "Warm, soft socks knitted from merino wool.",
                        new BigDecimal("14.90"), "EUR", "https://images.example/sock-wool-01.jpg", 120),
                new ProductDraft("sock-run-02", "Running socks", "Light, breathable socks with a padded heel.",
                        new BigDecimal("9.50"), "EUR", "https://images.example/sock-run-02.jpg", 300),
                new ProductDraft("mug-enamel-01", "Enamel camping mug", "A 350 ml enamel mug that survives every trip.",
                        new BigDecimal("12.00"), "EUR", "https://images.example/mug-enamel-01.jpg", 45),
                new ProductDraft("cap-knit-01", "Knitted cap", "Hand-knitted cap in forest green.",
                        new BigDecimal("24.00"), "EUR", null, 0),
                new ProductDraft("bag-tote-01", "Canvas tote bag", "Heavy cotton canvas, reinforced handles.",
                        new BigDecimal("18.75"), "EUR", "https://images.example/bag-tote-01.jpg", 60));
        importer.importAll(samples);
        if (prices.table().usdPerUnit().isEmpty()) {
            prices.replace(LocalDate.now(clock), Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")));
        }
        LOG.info("Added a sample catalogue of " + samples.size() + " products");
    }
}
