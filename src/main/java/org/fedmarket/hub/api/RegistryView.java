package org.fedmarket.hub.api;

import java.util.List;

/**
 * The active members at registry {@code version}. As a delta ({@code since} set) it lists only the
 * members that joined or changed after {@code since}, and the ids of those that went away.
 */
public record RegistryView(long version, Long since, List<RegistryEntry> members, List<String> removed) {
}
