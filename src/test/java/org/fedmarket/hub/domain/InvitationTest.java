package org.fedmarket.hub.domain;

import org.fedmarket.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvitationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anInvitationWorksOnceBeforeItExpires() {
        Invitation invitation = new Invitation("hash", "", "admin", T0, T0.plusDays(1));
        assertEquals(Invitation.State.OPEN, invitation.stateAt(T0.plusHours(1)));
        invitation.use("sock-palace", T0.plusHours(1));
        assertEquals(Invitation.State.USED, invitation.stateAt(T0.plusHours(2)));
        assertEquals("sock-palace", invitation.usedBy());
        assertThrows(ConflictException.class, () -> invitation.use("hat-hut", T0.plusHours(2)));
    }

    @Test
    void anExpiredInvitationIsRefusedWith410() {
        Invitation invitation = new Invitation("hash", "", "admin", T0, T0.plusDays(1));
        Invitation.ExpiredException refused = assertThrows(Invitation.ExpiredException.class,
                () -> invitation.use("sock-palace", T0.plusDays(1)));
        assertEquals(410, refused.status());
        assertEquals(Invitation.State.EXPIRED, invitation.stateAt(T0.plusDays(1)));
    }
}
