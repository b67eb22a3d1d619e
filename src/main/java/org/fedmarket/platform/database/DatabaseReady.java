package org.fedmarket.platform.database;

import org.fedmarket.platform.node.ModuleSelection;

/** Fired once at start, after migrations, so modules can seed or resume their work. */
public record DatabaseReady(ModuleSelection modules) {
}
