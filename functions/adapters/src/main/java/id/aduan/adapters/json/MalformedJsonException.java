package id.aduan.adapters.json;

import java.io.IOException;

/** A document {@link JsonReader} cannot read; an {@link IOException}, as Jackson's parse errors are. */
public final class MalformedJsonException extends IOException {

    public MalformedJsonException(String message) {
        super(message);
    }
}
