package it.org.fedmarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

public final class Ports {

    /**
     * Every port handed out by this JVM. The OS may give the same free port twice when the first
     * taker has not bound it yet (a node binds its port only when it starts); two nodes on one port
     * would make one answer for the other.
     */
    private static final Set<Integer> GIVEN = new HashSet<>();

    private Ports() {
    }

    /** A port nobody listens on right now, and never handed out before by this JVM. */
    public static synchronized int free() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
