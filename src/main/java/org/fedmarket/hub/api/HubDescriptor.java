package org.fedmarket.hub.api;

/** The Hub's public self-description. */
public record HubDescriptor(String name, String baseUrl, String protocolVersion) {

    public static final String PROTOCOL_VERSION = "1";
}
