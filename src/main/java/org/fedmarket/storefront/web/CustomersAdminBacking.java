package org.fedmarket.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.web.PageActions;
import org.fedmarket.storefront.api.CustomerSummary;
import org.fedmarket.storefront.application.CustomerAdministration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The customers page of the admin pages: find accounts, lock and unlock them, mail a new verification link. */
@Named("customersAdmin")
@RequestScoped
public class CustomersAdminBacking {

    private static final String PAGE = "/admin/storefront/customers.xhtml?faces-redirect=true&q=";

    @Inject
    CustomerAdministration customers;
    @Inject
    FacesContext faces;

    private List<CustomerSummary> found;
    private String problem;

    public List<CustomerSummary> getFound() {
        if (found == null) {
            try {
                found = customers.search(getQuery());
            } catch (DomainException e) {
                problem = e.getMessage();
                found = List.of();
            }
        }
        return found;
    }

    /** Why the search was refused, or null. */
    public String getProblem() {
        getFound();
        return problem;
    }

    public String getQuery() {
        String q = parameters().get("q");
        return q == null ? "" : q;
    }

    public String lock() {
        return PageActions.run(faces, page(), () -> {
            customers.lock(customer(), parameters().get("reason"));
            return "Customer " + customer() + " is locked; their sessions ended.";
        });
    }

    public String unlock() {
        return PageActions.run(faces, page(), () -> {
            customers.unlock(customer());
            return "Customer " + customer() + " is unlocked.";
        });
    }

    public String resend() {
        return PageActions.run(faces, page(), () -> {
            customers.resendVerification(customer());
            return "A new verification link is on its way to customer " + customer() + ".";
        });
    }

    private String page() {
        return PAGE + URLEncoder.encode(getQuery(), StandardCharsets.UTF_8);
    }

    private long customer() {
        String id = parameters().get("customer");
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new InvalidFieldsException("customer", "a customer's id");
        }
        return Long.parseLong(id);
    }

    private Map<String, String> parameters() {
        return faces.getExternalContext().getRequestParameterMap();
    }
}
