package org.fedmarket.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The server's own "are you sure?" before a destructive action: the first click only stores the action in the
 * administrator's session under a one-time token and shows the question on the page it came from; the action runs when
 * "Yes" comes back with that token. No script, forged form or double click can skip the question, and a question left
 * unanswered is never answered later by accident: each click asks anew, and only the latest question can be confirmed.
 * Two tabs of one session share it, so its state changes one request at a time.
 */
@Named("confirmation")
@SessionScoped
public class Confirmation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SHOWN = "confirmation";

    /** An action waiting for its "Yes". Never serialised: a node that restarts forgets it, and the click asks again. */
    private record Pending(String token, String question, String yes, String page, Supplier<String> action) {
    }

    private transient Pending pending;

    /** Asks {@code question} on {@code page}; {@code yes} labels the button that runs {@code action}. */
    public synchronized String ask(String page, String question, String yes, Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        pending = new Pending(UUID.randomUUID().toString(), question, yes, page, action);
        faces.getExternalContext().getFlash().put(SHOWN, pending.token());
        return page;
    }

    /** The question to show now: only right after the click that asked it. */
    public String getQuestion() {
        return shown() ? pending.question() : null;
    }

    public String getYesLabel() {
        return shown() ? pending.yes() : null;
    }

    public String getToken() {
        return shown() ? pending.token() : null;
    }

    /** Runs the action the question was about, if the token is the latest question's. */
    public synchronized String yes() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String token = faces.getExternalContext().getRequestParameterMap().get("confirm-token");
        Pending asked = pending;
        pending = null;
        if (asked == null || !asked.token().equals(token)) {
            faces.getExternalContext().getFlash().put("notice", "Nothing was done: that question had expired. Please try again.");
            return faces.getViewRoot().getViewId() + "?faces-redirect=true";
        }
        return PageActions.run(faces, asked.page(), asked.action());
    }

    public synchronized String cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Pending asked = pending;
        pending = null;
        faces.getExternalContext().getFlash().put("notice", "Nothing was done.");
        return asked == null ? faces.getViewRoot().getViewId() + "?faces-redirect=true" : asked.page();
    }

    /** Right after the asking click (the flash carries the token), and on the "Yes" or "Cancel" that answers it. */
    private synchronized boolean shown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return pending != null && (pending.token().equals(external.getFlash().get(SHOWN))
                || pending.token().equals(external.getRequestParameterMap().get("confirm-token")));
    }
}
