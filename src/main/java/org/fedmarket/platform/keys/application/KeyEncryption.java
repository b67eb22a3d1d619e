package org.fedmarket.platform.keys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.node.InvalidConfigurationException;
import org.fedmarket.platform.node.ModuleSelection;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts private keys at rest with AES-256-GCM under the node's master key
 * ({@code fedmarket.keys.master-key}, 32 random bytes in base64). The key id is bound as
 * associated data, so a sealed key copied to another row does not decrypt.
 * Stored form: 12-byte nonce followed by ciphertext and 16-byte tag.
 */
@ApplicationScoped
public class KeyEncryption {

    public static final String MASTER_KEY = "fedmarket.keys.master-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = MASTER_KEY)
    Optional<String> configuredMasterKey;

    private volatile SecretKey masterKey;

    public KeyEncryption() {
    }

    KeyEncryption(SecretKey masterKey) {
        this.masterKey = masterKey;
    }

    /** A node that signs (hub or federation on) refuses to start without a usable master key. */
    public void validate(ModuleSelection modules) {
        if (SigningKeys.needsKeys(modules)) {
            masterKey();
        }
    }

    public byte[] seal(byte[] plain, String kid) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain, 0, plain.length, kid);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** @throws IllegalStateException if the data was altered, belongs to another key id, or another master key sealed it */
    public byte[] open(byte[] sealed, String kid) {
        byte[] nonce = java.util.Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, nonce, sealed, NONCE_BYTES, sealed.length - NONCE_BYTES, kid);
    }

    static SecretKey parseMasterKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new InvalidConfigurationException(MASTER_KEY + " (FEDMARKET_KEYS_MASTER_KEY) must be 32 random bytes in"
                    + " base64, e.g. the output of: openssl rand -base64 32");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private SecretKey masterKey() {
        SecretKey key = masterKey;
        if (key == null) {
            key = parseMasterKey(configuredMasterKey.orElse(""));
            masterKey = key;
        }
        return key;
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] data, int offset, int length, String kid) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, masterKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " the private key " + kid + ": wrong master key or altered data", e);
        }
    }
}
