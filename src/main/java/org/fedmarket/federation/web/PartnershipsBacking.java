package org.fedmarket.federation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.federation.application.DirectoryEntry;
import org.fedmarket.federation.application.FederationMembership;
import org.fedmarket.federation.application.PartnershipView;
import org.fedmarket.federation.application.Partnerships;
import org.fedmarket.federation.domain.Partnership.Terms;
import org.fedmarket.federation.domain.Right;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The partnerships page: incoming and outgoing requests, active and ended partnerships, a new request. */
@Named("partnershipsPage")
@RequestScoped
public class PartnershipsBacking {

    private static final String SELF = "/admin/federation/partnerships.xhtml?faces-redirect=true";

    @Inject
    Partnerships partnerships;
    @Inject
    FederationMembership membership;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private List<PartnershipView> all;
    private String partner;
    private List<String> asked = new ArrayList<>();
    private List<String> offered = new ArrayList<>();
    private BigDecimal commissionRate;
    private String reason;

    public List<PartnershipView> getIncoming() {
        return with(p -> "requested".equals(p.status()) && "incoming".equals(p.direction()));
    }

    public List<PartnershipView> getOutgoing() {
        return with(p -> "requested".equals(p.status()) && "outgoing".equals(p.direction()));
    }

    public List<PartnershipView> getActive() {
        return with(p -> "active".equals(p.status()));
    }

    public List<PartnershipView> getEnded() {
        return with(p -> List.of("denied", "withdrawn", "terminated").contains(p.status()));
    }

    public List<DirectoryEntry> getMembers() {
        return membership.directory();
    }

    public List<String> getRights() {
        return Arrays.stream(Right.values()).map(Right::id).toList();
    }

    public String request() {
        return run(() -> {
            partnerships.request(partner, terms(), admin());
            return "Request sent to " + partner + ".";
        });
    }

    public String accept(String id) {
        return run(() -> "Partnership with " + partnerships.accept(UUID.fromString(id), admin()).partner() + " is active.");
    }

    public String deny(String id) {
        String by = admin();
        String why = reason;
        return confirmation.ask(SELF, "Deny this request?", "Yes, deny it",
                () -> "Request from " + partnerships.deny(UUID.fromString(id), by, why).partner() + " denied.");
    }

    public String withdraw(String id) {
        return run(() -> "Request to " + partnerships.withdraw(UUID.fromString(id), admin()).partner() + " withdrawn.");
    }

    public String terminate(String id) {
        String by = admin();
        String why = reason;
        return confirmation.ask(SELF, "Terminate this partnership now, on both sides?", "Yes, terminate it",
                () -> "Partnership with " + partnerships.terminate(UUID.fromString(id), by, why).partner() + " terminated.");
    }

    /** Asks again with the terms of the last round. */
    public String restore(String id) {
        return run(() -> {
            PartnershipView last = partnerships.get(UUID.fromString(id));
            boolean ours = "outgoing".equals(last.direction());
            Terms terms = new Terms(rights(ours ? last.asked() : last.offered()), rights(ours ? last.offered() : last.asked()),
                    last.commissionRate());
            return "Asked " + partnerships.restore(UUID.fromString(id), terms, admin()).partner() + " again.";
        });
    }

    private Terms terms() {
        return new Terms(rights(asked), rights(offered), commissionRate);
    }

    private static java.util.Set<Right> rights(List<String> ids) {
        return ids.stream().map(Right::of).collect(Collectors.toSet());
    }

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    private List<PartnershipView> with(java.util.function.Predicate<PartnershipView> filter) {
        if (all == null) {
            all = partnerships.all();
        }
        return all.stream().filter(filter).toList();
    }

    private String admin() {
        return faces.getExternalContext().getUserPrincipal().getName();
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public List<String> getAsked() {
        return asked;
    }

    public void setAsked(List<String> asked) {
        this.asked = asked == null ? new ArrayList<>() : asked;
    }

    public List<String> getOffered() {
        return offered;
    }

    public void setOffered(List<String> offered) {
        this.offered = offered == null ? new ArrayList<>() : offered;
    }

    public BigDecimal getCommissionRate() {
        return commissionRate;
    }

    public void setCommissionRate(BigDecimal commissionRate) {
        this.commissionRate = commissionRate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
