package org.fedmarket.platform.partner;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fedmarket.platform.input.BodyTooLargeException;
import org.fedmarket.platform.input.StrictJsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets a {@link PartnerCall} method run only for a partner with a valid call token
 * ({@code Authorization: FedmarketCall <token>}) and the right the method names. The caller's shop
 * id is left in the request property {@link #CALLER}.
 */
@Provider
@PartnerCall
@Priority(Priorities.AUTHENTICATION)
public class PartnerCallFilter implements ContainerRequestFilter {

    public static final String CALLER = "fedmarket.partner";

    private final int maxBodyBytes = ConfigProvider.getConfig().getValue(StrictJsonReader.MAX_BYTES_KEY, Integer.class);

    @Inject
    CallTokens tokens;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String authorization = Optional.ofNullable(request.getHeaderString("Authorization")).orElse("");
        PartnerCall rule = rule();
        if (authorization.isEmpty() && !rule.openWhen().isEmpty() && !rule.changes()
                && ConfigProvider.getConfig().getValue(rule.openWhen(), Boolean.class)) {
            return; // open to anyone by configuration
        }
        if (!authorization.regionMatches(true, 0, CallTokens.SCHEME + " ", 0, CallTokens.SCHEME.length() + 1)) {
            throw PartnerCallRefusedException.unauthenticated("Partner calls need Authorization: " + CallTokens.SCHEME + " <token>");
        }
        String method = request.getMethod();
        boolean bound = rule.changes() || !("GET".equals(method) || "HEAD".equals(method));
        byte[] body = new byte[0];
        String pathAndQuery = null; // only a bound token names the request; reads skip building it
        if (bound) {
            if (request.hasEntity()) {
                // read before the token is verified (it names the body's hash), so never more than a JSON body may be:
                // a chunked body has no Content-Length for the servlet guard to refuse
                body = request.getEntityStream().readNBytes(maxBodyBytes + 1);
                if (body.length > maxBodyBytes) {
                    throw new BodyTooLargeException(maxBodyBytes);
                }
                request.setEntityStream(new ByteArrayInputStream(body));
            }
            String path = request.getUriInfo().getRequestUri().getRawPath();
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            pathAndQuery = query == null ? path : path + "?" + query;
        }
        CallTokens.Caller caller = tokens.verify(authorization.substring(CallTokens.SCHEME.length() + 1).trim(),
                method, pathAndQuery, body, rule.changes());
        tokens.authorise(caller, rule.value());
        request.setProperty(CALLER, caller.shopId());
    }

    private PartnerCall rule() {
        PartnerCall onMethod = resource.getResourceMethod().getAnnotation(PartnerCall.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(PartnerCall.class);
    }
}
