package id.aduan.core.kernel;

import id.aduan.core.language.Labelled;

/**
 * Where a complaint stands, following the SP4N-LAPOR! stages. {@link #label()} is what staff see.
 */
public enum Status implements Labelled {
    NEW,
    NEEDS_INFO,
    VERIFIED,
    FORWARDED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REJECTED;

    @Override
    public String labelGroup() {
        return "status";
    }

    /** Closed and rejected complaints take no more follow-ups; a new message opens a new complaint. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }
}
