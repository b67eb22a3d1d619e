package org.fedmarket.platform.openapi;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.ModuleSelection;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Completes {@code /openapi} (registered by {@code mp.openapi.filter}): the paths of modules that are off are removed,
 * and each remaining operation gets a readable id, the security schemes and the problem answers its Java method
 * declares ({@link OperationFacts}), and the {@code Problem} schema they refer to. Tags, schemas and security schemes no
 * operation uses go too.
 */
public class ApiDocumentFilter implements OASFilter {

    /** The id the scanner gives (see {@code mp.openapi.extensions.smallrye.operationIdStrategy}): class, "_", method. */
    private static final char ID_SEPARATOR = '_';

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        removeModulesThatAreOff(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(Problems.SCHEMA_NAME, problemSchema());
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getKey(), entry.getValue());
            }
        }
        removeUnusedTags(openAPI);
        removeUnusedSecuritySchemes(openAPI);
        UnusedSchemas.remove(openAPI);
    }

    static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream());
    }

    private static void removeModulesThatAreOff(OpenAPI openAPI) {
        ModuleSelection selection = ModuleSelection.parse(ConfigProvider.getConfig()
                .getValue(ModuleSelection.KEY, String.class));
        List<String> gone = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> Module.owningApiPath(path).map(m -> !selection.isOn(m)).orElse(false))
                .toList();
        gone.forEach(openAPI.getPaths()::removePathItem);
    }

    private static void complete(PathItem.HttpMethod httpMethod, Operation operation) {
        Method method = javaMethod(operation.getOperationId());
        operation.setOperationId(method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "")
                + ID_SEPARATOR + method.getName());
        OperationFacts facts = OperationFacts.of(method, httpMethod, operation);
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(facts.security());
        }
        Problems.addAll(operation, facts.refusals());
    }

    /** The Java method behind an operation, from the id the scanner gave it: {@code org.fedmarket…Resource_method}. */
    private static Method javaMethod(String operationId) {
        Objects.requireNonNull(operationId, "operation id (mp.openapi.extensions.smallrye.operationIdStrategy)");
        int separator = operationId.lastIndexOf(ID_SEPARATOR);
        String className = operationId.substring(0, separator);
        String methodName = operationId.substring(separator + 1);
        try {
            Class<?> type = Class.forName(className, false, ApiDocumentFilter.class.getClassLoader());
            List<Method> candidates = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(methodName)).toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException(operationId + ": " + candidates.size() + " methods of that name");
            }
            return candidates.get(0);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No resource class for operation " + operationId, e);
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. `type` is `urn:fedmarket:problem:<name>` (README, Problem types; "
                        + "FEDERATION.md) or `about:blank` for a plain HTTP error; further members carry what a type adds, "
                        + "e.g. `available` or `violations`.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(true);
    }

    private static void removeUnusedSecuritySchemes(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Set<String> used = operations(openAPI)
                .flatMap(operation -> operation.getSecurity() == null ? Stream.empty() : operation.getSecurity().stream())
                .flatMap(requirement -> requirement.getSchemes() == null ? Stream.empty() : requirement.getSchemes().keySet().stream())
                .collect(Collectors.toSet());
        openAPI.getComponents().getSecuritySchemes().keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSecurityScheme);
    }

    private static void removeUnusedTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Set<String> used = operations(openAPI)
                .flatMap(operation -> operation.getTags() == null ? Stream.empty() : operation.getTags().stream())
                .collect(Collectors.toSet());
        List<Tag> kept = openAPI.getTags().stream().filter(tag -> used.contains(tag.getName())).toList();
        openAPI.setTags(new ArrayList<>(kept));
    }
}
