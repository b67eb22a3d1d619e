package it.org.fedmarket;

import it.org.fedmarket.support.Browser;
import it.org.fedmarket.support.Cluster;
import it.org.fedmarket.support.Eventually;
import it.org.fedmarket.support.Node;
import it.org.fedmarket.support.Reply;
import jakarta.json.JsonObject;
import org.fedmarket.devtools.BenchFederation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static it.org.fedmarket.support.NodeSpec.hub;
import static it.org.fedmarket.support.NodeSpec.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop's storefront over real nodes: shop-a sells its own products and shop-b's (a partner that shares its inventory
 * and lets shop-a promote its products); customers search both in one box, typos included, and open product pages.
 */
class StorefrontIT {

    private static final Duration WITHIN = Duration.ofSeconds(40);

    @RegisterExtension
    static final Cluster cluster = Cluster.of(hub("sf-hub"),
            shop("sf-a", "sf-hub").modules("federation,inventory,storefront")
                    .env("FEDMARKET_STOREFRONT_NAME", "Alpine Outfitters")
                    // it polls its partner's catalogue hourly: a change there reaches it by the partner's notice
                    .env("FEDMARKET_FEDERATION_CATALOGUE_SYNC_INTERVAL", "PT1H")
                    .env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"),
            shop("sf-b", "sf-hub").env("FEDMARKET_FEDERATION_REGISTRY_POLL_INTERVAL", "PT1S"));

    /** Own products of shop-a: sku → name, description, price in USD. */
    static final Map<String, String[]> OWN = new LinkedHashMap<>();
    /** Products of the partner shop-b. */
    static final Map<String, String[]> PARTNER = new LinkedHashMap<>();

    static {
        own("wool-socks", "Merino wool socks", "Warm socks knitted from merino wool.", "14.90");
        own("run-socks", "Running socks", "Light breathable socks with a padded heel.", "9.50");
        own("enamel-mug", "Enamel camping mug", "A 350 ml enamel mug for every trip.", "12.00");
        own("knit-cap", "Knitted cap", "Hand-knitted cap in forest green.", "24.00");
        own("tote-bag", "Canvas tote bag", "Heavy cotton canvas with reinforced handles.", "18.75");
        own("rain-jacket", "Waterproof rain jacket", "Light jacket that keeps the rain out.", "89.00");
        own("down-vest", "Down vest", "Warm goose down vest for cold mornings.", "120.00");
        own("hiking-boots", "Leather hiking boots", "Sturdy boots with ankle support for mountain trails.", "149.00");
        own("trail-shoes", "Trail running shoes", "Grippy soles for muddy trails.", "110.00");
        own("water-bottle", "Steel water bottle", "Keeps drinks cold for 24 hours.", "22.00");
        own("headlamp", "LED headlamp", "Bright 300 lumen headlamp with red light mode.", "35.00");
        own("tent", "Two-person tent", "Lightweight dome tent for backpacking.", "260.00");
        own("sleeping-bag", "Sleeping bag", "Mummy sleeping bag rated to minus five degrees.", "180.00");
        own("stove", "Camping stove", "Compact gas stove that boils water in three minutes.", "45.00");
        own("thermos", "Vacuum flask", "Keeps coffee hot all day.", "28.00");
        own("gloves", "Fleece gloves", "Soft fleece gloves with touchscreen fingertips.", "19.00");
        own("scarf", "Cashmere scarf", "A soft cashmere scarf in charcoal grey.", "75.00");
        own("sunglasses", "Polarized sunglasses", "Sunglasses that cut glare on water and snow.", "65.00");
        own("backpack", "Daypack 20 litres", "A 20 litre backpack with a laptop sleeve.", "70.00");
        own("umbrella", "Compact umbrella", "Folding umbrella that fits in a bag.", "16.00");
        own("xss", "<script>alert('x')</script> Trick socks", "<b>bold</b> & <img src=x onerror=alert(1)>", "5.00");
        partner("b-socks", "Bamboo socks", "Soft bamboo fibre socks, five pairs.", "11.00");
        partner("b-mug", "Ceramic coffee mug", "Hand-glazed ceramic mug for coffee or tea.", "15.00");
        partner("b-teapot", "Cast iron teapot", "Japanese cast iron teapot with infuser.", "48.00");
        partner("b-kettle", "Electric kettle", "A 1.7 litre kettle that boils water fast.", "39.00");
        partner("b-grinder", "Coffee grinder", "Burr grinder for fresh coffee every morning.", "55.00");
        partner("b-candle", "Beeswax candle", "Hand-poured beeswax candle with a honey scent.", "12.00");
        partner("b-blanket", "Wool blanket", "A heavy wool blanket for cold nights.", "95.00");
        partner("b-cushion", "Linen cushion", "Linen cushion cover in sand colour.", "25.00");
        partner("b-lamp", "Reading lamp", "Adjustable reading lamp with warm light.", "42.00");
        partner("b-notebook", "Dotted notebook", "A5 notebook with dotted pages.", "8.00");
    }

