package org.fedmarket.platform.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fedmarket.platform.audit.application.AuditLog;
import org.fedmarket.platform.audit.persistence.AuditRepository.Entry;

import java.util.List;

/** The audit log page: a hundred entries a page, newest first, filtered by actor or action. */
@Named("auditPage")
@RequestScoped
public class AuditBacking {

    static final int PAGE = 100;

    @Inject
    AuditLog log;

    private Long before;
    private String actor;
    private String action;
    private List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = log.page(before, actor, action, PAGE);
        }
        return entries;
    }

    /** The id to page on from, or null when this page is the last. */
    public Long getOlder() {
        List<Entry> shown = getEntries();
        return shown.size() < PAGE ? null : shown.get(shown.size() - 1).id();
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
