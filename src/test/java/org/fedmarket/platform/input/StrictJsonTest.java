package org.fedmarket.platform.input;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.fedmarket.platform.problem.InvalidFieldsException.Violation;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binding never coerces: every value either fits its Java type exactly or is refused naming its field. */
class StrictJsonTest {

    record Line(String productId, Integer quantity, BigDecimal unitPrice) {
    }

    record Order(String orderId, List<Line> lines, Map<String, BigDecimal> rates, boolean gift, long revision) {
    }

    private static List<Violation> check(String json, Type type) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return StrictJson.check(value, type);
    }

    private static String fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).sorted().toList().toString();
    }

    @Property
    void aWholeNumberFitsAnIntegerExactlyWhenItIsInRange(@ForAll long value) {
        boolean fits = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        List<Violation> violations = check("{\"quantity\": " + value + "}", Line.class);
        assertEquals(fits ? List.of() : List.of("quantity"), violations.stream().map(Violation::field).toList());
    }

    @Property
    void numbersBeyondLongAreRefusedForLongs(@ForAll BigInteger value) {
        boolean fits = value.bitLength() < 64;
        List<Violation> violations = check("{\"revision\": " + value + ", \"gift\": false}", Order.class);
        assertEquals(fits, violations.isEmpty(), violations.toString());
    }

    @Property
    void aFractionIsNeverAWholeNumber(@ForAll int whole, @ForAll @CharRange(from = '1', to = '9') char fraction) {
        assertEquals("[quantity]", fields(check("{\"quantity\": " + whole + "." + fraction + "}", Line.class)));
        assertEquals("[]", fields(check("{\"quantity\": " + whole + ".0}", Line.class)), "1.0 is the whole number 1");
    }

    @Property
    void wrongJsonTypesAreRefusedNotConverted(@ForAll @StringLength(max = 20) @Chars({'a', '5', ' '}) String text) {
        String quoted = Json.createValue(text).toString();
        assertEquals("[quantity, unitPrice]", fields(check("{\"quantity\": " + quoted + ", \"unitPrice\": " + quoted + "}", Line.class)));
        assertEquals("[productId]", fields(check("{\"productId\": 123}", Line.class)));
        assertEquals("[productId]", fields(check("{\"productId\": true}", Line.class)));
        assertEquals("[gift]", fields(check("{\"gift\": \"true\", \"revision\": 1}", Order.class)));
    }

    @Property
    void controlCharactersAreRefusedAtAnyDepthAndTabsAndNewlinesAreNot(@ForAll @CharRange(from = 0, to = 0x9f) char c) {
        String escaped = String.format("\\u%04x", (int) c);
        boolean forbidden = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f;
        List<Violation> violations = check("{\"orderId\": \"a" + escaped + "\", \"gift\": false, \"revision\": 1,"
                + " \"lines\": [{\"productId\": \"p" + escaped + "\"}], \"rates\": {\"EUR" + escaped + "\": 1}}", Order.class);
        assertEquals(forbidden ? "[lines[0].productId, orderId, rates]" : "[]", fields(violations));
    }

    @Property
    void moneyOutsideItsDigitsIsRefused(@ForAll BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        boolean fits = stripped.precision() - stripped.scale() <= StrictJson.MAX_DIGITS && stripped.scale() <= StrictJson.MAX_DECIMALS;
        assertEquals(fits, check("{\"unitPrice\": " + amount.toString() + "}", Line.class).isEmpty());
    }

    @Test
    void hugeExponentsAreRefusedCheaply() {
        assertEquals("[quantity, unitPrice]", fields(check("{\"quantity\": 1e1000000000, \"unitPrice\": 1e-1000000000}", Line.class)));
    }

    @Test
    void primitivesAreRequiredAndWrappersMayBeNull() {
        assertEquals("[gift, revision]", fields(check("{}", Order.class)));
        assertEquals("[]", fields(check("{\"quantity\": null, \"productId\": null}", Line.class)));
    }

    @Test
    void structureMismatchesNameTheField() {
        assertEquals("[body]", fields(check("[1, 2]", Line.class)));
        assertEquals("[lines]", fields(check("{\"lines\": {}, \"gift\": false, \"revision\": 1}", Order.class)));
        assertEquals("[lines[1]]", fields(check("{\"lines\": [{}, 5], \"gift\": false, \"revision\": 1}", Order.class)));
    }

    @Test
    void unknownMembersAreIgnored() {
        assertTrue(check("{\"quantity\": 1, \"comment\": \"later versions add members\"}", Line.class).isEmpty());
    }
}
