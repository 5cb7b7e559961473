package id.aduan.core.sla;

import id.aduan.core.language.Labelled;

/** The four SLA clocks of a complaint, following the SP4N-LAPOR! stages. {@link #label()} is what staff see. */
public enum ClockKind implements Labelled {
    /** From the message to the first public reply or DM from staff. */
    FIRST_RESPONSE,
    /** From the message to VERIFIED or REJECTED. */
    VERIFICATION,
    /** From FORWARDED (disposisi to a unit) to IN_PROGRESS. */
    FOLLOW_UP,
    /** From VERIFIED to RESOLVED. */
    RESOLUTION;

    @Override
    public String labelGroup() {
        return "clock";
    }
}
