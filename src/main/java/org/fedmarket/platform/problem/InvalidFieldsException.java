package org.fedmarket.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Input with fields that break their rules: wrong JSON type, out of range, too long, control characters, missing.
 * 422 {@code validation}, with one {@code violations} entry per field, each naming the field and the rule.
 */
public class InvalidFieldsException extends DomainException {

    /** A field ({@code shipTo.name}, {@code lines[0].quantity}, a query parameter's name) and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidFieldsException(List<Violation> violations) {
        super("validation", "Unprocessable Content", 422, summary(violations));
        this.violations = violations.stream()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList();
    }

    public InvalidFieldsException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, JsonValue> extensions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        violations.forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field()).add("message", v.message())));
        return Map.of("violations", list.build());
    }

    private static String summary(List<Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).field() + " " + violations.get(0).message();
        }
        return violations.size() + " fields are invalid; see violations";
    }
}
