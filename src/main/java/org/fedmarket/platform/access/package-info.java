/** Who may do what, named: the roles. Depends on nothing, so every layer and module may use it. */
package org.fedmarket.platform.access;
