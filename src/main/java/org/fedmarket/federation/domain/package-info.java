/**
 * The shop's side of membership: its standing with the Hub and its directory of the other members.
 */
package org.fedmarket.federation.domain;
