package org.fedmarket.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The single JAX-RS application of the WAR; resources and providers are discovered. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "fedmarket", version = "1",
        description = "A federated marketplace node: Hub, shop federation and inventory exchange. "
                + "Only the modules switched on for this node are listed."))
public class FedmarketApplication extends Application {
}
