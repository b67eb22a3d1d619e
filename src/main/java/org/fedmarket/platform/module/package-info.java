/**
 * The module switch: which of hub, federation and inventory are on, and the gates that make a module that is off disappear from REST, OpenAPI, pages and health.
 */
package org.fedmarket.platform.module;
