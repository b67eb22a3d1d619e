package org.fedmarket.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.account.application.FirstAdministrator;
import org.fedmarket.platform.problem.DomainException;

/** The one-time page that creates the first administrator of a node that has none. */
@Named("setup")
@RequestScoped
public class SetupBacking {

    @Inject
    FirstAdministrator firstAdministrator;
    @Inject
    FacesContext faces;

    private String code;
    private String username;
    private String password;
    private String repeatedPassword;

    /** Once an administrator exists the page is gone: visitors land on the login page. */
    public String checkOpen() {
        return firstAdministrator.isSetupOpen() ? null : "/login.xhtml?faces-redirect=true";
    }

    public String create() {
        if (password == null || !password.equals(repeatedPassword)) {
            return error("The two passwords differ");
        }
        try {
            if (!firstAdministrator.completeSetup(code, username, password)) {
                return error("The setup code is wrong, or the node already has an administrator");
            }
        } catch (DomainException e) {
            return error(e.getMessage());
        }
        faces.getExternalContext().getFlash().put("notice", "Administrator created. Sign in.");
        return "/login.xhtml?faces-redirect=true";
    }

    private String error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
