/** Recording market situations and sales, and reading them back by cursor. */
package org.fedmarket.platform.market.application;
