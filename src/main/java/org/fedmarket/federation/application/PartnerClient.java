package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.fedmarket.federation.domain.DirectoryMember;
import org.fedmarket.inventory.api.PartnerInventoryApi;
import org.fedmarket.inventory.api.ProductView;
import org.fedmarket.platform.partner.CallTokens;
import org.fedmarket.platform.problem.BusinessRuleException;
import org.fedmarket.platform.problem.DomainException;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** This shop's calls to its partners: signed with a call token, to the base URL the registry gives. */
@ApplicationScoped
public class PartnerClient {

    /** The partner could not be reached (503) or refused the call (its status). */
    public static class PartnerCallFailedException extends DomainException {
        PartnerCallFailedException(int status, String detail) {
            super("partner-call-failed", "Partner call failed", status, detail);
        }
    }

    @Inject
    MembershipStore directory;
    @Inject
    CallTokens tokens;

    public List<ProductView> catalogueOf(String partner) {
        DirectoryMember member = directory.member(partner).orElseThrow(() -> new BusinessRuleException("partner-unknown",
                partner + " is not an active member in this shop's directory"));
        String token = CallTokens.SCHEME + " " + tokens.sign(partner, "GET", "/api/v1/products", null);
        try {
            return RestClientBuilder.newBuilder()
                    .baseUri(URI.create(member.baseUrl() + "/api"))
                    .connectTimeout(3, TimeUnit.SECONDS)
                    .readTimeout(10, TimeUnit.SECONDS)
                    .followRedirects(false)
                    .register(HubProblemMapper.class)
                    .build(PartnerInventoryApi.class)
                    .products(token);
        } catch (HubRefusedException e) {
            throw new PartnerCallFailedException(e.status(), partner + " refused: " + e.getMessage());
        } catch (ProcessingException e) {
            throw new PartnerCallFailedException(503, partner + " cannot be reached");
        }
    }
}
