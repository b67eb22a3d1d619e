package org.fedmarket.inventory.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.api.CatalogueNotice;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.outbox.application.Outbox;

/** Queues one catalogue notice in the outbox, in a transaction of its own. */
@ApplicationScoped
public class CatalogueNoticeQueue {

    @Inject
    Outbox outbox;

    @Transactional
    public void add(String destination, String partner, JWTClaimsSet claims) {
        outbox.enqueue(Module.INVENTORY, CatalogueNotice.TYPE, destination, partner, claims);
    }
}
