package org.fedmarket.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The single JAX-RS application of the WAR; resources and providers are discovered. Its annotations give
 * {@code /openapi} what belongs to no one operation: the security schemes operations name
 * ({@code platform.openapi.OperationFacts}) and the tags.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "fedmarket", version = "1",
                description = "A federated marketplace node: Hub, shop federation and inventory exchange. Only the modules "
                        + "switched on for this node are listed. Every refusal is RFC 9457 problem+json; its types are "
                        + "explained in the README (Problem types) and, for calls between nodes, in FEDERATION.md. "
                        + "This document as JSON: `Accept: application/json`."),
        tags = {
                @Tag(name = "administration", description = "The node's administrators, API tokens, signing keys, outbox, "
                        + "audit log, market events and sale webhooks"),
                @Tag(name = "node", description = "What any node publishes about itself: its descriptor and signing keys"),
                @Tag(name = "hub", description = "The Hub's side of membership: applying, the registry, member tokens"),
                @Tag(name = "hub administration", description = "The Hub operator's invitations, applications and members"),
                @Tag(name = "federation", description = "A shop's membership, its partners' catalogues and purchases at them"),
                @Tag(name = "federation protocol", description = "What the Hub and partners send a shop: challenges, "
                        + "registry events, partnership messages, order updates (FEDERATION.md)"),
                @Tag(name = "partnerships", description = "Partnerships between shops and the rights they grant"),
                @Tag(name = "inventory", description = "The shop's catalogue, stock, holds, orders and rate table"),
                @Tag(name = "partner calls", description = "What partners call with a signed call token: catalogue, holds, "
                        + "orders, shared events (FEDERATION.md, Calls between partners)"),
                @Tag(name = "storefront", description = "What the shop's customers see: search over its own and its "
                        + "partners' products, product pages")
        })
@SecurityScheme(securitySchemeName = "administrator", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An administrator of this node (README, Administrators); a browser session signed in on the admin "
                + "pages works as well")
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token made on the admin pages (`fmt_…`), limited to its scopes; `Authorization: Token <token>` "
                + "works too")
@SecurityScheme(securitySchemeName = "memberAccessToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The Hub's access token for a member shop (FEDERATION.md, Tokens)")
@SecurityScheme(securitySchemeName = "partnerCall", type = SecuritySchemeType.HTTP, scheme = "FedmarketCall",
        description = "A call token signed by the calling partner shop: `Authorization: FedmarketCall <JWS>` "
                + "(FEDERATION.md, Calls between partners)")
public class FedmarketApplication extends Application {
}