    @BeforeAll
    static void theShopsArePartnersAndTheStorefrontListsBoth() {
        BenchFederation.join(hubNode(), a());
        BenchFederation.join(hubNode(), b());
        importProducts(a(), OWN);
        importProducts(b(), PARTNER);
        Eventually.await(WITHIN, "shop-a knows shop-b", () -> a().http().asAdmin().get("/api/federation/directory").body()
                .contains("\"sf-b\""), true);
        String partnership = a().http().asAdmin().postJson("/api/federation/partnerships",
                "{\"partner\":\"sf-b\",\"asked\":[\"share-inventory\",\"sell\",\"co-promote\"],\"offered\":[]}")
                .assertStatus(201).json().getString("id");
        Eventually.await(WITHIN, "shop-b has the request", () -> b().http().asAdmin().get("/api/federation/partnerships/"
                + partnership).status(), 200);
        b().http().asAdmin().postJson("/api/federation/partnerships/" + partnership + "/acceptance", "").assertStatus(200);
        Eventually.await(WITHIN, "shop-a's partnership is active", () -> a().http().asAdmin().get("/api/federation/partnerships/"
                + partnership).json().getString("status"), "active");
        a().http().asAdmin().postJson("/api/federation/feeds/sf-b/sync", "").assertStatus(200); // the first fetch; then notices
        Eventually.await(WITHIN, "shop-a's storefront sells every product of both", () -> search("").getJsonNumber("total")
                .longValue(), (long) (OWN.size() + PARTNER.size()));
    }

