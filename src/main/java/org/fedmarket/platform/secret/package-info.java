/** Random secrets and the digests stored in their place. */
package org.fedmarket.platform.secret;
