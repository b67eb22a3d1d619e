package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.federation.domain.PartnerFeed;
import org.fedmarket.inventory.api.CatalogueNotice;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;

/**
 * Notices partners send when their catalogue changed (FEDERATION.md, "Catalogue notices"), verified with the sender's
 * registered key: a notice of a revision this shop has not applied yet syncs that partner's feed at once. A notice of
 * a revision it has is acknowledged and changes nothing.
 */
@ApplicationScoped
public class CatalogueNoticesInbox {

    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    CatalogueFeeds feeds;
    @Inject
    CatalogueSync sync;
    @Inject
    @ConfigProperty(name = "fedmarket.federation.catalogue-notices")
    boolean taken;

    /** True if the notice starts a sync, false if the feed has that revision already. */
    public boolean receive(String signedNotice) {
        if (!taken) { // as a shop without the route: the sender stops sending for a while
            throw new NoSuchEntityException("Catalogue notices", "(this shop learns partners' changes by polling)");
        }
        SignedMessages.Verified<CatalogueNotice> message = SignedMessages.read(signedNotice, CatalogueNotice.TYPE,
                directory::memberKey, identity.shopId(), CatalogueNotice.class,
                detail -> new BusinessRuleException(CatalogueNotice.INVALID, detail));
        if (!message.body().complete()) {
            throw new BusinessRuleException(CatalogueNotice.INVALID, "A catalogue notice needs a revision from 0");
        }
        PartnerFeed feed = feeds.feed(message.sender());
        if (feed == null) {
            throw new NoSuchEntityException("Partner feed", message.sender());
        }
        if (feed.revision() != null && feed.revision() >= message.body().revision()) {
            return false;
        }
        sync.soon(message.sender());
        return true;
    }
}
