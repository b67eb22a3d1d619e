package org.fedmarket.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Removes the component schemas no remaining operation reaches, e.g. those of modules that are off. */
final class UnusedSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        List<Schema> toVisit = new ArrayList<>(); // a part a schema does not have is null, and skipped when its turn comes
        for (Operation operation : ApiDocumentFilter.operations(openAPI).toList()) {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).forEach(toVisit::add);
            }
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent()).forEach(toVisit::add);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .flatMap(response -> schemasOf(response.getContent())).forEach(toVisit::add);
            }
        }
        Set<String> used = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.remove(toVisit.size() - 1);
            if (schema == null) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX) && used.add(ref.substring(PREFIX.length()))) {
                toVisit.add(schemas.get(ref.substring(PREFIX.length())));
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(toVisit::add);
            }
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()).forEach(toVisit::add);
            for (List<Schema> composed : Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).toList()) {
                if (composed != null) {
                    composed.forEach(toVisit::add);
                }
            }
        }
        schemas.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }
}
