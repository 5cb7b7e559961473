package id.aduan.core.alert;

import id.aduan.core.kernel.Tenant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message for the people who must act: an SLA warning or breach, a daily digest, or an operational
 * problem (an expired Instagram token). Never carries a reporter's personal data.
 *
 * @param id         stable for the same alert, so a retried publish can be recognised downstream
 * @param kind       what kind of alert it is
 * @param subject    a one-line summary (e-mail subject)
 * @param text       the full text, in Bahasa Indonesia
 * @param attributes routing facts (unit, level, clock, tracking code) for subscriptions and chat channels
 * @param tenant     the government whose complaints it is about, named when it is published; none for
 *                   an operations alert, which is the platform's
 */
public record Alert(String id, Kind kind, String subject, String text, Map<String, String> attributes,
                    Optional<Tenant> tenant) {

    public enum Kind { SLA_WARNING, SLA_BREACH, DIGEST, OPERATIONS }

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        tenant = tenant == null ? Optional.empty() : tenant;
    }

    /** An alert that names no tenant yet: the one who publishes it knows whose it is. */
    public Alert(String id, Kind kind, String subject, String text, Map<String, String> attributes) {
        this(id, kind, subject, text, attributes, Optional.empty());
    }

    /** The same alert, naming the government it is about. */
    public Alert about(Tenant tenant) {
        return new Alert(id, kind, subject, text, attributes, Optional.of(tenant));
    }

    /** The same alert with other routing facts. */
    public Alert withAttributes(Map<String, String> changed) {
        return new Alert(id, kind, subject, text, changed, tenant);
    }
}
