package org.fedmarket.platform.keys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.keys.application.KeyDescription;
import org.fedmarket.platform.keys.application.SigningKeys;

import java.util.List;

@Named("keys")
@RequestScoped
public class KeysBacking {

    @Inject
    SigningKeys keys;
    @Inject
    FacesContext faces;

    private List<KeyDescription> all;

    public List<KeyDescription> getAll() {
        if (all == null) {
            all = keys.describeAll();
        }
        return all;
    }

    public boolean isSigning() {
        return keys.signs();
    }

    public String rotate() {
        KeyDescription created = keys.rotate();
        faces.getExternalContext().getFlash().put("notice", "Key " + created.kid() + " is current now.");
        return "/admin/keys.xhtml?faces-redirect=true";
    }
}
