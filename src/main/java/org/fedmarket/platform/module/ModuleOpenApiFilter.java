package org.fedmarket.platform.module;

import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.ModuleSelection;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/** Removes the paths of modules that are off from {@code /openapi}. Registered by {@code mp.openapi.filter}. */
public class ModuleOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ModuleSelection selection = ModuleSelection.parse(ConfigProvider.getConfig()
                .getOptionalValue(ModuleSelection.KEY, String.class).orElse(ModuleSelection.DEFAULT));
        List<String> gone = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> Module.owningApiPath(path).map(m -> !selection.isOn(m)).orElse(false))
                .toList();
        gone.forEach(openAPI.getPaths()::removePathItem);
    }
}
