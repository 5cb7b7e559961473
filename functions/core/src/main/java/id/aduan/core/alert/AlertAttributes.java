package id.aduan.core.alert;

/**
 * The routing facts an alert carries as SNS message attributes, named once: e-mail subscription filter
 * policies and the chat notifier's routes match on them. None of them is personal data. {@link #BREACHES}
 * and {@link #ESCALATIONS} stay in the outbox, where the digest counts them: SNS allows ten attributes a
 * message.
 */
public final class AlertAttributes {

    /** The unit (OPD code) that holds the complaint, or {@link #TRIAGE_TEAM} before it is forwarded. */
    public static final String UNIT = "unit";
    /** The {@link id.aduan.core.sla.AlertLevel} of an SLA alert. */
    public static final String LEVEL = "level";
    /** The {@link id.aduan.core.sla.ClockKind} of an SLA alert. */
    public static final String CLOCK = "clock";
    public static final String TRACKING_CODE = "trackingCode";
    /**
     * The correlation id of the complaint an alert is about, so that the notifier's lines join the
     * complaint's story; a grouped alert, about many complaints, carries none.
     */
    public static final String CORRELATION_ID = "correlationId";
    /** The clocks whose breach (level 1) an SLA alert raises, with when it happened: {@link Breach}es. */
    public static final String BREACHES = "breaches";
    /** The clocks whose level-3 escalation an SLA alert raises, with when it fell due: {@link Breach}es. */
    public static final String ESCALATIONS = "escalations";
    /** Who must act: one of {@link Audience}. */
    public static final String AUDIENCE = "audience";
    /** The alert's {@link Alert.Kind}; the publisher adds it to every message. */
    public static final String KIND = "kind";
    /** The alert's stable id; the publisher adds it to every message. */
    public static final String ALERT_ID = "alertId";
    /**
     * The government an SLA alert or digest is about, on a stack serving several ({@link Alert#tenant}); the
     * publisher adds it, so that an e-mail subscription can take one government's alerts. An operations
     * alert names none.
     */
    public static final String TENANT = "tenant";

    /**
     * The unit a complaint belongs to before staff forward it to one: the social-media team that triages
     * it owns its first-response and verification clocks.
     */
    public static final String TRIAGE_TEAM = "TRIASE";

    private AlertAttributes() {
    }

    /** Who an alert is for, following the escalation levels of WORKFLOW-AND-SLA.md. */
    public enum Audience {
        /** Level 1: the assignee and the unit's channel (also warnings and a unit's daily digest). */
        UNIT,
        /** Level 2: the unit's supervisor. */
        SUPERVISOR,
        /** Level 3: the communications office, the triage team and admins (also the city-wide digest). */
        COMMUNICATIONS,
        /** The people who run Aduan: alarms and failures. */
        OPERATIONS
    }
}
