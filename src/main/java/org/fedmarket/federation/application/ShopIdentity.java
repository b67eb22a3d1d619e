package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.hub.api.Protocol;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.node.InvalidConfigurationException;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;

/** Who this shop is in the federation: its id (a slug), its display name and base URL, and whether it takes pushes. */
@ApplicationScoped
public class ShopIdentity {

    public static final String SHOP_ID = "fedmarket.federation.shop-id";

    @Inject
    NodeSettings settings;
    @Inject
    @ConfigProperty(name = SHOP_ID)
    String shopId;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.accept-push")
    boolean acceptsPush;

    /** A shop node with an unusable id does not start. */
    void validate(@Observes DatabaseReady ready) {
        if (ready.modules().isOn(Module.FEDERATION) && (shopId == null || !shopId.matches(Protocol.SHOP_ID_PATTERN))) {
            throw new InvalidConfigurationException(SHOP_ID + " (FEDMARKET_FEDERATION_SHOP_ID) must be a shop id: lower-case"
                    + " letters, digits and inner hyphens, at most 40 characters; got '" + shopId + "'");
        }
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return settings.name();
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    public String hubUrl() {
        return settings.hubUrl();
    }

    public boolean acceptsPush() {
        return acceptsPush;
    }
}
