package org.fedmarket.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.NodeSettings;

import java.util.List;

/** Who this node is and which modules it runs. */
@Path("/node")
@Tag(name = "node")
@Produces(MediaType.APPLICATION_JSON)
public class NodeResource {

    public record NodeInfo(String name, String baseUrl, List<String> modules) {
    }

    @Inject
    NodeSettings settings;

    @GET
    @Operation(summary = "This node's name, public base URL and enabled modules")
    public NodeInfo describe() {
        return new NodeInfo(settings.name(), settings.baseUrl(),
                settings.modules().enabled().stream().map(Module::id).toList());
    }
}
