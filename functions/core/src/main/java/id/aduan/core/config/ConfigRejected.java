package id.aduan.core.config;

/** A configuration section that cannot be used, with the field at fault. */
public final class ConfigRejected extends IllegalArgumentException {

    private final String field;

    public ConfigRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
