package org.fedmarket.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.inventory.api.OrderState;
import org.fedmarket.inventory.api.OrderStatus;
import org.fedmarket.inventory.application.OrderDesk;
import org.fedmarket.platform.input.WireNames;
import org.fedmarket.platform.problem.DomainException;
import org.fedmarket.platform.web.Confirmation;
import org.fedmarket.platform.web.PageActions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The partners' orders page: accept or reject, ship with tracking, deliver, cancel; per-partner acceptance. */
@Named("partnerOrders")
@RequestScoped
public class PartnerOrdersBacking {

    private static final String SELF = "/admin/inventory/orders.xhtml?faces-redirect=true";

    @Inject
    OrderDesk desk;
    @Inject
    FacesContext faces;
    @Inject
    Confirmation confirmation;

    private List<OrderDesk.Summary> orders;
    private Map<String, OrderState> details;
    private String tracking;
    private String note;
    private String partner;
    private boolean autoAccept = true;

    /**
     * The orders shown, filtered by the request's {@code partner} and {@code status} (the filter form on a page, the row
     * form's hidden fields on a click, so a click is matched against the rows that were shown), with their lines and
     * history read once for all of them.
     */
    public List<OrderDesk.Summary> getOrders() {
        if (orders == null) {
            List<OrderDesk.Detailed> shown;
            try {
                shown = desk.recentInDetail(getFilterPartner(), getFilterStatus());
            } catch (DomainException unknownStatus) {
                shown = desk.recentInDetail(null, null);
            }
            orders = shown.stream().map(OrderDesk.Detailed::summary).toList();
            details = shown.stream().collect(Collectors.toMap(d -> d.summary().id(), OrderDesk.Detailed::state));
        }
        return orders;
    }

    public String getFilterPartner() {
        return faces.getExternalContext().getRequestParameterMap().get("partner");
    }

    public String getFilterStatus() {
        return faces.getExternalContext().getRequestParameterMap().get("status");
    }

    public List<String> getStatuses() {
        return WireNames.all(OrderStatus.class);
    }

    /** An order of the list, with its lines and history. */
    public OrderState detail(String id) {
        getOrders();
        return details.containsKey(id) ? details.get(id) : desk.get(id);
    }

    /** The statuses the order can move to now, as wire names. */
    public List<String> next(String status) {
        return OrderStatus.ofId(status).next().stream().map(OrderStatus::id).toList();
    }

    /** Moves an order on; cancelling or rejecting one, which gives its stock back and cannot be undone, is asked first. */
    public String move(String id, String status) {
        String by = "admin:" + faces.getExternalContext().getUserPrincipal().getName();
        String why = note;
        String parcel = tracking;
        java.util.function.Supplier<String> action = () -> {
            OrderState moved = desk.move(id, OrderStatus.ofId(status), by, why, parcel);
            return "Order " + moved.orderId() + " of " + shortId(id) + " is " + moved.status() + "; the partner is told.";
        };
        if (status.equals("cancelled") || status.equals("rejected")) {
            return confirmation.ask(SELF, "Mark this order " + status + "? Its stock goes back and the partner is told; it cannot be"
                    + " undone.", "Yes, " + status, action);
        }
        return PageActions.run(faces, SELF, action);
    }

    public Map<String, Boolean> getTerms() {
        return desk.terms();
    }

    public String saveTerms() {
        return PageActions.run(faces, SELF, () -> {
            desk.autoAccept(partner, autoAccept);
            return "Orders of " + partner + (autoAccept ? " are accepted on receipt." : " wait for your acceptance.");
        });
    }

    private static String shortId(String id) {
        return UUID.fromString(id).toString().substring(0, 8);
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public boolean isAutoAccept() {
        return autoAccept;
    }

    public void setAutoAccept(boolean autoAccept) {
        this.autoAccept = autoAccept;
    }
}
