package org.fedmarket.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.platform.market.application.MarketEvents;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.ProductDraft;
import org.fedmarket.inventory.application.StockLedger.Reason;
import org.fedmarket.inventory.domain.Product;
import org.fedmarket.inventory.persistence.ProductRepository;
import org.fedmarket.platform.input.Limits;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.audit.application.Audited;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a list of products all or nothing: every line is checked first and all errors are reported
 * with their line (1-based position in the list); only a clean list is applied, in one transaction.
 * A SKU that exists is updated and its stock set to the given count (through the ledger).
 */
@ApplicationScoped
public class CatalogueImport {

    static final int MAX_LINES = Limits.MAX_IMPORT_LINES;

    /** One line's error. */
    public record LineError(int line, String sku, String message) {
    }

    /** The import was refused (422); {@code errors} lists every line that is wrong. */
    public static class ImportRejectedException extends DomainException {
        private final List<LineError> errors;

        ImportRejectedException(List<LineError> errors) {
            super("import-rejected", "Unprocessable Content", 422, errors.size() + " line(s) are wrong; nothing was imported");
            this.errors = List.copyOf(errors);
        }

        @Override
        public Map<String, JsonValue> extensions() {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("line", e.line())
                    .add("sku", e.sku() == null ? JsonValue.NULL : Json.createValue(e.sku())).add("message", e.message())));
            return Map.of("errors", list.build());
        }
    }

    @Inject
    ProductRepository products;
    @Inject
    StockLedger ledger;
    @Inject
    MarketEvents market;
    @Inject
    ProductIds ids;
    @Inject
    CatalogueRevisions revisions;

    @Audited("inventory.catalogue-imported")
    @Transactional
    public int importAll(List<ProductDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new BusinessRuleException("import-empty", "An import is a JSON array of at least one product");
        }
        if (drafts.size() > MAX_LINES) {
            throw new BusinessRuleException("import-too-large", "An import has at most " + MAX_LINES + " products, this one " + drafts.size());
        }
        check(drafts);
        List<Product> imported = new ArrayList<>(drafts.size());
        products.lockCreations(); // it may create products
        Map<String, Product> existing = products.bySkusForUpdate(drafts.stream().map(ProductDraft::sku).toList());
        for (ProductDraft draft : drafts) {
            Product product = existing.get(draft.sku());
            if (product == null) {
                product = new Product(draft.sku(), draft.name(), draft.description(), draft.price(), draft.currency(), draft.imageUrl());
                products.persist(product);
            } else if (product.deleted()) {
                product.revive(draft.name(), draft.description(), draft.price(), draft.currency(), draft.imageUrl());
            } else {
                product.describe(draft.name(), draft.description(), draft.price(), draft.currency(), draft.imageUrl());
            }
            imported.add(product);
        }
        long revision = revisions.next(); // after the products' locks, in the order every change takes them
        imported.forEach(p -> p.changedAt(revision));
        products.flush(); // once: the ledger's SQL needs the rows, and flushing per line would cost quadratic time
        for (int i = 0; i < drafts.size(); i++) {
            Product product = imported.get(i);
            int delta = drafts.get(i).stock() - product.stock(); // the rows are locked: these counts are current
            if (delta != 0) {
                ledger.change(product.id(), delta, delta > 0 ? Reason.RESTOCK : Reason.ADJUST, "import"); // records the situation
            } else {
                market.offerChanged(product.sku(), ids.shopId(), "imported");
            }
        }
        return drafts.size();
    }

    private static void check(List<ProductDraft> drafts) {
        List<LineError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            ProductDraft d = drafts.get(i);
            int line = i + 1;
            if (d == null) {
                errors.add(new LineError(line, null, "not a product object"));
                continue;
            }
            try {
                new Product(d.sku(), d.name(), d.description(), d.price(), d.currency(), d.imageUrl());
            } catch (BusinessRuleException e) {
                errors.add(new LineError(line, d.sku(), e.getMessage()));
            }
            if (d.stock() == null || d.stock() < 0 || d.stock() > Limits.MAX_STOCK) {
                errors.add(new LineError(line, d.sku(), "stock is required, from 0 to " + Limits.MAX_STOCK));
            }
            if (d.sku() != null && !seen.add(d.sku())) {
                errors.add(new LineError(line, d.sku(), "SKU " + d.sku() + " appears more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }
}
