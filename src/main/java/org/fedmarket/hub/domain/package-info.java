/**
 * The Hub's model of membership: members and their keys, invitations, member sessions.
 */
package org.fedmarket.hub.domain;
