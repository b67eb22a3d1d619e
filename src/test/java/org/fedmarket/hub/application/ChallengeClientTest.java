package org.fedmarket.hub.application;

import org.fedmarket.hub.application.ChallengeClient.ChallengeFailedException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Hub's guard against applicants who point it at its own network. */
class ChallengeClientTest {

    @Test
    void privateLoopbackLinkLocalSharedAndReservedAddressesAreRefused() {
        for (String url : List.of("http://127.0.0.1", "http://127.8.9.10:9080", "http://10.1.2.3", "http://172.16.0.1",
                "http://172.31.255.254", "http://192.168.0.1", "http://169.254.169.254/latest", "http://0.0.0.0",
                "http://100.64.0.1", "http://100.127.255.1", "http://198.18.0.1", "http://192.0.0.8", "http://224.0.0.1",
                "http://240.0.0.1", "http://255.255.255.255", "http://[::1]", "http://[fd00::1]", "http://[fc12::1]",
                "http://[fe80::1]", "http://[::ffff:10.0.0.1]", "http://[::]")) {
            ChallengeFailedException refused = assertThrows(ChallengeFailedException.class, () -> ChallengeClient.requirePublic(url), url);
            assertEquals("urn:fedmarket:problem:base-url-not-public", refused.toProblem(null).type(), url);
        }
    }

    @Test
    void aHostNameThatResolvesToLoopbackIsRefused() {
        ChallengeFailedException refused = assertThrows(ChallengeFailedException.class,
                () -> ChallengeClient.requirePublic("http://localhost:9080"));
        assertEquals("urn:fedmarket:problem:base-url-not-public", refused.toProblem(null).type());
    }

    @Test
    void publicAddressesPass() throws Exception {
        for (String url : List.of("http://93.184.216.34", "https://1.1.1.1:8443", "http://[2606:4700::1111]", "http://100.128.0.1",
                "http://172.32.0.1", "http://198.20.0.1")) {
            assertDoesNotThrow(() -> ChallengeClient.requirePublic(url), url);
        }
        assertTrue(ChallengeClient.isPublic(InetAddress.getByName("8.8.8.8")));
    }
}
