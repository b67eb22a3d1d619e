package org.fedmarket.platform.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The trace context as a W3C {@code traceparent} value, to store with work that continues later, and
 * spans that continue a stored one. With tracing off (OTEL_SDK_DISABLED=true) there is no context:
 * {@link #current()} is null and spans do nothing.
 */
@ApplicationScoped
public class Traces {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    OpenTelemetry telemetry;
    @Inject
    Tracer tracer;

    /** The current trace context as a {@code traceparent} value, or null when there is none. */
    public String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts a span of {@code kind} that continues {@code traceparent} (a new trace when it is null);
     * the caller makes it current, ends it, and passes {@link #headers} on.
     */
    public Span start(String name, SpanKind kind, String traceparent) {
        Context parent = traceparent == null ? Context.root()
                : telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /** Adds the current trace context's headers ({@code traceparent}, {@code tracestate}) through {@code header}. */
    public void headers(BiConsumer<String, String> header) {
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        carrier.forEach(header);
    }
}
