package org.fedmarket.hub.domain;

import org.fedmarket.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Member applicant() {
        Member member = new Member("sock-palace", "Sock Palace", "https://socks.example", true, T0);
        member.addKey(new MemberKey("sock-palace", "k1", "{}", T0, null));
        return member;
    }

    @Test
    void anApprovedMemberIsActiveAndStampedWithTheRegistryVersion() {
        Member member = applicant();
        member.activate(T0.plusMinutes(1), 7);
        assertEquals(MemberStatus.ACTIVE, member.status());
        assertEquals(7, member.registryVersion());
        assertEquals(T0.plusMinutes(1), member.joinedAt());
    }

    @Test
    void onlyAPendingApplicationCanBeApprovedOrRejected() {
        Member member = applicant();
        member.activate(T0, 1);
        assertThrows(ConflictException.class, () -> member.activate(T0, 2));
        assertThrows(ConflictException.class, () -> member.reject(T0));
    }

    @Test
    void suspensionAndReinstatementMoveTheRegistryVersion() {
        Member member = applicant();
        member.activate(T0, 1);
        member.suspend(T0.plusHours(1), 2);
        assertEquals(MemberStatus.SUSPENDED, member.status());
        assertThrows(ConflictException.class, () -> member.suspend(T0, 3));
        member.reinstate(T0.plusHours(2), 3);
        assertEquals(MemberStatus.ACTIVE, member.status());
        assertEquals(3, member.registryVersion());
    }

    @Test
    void aRotationKeepsAKeyListedAgainUntilItsOwnExpAndStopsTheOthersAtOnce() {
        Member member = applicant();
        member.addKey(new MemberKey("sock-palace", "k0", "{}", T0, null));
        member.activate(T0, 1);
        OffsetDateTime rotated = T0.plusDays(1);
        member.replaceKeys(List.of(new MemberKey("sock-palace", "k1", "{}", rotated, null),
                new MemberKey("sock-palace", "k2", "{}", rotated.plusHours(1), null)), rotated, 2);
        OffsetDateTime later = rotated.plusDays(30);
        assertEquals(List.of("k1"), member.keysValidAt(rotated).stream().map(MemberKey::kid).toList(),
                "k1 listed again without exp keeps verifying; k0 stopped; k2 not yet");
        assertEquals(List.of("k1", "k2"), member.keysValidAt(later).stream().map(MemberKey::kid).sorted().toList());
    }

    @Test
    void leavingRetiresEveryKeyAtOnce() {
        Member member = applicant();
        member.activate(T0, 1);
        OffsetDateTime left = T0.plusDays(1);
        member.leave(left, 2);
        assertEquals(MemberStatus.LEFT, member.status());
        assertTrue(member.keysValidAt(left).isEmpty());
        assertThrows(ConflictException.class, () -> member.leave(left, 3));
    }

    @Test
    void aLiveMemberCannotApplyAgainButOneThatLeftCan() {
        Member member = applicant();
        assertThrows(ConflictException.class, () -> member.reapply("x", "https://x.example", true, T0));
        member.activate(T0, 1);
        member.leave(T0.plusDays(1), 2);
        member.reapply("Sock Palace 2", "https://socks2.example", false, T0.plusDays(2));
        assertEquals(MemberStatus.PENDING, member.status());
        assertEquals("https://socks2.example", member.baseUrl());
        assertFalse(member.acceptsPush());
    }

    @Test
    void newKeysReplaceTheOldOnesWhichVerifyOnlyAsLongAsTheSetSays() {
        Member member = applicant();
        member.activate(T0, 1);
        OffsetDateTime rotated = T0.plusDays(3);
        member.replaceKeys(List.of(
                new MemberKey("sock-palace", "k1", "{}", T0, rotated.plusDays(7)),
                new MemberKey("sock-palace", "k2", "{}", rotated, null)), rotated, 5);
        assertEquals(List.of("k1", "k2"), member.keysValidAt(rotated.plusDays(1)).stream().map(MemberKey::kid).sorted().toList());
        assertEquals(List.of("k2"), member.keysValidAt(rotated.plusDays(8)).stream().map(MemberKey::kid).toList());

        member.replaceKeys(List.of(new MemberKey("sock-palace", "k3", "{}", rotated.plusDays(9), null)), rotated.plusDays(9), 6);
        assertEquals(List.of("k3"), member.keysValidAt(rotated.plusDays(9)).stream().map(MemberKey::kid).toList(),
                "keys left out of the new set stop verifying at once");
        assertEquals(6, member.registryVersion());
    }
}
