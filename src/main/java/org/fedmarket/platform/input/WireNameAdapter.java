package org.fedmarket.platform.input;

import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * Binds an enum in JSON by its wire name ({@link WireNames}) rather than its Java name; a text that names no constant
 * does not bind. An enum uses it with {@code @JsonbTypeAdapter} and a subclass that names its type.
 */
public abstract class WireNameAdapter<E extends Enum<E>> implements JsonbAdapter<E, String> {

    private final Class<E> type;

    protected WireNameAdapter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String adaptToJson(E constant) {
        return WireNames.of(constant);
    }

    @Override
    public E adaptFromJson(String wireName) {
        return WireNames.parse(type, wireName).orElseThrow(() -> new IllegalArgumentException(
                "'" + wireName + "' is none of " + WireNames.all(type)));
    }
}
