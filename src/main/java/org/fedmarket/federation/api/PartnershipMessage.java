package org.fedmarket.federation.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.fedmarket.platform.input.WireNameAdapter;
import org.fedmarket.platform.input.WireNames;

import java.util.List;

/**
 * A signed message between two shops about their partnership (FEDERATION.md, "Partnerships"): {@code POST <partner base
 * URL>/api/federation/partnerships/inbox}, {@code application/jose}, type {@value #TYPE}. Every message names the
 * partnership and its {@code round}; a request carries the terms ({@code asked}, {@code offered}, an optional
 * {@code commissionRate} as a decimal string); an answer or termination may carry a {@code reason}. Null members are
 * left out.
 */
public record PartnershipMessage(String partnership, Action action, Long round, List<String> asked, List<String> offered,
                                 String commissionRate, String reason) {

    public static final String TYPE = "fedmarket-partnership+jwt";
    /** Where a shop receives them, under its base URL. */
    public static final String PATH = "/api/federation/partnerships/inbox";
    /** The problem type of a message whose claims are missing or unreadable. */
    public static final String INVALID = "partnership-message-invalid";

    /** What the sender did: asked (again), answered the open request, or ended an active partnership. */
    @JsonbTypeAdapter(Action.Json.class)
    public enum Action {
        REQUEST, ACCEPT, DENY, WITHDRAW, TERMINATE;

        public String id() {
            return WireNames.of(this);
        }

        /** In JSON, an action is its wire name. */
        public static final class Json extends WireNameAdapter<Action> {
            public Json() {
                super(Action.class);
            }
        }
    }
}
