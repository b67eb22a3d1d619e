package org.fedmarket.platform.partner;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;
import java.util.Set;

/** What the federation module knows of other shops, as the partner-call check needs it. */
public interface PartnerDirectory {

    /** This shop's own id in the federation. */
    String ownShopId();

    /** Key {@code kid} of {@code shopId} if the shop is an active member and the key verifies now. */
    Optional<JWK> key(String shopId, String kid);

    /** Where an active member is reached (its base URL, without a trailing slash). */
    Optional<String> baseUrl(String shopId);

    /** The rights this shop grants {@code shopId} in active partnerships (right names, e.g. {@code sell}). */
    Set<String> grantedTo(String shopId);

    /** Every shop this shop has an active partnership with. */
    Set<String> partners();
}
