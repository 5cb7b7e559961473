package id.aduan.core.ingest;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TrackingCode;

/** What taking in one change did. */
public sealed interface IngestionOutcome {

    /** A short name for counting outcomes in logs and metrics. */
    String kind();

    record Created(ComplaintId id, TrackingCode trackingCode) implements IngestionOutcome {
        public String kind() {
            return "created";
        }
    }

    record Attached(ComplaintId id) implements IngestionOutcome {
        public String kind() {
            return "attached";
        }
    }

    /** The team's own answer on Instagram, recorded on the complaint it answers. */
    record ResponseRecorded(ComplaintId id) implements IngestionOutcome {
        public String kind() {
            return "response";
        }
    }

    /** An edit or unsend applied to a stored message. */
    record MessageChanged(ComplaintId id) implements IngestionOutcome {
        public String kind() {
            return "changed";
        }
    }

    /** An edit or unsend kept until the message it changes arrives. */
    record AwaitingOriginal(String messageId) implements IngestionOutcome {
        public String kind() {
            return "pending";
        }
    }

    /** Taken in before: nothing changed. */
    record Duplicate() implements IngestionOutcome {
        public String kind() {
            return "duplicate";
        }
    }

    record Ignored(String reason) implements IngestionOutcome {
        public String kind() {
            return "ignored";
        }
    }

    /** For an account nobody registered: kept with its delivery until the account is registered. */
    record Held(String account) implements IngestionOutcome {
        public String kind() {
            return "held";
        }
    }

    /** Meta's dashboard test: accepted and recorded with the delivery, no complaint. */
    record TestDelivery() implements IngestionOutcome {
        public String kind() {
            return "test";
        }
    }
}
