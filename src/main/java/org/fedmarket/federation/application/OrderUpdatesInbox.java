package org.fedmarket.federation.application;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fedmarket.inventory.api.PartnerInventoryApi;
import jakarta.transaction.Transactional;
import org.fedmarket.federation.domain.Purchase;
import org.fedmarket.federation.domain.PurchaseEvent;
import org.fedmarket.federation.persistence.ExchangeRepository;
import org.fedmarket.platform.keys.application.SignedMessages;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Status updates partners send about orders this shop placed with them (FEDERATION.md, "Order
 * updates"), verified with the sender's registered key. Updates carry their position in the order's
 * history: a late or repeated one is acknowledged and ignored.
 */
@ApplicationScoped
public class OrderUpdatesInbox {

    @Inject
    MembershipStore directory;
    @Inject
    ShopIdentity identity;
    @Inject
    ExchangeRepository repository;

    /** True if the update was applied, false if it was stale. */
    @Transactional
    public boolean receive(String signedMessage) {
        SignedJWT jwt = SignedMessages.parse(signedMessage, PartnerInventoryApi.ORDER_UPDATE_TYPE);
        String sender = SignedMessages.issuer(jwt);
        JWTClaimsSet claims = SignedMessages.verify(jwt, kid -> directory.memberKey(sender, kid), identity.shopId());
        String orderId;
        String status;
        int sequence;
        try {
            orderId = claims.getStringClaim("orderId");
            status = claims.getStringClaim("status");
            Integer seq = claims.getIntegerClaim("sequence");
            sequence = seq == null ? 0 : seq;
            if (orderId == null || status == null || sequence < 1) {
                throw new BusinessRuleException("update-invalid", "An order update needs orderId, status and a sequence from 1");
            }
            UUID id = UUID.fromString(orderId);
            Purchase purchase = repository.purchaseForUpdate(id).filter(p -> p.partner().equals(sender))
                    .orElseThrow(() -> new NoSuchEntityException("Purchase", orderId));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (!purchase.statusUpdate(sequence, status, claims.getStringClaim("tracking"), now)) {
                return false;
            }
            String note = claims.getStringClaim("note");
            repository.add(new PurchaseEvent(id, now, status, sender, note));
            return true;
        } catch (ParseException | IllegalArgumentException e) {
            throw new BusinessRuleException("update-invalid", "Unreadable order update: " + e.getMessage());
        }
    }
}
