package org.fedmarket.platform.keys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.keys.application.KeyDescription;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.web.Confirmation;

import java.util.List;

@Named("keys")
@RequestScoped
public class KeysBacking {

    @Inject
    SigningKeys keys;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

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
        return confirmation.ask("/admin/keys.xhtml?faces-redirect=true",
                "Create a new current key? The current one keeps verifying for the grace period.", "Yes, rotate now",
                () -> "Key " + keys.rotate().kid() + " is current now.");
    }
}
