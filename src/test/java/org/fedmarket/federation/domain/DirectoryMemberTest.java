package org.fedmarket.federation.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryMemberTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String KEYS = "{\"keys\":[{\"kid\":\"k1\"}]}";

    @Test
    void onlyANewerEntryChangesTheDirectory() {
        DirectoryMember member = new DirectoryMember("sock-palace");
        assertTrue(member.update("Sock Palace", "https://socks.example", NOW, KEYS, 5, NOW));
        assertFalse(member.update("Old name", "https://old.example", NOW, KEYS, 4, NOW), "an older event arriving late");
        assertFalse(member.update("Same", "https://same.example", NOW, KEYS, 5, NOW), "the same event twice");
        assertEquals("Sock Palace", member.name());
    }

    @Test
    void aRemovedMemberLosesItsKeysAndALateOlderEventCannotReviveIt() {
        DirectoryMember member = new DirectoryMember("sock-palace");
        member.update("Sock Palace", "https://socks.example", NOW, KEYS, 5, NOW);
        assertTrue(member.remove(6, NOW));
        assertFalse(member.active());
        assertEquals("{\"keys\":[]}", member.jwks());
        assertFalse(member.update("Sock Palace", "https://socks.example", NOW, KEYS, 5, NOW));
        assertFalse(member.active());
        assertTrue(member.update("Sock Palace", "https://socks.example", NOW, KEYS, 7, NOW), "reinstated later");
        assertTrue(member.active());
    }
}
