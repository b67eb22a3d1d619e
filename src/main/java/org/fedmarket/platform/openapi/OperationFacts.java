package org.fedmarket.platform.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.fedmarket.platform.access.Roles;
import org.fedmarket.platform.account.domain.Scope;
import org.fedmarket.platform.partner.PartnerCall;
import org.fedmarket.platform.problem.Refuses;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a REST method's annotations say about its operation: who may call it (security schemes, named in
 * {@code FedmarketApplication}) and every problem it answers with — those of authentication, request checks and rate
 * limits (any request's, and a partner call's or a role's), derived here the way the node's filters apply them, plus
 * those it declares with {@link Refuses}.
 */
record OperationFacts(List<SecurityRequirement> security, Map<Integer, SortedSet<String>> refusals) {

    static final String ADMINISTRATOR = "administrator";
    static final String API_TOKEN = "apiToken";
    static final String PARTNER_CALL = "partnerCall";

    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    static OperationFacts of(Method method, PathItem.HttpMethod httpMethod, Operation operation) {
        OperationFacts facts = new OperationFacts(new ArrayList<>(), new TreeMap<>());
        PartnerCall call = annotation(method, PartnerCall.class);
        RolesAllowed roles = method.isAnnotationPresent(PermitAll.class) ? null : annotation(method, RolesAllowed.class);
        if (call != null) {
            facts.security.add(requirement(PARTNER_CALL)); // a route a setting opens says so in its summary
            facts.refuse(401, "partner-call-unauthenticated");
            if (!call.value().isEmpty()) {
                facts.refuse(403, "partner-right-missing");
            }
        } else if (roles != null) {
            Set<String> allowed = Set.of(roles.value());
            if (allowed.contains(Roles.ADMIN)) {
                facts.security.add(requirement(ADMINISTRATOR));
            }
            if (allowed.stream().anyMatch(Scope::isScopeRole)) {
                facts.security.add(requirement(API_TOKEN));
            }
            facts.refuse(403, Problems.BLANK);
        } // else anyone: no requirement (security: [])
        if (!SAFE.contains(httpMethod)) {
            facts.refuse(403, "cross-site-request");
        }
        // Any request: its path and query are checked first (escapes; control characters in any parameter, named
        // or not), and credentials it sends are checked on any route, failed ones counted towards the sign-in limit.
        facts.refuse(400, "malformed-escape");
        facts.refuse(422, "validation");
        facts.refuse(401, Problems.BLANK);
        facts.refuse(429, "rate-limited");
        if (operation.getRequestBody() != null) {
            facts.refuse(400, "malformed-body");
            facts.refuse(413, "body-too-large");
            facts.refuse(415, Problems.BLANK);
        }
        if (Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(PathParam.class) && p.getType() != String.class)) {
            facts.refuse(404, Problems.BLANK); // a path segment that does not convert names no resource
        }
        declared(method.getDeclaringClass().getAnnotation(Refuses.class), facts);
        declared(method.getAnnotation(Refuses.class), facts);
        return facts;
    }

    private void refuse(int status, String type) {
        refusals.computeIfAbsent(status, s -> new TreeSet<>()).add(type);
    }

    private static void declared(Refuses refuses, OperationFacts facts) {
        if (refuses == null) {
            return;
        }
        for (String entry : refuses.value()) {
            Problems.Declared declared = Problems.Declared.parse(entry);
            facts.refuse(declared.status(), declared.type());
        }
    }

    private static <A extends Annotation> A annotation(Method method, Class<A> type) {
        A own = method.getAnnotation(type);
        return own != null ? own : method.getDeclaringClass().getAnnotation(type);
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }
}
