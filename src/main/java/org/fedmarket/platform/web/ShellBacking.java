package org.fedmarket.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** What every admin page shows around its content: the node, its modules, who is signed in. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    public record ModuleState(String id, String title, boolean on, String href) {
    }

    @Inject
    NodeSettings settings;
    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;

    public String getNodeName() {
        return settings.name();
    }

    public String getBaseUrl() {
        return settings.baseUrl();
    }

    public List<ModuleState> getModules() {
        return Arrays.stream(Module.values())
                .map(m -> new ModuleState(m.id(), title(m), settings.modules().isOn(m), m.adminFolder()))
                .toList();
    }

    public List<ModuleState> getEnabledModules() {
        return getModules().stream().filter(ModuleState::on).toList();
    }

    /** Whether the module {@code id} is on: the shell shows the links of the features it hosts for that module only then. */
    public boolean on(String id) {
        return Module.byId(id).map(m -> settings.modules().isOn(m)).orElse(false);
    }

    public String getUser() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private static String title(Module m) {
        return switch (m) {
            case HUB -> "Hub";
            case FEDERATION -> "Federation";
            case INVENTORY -> "Inventory";
            case STOREFRONT -> "Storefront";
        };
    }
}
