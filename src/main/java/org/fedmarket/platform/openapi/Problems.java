package org.fedmarket.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.fedmarket.platform.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Problem answers in {@code /openapi}: one response per status, {@code application/problem+json} with the
 * {@code Problem} schema, its types listed in the description and, for tools, in {@code x-problem-types}.
 */
final class Problems {

    static final String SCHEMA_NAME = "Problem";
    static final String BLANK = "about:blank";
    static final String TYPES_EXTENSION = "x-problem-types";
    private static final String PREFIX = "urn:fedmarket:problem:";

    /** One {@link Refuses} entry: {@code "409 order-id-reused"}. */
    record Declared(int status, String type) {

        private static final Pattern FORM = Pattern.compile("([45][0-9][0-9]) (about:blank|[a-z0-9]+(?:-[a-z0-9]+)*)");

        static Declared parse(String entry) {
            Matcher m = FORM.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException("@Refuses entry '" + entry + "' is not '<4xx|5xx> <problem type>'");
            }
            return new Declared(Integer.parseInt(m.group(1)), m.group(2));
        }
    }

    private Problems() {
    }

    static void addAll(Operation operation, Map<Integer, SortedSet<String>> refusals) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        refusals.forEach((status, types) -> {
            List<String> uris = types.stream().map(Problems::uri).toList();
            APIResponse response = OASFactory.createAPIResponse()
                    .description(types.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(SCHEMA_NAME))))
                    .addExtension(TYPES_EXTENSION, uris);
            operation.getResponses().addAPIResponse(String.valueOf(status), response);
        });
    }

    static String uri(String type) {
        return BLANK.equals(type) ? BLANK : PREFIX + type;
    }
}