    @Test
    void oneBoxFindsOwnAndPartnersProductsWithFacets() {
        JsonObject page = search("socks");
        Set<String> found = ids(page);
        assertTrue(found.containsAll(Set.of("sf-a:wool-socks", "sf-a:run-socks", "sf-b:b-socks")), found.toString());
        assertEquals(Set.of("sf-a", "sf-b"), page.getJsonObject("facets").getJsonArray("sellers").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("value")).collect(Collectors.toSet()));
        JsonObject bamboo = page.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals("sf-b:b-socks")).findFirst().orElseThrow();
        assertEquals("sf-b", bamboo.getString("seller"), "who ships it");
        assertFalse(bamboo.getBoolean("own"));

        JsonObject onlyPartner = json("/api/storefront/search?q=socks&seller=sf-b");
        assertEquals(Set.of("sf-b:b-socks"), ids(onlyPartner));
        assertEquals(1, onlyPartner.getJsonNumber("total").longValue());
        assertEquals(2, onlyPartner.getJsonObject("facets").getJsonArray("sellers").size(),
                "a seller facet still offers the other seller while one is chosen");
        JsonObject cheap = json("/api/storefront/search?q=socks&maxPrice=10");
        assertEquals(Set.of("sf-a:run-socks", "sf-a:xss"), ids(cheap));
    }

    @Test
    void misspeltWordsAreCorrectedAndTheCorrectionIsShown() {
        JsonObject page = search("sokcs");
        assertEquals("socks", page.getString("correctedQuery"));
        assertTrue(ids(page).contains("sf-b:b-socks"), ids(page).toString());
        assertTrue(absent(search("socks"), "correctedQuery"), "a known word is not corrected");
    }

    /** The relevance set: a query, and the products one of which must come first. */
    @Test
    void theRelevanceSetFindsTheExpectedProductFirst() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("merino", Set.of("wool-socks"));
        expected.put("merino socks", Set.of("wool-socks"));
        expected.put("sokcs", Set.of("wool-socks", "run-socks", "b-socks", "xss"));
        expected.put("running socks", Set.of("run-socks"));
        expected.put("runing socks", Set.of("run-socks"));
        expected.put("bamboo", Set.of("b-socks"));
        expected.put("bambo socks", Set.of("b-socks"));
        expected.put("enamel mug", Set.of("enamel-mug"));
        expected.put("ceramic mug", Set.of("b-mug"));
        expected.put("mug", Set.of("enamel-mug", "b-mug"));
        expected.put("teapot", Set.of("b-teapot"));
        expected.put("cast iron", Set.of("b-teapot"));
        expected.put("kettle", Set.of("b-kettle"));
        expected.put("ketle", Set.of("b-kettle"));
        expected.put("coffee grinder", Set.of("b-grinder"));
        expected.put("coffee", Set.of("b-grinder", "b-mug"));
        expected.put("beeswax", Set.of("b-candle"));
        expected.put("wool blanket", Set.of("b-blanket"));
        expected.put("blankte", Set.of("b-blanket"));
        expected.put("rain jacket", Set.of("rain-jacket"));
        expected.put("watreproof jacket", Set.of("rain-jacket"));
        expected.put("down vest", Set.of("down-vest"));
        expected.put("hiking boots", Set.of("hiking-boots"));
        expected.put("boots", Set.of("hiking-boots"));
        expected.put("trail shoes", Set.of("trail-shoes"));
        expected.put("headlmap", Set.of("headlamp"));
        expected.put("tent", Set.of("tent"));
        expected.put("sleeping bag", Set.of("sleeping-bag"));
        expected.put("stove", Set.of("stove"));
        expected.put("flask", Set.of("thermos"));
        expected.put("fleece gloves", Set.of("gloves"));
        expected.put("casmere scarf", Set.of("scarf"));
        expected.put("sunglasses", Set.of("sunglasses"));
        expected.put("backpack", Set.of("backpack"));
        expected.put("umbrela", Set.of("umbrella"));
        expected.put("notebook", Set.of("b-notebook"));
        expected.put("reading lamp", Set.of("b-lamp"));
        expected.put("linen", Set.of("b-cushion"));
        expected.put("knitted cap", Set.of("knit-cap"));
        expected.put("bottle", Set.of("water-bottle"));
        expected.put("headlamp", Set.of("headlamp"));
        expected.put("jacket", Set.of("rain-jacket"));
        expected.put("candle", Set.of("b-candle"));
        List<String> misses = new ArrayList<>();
        for (var e : expected.entrySet()) {
            List<JsonObject> results = search(e.getKey()).getJsonArray("results").getValuesAs(JsonObject.class);
            String first = results.isEmpty() ? "(nothing)" : results.get(0).getString("id");
            String sku = first.substring(first.indexOf(':') + 1);
            if (!e.getValue().contains(sku)) {
                misses.add(e.getKey() + " → " + first);
            }
        }
        assertEquals(List.of(), misses, "queries whose first result is not an expected product");
    }

    @Test
    void pagesFollowByCursorWithoutRepeatsOrGaps() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json("/api/storefront/search?sort=price-asc&limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            page.getJsonArray("results").getValuesAs(JsonObject.class).forEach(r -> {
                assertTrue(seen.add(r.getString("id")), "repeated " + r.getString("id"));
                order.add(r.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().toPlainString());
            });
            cursor = absent(page, "nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(OWN.size() + PARTNER.size(), seen.size());
        List<java.math.BigDecimal> prices = order.stream().map(java.math.BigDecimal::new).toList();
        assertEquals(prices.stream().sorted().toList(), prices, "cheapest first across pages");
    }

    @Test
    void aProductPageSaysWhoShipsItAndFormatsThePriceForTheCustomer() {
        JsonObject page = a().http().header("Accept-Language", "de-DE").get("/api/storefront/products/sf-b:b-teapot")
                .assertStatus(200).json();
        JsonObject offer = page.getJsonObject("offer");
        assertEquals("Cast iron teapot", offer.getString("name"));
        assertEquals("sf-b", offer.getString("seller"));
        assertEquals("48.00", offer.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertTrue(offer.getJsonObject("price").getString("formatted").contains("48,00"), offer.toString());
        assertEquals("Japanese cast iron teapot with infuser.", page.getString("description"));
        Set<String> related = a().http().get("/api/storefront/products/sf-a:wool-socks").assertStatus(200).json()
                .getJsonArray("related").getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).collect(Collectors.toSet());
        assertTrue(related.contains("sf-b:b-socks") && related.contains("sf-a:run-socks") && !related.contains("sf-a:wool-socks"),
                related.toString());
        a().http().get("/api/storefront/products/sf-b:nothing").assertProblem(404);
        a().http().get("/api/storefront/products/" + "x".repeat(300)).assertProblem(404);

        try (Browser browser = new Browser(a().baseUrl())) {
            browser.open("/products/sf-b:b-teapot");
            assertEquals("Cast iron teapot", browser.text("#product-name"));
            assertTrue(browser.text("#product-seller").contains("shipped by"), browser.text("#product-seller"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
        }
    }

    @Test
    void aPriceChangeAtTheSellerReachesTheStorefront() {
        a().http().asAdmin().send("PUT", "/api/inventory/products/umbrella", "application/json",
                "{\"name\":\"Compact umbrella\",\"description\":\"Folding umbrella that fits in a bag.\",\"price\":17.50,"
                        + "\"currency\":\"USD\"}").assertStatus(200);
        Eventually.await(Duration.ofSeconds(5), "the own price change is searchable", () -> search("umbrella")
                .getJsonArray("results").getJsonObject(0).getJsonObject("price").getJsonNumber("amount").bigDecimalValue()
                .toPlainString(), "17.50");
        long changed = System.nanoTime();
        b().http().asAdmin().send("PUT", "/api/inventory/products/b-candle", "application/json",
                "{\"name\":\"Beeswax candle\",\"description\":\"Hand-poured beeswax candle with a honey scent.\",\"price\":13.00,"
                        + "\"currency\":\"USD\"}").assertStatus(200);
        // shop-a polls hourly: only shop-b's catalogue notice brings the change this soon
        Eventually.await(Duration.ofSeconds(10), "the partner's price change reaches the reseller's storefront", () -> search("beeswax")
                .getJsonArray("results").getJsonObject(0).getJsonObject("price").getJsonNumber("amount").bigDecimalValue()
                .toPlainString(), "13.00");
        System.out.printf("A partner's price change was searchable on the reseller's storefront after %d ms%n",
                (System.nanoTime() - changed) / 1_000_000);
        JsonObject forged = a().http().send("POST", "/api/federation/catalogue-notices", "application/jose", "not.a.jws")
                .assertProblem(401);
        assertEquals("urn:fedmarket:problem:signature-invalid", forged.getString("type"));
    }

    @Test
    void badInputIsRefusedClearlyAndMarkupIsShownAsText() {
        for (String query : List.of("q=a%00b", "q=" + "x".repeat(201), "sort=cheapest", "cursor=garbage&sort=newest",
                "limit=0", "limit=1e3", "minPrice=-1", "minPrice=20&maxPrice=10", "seller=%3Cscript%3E", "availability=soon")) {
            JsonObject problem = a().http().get("/api/storefront/search?" + query).assertProblem(422);
            assertEquals("urn:fedmarket:problem:validation", problem.getString("type"), query);
        }
        a().http().get("/search?q=a%00b").assertStatus(200); // the page says what is wrong
        try (Browser browser = new Browser(a().baseUrl())) {
            browser.open("/search?sort=cheapest");
            assertTrue(browser.text("#search-error").contains("sort"), browser.text("#search-error"));
            browser.open("/search?q=trick");
            assertTrue(browser.pageSource().contains("&lt;script&gt;alert"), "the name is shown as text");
            assertEquals(0L, browser.script("return document.querySelectorAll('#results script, #results b').length;"));
        }
    }

    @Test
    void theStorefrontWorksOnAPhoneAndEveryPageIsAccessible() {
        try (Browser browser = new Browser(a().baseUrl())) {
            browser.phone();
            browser.open("/");
            assertTrue(browser.count("#featured .offer") > 0, "featured products");
            assertTrue(browser.count("#featured [data-product^='sf-b:']") > 0, "a partner's co-promoted product is featured");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "home");
            assertFalse(browser.scrollsSideways(), "home fits the phone");
            browser.type("#q", "sokcs").click(".search-box button");
            assertTrue(browser.text("#corrected").contains("socks"));
            assertTrue(browser.count("#results .offer") >= 3);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "search");
            assertFalse(browser.scrollsSideways(), "search fits the phone");
            browser.open("/search?q=zzzzqqq");
            assertNotNull(browser.find("#no-results"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "empty search");
            browser.open("/products/sf-a:wool-socks");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "product");
            assertFalse(browser.scrollsSideways(), "product fits the phone");
            browser.open("/products/sf-a:missing");
            assertNotNull(browser.find("#not-found"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "missing product");
            browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">');");
            assertTrue(browser.seriousAccessibilityViolations().stream().anyMatch(v -> v.startsWith("image-alt")),
                    "the checker finds an image without a text alternative (it looks at what the tests show it)");
        }
        assertEquals(404, a().http().get("/products/sf-a:missing").status());
    }

    @Test
    void aCustomerFillsACartFromTwoSellersAndSeesAPriceChangePlainly() {
        try (Browser browser = new Browser(a().baseUrl())) {
            browser.open("/products/sf-a:gloves");
            browser.type("#quantity", "2").click("#add-to-cart");
            assertTrue(browser.path().startsWith("/cart"), browser.path());
            assertEquals("Added to your cart.", browser.text("#notice"));
            browser.open("/products/sf-b:b-notebook").click("#add-to-cart");
            assertEquals(2, browser.count(".cart-seller"), "grouped by who ships");
            assertTrue(browser.text("#seller-sf-b").contains("Dotted notebook"));
            assertTrue(browser.text("#cart-total").contains("46.00"), browser.text("#cart-total")); // 2 × 19.00 + 8.00
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "cart");

            b().http().asAdmin().send("PUT", "/api/inventory/products/b-notebook", "application/json",
                    "{\"name\":\"Dotted notebook\",\"description\":\"A5 notebook with dotted pages.\",\"price\":9.00,"
                            + "\"currency\":\"USD\"}").assertStatus(200);
            Eventually.await(WITHIN, "the cart shows the new price with the old one", () -> {
                browser.open("/cart");
                return browser.count(".price-change") == 1 && browser.text(".price-change").matches(".*was .*8\\.00.*now .*9\\.00.*");
            }, true);
            assertTrue(browser.text("#cart-total").contains("47.00"), "the total is at today's price");
            browser.click("#accept-changes");
            assertEquals(0, browser.count(".price-change"), "accepted changes are not shown again");

            browser.open("/cart");
            browser.type("#quantity-sf-a\\:gloves", "3").click("#seller-sf-a .quantity-form button");
            assertTrue(browser.text("#cart-total").contains("66.00"), browser.text("#cart-total")); // 3 × 19.00 + 9.00
            browser.click("#seller-sf-a .remove-form button");
            assertEquals(1, browser.count(".cart-line"));
            String cookie = browser.cookie("fm_cart");
            assertNotNull(cookie, "the cart lives in a cookie");
        }
    }

    @Test
    void theCartApiKeepsTheCartInAnHttpOnlyCookieAndRefusesWhatMakesNoSense() {
        Reply added = a().http().postJson("/api/storefront/cart/lines", "{\"productId\":\"sf-a:tent\",\"quantity\":1}").assertStatus(200);
        String setCookie = added.header("Set-Cookie");
        assertTrue(setCookie.startsWith("fm_cart=") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        JsonObject cart = a().http().header("Cookie", cookie).get("/api/storefront/cart").assertStatus(200).json();
        assertEquals(1, cart.getInt("items"));
        assertEquals("sf-a", cart.getJsonArray("sellers").getJsonObject(0).getString("seller"));
        a().http().header("Cookie", cookie).postJson("/api/storefront/cart/lines", "{\"productId\":\"sf-a:tent\",\"quantity\":2}")
                .assertStatus(200);
        assertEquals(3, a().http().header("Cookie", cookie).get("/api/storefront/cart").json().getInt("items"));

        assertEquals("urn:fedmarket:problem:validation", a().http().header("Cookie", cookie)
                .postJson("/api/storefront/cart/lines", "{\"productId\":\"sf-a:tent\",\"quantity\":0}").assertProblem(422).getString("type"));
        assertEquals("urn:fedmarket:problem:validation", a().http().header("Cookie", cookie)
                .postJson("/api/storefront/cart/lines", "{\"productId\":\"sf-a:tent\",\"quantity\":\"2\"}").assertProblem(422).getString("type"));
        a().http().header("Cookie", cookie).postJson("/api/storefront/cart/lines", "{\"productId\":\"sf-a:nothing\",\"quantity\":1}")
                .assertProblem(404);
        a().http().header("Cookie", "fm_cart=forged").send("PUT", "/api/storefront/cart/lines/sf-a:tent", "application/json",
                "{\"quantity\":1}").assertProblem(404);
        assertEquals(0, a().http().header("Cookie", "fm_cart=" + "A".repeat(43)).get("/api/storefront/cart").json().getInt("items"),
                "a cart no one made is empty");
    }

    @Test
    void aFormFromAnotherSiteOrWithoutItsTokenChangesNoCart() {
        assertEquals(403, a().http().send("POST", "/cart", "application/x-www-form-urlencoded",
                "action=add&productId=sf-a:tent&quantity=1").status(), "no token");
        assertEquals(403, a().http().header("Cookie", "fm_form=AAAAAAAAAAAAAAAAAAAAAA")
                .send("POST", "/cart", "application/x-www-form-urlencoded",
                        "token=BBBBBBBBBBBBBBBBBBBBBB&action=add&productId=sf-a:tent&quantity=1").status(), "another token");
        assertEquals(403, a().http().header("Cookie", "fm_form=AAAAAAAAAAAAAAAAAAAAAA").header("Sec-Fetch-Site", "cross-site")
                .send("POST", "/cart", "application/x-www-form-urlencoded",
                        "token=AAAAAAAAAAAAAAAAAAAAAA&action=add&productId=sf-a:tent&quantity=1").status(), "another site");
        Reply own = a().http().header("Cookie", "fm_form=AAAAAAAAAAAAAAAAAAAAAA").header("Sec-Fetch-Site", "same-origin")
                .send("POST", "/cart", "application/x-www-form-urlencoded",
                        "token=AAAAAAAAAAAAAAAAAAAAAA&action=add&productId=sf-a:tent&quantity=1");
        assertEquals(302, own.status(), "the shop's own form is taken");
        assertTrue(own.header("Set-Cookie").startsWith("fm_cart="));
        String cart = own.header("Set-Cookie").substring(0, own.header("Set-Cookie").indexOf(';'));
        Reply tooMany = a().http().header("Cookie", "fm_form=AAAAAAAAAAAAAAAAAAAAAA; " + cart)
                .send("POST", "/cart", "application/x-www-form-urlencoded",
                        "token=AAAAAAAAAAAAAAAAAAAAAA&action=quantity&productId=sf-a:tent&quantity=500");
        assertTrue(tooMany.header("Location").endsWith("/cart?notice=quantity-invalid"), tooMany.header("Location"));
        assertEquals(1, a().http().header("Cookie", cart).get("/api/storefront/cart").json().getInt("items"), "unchanged");
    }

    @Test
    void aShopWithoutTheStorefrontModuleServesNoneOfIt() {
        b().http().get("/api/storefront/search?q=socks").assertProblem(404);
        assertEquals(404, b().http().get("/search?q=socks").status());
        assertEquals(404, b().http().get("/storefront/search.xhtml").status());
        assertEquals(404, b().http().get("/storefront/theme.css").status());
        assertEquals(404, b().http().get("/cart").status());
        assertEquals(404, b().http().get("/account/sign-in").status());
        assertEquals(404, b().http().send("POST", "/account/sign-in", "application/x-www-form-urlencoded", "action=sign-in").status());
        b().http().asAdmin().get("/admin/storefront/customers.xhtml").assertProblem(404);
        b().http().asAdmin().get("/api/storefront/admin/customers").assertProblem(404);
        b().http().get("/api/storefront/cart").assertProblem(404);
        assertFalse(b().http().get("/").body().contains("Featured products"));
        assertFalse(b().http().get("/openapi").body().contains("/api/storefront"));
        assertTrue(a().http().get("/openapi").body().contains("/api/storefront/search"));
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static JsonObject search(String q) {
        return json("/api/storefront/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static JsonObject json(String path) {
        Reply reply = a().http().get(path);
        return reply.assertStatus(200).json();
    }

    private static Set<String> ids(JsonObject page) {
        return page.getJsonArray("results").getValuesAs(JsonObject.class).stream().map(r -> r.getString("id"))
                .collect(Collectors.toSet());
    }

    private static void importProducts(Node node, Map<String, String[]> products) {
        String body = products.entrySet().stream().map(e -> "{\"sku\":\"" + e.getKey() + "\",\"name\":" + quote(e.getValue()[0])
                + ",\"description\":" + quote(e.getValue()[1]) + ",\"price\":" + e.getValue()[2]
                + ",\"currency\":\"USD\",\"stock\":50}").collect(Collectors.joining(",", "[", "]"));
        node.http().asAdmin().postJson("/api/inventory/products/import", body).assertStatus(200);
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static void own(String sku, String name, String description, String price) {
        OWN.put(sku, new String[]{name, description, price});
    }

    private static void partner(String sku, String name, String description, String price) {
        PARTNER.put(sku, new String[]{name, description, price});
    }

    private static Node hubNode() {
        return cluster.node("sf-hub");
    }

    private static Node a() {
        return cluster.node("sf-a");
    }

    private static Node b() {
        return cluster.node("sf-b");
    }
}
