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
import org.fedmarket.inventory.application.CatalogueImport;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.web.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The inventory page's import: a JSON file of products, taken whole or not at all. */
@Named("catalogueImport")
@RequestScoped
public class CatalogueImportBacking {

    private static final String SELF = InventoryPage.SELF;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CatalogueImport importer;
    @Inject
    FacesContext faces;

    private Part file;

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

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
