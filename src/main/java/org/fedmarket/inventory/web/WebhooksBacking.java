package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.inventory.application.Webhooks;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.util.ArrayList;
import java.util.List;

/** The webhooks page: register, see deliveries and failures, resume a paused one, delete. */
@Named("webhooksPage")
@RequestScoped
public class WebhooksBacking {

    private static final String SELF = "/admin/webhooks.xhtml?faces-redirect=true";

    @Inject
    Webhooks webhooks;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private String url;
    private List<String> events = new ArrayList<>(List.of("sale", "order-status"));

    public List<Webhooks.WebhookView> getWebhooks() {
        return webhooks.all();
    }

    public String register() {
        return PageActions.run(faces, SELF, () -> "Webhook " + webhooks.register(url, events).url() + " registered.");
    }

    public String resume(String id) {
        return PageActions.run(faces, SELF, () -> "Webhook " + webhooks.resume(id).url() + " resumed.");
    }

    public String delete(String id) {
        return confirmation.ask(SELF, "Delete this webhook? Undelivered events are dropped.", "Yes, delete it", () -> {
            webhooks.delete(id);
            return "Webhook deleted.";
        });
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : events;
    }
}
