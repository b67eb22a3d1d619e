package org.fedmarket.hub.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.hub.api.HubApi;
import org.fedmarket.hub.api.HubDescriptor;
import org.fedmarket.hub.application.HubProfile;

@Path("/hub")
@Tag(name = "hub")
public class HubResource implements HubApi {

    @Inject
    HubProfile profile;

    @Override
    @Operation(summary = "The Hub's name, base URL and protocol version")
    public HubDescriptor describe() {
        return profile.descriptor();
    }
}
