package org.fedmarket.federation.application;

/** What this shop sees of its Hub right now. */
public record HubLink(String hubUrl, boolean reachable, String hubName, String protocolVersion,
                      long latencyMillis, String problem) {

    static HubLink reachable(String url, String name, String protocolVersion, long latencyMillis) {
        return new HubLink(url, true, name, protocolVersion, latencyMillis, null);
    }

    static HubLink unreachable(String url, long latencyMillis, String problem) {
        return new HubLink(url, false, null, null, latencyMillis, problem);
    }
}
