package org.fedmarket.platform.outbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.fedmarket.platform.outbox.application.Outbox;
import org.fedmarket.platform.outbox.persistence.OutboxRepository.Entry;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.util.List;

/** The outbox page: messages waiting, given up on or delivered, with retry and abandon. */
@Named("outboxPage")
@RequestScoped
public class OutboxBacking {

    private static final String PAGE = "/admin/outbox.xhtml?faces-redirect=true&state=";

    @Inject
    Outbox outbox;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;
    @Inject
    SecurityContext security;

    private String state = "waiting";
    private List<Entry> messages;

    /**
     * The state shown comes from the request ({@code ?state=} on the page, the row form's hidden field on a click), so
     * the rows a click is matched against are the rows that were shown; the message acted on is the one the clicked
     * row names, never a row position.
     */
    @PostConstruct
    void fromRequest() {
        String asked = faces.getExternalContext().getRequestParameterMap().get("state");
        state = asked != null && List.of("waiting", "abandoned", "delivered").contains(asked) ? asked : "waiting";
    }

    public String getState() {
        return state;
    }

    public List<Entry> getMessages() {
        if (messages == null) {
            messages = outbox.list(state);
        }
        return messages;
    }

    public String retry() {
        long id = clickedMessage();
        return PageActions.run(faces, PAGE + state, () -> {
            outbox.retryNow(id, security.getCallerPrincipal().getName());
            return "Message " + id + " is sent again now.";
        });
    }

    public String abandon() {
        long id = clickedMessage();
        String by = security.getCallerPrincipal().getName();
        return confirmation.ask(PAGE + state, "Abandon message " + id + "? It will never be sent.", "Yes, abandon it", () -> {
            outbox.abandon(id, by);
            return "Message " + id + " is abandoned: it will not be sent.";
        });
    }

    private long clickedMessage() {
        return Long.parseLong(faces.getExternalContext().getRequestParameterMap().get("message"));
    }
}
