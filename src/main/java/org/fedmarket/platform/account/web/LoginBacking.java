package org.fedmarket.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import org.fedmarket.platform.account.security.AdminAuthenticationMechanism;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fedmarket.platform.account.application.FirstAdministrator;

import java.io.IOException;

@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    FirstAdministrator firstAdministrator;

    private String username;
    private String password;
    private String next;

    /** Before the page renders: an unconfigured node sends its operator to the setup page. */
    public String checkSetup() {
        return firstAdministrator.isSetupOpen() ? "/setup.xhtml?faces-redirect=true" : null;
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    external.getRequestMap().get(AdminAuthenticationMechanism.THROTTLED) instanceof Long seconds
                            ? "Too many failed sign-ins; try again in " + seconds + " s" : "Wrong username or password", null));
        }
    }

    /** Only a local admin page may follow the login; anything else could be an open redirect. */
    String safeNext() {
        return next != null && next.startsWith("/admin/") && !next.contains("//") && !next.contains("\\")
                ? next : "/admin/";
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
