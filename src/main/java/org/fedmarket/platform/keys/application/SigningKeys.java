package org.fedmarket.platform.keys.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedmarket.platform.audit.application.Audited;
import org.fedmarket.platform.database.DatabaseReady;
import org.fedmarket.platform.keys.domain.SigningKey;
import org.fedmarket.platform.keys.persistence.SigningKeyRepository;
import org.fedmarket.platform.node.InvalidConfigurationException;
import org.fedmarket.platform.node.Module;
import org.fedmarket.platform.node.ModuleSelection;
import org.fedmarket.platform.problem.ConflictException;
import org.fedmarket.platform.problem.NoSuchEntityException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The node's signing keys. RS256 with 2048-bit keys: verifying is what every partner call will
 * cost, and RSA verifies an order of magnitude faster than ES256 or Ed25519 on this hardware, and
 * MicroProfile JWT on Liberty verifies it (it cannot verify EdDSA). The key id is the RFC 7638
 * thumbprint of the public key.
 */
@ApplicationScoped
public class SigningKeys {

    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    static final String INITIAL_KEY = "fedmarket.keys.initial-key-file";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    Clock clock;
    @Inject
    SigningKeyRepository keys;
    @Inject
    KeyEncryption encryption;
    @Inject
    Event<SigningKeyRotated> rotated;
    @Inject
    @ConfigProperty(name = "fedmarket.keys.rotation-grace")
    Duration grace;
    @Inject
    @ConfigProperty(name = INITIAL_KEY)
    Optional<String> initialKeyFile;

    private final Map<String, RSAKey> opened = new ConcurrentHashMap<>();
    private volatile ModuleSelection modules;

    /** Only nodes that sign anything (a Hub, a shop in a federation) hold keys. */
    public static boolean needsKeys(ModuleSelection modules) {
        return modules.isOn(Module.HUB) || modules.isOn(Module.FEDERATION);
    }

    /**
     * On start: a node that signs gets its first key, once, even with several instances starting
     * together — and a node whose master key cannot open its stored key refuses to start.
     */
    @Transactional
    void onDatabaseReady(@Observes DatabaseReady ready) {
        modules = ready.modules();
        if (needsKeys(modules)) {
            keys.lock();
            SigningKey current = keys.current().orElseGet(this::first);
            try {
                opened.computeIfAbsent(current.kid(), kid -> open(current));
            } catch (IllegalStateException e) {
                throw new InvalidConfigurationException(KeyEncryption.MASTER_KEY
                        + " does not open the stored signing key " + current.kid() + "; start with the master key it was made with");
            }
        }
    }

    /** A new key signs from now on; the previous one keeps verifying for the grace period. */
    @Audited("keys.rotated")
    @Transactional
    public KeyDescription rotate() {
        if (modules == null || !needsKeys(modules)) {
            throw new ConflictException("signs-nothing", "This node runs neither the hub nor the federation module"
                    + " and holds no signing keys");
        }
        keys.lock();
        OffsetDateTime now = now();
        keys.current().ifPresent(old -> {
            old.retireAt(now.plus(grace));
            LOG.info("Signing key " + old.kid() + " retires at " + old.retireAfter());
        });
        keys.flush();
        SigningKey created = generate();
        rotated.fire(new SigningKeyRotated(created.kid())); // observers act after commit
        return KeyDescription.of(created, now);
    }

    /** The public keys that verify now, each with its validity ({@code nbf}, and {@code exp} once rotated). */
    @Transactional
    public JWKSet published() {
        List<JWK> published = keys.verifyingAt(now()).stream().map(SigningKeys::publicJwk).toList();
        return new JWKSet(published);
    }

    @Transactional
    public KeyDescription describe(String kid) {
        return keys.find(kid).map(k -> KeyDescription.of(k, now()))
                .orElseThrow(() -> new NoSuchEntityException("Signing key", kid));
    }

    /** Whether this node signs at all; the admin page offers rotation only then. */
    public boolean signs() {
        return modules != null && needsKeys(modules);
    }

    @Transactional
    public List<KeyDescription> describeAll() {
        OffsetDateTime now = now();
        return keys.all().stream().map(k -> KeyDescription.of(k, now)).toList();
    }

    /** The current key pair, private half included, for signing. */
    @Transactional
    public RSAKey current() {
        SigningKey current = keys.current().orElseThrow(() -> new IllegalStateException("this node has no signing key"));
        return opened.computeIfAbsent(current.kid(), kid -> open(current));
    }

    /** The first key: the operator's ({@code fedmarket.keys.initial-key-file}) if one is given, otherwise a new one. */
    private SigningKey first() {
        return initialKeyFile.map(SigningKeys::readOperatorKey).map(this::store).orElseGet(this::generate);
    }

    private static RSAKey readOperatorKey(String file) {
        try {
            JWK jwk = JWK.parse(Files.readString(Path.of(file)));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.size() < 2048) {
                throw new InvalidConfigurationException(INITIAL_KEY + ": " + file + " must hold a private RSA JWK of at least 2048 bits");
            }
            return new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM).keyIDFromThumbprint().build();
        } catch (IOException | ParseException | JOSEException e) {
            throw new InvalidConfigurationException(INITIAL_KEY + ": cannot read a JWK from " + file + ": " + e.getMessage());
        }
    }

    private SigningKey generate() {
        try {
            return store(new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(ALGORITHM)
                    .keyIDFromThumbprint(true)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private SigningKey store(RSAKey pair) {
        try {
            byte[] sealed = encryption.seal(pair.toPrivateKey().getEncoded(), pair.getKeyID());
            SigningKey key = new SigningKey(pair.getKeyID(), ALGORITHM.getName(), pair.toPublicJWK().toJSONString(),
                    sealed, now());
            keys.add(key);
            LOG.info("New signing key " + key.kid() + " (" + ALGORITHM + ") is current");
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot store signing key " + pair.getKeyID(), e);
        }
    }

    private RSAKey open(SigningKey key) {
        try {
            RSAKey publicKey = RSAKey.parse(key.publicJwk());
            byte[] pkcs8 = encryption.open(key.encryptedPrivateKey(), key.kid());
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (ParseException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + key.kid() + " is unreadable", e);
        }
    }

    private static JWK publicJwk(SigningKey key) {
        try {
            RSAKey.Builder jwk = new RSAKey.Builder(RSAKey.parse(key.publicJwk()))
                    .notBeforeTime(Date.from(key.createdAt().toInstant()));
            if (key.retireAfter() != null) {
                jwk.expirationTime(Date.from(key.retireAfter().toInstant()));
            }
            return jwk.build();
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public key " + key.kid() + " is unreadable", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
