package id.aduan.core.alert;

import java.util.Map;
import java.util.Objects;

/**
 * A message for the people who must act: an SLA warning or breach, a daily digest, or an operational
 * problem (an expired Instagram token). Never carries a reporter's personal data.
 *
 * @param id         stable for the same alert, so a retried publish can be recognised downstream
 * @param kind       what kind of alert it is
 * @param subject    a one-line summary (e-mail subject)
 * @param text       the full text, in Bahasa Indonesia
 * @param attributes routing facts (unit, level, clock, tracking code) for subscriptions and chat channels
 */
public record Alert(String id, Kind kind, String subject, String text, Map<String, String> attributes) {

    public enum Kind { SLA_WARNING, SLA_BREACH, DIGEST, OPERATIONS }

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
