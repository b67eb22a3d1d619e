/**
 * The gates of the module switch: they make a module that is off disappear from REST and the admin pages (from /openapi: platform.openapi)
 * and report the modules in health.
 */
package org.fedmarket.platform.module;
