package org.fedmarket.platform.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import org.fedmarket.platform.problem.InvalidFieldsException;
import org.fedmarket.platform.problem.InvalidFieldsException.Violation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a parsed JSON document against the Java type it is bound to, before binding, so that binding never
 * coerces: a number where a number is wanted (integral and in range for whole-number types), a string where a
 * string is, {@code true}/{@code false} for booleans, objects for records and maps, arrays for collections —
 * and every string, at any depth, under the one {@link Text} rule. Members the type does not know are ignored
 * (FEDERATION.md, Conventions). Each wrong field is reported with its path, e.g. {@code lines[0].quantity}.
 */
public final class StrictJson {

    /** Decimal numbers beyond this many significant digits or decimals are refused rather than carried. */
    static final int MAX_DIGITS = 30;
    static final int MAX_DECIMALS = 12;

    private StrictJson() {
    }

    /** Made at first use: the checks need no JSON-B provider, binding does. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** {@code value} bound to {@code type} when it binds without coercion; else 422 naming every wrong field. */
    public static <T> T bind(JsonValue value, Type type) {
        List<Violation> violations = check(value, type);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        return Binding.JSONB.fromJson(value.toString(), type);
    }

    /** Every violation of {@code value} against {@code type}; empty when it binds without coercion. */
    public static List<Violation> check(JsonValue value, Type type) {
        List<Violation> violations = new ArrayList<>();
        check("", value, type, violations);
        return violations;
    }

    private static void check(String path, JsonValue value, Type type, List<Violation> out) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                out.add(new Violation(name(path), "is required"));
            }
            return;
        }
        if (raw == String.class || raw.isEnum()) {
            text(path, value, out, s -> null);
        } else if (raw == Integer.class || raw == int.class) {
            whole(path, value, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE), out);
        } else if (raw == Long.class || raw == long.class) {
            whole(path, value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE), out);
        } else if (raw == Short.class || raw == short.class) {
            whole(path, value, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE), out);
        } else if (raw == BigInteger.class) {
            whole(path, value, BigInteger.TEN.pow(MAX_DIGITS).negate(), BigInteger.TEN.pow(MAX_DIGITS), out);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            decimal(path, value, out);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                out.add(new Violation(name(path), "must be true or false, not " + describe(value)));
            }
        } else if (raw == LocalDate.class) {
            text(path, value, out, s -> parses(() -> LocalDate.parse(s), "must be a date like 2026-12-31"));
        } else if (raw == Instant.class) {
            text(path, value, out, s -> parses(() -> Instant.parse(s), "must be an instant like 2026-12-31T23:59:00Z"));
        } else if (raw == OffsetDateTime.class) {
            text(path, value, out, s -> parses(() -> OffsetDateTime.parse(s), "must be a time like 2026-12-31T23:59:00Z"));
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                out.add(new Violation(name(path), "must be an array, not " + describe(value)));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(path + "[" + i + "]", array.get(i), element, out);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                out.add(new Violation(name(path), "must be an object, not " + describe(value)));
                return;
            }
            Type member = argument(type, 1);
            object.forEach((key, v) -> {
                Text.problem(key).ifPresent(p -> out.add(new Violation(name(path), "has a key that " + p)));
                check(join(path, key), v, member, out);
            });
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                out.add(new Violation(name(path), "must be an object, not " + describe(value)));
                return;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                String member = memberName(component);
                check(join(path, member), object.get(member), component.getGenericType(), out);
            }
        } else {
            strings(path, value, out); // free-form JSON, or a type JSON-B binds by itself: the text rule still holds
        }
    }

    private static void text(String path, JsonValue value, List<Violation> out, Function<String, String> format) {
        if (!(value instanceof JsonString string)) {
            out.add(new Violation(name(path), "must be a string, not " + describe(value)));
            return;
        }
        Text.problem(string.getString()).ifPresentOrElse(p -> out.add(new Violation(name(path), p)), () -> {
            String wrong = format.apply(string.getString());
            if (wrong != null) {
                out.add(new Violation(name(path), wrong));
            }
        });
    }

    private static void whole(String path, JsonValue value, BigInteger min, BigInteger max, List<Violation> out) {
        if (!(value instanceof JsonNumber number)) {
            out.add(new Violation(name(path), "must be a whole number, not " + describe(value)));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.precision() - decimal.scale() > MAX_DIGITS + 1) {
            out.add(new Violation(name(path), "must be between " + min + " and " + max));
        } else if (decimal.stripTrailingZeros().scale() > 0) {
            out.add(new Violation(name(path), "must be a whole number, not " + decimal.toPlainString()));
        } else if (decimal.compareTo(new BigDecimal(min)) < 0 || decimal.compareTo(new BigDecimal(max)) > 0) {
            out.add(new Violation(name(path), "must be between " + min + " and " + max));
        }
    }

    private static void decimal(String path, JsonValue value, List<Violation> out) {
        if (!(value instanceof JsonNumber number)) {
            out.add(new Violation(name(path), "must be a number, not " + describe(value)));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
        if (decimal.precision() - decimal.scale() > MAX_DIGITS) {
            out.add(new Violation(name(path), "must have at most " + MAX_DIGITS + " digits before the decimal point"));
        } else if (decimal.scale() > MAX_DECIMALS) {
            out.add(new Violation(name(path), "must have at most " + MAX_DECIMALS + " decimals"));
        }
    }

    /** Free-form JSON: only the text rule applies, to every string and key in it. */
    private static void strings(String path, JsonValue value, List<Violation> out) {
        switch (value.getValueType()) {
            case STRING -> Text.problem(((JsonString) value).getString()).ifPresent(p -> out.add(new Violation(name(path), p)));
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    strings(path + "[" + i + "]", array.get(i), out);
                }
            }
            case OBJECT -> value.asJsonObject().forEach((key, v) -> {
                Text.problem(key).ifPresent(p -> out.add(new Violation(name(path), "has a key that " + p)));
                strings(join(path, key), v, out);
            });
            default -> {
            }
        }
    }

    private static String parses(Runnable parse, String rule) {
        try {
            parse.run();
            return null;
        } catch (DateTimeParseException e) {
            return rule;
        }
    }

    private static String memberName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException impossible) {
                property = null;
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
