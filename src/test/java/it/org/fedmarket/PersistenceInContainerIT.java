package it.org.fedmarket;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.fedmarket.platform.account.application.AdminAccountService;
import org.fedmarket.platform.keys.application.SigningKeys;
import org.fedmarket.platform.node.NodeSettings;
import org.fedmarket.platform.node.Module;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.File;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: CDI beans of the WAR, their JPA repositories and the migrated PostgreSQL schema. */
@ExtendWith(ArquillianExtension.class)
class PersistenceInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "in-container.war")
                .importFrom(new File("target/fedmarket.war"))
                .as(WebArchive.class)
                .addClass(PersistenceInContainerIT.class);
    }

    @Inject
    AdminAccountService accounts;
    @Inject
    NodeSettings settings;
    @Inject
    SigningKeys signingKeys;
    @Resource(lookup = "jdbc/fedmarket")
    DataSource database;

    @Test
    void passwordsAreStoredOnlyAsSaltedPbkdf2Hashes() throws SQLException {
        accounts.create("in-container", "correct horse battery");
        accounts.create("in-container-2", "correct horse battery");
        String first = storedHash("in-container");
        String second = storedHash("in-container-2");
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:310000:"), first);
        assertFalse(first.contains("correct horse"), "no plain text");
        assertFalse(first.equals(second), "same password, different salt, different hash");

        assertTrue(accounts.authenticate("In-Container", "correct horse battery").isPresent());
        assertTrue(accounts.authenticate("in-container", "correct horse batter").isEmpty());
        assertTrue(accounts.authenticate("nobody-here", "correct horse battery").isEmpty());
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        assertFalse(accounts.createFirst("usurper", "a long enough password"),
                "the node already has an administrator");
        assertTrue(accounts.authenticate("usurper", "a long enough password").isEmpty());
    }

    @Test
    void theDatabaseNeverHoldsNegativeStock() throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "INSERT INTO inventory.product (sku, name, price_amount, price_currency, stock)"
                            + " VALUES ('negative', 'Negative', 1, 'EUR', -1)"));
            assertEquals("23514", refused.getSQLState(), "check constraint violation");
        }
    }

    @Test
    void theSigningKeyIsStoredEncryptedAndSignsVerifiablyWithItsPublishedHalf() throws Exception {
        RSAKey current = signingKeys.current();
        assertTrue(current.isPrivate());
        byte[] stored;
        try (Connection c = database.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT private_key FROM platform.signing_key WHERE kid = ?")) {
            st.setString(1, current.getKeyID());
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                stored = rs.getBytes(1);
            }
        }
        byte[] storedBytes = stored;
        assertThrows(java.security.spec.InvalidKeySpecException.class, () -> KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(storedBytes)), "the database holds no usable private key");

        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(current.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("in-container").build());
        jwt.sign(new RSASSASigner(current));
        RSAKey published = (RSAKey) signingKeys.published().getKeyByKeyId(current.getKeyID());
        assertTrue(SignedJWT.parse(jwt.serialize()).verify(new RSASSAVerifier(published)));
    }

    @Test
    void beansSeeTheNodesSettings() {
        assertTrue(settings.modules().isOn(Module.HUB) && settings.modules().isOn(Module.INVENTORY));
    }

    private String storedHash(String username) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT password_hash FROM platform.admin_account WHERE username = ?")) {
            st.setString(1, username);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "account " + username + " stored");
                return rs.getString(1);
            }
        }
    }
}
