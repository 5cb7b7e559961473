package id.aduan.core.reply;

import static id.aduan.core.reply.Placeholder.ORIGINAL_CODE;
import static id.aduan.core.reply.Placeholder.REFERRAL;
import static id.aduan.core.reply.Placeholder.TRACKING_CODE;
import static id.aduan.core.reply.Placeholder.UNIT;

import java.util.EnumSet;
import java.util.Set;

/**
 * The replies staff send as a complaint moves along, and which values each may quote. Every template
 * must quote the tracking code; some must also quote what makes them useful (the unit a complaint was
 * forwarded to, where to go instead, the original of a duplicate).
 */
public enum TemplateKey {
    ACKNOWLEDGE(Set.of(), Set.of()),
    ASK_DETAILS(Set.of(), Set.of()),
    FORWARDED(Set.of(UNIT), Set.of()),
    IN_PROGRESS(Set.of(), Set.of(UNIT)),
    RESOLVED(Set.of(), Set.of(UNIT)),
    NOT_OUR_AUTHORITY(Set.of(REFERRAL), Set.of()),
    DUPLICATE(Set.of(ORIGINAL_CODE), Set.of());

    private final Set<Placeholder> required;
    private final Set<Placeholder> allowed;

    TemplateKey(Set<Placeholder> alsoRequired, Set<Placeholder> optional) {
        var required = EnumSet.of(TRACKING_CODE);
        required.addAll(alsoRequired);
        var allowed = EnumSet.copyOf(required);
        allowed.addAll(optional);
        this.required = Set.copyOf(required);
        this.allowed = Set.copyOf(allowed);
    }

    public Set<Placeholder> required() {
        return required;
    }

    public Set<Placeholder> allowed() {
        return allowed;
    }
}
