package org.fedmarket.devtools;

import com.nimbusds.jwt.JWTClaimsSet;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.TestShop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The start every benchmark shares: a shop and a partner join the Hub, and the shop grants the partner rights. */
public final class BenchFederation {

    private BenchFederation() {
    }

    /**
     * The shop node joins as an operator would (admin API), the partner as FEDERATION.md describes;
     * once the shop's directory knows the partner, the partner asks for {@code rights} and the shop
     * accepts.
     */
    public static void partner(Node hub, Node shop, TestShop partner, List<String> rights) throws InterruptedException {
        join(hub, shop);
        join(hub, partner);
        grant(shop, partner, rights);
    }

    /** The shop node joins as an operator would (admin API). */
    public static void join(Node hub, Node shop) {
        shop.http().asAdmin().postJson("/api/federation/membership", "{\"invitationCode\":\"" + invitation(hub) + "\"}").assertStatus(200);
    }

    /** The partner joins as FEDERATION.md describes. */
    public static void join(Node hub, TestShop partner) {
        hub.http().send("POST", "/api/hub/applications", "application/jose", partner.joinRequest(hub.baseUrl(), invitation(hub))).assertStatus(201);
    }

    /** Once the shop's directory knows the partner, the partner asks for {@code rights} and the shop accepts. */
    public static void grant(Node shop, TestShop partner, List<String> rights) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!shop.http().asAdmin().get("/api/federation/directory").body().contains(partner.shopId())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(shop.name() + " never saw " + partner.shopId() + " in its directory");
            }
            Thread.sleep(200);
        }
        String partnership = UUID.randomUUID().toString();
        shop.http().send("POST", "/api/federation/partnerships/inbox", "application/jose", TestShop.sign("fedmarket-partnership+jwt",
                new JWTClaimsSet.Builder().issuer(partner.shopId()).audience(shop.name()).claim("partnership", partnership)
                        .claim("action", "request").claim("round", 1).claim("asked", rights)
                        .claim("offered", List.of()), partner.key())).assertStatus(202);
        shop.http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
    }

    private static String invitation(Node hub) {
        return hub.http().asAdmin().postJson("/api/hub/admin/invitations", "{}").assertStatus(201).json().getString("code");
    }
}
