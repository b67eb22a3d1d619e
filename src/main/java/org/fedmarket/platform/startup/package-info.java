/**
 * The start sequence of a node: validate settings, migrate, announce readiness to the modules, print where things are.
 */
package org.fedmarket.platform.startup;
