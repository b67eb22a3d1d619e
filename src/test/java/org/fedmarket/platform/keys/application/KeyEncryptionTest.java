package org.fedmarket.platform.keys.application;

import org.fedmarket.platform.node.InvalidConfigurationException;
import org.fedmarket.platform.node.ModuleSelection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyEncryptionTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private static KeyEncryption with(String masterKey) {
        return new KeyEncryption(KeyEncryption.parseMasterKey(masterKey));
    }

    @Test
    void sealedDataOpensOnlyWithTheSameKeyIdAndMasterKey() {
        byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = with(KEY_A).seal(secret, "kid-1");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("private key"), "not in plain text");
        assertArrayEquals(secret, with(KEY_A).open(sealed, "kid-1"));
        assertThrows(IllegalStateException.class, () -> with(KEY_A).open(sealed, "kid-2"), "bound to its key id");
        assertThrows(IllegalStateException.class, () -> with(KEY_B).open(sealed, "kid-1"), "bound to its master key");
    }

    @Test
    void alteredDataIsRefused() {
        byte[] sealed = with(KEY_A).seal(new byte[]{1, 2, 3}, "kid");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> with(KEY_A).open(sealed, "kid"));
    }

    @Test
    void theSameDataSealsDifferentlyEachTime() {
        assertFalse(java.util.Arrays.equals(with(KEY_A).seal(new byte[8], "k"), with(KEY_A).seal(new byte[8], "k")));
    }

    @Test
    void aSigningNodeNeedsA32ByteMasterKeyAndOthersDoNot() {
        KeyEncryption missing = new KeyEncryption();
        missing.configuredMasterKey = Optional.empty();
        var e = assertThrows(InvalidConfigurationException.class, () -> missing.validate(ModuleSelection.parse("hub")));
        assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
        assertThrows(InvalidConfigurationException.class, () -> missing.validate(ModuleSelection.parse("federation")));
        assertDoesNotThrow(() -> missing.validate(ModuleSelection.parse("inventory")));

        KeyEncryption tooShort = new KeyEncryption();
        tooShort.configuredMasterKey = Optional.of(Base64.getEncoder().encodeToString(new byte[16]));
        assertThrows(InvalidConfigurationException.class, () -> tooShort.validate(ModuleSelection.parse("hub")));
        KeyEncryption notBase64 = new KeyEncryption();
        notBase64.configuredMasterKey = Optional.of("not base64 at all!");
        assertThrows(InvalidConfigurationException.class, () -> notBase64.validate(ModuleSelection.parse("hub")));
    }
}
