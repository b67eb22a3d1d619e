package org.fedmarket.platform.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Random secrets handed out to be shown back later (refresh tokens, invitation codes, cart and session cookies, links in
 * mails) and the digest kept instead of them, so that a copy of the database opens nothing.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The digest of a secret presented back, if it has the shape of one from {@link #random(int)} with {@code bytes}
     * bytes; empty for anything else, which then matches nothing without a lookup.
     */
    public static Optional<String> digestIfIssued(String presented, int bytes) {
        int length = (bytes * 8 + 5) / 6;
        if (presented == null || presented.length() != length || !presented.chars().allMatch(Secrets::base64url)) {
            return Optional.empty();
        }
        return Optional.of(digest(presented));
    }

    private static boolean base64url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** SHA-256 of the secret, hex: what is kept of a secret. */
    public static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
