/**
 * The gates of the module switch: they make a module that is off disappear from REST, OpenAPI, admin pages
 * and report the modules in health.
 */
package org.fedmarket.platform.module;
