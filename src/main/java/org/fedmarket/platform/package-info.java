/**
 * Shared kernel: the module switch, node settings, error-to-HTTP mapping, database migrations, admin accounts and the admin shell. Depends on no module.
 */
package org.fedmarket.platform;
