package id.aduan.core.triage;

/** What a phrase of {@code cues.tsv} says about a message, apart from which unit handles it. */
enum Cue {
    /** Something is broken, missing, dirty, late, unfair. */
    PROBLEM,
    /** The writer asks for action. */
    REQUEST,
    /** An idea for improvement: a complaint of LOW priority. */
    SUGGESTION,
    PRAISE,
    THANKS,
    GREETING,
    /** A request for information. */
    QUESTION,
    /** Chatter under a post: "hadir", "nyimak", laughter. */
    CHAT,
    PROMOTION,
    GAMBLING,
    SCAM,
    BOT,
    /** Danger to life or property. */
    DANGER,
    /** The danger is happening now. */
    ONGOING,
    /** It happens every time it rains: serious, but not an emergency now. */
    RECURRING,
    /** It could become dangerous: serious, but not an emergency now. */
    POTENTIAL,
    /** Many people or a long time are affected. */
    WIDESPREAD
}
