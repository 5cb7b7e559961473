package id.aduan.core.sla;

import id.aduan.core.language.Language;
import id.aduan.core.language.Phrase;
import id.aduan.core.language.Phrasebook;

/** The four SLA clocks of a complaint, following the SP4N-LAPOR! stages. {@link #label()} is what staff see. */
public enum ClockKind {
    /** From the message to the first public reply or DM from staff. */
    FIRST_RESPONSE,
    /** From the message to VERIFIED or REJECTED. */
    VERIFICATION,
    /** From FORWARDED (disposisi to a unit) to IN_PROGRESS. */
    FOLLOW_UP,
    /** From VERIFIED to RESOLVED. */
    RESOLUTION;

    /** What staff see, in Indonesian (alerts, digests, replies). */
    public String label() {
        return label(Language.INDONESIAN);
    }

    public String label(Language language) {
        return Phrasebook.label(phrase().key(), language);
    }

    public Phrase phrase() {
        return Phrase.of("clock." + name());
    }
}
