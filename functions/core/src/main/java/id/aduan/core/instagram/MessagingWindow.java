package id.aduan.core.instagram;

/** Under which of Instagram's rules a direct message is sent. */
public enum MessagingWindow {
    /** Within 24 hours of the citizen's last message. */
    STANDARD,
    /** Tagged HUMAN_AGENT: a person answers, up to 7 days after the citizen's last message. */
    HUMAN_AGENT
}
