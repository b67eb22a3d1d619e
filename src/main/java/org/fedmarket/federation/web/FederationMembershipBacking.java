package org.fedmarket.federation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.federation.application.DirectoryEntry;
import org.fedmarket.federation.application.FederationMembership;
import org.fedmarket.federation.application.MembershipView;
import org.fedmarket.federation.domain.HubMembership;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/** The shop administrator's membership page: join or apply, status, directory, sync, leave. */
@Named("shopMembership")
@RequestScoped
public class FederationMembershipBacking {

    private static final String SELF = "/admin/federation/index.xhtml?faces-redirect=true";

    @Inject
    FederationMembership membership;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private MembershipView status;
    private List<DirectoryEntry> directory;
    private String invitationCode = "";

    public MembershipView getStatus() {
        if (status == null) {
            status = membership.status();
        }
        return status;
    }

    /** Joining is offered before the first application and after leaving or a rejection. */
    public boolean isCanJoin() {
        return List.of("none", "left", "rejected").contains(getStatus().status());
    }

    public List<DirectoryEntry> getDirectory() {
        if (directory == null) {
            directory = membership.directory();
        }
        return directory;
    }

    public String join() {
        return run(() -> {
            HubMembership.Status outcome = membership.join(Optional.of(invitationCode.strip()).filter(c -> !c.isEmpty()));
            return outcome == HubMembership.Status.ACTIVE ? "Joined the federation."
                    : "Applied; the Hub's administrators decide. This page shows when the shop is admitted.";
        });
    }

    public String sync() {
        return run(() -> {
            membership.sync();
            return "Registry read from the Hub.";
        });
    }

    public String leave() {
        return confirmation.ask(SELF, "Leave the federation? Partners will no longer see this shop.", "Yes, leave the federation", () -> {
            membership.leave();
            return "This shop has left the federation.";
        });
    }

    private String run(Supplier<String> action) {
        return PageActions.run(faces, SELF, action);
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public void setInvitationCode(String invitationCode) {
        this.invitationCode = invitationCode == null ? "" : invitationCode;
    }
}
