package org.fedmarket.platform.input;

import org.fedmarket.platform.problem.DomainException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Strict percent-decoding of a request's path and query: every {@code %} starts two hex digits of UTF-8. */
final class Escapes {

    /** A path or query with a malformed percent-escape or bytes that are not UTF-8 (400). */
    static final class MalformedException extends DomainException {
        MalformedException(String where) {
            super("malformed-escape", "Bad Request", 400,
                    "The " + where + " has a malformed percent-escape (% must start two hex digits of UTF-8)");
        }
    }

    private Escapes() {
    }

    /** {@code raw} decoded; {@code where} ("path", "query") names it in the refusal. */
    static String decode(String where, String raw) {
        return decode(where, raw, false);
    }

    /** The name–value pairs of a raw query string, decoded as forms are ({@code +} is a space). */
    static List<Map.Entry<String, String>> query(String raw) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(decode("query", name, true), decode("query", value, true)));
        }
        return pairs;
    }

    private static String decode(String where, String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new MalformedException(where);
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(where);
        }
    }
}
