package id.aduan.core.triage;

/** Why a message looks like an open complaint, strongest first. */
public enum DuplicateReason {
    /** The same reporter, in the same comment thread or DM conversation. */
    SAME_THREAD,
    /** Nearly the same text, whoever wrote it. */
    SAME_TEXT,
    /** The same place and topic, within a few days. */
    SAME_PLACE_AND_TOPIC
}
