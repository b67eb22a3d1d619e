package org.fedmarket.hub.api;

/** Names fixed by the federation protocol (FEDERATION.md): media types, message types, the token audience. */
public final class Protocol {

    /** A compact JWS as a request or response body (RFC 7515). */
    public static final String JOSE = "application/jose";

    public static final String JOIN = "fedmarket-join+jwt";
    public static final String CHALLENGE = "fedmarket-challenge+jwt";
    public static final String SESSION = "fedmarket-session+jwt";
    public static final String KEYS = "fedmarket-keys+jwt";
    public static final String REGISTRY_EVENT = "fedmarket-registry-event+jwt";

    /** The {@code aud} of the Hub's access tokens. */
    public static final String ACCESS_AUDIENCE = "fedmarket-hub";
    /** The group every active member's access token carries. */
    public static final String MEMBER_ROLE = "member";

    /** A shop id: lower-case letters, digits and inner hyphens, at most 40 characters. */
    public static final String SHOP_ID_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$";

    private Protocol() {
    }
}
