package id.aduan.adapters.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A function's configuration, read once from its environment (set by {@code template.yaml} in AWS, by
 * the local run and the tests elsewhere). A missing required setting fails at start with its name.
 */
public final class Settings {

    private final Map<String, String> values;

    public Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public String required(String name) {
        var value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("setting " + name + " is required but not set");
        }
        return value;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public int integer(String name, int defaultValue) {
        return optional(name).map(Integer::parseInt).orElse(defaultValue);
    }

    public String region() {
        return optional("AWS_REGION").orElse("ap-southeast-3");
    }

    /** Set for the local run and tests, which talk to an emulator instead of AWS. */
    public Optional<URI> endpointOverride() {
        return optional("AWS_ENDPOINT_URL").map(URI::create);
    }

    /**
     * The table the function works on: {@code TABLE_NAME_OVERRIDE} when set (a table restored to a point
     * in time, switched to by the {@code TableNameOverride} parameter), else the stack's {@code TABLE_NAME}.
     */
    public String tableName() {
        return optional("TABLE_NAME_OVERRIDE").orElseGet(() -> required("TABLE_NAME"));
    }

    public Map<String, String> asMap() {
        return values;
    }
}
