package id.aduan.core.reply;

import java.util.List;

/** A template an admin wrote that cannot be used, with every problem found in it. */
public final class TemplateRejected extends IllegalArgumentException {

    private final TemplateKey key;
    private final List<String> problems;

    public TemplateRejected(TemplateKey key, List<String> problems) {
        super("template " + key + ": " + String.join("; ", problems));
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    public TemplateKey key() {
        return key;
    }

    public List<String> problems() {
        return problems;
    }
}
