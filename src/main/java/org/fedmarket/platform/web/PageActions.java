package org.fedmarket.platform.web;

import jakarta.faces.context.FacesContext;
import org.fedmarket.platform.problem.DomainException;

import java.util.function.Supplier;

/**
 * How an admin page runs an action: what it did, or why it could not (a domain problem's detail),
 * is shown once as the page's notice after the redirect back to {@code page}.
 */
public final class PageActions {

    private PageActions() {
    }

    public static String run(FacesContext faces, String page, Supplier<String> action) {
        String message;
        try {
            message = action.get();
        } catch (DomainException e) {
            message = e.getMessage();
        }
        faces.getExternalContext().getFlash().put("notice", message);
        return page;
    }
}
