package org.fedmarket.platform.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.audit.application.AuditLog;
import org.fedmarket.platform.audit.persistence.AuditRepository.Entry;

import java.util.List;

/** Who changed what, when. */
@Path("/admin/audit")
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Audit log entries, newest first; page with before=<id of the last entry seen>; filter by actor or action")
    public List<Entry> page(@QueryParam("before") Long before, @QueryParam("actor") String actor,
                            @QueryParam("action") String action, @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.page(before, actor, action, limit);
    }
}
