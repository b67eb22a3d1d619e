package it.org.fedmarket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Ports;
import it.org.fedmarket.support.Reply;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static it.org.fedmarket.support.NodeSpec.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers of a storefront: sign-up with a mailed verification link (read from a real SMTP server), sign-in that takes
 * the browser's cart along, password reset, and what an attacker tries: guessing, enumerating, reusing links, forging
 * forms, and a customer session at the administrators' doors.
 */
class StorefrontAccountsIT {

    private static final Duration MAIL_WITHIN = Duration.ofSeconds(20);
    private static final String PASSWORD = "correct horse battery";
    private static final String FORM = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final Pattern LINK = Pattern.compile("(http://\\S+\\?token=\\S+)");
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        MAIL.start();
    }

    @RegisterExtension
    static final Cluster cluster = Cluster.of(node("acc").modules("inventory,storefront")
            .env("FEDMARKET_STOREFRONT_NAME", "Harbour Goods")
            .env("FEDMARKET_MAIL_HOST", "127.0.0.1")
            .env("FEDMARKET_MAIL_PORT", Integer.toString(MAIL.getSmtp().getPort()))
            .env("FEDMARKET_MAIL_SECURITY", "none")
            .env("FEDMARKET_MAIL_FROM", "shop@harbour.example")
            .env("FEDMARKET_OUTBOX_INTERVAL", "PT0.5S")
            .env("FEDMARKET_ACCOUNTS_FAILED_LOGINS_PER_ACCOUNT", "3")
            .env("FEDMARKET_RATE_LIMITS_CUSTOMER_MAILS_PER_CLIENT", "100/PT10M")); // every test's forms come from loopback

    @BeforeAll
    static void theShopSellsSomething() {
        shop().http().asAdmin().postJson("/api/inventory/products/import", "["
                + "{\"sku\":\"wool-socks\",\"name\":\"Merino wool socks\",\"description\":\"Warm socks.\",\"price\":14.90,\"currency\":\"USD\",\"stock\":20},"
                + "{\"sku\":\"mug\",\"name\":\"Enamel mug\",\"description\":\"A camping mug.\",\"price\":12.00,\"currency\":\"USD\",\"stock\":20},"
                + "{\"sku\":\"tent\",\"name\":\"Two-person tent\",\"description\":\"A dome tent.\",\"price\":260.00,\"currency\":\"USD\",\"stock\":5}]")
                .assertStatus(200);
        Eventually.await(Duration.ofSeconds(20), "the storefront sells the products", () -> shop().http()
                .get("/api/storefront/search?q=").json().getJsonNumber("total").longValue(), 3L);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void aCustomerFindsSignsUpConfirmsSignsInAndFindsTheCartKept() {
        try (Browser browser = new Browser(shop().baseUrl())) {
            browser.phone();
            browser.open("/");
            browser.type("#q", "sokcs").click(".search-box button");
            browser.click("#results .offer a");
            assertEquals("Merino wool socks", browser.text("#product-name"));
            browser.type("#quantity", "2").click("#add-to-cart");
            assertTrue(browser.text("#cart-total").contains("29.80"), browser.text("#cart-total"));

            browser.click("#account-link");
            assertEquals("/account/sign-in", browser.path());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sign-in");
            browser.click(".account-links a[href$='sign-up']");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sign-up");
            assertFalse(browser.scrollsSideways(), "sign-up fits the phone");
            // an address without a dot in its domain passes the browser's own check, not the shop's
            browser.type("#name", "Ada <b>Lovelace</b>").type("#email", "Ada@Example").type("#password", PASSWORD).click("#sign-up");
            assertTrue(browser.text("#form-error").startsWith("E-mail address:"), browser.text("#form-error"));
            assertEquals("Ada@Example", browser.find("#email").getAttribute("value"), "what was typed is kept");
            assertEquals("Ada <b>Lovelace</b>", browser.find("#name").getAttribute("value"));
            assertEquals("", browser.find("#password").getAttribute("value"), "never a password");
            browser.type("#email", "Ada@Example.com").type("#password", PASSWORD).click("#sign-up");
            assertTrue(browser.text("#notice").contains("We mailed you a link"), browser.text("#notice"));

            browser.type("#email", "ada@example.com").type("#password", PASSWORD).click("#sign-in");
            assertTrue(browser.text("#form-error").contains("confirm your e-mail address"), "not before the address is confirmed");

            String mail = awaitMail("ada@example.com", "Confirm your e-mail address");
            assertTrue(mail.contains("Hello Ada <b>Lovelace</b>"), mail);
            browser.visit(link(mail));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "verify");
            browser.click("#confirm");
            assertTrue(browser.text("#notice").contains("confirmed"), browser.text("#notice"));

            String cartBefore = browser.cookie("fm_cart");
            assertNotNull(cartBefore);
            browser.type("#email", "ADA@example.com ").type("#password", PASSWORD).click("#sign-in");
            assertEquals("/account?notice=signed-in", browser.path());
            assertEquals("You are signed in.", browser.text("#notice"));
            assertTrue(browser.text("h1").contains("Ada <b>Lovelace</b>"), "the name is text, not markup: " + browser.text("h1"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "account");
            assertFalse(browser.scrollsSideways(), "account fits the phone");
            assertNull(browser.cookie("fm_cart"), "the cart is the customer's now, not the browser's");

            browser.type("#address-name", "Ada Lovelace").type("#address-line1", "12 St James's Square")
                    .type("#address-postal-code", "SW1Y 4JH").type("#address-city", "London").type("#address-country", "XX")
                    .click("#add-address");
            assertTrue(browser.text("#form-error").contains("Country"), browser.text("#form-error"));
            browser.type("#address-country", "gb").click("#add-address");
            assertTrue(browser.text("#addresses").contains("SW1Y 4JH London"), browser.text("#addresses"));
            assertTrue(browser.text("#addresses").contains("GB"));

            browser.open("/cart");
            assertTrue(browser.text("#cart-total").contains("29.80"), "the cart came along: " + browser.text("#cart-total"));
            browser.open("/admin/");
            assertTrue(browser.path().startsWith("/login.xhtml"), "a customer is no administrator: " + browser.path());
            browser.open("/account");
            browser.click("#sign-out");
            browser.open("/account");
            assertEquals("/account/sign-in", browser.path(), "signed out");
        }
    }

    @Test
    void signingInOnAnotherBrowserJoinsItsCartToTheCustomersOne() {
        String session = signedUpAndIn("merge@example.com");
        Reply added = shop().http().postJson("/api/storefront/cart/lines", "{\"productId\":\"acc:mug\",\"quantity\":1}").assertStatus(200);
        String cart = cookie(added, "fm_cart");
        shop().http().header("Cookie", "fm_session=" + session).postJson("/api/storefront/cart/lines",
                "{\"productId\":\"acc:mug\",\"quantity\":2}").assertStatus(200);

        Reply signIn = form("/account/sign-in", "fm_cart=" + cart, "action", "sign-in", "email", "merge@example.com", "password", PASSWORD);
        assertEquals(302, signIn.status());
        String second = cookie(signIn, "fm_session");
        assertNotEquals(session, second, "a new session id at every sign-in");
        assertEquals(3, shop().http().header("Cookie", "fm_session=" + second).get("/api/storefront/cart").json().getInt("items"),
                "2 from the customer's cart and 1 from the browser's");
        assertEquals(3, shop().http().header("Cookie", "fm_session=" + session).get("/api/storefront/cart").json().getInt("items"),
                "the first browser sees the same cart");
        assertEquals(0, shop().http().header("Cookie", "fm_cart=" + cart).get("/api/storefront/cart").json().getInt("items"),
                "the browser's old cart cookie opens nothing any more");
    }

    @Test
    void sessionCookiesAreHttpOnlySameSiteAndRenewed() {
        String session = signedUpAndIn("cookies@example.com");
        Reply again = form("/account/sign-in", "fm_session=" + session, "action", "sign-in", "email", "cookies@example.com", "password", PASSWORD);
        String setCookie = again.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fm_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "not over plain HTTP");
        assertEquals(302, shop().http().header("Cookie", "fm_session=" + session).get("/account").status(),
                "the session before the new sign-in ended");
        assertEquals(200, shop().http().header("Cookie", "fm_session=" + cookie(again, "fm_session")).get("/account").status());
    }

    @Test
    void theResetAnswersAlikeForEveryAddressAndItsLinkWorksOnceAndNotForever() throws Exception {
        String session = signedUpAndIn("reset@example.com");
        Reply unknown = form("/account/reset", "", "action", "reset-request", "email", "nobody@example.com");
        Reply known = form("/account/reset", "", "action", "reset-request", "email", "reset@example.com");
        assertEquals(unknown.status(), known.status());
        assertEquals(unknown.header("Location"), known.header("Location"), "the same answer whether or not the address has an account");
        String link = link(awaitMail("reset@example.com", "Choose a new password"));
        String secret = link.substring(link.indexOf("token=") + 6);

        Reply weak = form("/account/reset", "", "action", "reset", "link", secret, "password", "short");
        assertEquals(422, weak.status(), "a refused password leaves the link usable");
        assertEquals(302, form("/account/reset", "", "action", "reset", "link", secret, "password", "a brand new passphrase").status());
        assertEquals(422, form("/account/reset", "", "action", "reset", "link", secret, "password", "another new passphrase").status(),
                "a link works once");
        assertEquals(302, shop().http().header("Cookie", "fm_session=" + session).get("/account").status(), "every session ended");
        assertEquals(401, form("/account/sign-in", "", "action", "sign-in", "email", "reset@example.com", "password", PASSWORD).status());
        assertEquals(302, form("/account/sign-in", "", "action", "sign-in", "email", "reset@example.com", "password",
                "a brand new passphrase").status());

        form("/account/reset", "", "action", "reset-request", "email", "reset@example.com");
        String second = link(awaitMail("reset@example.com", "Choose a new password", 2));
        String expired = second.substring(second.indexOf("token=") + 6);
        sql("UPDATE storefront.customer_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL");
        assertEquals(422, form("/account/reset", "", "action", "reset", "link", expired, "password", "yet another passphrase").status(),
                "an expired link works no more");
        assertEquals(422, form("/account/reset", "", "action", "reset", "link", "A".repeat(43), "password", "yet another passphrase").status());
        assertEquals(422, form("/account/reset", "", "action", "reset", "link", "x\u0000y", "password", "yet another passphrase").status());
    }

    @Test
    void signingUpWithATakenAddressAnswersAlikeAndTellsOnlyTheMailbox() {
        signedUpAndIn("taken@example.com");
        Reply again = form("/account/sign-up", "", "action", "sign-up", "email", "taken@example.com", "name", "Mallory", "password", PASSWORD);
        Reply fresh = form("/account/sign-up", "", "action", "sign-up", "email", "fresh@example.com", "name", "Fresh", "password", PASSWORD);
        assertEquals(fresh.status(), again.status());
        assertEquals(fresh.header("Location"), again.header("Location"));
        assertTrue(awaitMail("taken@example.com", "Your account at Harbour Goods").contains("has an account already"));
        assertEquals(401, form("/account/sign-in", "", "action", "sign-in", "email", "taken@example.com", "password", "Mallory's password").status(),
                "the second sign-up changed nothing");
    }

    @Test
    void failedSignInsOfOneAccountAreRationedThenRefusedWith429() {
        signedUpAndIn("guess@example.com");
        for (int i = 0; i < 3; i++) {
            Reply wrong = form("/account/sign-in", "", "action", "sign-in", "email", "guess@example.com", "password", "wrong guess " + i);
            assertEquals(401, wrong.status());
            assertTrue(wrong.body().contains("The e-mail address or the password is wrong"), wrong.body());
        }
        Reply throttled = form("/account/sign-in", "", "action", "sign-in", "email", "guess@example.com", "password", PASSWORD);
        assertEquals(429, throttled.status(), "refused before the check, even with the right password");
        assertNotNull(throttled.header("Retry-After"));
        assertEquals(401, form("/account/sign-in", "", "action", "sign-in", "email", "nobody-at-all@example.com", "password", "x").status(),
                "an unknown address answers like a wrong password");
    }

    @Test
    void noMailboxGetsMoreThanThreeMailsAnHourFromTheShopsForms() {
        for (int i = 0; i < 3; i++) {
            assertEquals(302, form("/account/reset", "", "action", "reset-request", "email", "flood@example.com").status());
        }
        Reply refused = form("/account/reset", "", "action", "reset-request", "email", "Flood@Example.com");
        assertEquals(429, refused.status(), "the fourth, however the address is written, whether or not it has an account");
        assertNotNull(refused.header("Retry-After"));
        assertTrue(refused.body().contains("Too many attempts"), refused.body());
        assertEquals(429, form("/account/sign-up", "", "action", "sign-up", "email", "flood@example.com", "name", "F",
                "password", PASSWORD).status(), "a sign-up mails too");
    }

    @Test
    void formsFromElsewhereAreRefusedAndBadInputIsAFormMessage() {
        assertEquals(403, shop().http().send("POST", "/account/sign-up", "application/x-www-form-urlencoded",
                "action=sign-up&email=x%40example.com&name=X&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)).status(), "no token");
        assertEquals(403, shop().http().header("Cookie", "fm_form=" + FORM).header("Sec-Fetch-Site", "cross-site")
                .send("POST", "/account/sign-in", "application/x-www-form-urlencoded", "token=" + FORM + "&action=sign-in&email=a%40b.c&password=x")
                .status(), "another site");
        for (String[] bad : new String[][]{{"email", "not-an-address"}, {"email", "a\u0000@example.com"}, {"email", "x".repeat(300) + "@example.com"},
                {"name", ""}, {"name", "x".repeat(101)}, {"name", "line\nbreak"}}) {
            String email = bad[0].equals("email") ? bad[1] : "valid@example.com";
            String name = bad[0].equals("name") ? bad[1] : "Valid";
            Reply reply = form("/account/sign-up", "", "action", "sign-up", "email", email, "name", name, "password", PASSWORD);
            assertEquals(422, reply.status(), Arrays.toString(bad));
            assertTrue(reply.body().contains("id=\"form-error\""), Arrays.toString(bad));
        }
        assertEquals(302, form("/account", "", "action", "address-add", "name", "X").status(), "an address needs a session");
    }

    @Test
    void aCustomerSessionOpensNoAdminPageAndNoAdminApi() {
        String session = signedUpAndIn("intruder@example.com");
        for (String path : List.of("/admin/", "/admin/storefront/customers.xhtml", "/admin/outbox.xhtml", "/admin/inventory/index.xhtml")) {
            Reply page = shop().http().header("Cookie", "fm_session=" + session).get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.header("Location").contains("/login.xhtml"), path + " → " + page.header("Location"));
        }
        for (String path : List.of("/api/storefront/admin/customers", "/api/admin/outbox", "/api/inventory/products", "/api/admin/audit")) {
            shop().http().header("Cookie", "fm_session=" + session).header("Accept", "application/json").get(path).assertProblem(401);
        }
    }

    @Test
    void anAdministratorFindsLocksUnlocksAndRemailsCustomers() {
        String session = signedUpAndIn("locked@example.com");
        long id = shop().http().asAdmin().get("/api/storefront/admin/customers?q=locked@").assertStatus(200).jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        shop().http().asAdmin().postJson("/api/storefront/admin/customers/" + id + "/lock", "{\"reason\":\"chargebacks\"}").assertStatus(204);
        assertEquals(302, shop().http().header("Cookie", "fm_session=" + session).get("/account").status(), "its sessions ended");
        Reply refused = form("/account/sign-in", "", "action", "sign-in", "email", "locked@example.com", "password", PASSWORD);
        assertEquals(401, refused.status());
        assertTrue(refused.body().contains("locked"), refused.body());
        shop().http().asAdmin().postJson("/api/storefront/admin/customers/" + id + "/unlock", "").assertStatus(204);
        assertEquals(302, form("/account/sign-in", "", "action", "sign-in", "email", "locked@example.com", "password", PASSWORD).status());
        shop().http().asAdmin().postJson("/api/storefront/admin/customers/" + id + "/verification-mail", "").assertProblem(409);
        shop().http().asAdmin().postJson("/api/storefront/admin/customers/999999/lock", "{\"reason\":\"x\"}").assertProblem(404);
        shop().http().asAdmin().postJson("/api/storefront/admin/customers/" + id + "/lock", "{\"reason\":\"\"}").assertProblem(422);

        form("/account/sign-up", "", "action", "sign-up", "email", "unconfirmed@example.com", "name", "Unconfirmed", "password", PASSWORD);
        awaitMail("unconfirmed@example.com", "Confirm your e-mail address");
        try (Browser browser = new Browser(shop().baseUrl())) {
            browser.open("/admin/storefront/customers.xhtml");
            browser.type("#login\\:username", Cluster.ADMIN_USER).type("#login\\:password", Cluster.ADMIN_PASSWORD).click("#login\\:submit");
            browser.type("#q", "unconfirmed").click("#find input[type=submit]");
            assertEquals(1, browser.count("#customers tbody tr"));
            assertEquals("no", browser.text("#customers .verified"));
            browser.click("#customers input[value^='Mail a new']");
            assertTrue(browser.text("#notice").contains("verification link"), browser.text("#notice"));
            awaitMail("unconfirmed@example.com", "Confirm your e-mail address", 2);
            browser.type("#customers input[name=reason]", "<script>alert(1)</script>").click("#customers input[value=Lock]");
            assertTrue(browser.text("#customers .locked").contains("<script>alert(1)</script>"), "the reason is text");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "customers page");
        }
    }

    /** Signs up, confirms by the mailed link, signs in; returns the session cookie's value. */
    private static String signedUpAndIn(String email) {
        Reply signUp = form("/account/sign-up", "", "action", "sign-up", "email", email, "name", "Customer", "password", PASSWORD);
        assertEquals(302, signUp.status(), signUp.body());
        String link = link(awaitMail(email, "Confirm your e-mail address"));
        assertEquals(302, form("/account/verify", "", "action", "verify", "link", link.substring(link.indexOf("token=") + 6)).status());
        Reply signIn = form("/account/sign-in", "", "action", "sign-in", "email", email, "password", PASSWORD);
        assertEquals(302, signIn.status(), signIn.body());
        return cookie(signIn, "fm_session");
    }

    /** Posts a storefront form as the shop's own page would (with its form token), with {@code cookies} besides. */
    private static Reply form(String path, String cookies, String... fields) {
        StringBuilder body = new StringBuilder("token=" + FORM);
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return shop().http().header("Cookie", "fm_form=" + FORM + (cookies.isEmpty() ? "" : "; " + cookies))
                .send("POST", path, "application/x-www-form-urlencoded", body.toString());
    }

    private static String cookie(Reply reply, String name) {
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + reply.headers().map()));
    }

    private static String awaitMail(String to, String subject) {
        return awaitMail(to, subject, 1);
    }

    /** The text of the {@code nth} mail to {@code to} with {@code subject}, once it has arrived. */
    private static String awaitMail(String to, String subject, int nth) {
        Eventually.await(MAIL_WITHIN, nth + " mail(s) '" + subject + "' to " + to, () -> mails(to, subject).size() >= nth, true);
        return mails(to, subject).get(nth - 1);
    }

    private static List<String> mails(String to, String subject) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to) && m.getSubject().startsWith(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(GreenMailUtil::getBody).map(StorefrontAccountsIT::decoded).collect(Collectors.toList());
    }

    /** A text/plain body as sent (quoted-printable when it has long lines or non-ASCII). */
    private static String decoded(String body) {
        return body.replace("=\r\n", "").replace("=3D", "=");
    }

    private static String link(String mail) {
        Matcher m = LINK.matcher(mail);
        assertTrue(m.find(), "a link in " + mail);
        return m.group(1);
    }

    private static void sql(String statement) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "postgres");
        try (var c = new org.postgresql.Driver().connect(shop().jdbcUrl(), login); var st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static Node shop() {
        return cluster.node("acc");
    }
}
