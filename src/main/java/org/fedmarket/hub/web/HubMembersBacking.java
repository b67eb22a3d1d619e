package org.fedmarket.hub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.hub.application.InvitationSummary;
import org.fedmarket.hub.application.Invitations;
import org.fedmarket.hub.application.MemberSummary;
import org.fedmarket.hub.application.Membership;
import org.fedmarket.hub.domain.Member;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The Hub administrator's page: invitations, pending applications, members. */
@Named("hubMembers")
@RequestScoped
public class HubMembersBacking {

    private static final String SELF = "/admin/hub/index.xhtml?faces-redirect=true";

    @Inject
    Clock clock;
    @Inject
    Membership membership;
    @Inject
    Invitations invitations;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private List<MemberSummary> members;
    private String note = "";
    private int validDays = 7;

    public List<MemberSummary> getPending() {
        return all().stream().filter(m -> "pending".equals(m.status())).toList();
    }

    public List<MemberSummary> getMembers() {
        return all().stream().filter(m -> !"pending".equals(m.status())).toList();
    }

    public List<InvitationSummary> getInvitations() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return invitations.recent().stream().map(i -> InvitationSummary.of(i, null, now)).toList();
    }

    public String invite() {
        return PageActions.run(faces, SELF, () -> "Invitation code (shown only now): " + invitations.create(note,
                Duration.ofDays(validDays), faces.getExternalContext().getUserPrincipal().getName()).code());
    }

    public String approve(String id) {
        return change(id, membership::approve, "is a member now");
    }

    public String reject(String id) {
        return confirmation.ask(SELF, "Reject the application of " + id + "?", "Yes, reject it", () -> {
            membership.reject(id);
            return id + " was rejected.";
        });
    }

    public String revoke(String invitation) {
        String by = faces.getExternalContext().getUserPrincipal().getName();
        return confirmation.ask(SELF, "Revoke this invitation? Its code admits nobody from now on.", "Yes, revoke it",
                () -> "Invitation " + invitations.revoke(java.util.UUID.fromString(invitation), by).note() + " revoked.");
    }

    public String suspend(String id) {
        return confirmation.ask(SELF, "Suspend " + id + "? Every member stops trusting it until it is reinstated.",
                "Yes, suspend " + id, () -> {
                    membership.suspend(id);
                    return id + " is suspended.";
                });
    }

    public String reinstate(String id) {
        return change(id, membership::reinstate, "is reinstated");
    }

    private String change(String id, Function<String, Member> action, String outcome) {
        return PageActions.run(faces, SELF, () -> {
            action.apply(id);
            return id + " " + outcome + ".";
        });
    }

    private List<MemberSummary> all() {
        if (members == null) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            members = membership.all().stream().map(m -> MemberSummary.of(m, now)).toList();
        }
        return members;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }
}
