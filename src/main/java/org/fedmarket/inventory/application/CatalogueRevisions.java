package org.fedmarket.inventory.application;

import org.fedmarket.inventory.api.CatalogueChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.inventory.persistence.CatalogueRepository;

/** Hands out catalogue revisions; every change partners can see takes one. */
@ApplicationScoped
public class CatalogueRevisions {

    @Inject
    CatalogueRepository catalogue;
    @Inject
    Event<CatalogueChanged> changed;

    /** The next revision; the catalogue row stays locked until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next() {
        long revision = catalogue.nextRevision();
        changed.fire(new CatalogueChanged(revision));
        return revision;
    }

    @Transactional
    public long current() {
        return catalogue.revision();
    }
}
