package org.fedmarket.inventory.api;

import java.util.List;

/** What changed in a catalogue after a revision: products now listed, and ids no longer listed (paused, deleted, unpriced). */
public record CatalogueDelta(long revision, List<ListedProduct> products, List<String> removed) {
}
