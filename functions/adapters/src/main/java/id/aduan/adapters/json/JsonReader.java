package id.aduan.adapters.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Reads a UTF-8 JSON document into a {@link JsonValue}, accepting what Jackson's default parser accepts
 * (no comments, no trailing commas, no unescaped control characters, no leading zeros) and, as Jackson's
 * {@code readTree} does, reading an empty document as {@link JsonValue.Missing} and ignoring what follows
 * the first value.
 */
public final class JsonReader {

    /** Deeper than this is an attack, not an event (Jackson's own limit is 1000). */
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    public static JsonValue read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    public static JsonValue read(byte[] utf8) throws IOException {
        try {
            return read(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("the document is not UTF-8");
        }
    }

    public static JsonValue read(String text) throws MalformedJsonException {
        var reader = new JsonReader(text);
        if (reader.position < text.length() && text.charAt(0) == '\uFEFF') {
            reader.position++;
        }
        reader.skipWhitespace();
        if (reader.position == text.length()) {
            return JsonValue.Missing.VALUE;
        }
        return reader.value();
    }

    private JsonValue value() throws MalformedJsonException {
        skipWhitespace();
        if (position == text.length()) {
            throw failure("the document ends where a value was expected");
        }
        char next = text.charAt(position);
        return switch (next) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonValue.TextValue(string());
            case 't' -> literal("true", new JsonValue.BooleanValue(true));
            case 'f' -> literal("false", new JsonValue.BooleanValue(false));
            case 'n' -> literal("null", JsonValue.NullValue.VALUE);
            default -> {
                if (next == '-' || isDigit(next)) {
                    yield number();
                }
                throw failure("unexpected character '" + next + "' where a value was expected");
            }
        };
    }

    private JsonValue object() throws MalformedJsonException {
        enter();
        position++;
        var fields = new LinkedHashMap<String, JsonValue>();
        skipWhitespace();
        if (consume('}')) {
            depth--;
            return new JsonValue.ObjectValue(fields);
        }
        do {
            skipWhitespace();
            if (position == text.length() || text.charAt(position) != '"') {
                throw failure("a field name was expected");
            }
            var name = string();
            skipWhitespace();
            if (!consume(':')) {
                throw failure("':' was expected after a field name");
            }
            fields.put(name, value());
            skipWhitespace();
        } while (consume(','));
        if (!consume('}')) {
            throw failure("',' or '}' was expected in an object");
        }
        depth--;
        return new JsonValue.ObjectValue(fields);
    }

    private JsonValue array() throws MalformedJsonException {
        enter();
        position++;
        var elements = new ArrayList<JsonValue>();
        skipWhitespace();
        if (consume(']')) {
            depth--;
            return new JsonValue.ArrayValue(elements);
        }
        do {
            elements.add(value());
            skipWhitespace();
        } while (consume(','));
        if (!consume(']')) {
            throw failure("',' or ']' was expected in an array");
        }
        depth--;
        return new JsonValue.ArrayValue(elements);
    }

    private String string() throws MalformedJsonException {
        position++;
        var out = new StringBuilder();
        while (true) {
            if (position == text.length()) {
                throw failure("the document ends inside a string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw failure("unescaped control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position == text.length()) {
                throw failure("the document ends inside a string");
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw failure("unknown escape '\\" + escaped + "' in a string");
            }
        }
    }

    private char unicodeEscape() throws MalformedJsonException {
        if (position + 4 > text.length()) {
            throw failure("the document ends inside a \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw failure("a \\u escape needs four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private JsonValue number() throws MalformedJsonException {
        int start = position;
        consume('-');
        if (consume('0')) {
            if (position < text.length() && isDigit(text.charAt(position))) {
                throw failure("a number may not start with a leading zero");
            }
        } else if (!digits()) {
            throw failure("a digit was expected in a number");
        }
        boolean integral = true;
        if (consume('.')) {
            integral = false;
            if (!digits()) {
                throw failure("a digit was expected after a decimal point");
            }
        }
        if (consume('e') || consume('E')) {
            integral = false;
            if (!consume('+')) {
                consume('-');
            }
            if (!digits()) {
                throw failure("a digit was expected in an exponent");
            }
        }
        return new JsonValue.NumberValue(text.substring(start, position), integral);
    }

    private boolean digits() {
        int start = position;
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        return position > start;
    }

    private JsonValue literal(String word, JsonValue value) throws MalformedJsonException {
        if (!text.startsWith(word, position)) {
            throw failure("unrecognised token where a value was expected");
        }
        position += word.length();
        return value;
    }

    private void enter() throws MalformedJsonException {
        if (++depth > MAX_DEPTH) {
            throw failure("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private MalformedJsonException failure(String problem) {
        return new MalformedJsonException(problem + " (at character " + (position + 1) + ")");
    }
}
