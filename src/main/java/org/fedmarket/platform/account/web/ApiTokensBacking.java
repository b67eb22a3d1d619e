package org.fedmarket.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.account.application.ApiTokens;
import org.fedmarket.platform.account.domain.Scope;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The API tokens page: make a token (shown once, on this page only), list and revoke tokens. */
@Named("tokensPage")
@RequestScoped
public class ApiTokensBacking {

    private static final String SELF = "/admin/tokens.xhtml?faces-redirect=true";

    @Inject
    ApiTokens tokens;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private String created;

    public List<ApiTokens.TokenView> getTokens() {
        return tokens.all();
    }

    public List<String> getAllScopes() {
        return Arrays.stream(Scope.values()).map(Scope::id).toList();
    }

    /** Makes the token and stays on the page (no redirect), so the token is shown once and never stored in a flash or session. */
    public String create() {
        try {
            ApiTokens.Created made = tokens.create(name, scopes, faces.getExternalContext().getUserPrincipal().getName());
            created = made.token();
            faces.getExternalContext().getRequestMap().put("notice", "Token " + made.view().name() + " made; copy it now, it is not shown again.");
        } catch (DomainException e) {
            faces.getExternalContext().getRequestMap().put("notice", e.getMessage());
        }
        return null;
    }

    public String revoke(String publicId) {
        return confirmation.ask(SELF, "Revoke this token now? Integrations using it stop working.", "Yes, revoke it",
                () -> "Token " + tokens.revoke(publicId).name() + " revoked.");
    }

    public String getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }
}
