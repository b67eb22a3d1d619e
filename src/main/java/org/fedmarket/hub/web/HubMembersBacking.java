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
import org.fedmarket.platform.web.PageActions;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The Hub administrator's page: invitations, pending applications, members. */
@Named("hubMembers")
@RequestScoped
public class HubMembersBacking {

    private static final String SELF = "/admin/hub/index.xhtml?faces-redirect=true";

    @Inject
    Membership membership;
    @Inject
    Invitations invitations;
    @Inject
    FacesContext faces;

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
        return invitations.recent().stream().map(i -> InvitationSummary.of(i, null)).toList();
    }

    public String invite() {
        return PageActions.run(faces, SELF, () -> "Invitation code (shown only now): " + invitations.create(note,
                Duration.ofDays(validDays), faces.getExternalContext().getUserPrincipal().getName()).code());
    }

    public String approve(String id) {
        return change(id, membership::approve, "is a member now");
    }

    public String reject(String id) {
        return change(id, membership::reject, "was rejected");
    }

    public String suspend(String id) {
        return change(id, membership::suspend, "is suspended");
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
            members = membership.all().stream().map(MemberSummary::of).toList();
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
