package id.aduan.core.complaint;

import id.aduan.core.language.Language;
import id.aduan.core.language.Phrase;
import id.aduan.core.language.Phrasebook;

/**
 * Where a complaint stands, following the SP4N-LAPOR! stages. {@link #label()} is what staff see.
 */
public enum Status {
    NEW,
    NEEDS_INFO,
    VERIFIED,
    FORWARDED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REJECTED;

    /** What staff see, in Indonesian (alerts, digests, replies). */
    public String label() {
        return label(Language.INDONESIAN);
    }

    public String label(Language language) {
        return Phrasebook.label(phrase().key(), language);
    }

    public Phrase phrase() {
        return Phrase.of("status." + name());
    }

    /** Closed and rejected complaints take no more follow-ups; a new message opens a new complaint. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }
}
