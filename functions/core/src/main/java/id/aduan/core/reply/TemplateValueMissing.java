package id.aduan.core.reply;

/** A template quotes a placeholder the complaint has no value for (a unit before it has one). */
public final class TemplateValueMissing extends IllegalArgumentException {

    private final Placeholder placeholder;

    TemplateValueMissing(TemplateKey key, Placeholder placeholder, String trackingCode) {
        super("template " + key + " quotes " + placeholder.token() + " but complaint " + trackingCode
                + " has no value for it");
        this.placeholder = placeholder;
    }

    public Placeholder placeholder() {
        return placeholder;
    }
}
