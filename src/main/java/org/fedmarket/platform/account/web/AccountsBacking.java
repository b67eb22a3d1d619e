package org.fedmarket.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.account.application.AdminAccountService;
import org.fedmarket.platform.account.application.PasswordChanges;
import org.fedmarket.platform.account.domain.AdminAccount;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.io.IOException;
import java.util.List;

/** The administrators page: who administers this node, add one, disable or enable another, change your own password. */
@Named("accountsPage")
@RequestScoped
public class AccountsBacking {

    private static final String SELF = "/admin/accounts.xhtml?faces-redirect=true";

    @Inject
    AdminAccountService accounts;
    @Inject
    PasswordChanges passwords;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private String username;
    private String password;
    private String current;
    private String replacement;

    public List<AdminAccount> getAll() {
        return accounts.list();
    }

    public String getMe() {
        return faces.getExternalContext().getUserPrincipal().getName();
    }

    public String add() {
        String name = username;
        String secret = password;
        return PageActions.run(faces, SELF, () -> "Administrator " + accounts.create(name, secret).username() + " added.");
    }

    public String disable(String account) {
        String by = getMe();
        return confirmation.ask(SELF, "Disable " + account + "? They can no longer sign in, and their sessions end now.",
                "Yes, disable " + account, () -> "Administrator " + accounts.disable(account, by).username() + " disabled.");
    }

    public String enable(String account) {
        return PageActions.run(faces, SELF, () -> "Administrator " + accounts.enable(account).username() + " enabled.");
    }

    /** Changes your own password; every session of yours ends, this one too, and you sign in with the new password. */
    public String changePassword() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            passwords.change(getMe(), current, replacement);
        } catch (DomainException e) {
            external.getFlash().put("notice", e.getMessage());
            return SELF;
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?changed=password");
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
