package org.fedmarket.platform.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.audit.persistence.AuditRepository;
import org.fedmarket.platform.audit.persistence.AuditRepository.Entry;
import org.fedmarket.platform.problem.InvalidFieldsException;

import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditLog {

    static final int MAX_DETAIL = 2000;
    /** Who acts when no one signed in does: a job, the node itself. */
    static final String SYSTEM = "system";

    @Inject
    Clock clock;
    @Inject
    AuditRepository entries;
    @Inject
    SecurityContext security;

    /** Records {@code action} by the current caller, in the current transaction (or its own, when there is none). */
    @Transactional
    public void record(String action, String detail) {
        Principal caller = security.getCallerPrincipal();
        String actor = caller == null ? SYSTEM : caller.getName();
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        entries.add(OffsetDateTime.now(clock), actor.length() > 100 ? actor.substring(0, 100) : actor, action, text);
    }

    /** Up to {@code limit} (1–500) entries before the entry {@code before}, newest first, filtered by actor and action. */
    @Transactional
    public List<Entry> page(Long before, String actor, String action, int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidFieldsException("limit", "must be 1–500");
        }
        return entries.page(before, blankToNull(actor), blankToNull(action), limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
