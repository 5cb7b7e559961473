package id.aduan.core.ingest;

import java.util.Objects;

/** The narrow ports ingestion works through, one per use case, usually all served by one table. */
public record IngestionPorts(IngestionLookup lookup, ComplaintOpening opening, FollowUpAttachment attachment,
                             ResponseRecording responses, MessageChanges messages, ReplyEchoes echoes) {

    public IngestionPorts {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(echoes, "echoes");
    }

    /** Every port served by one store. */
    public static <S extends IngestionLookup & ComplaintOpening & FollowUpAttachment & ResponseRecording
            & MessageChanges & ReplyEchoes> IngestionPorts of(S store) {
        return new IngestionPorts(store, store, store, store, store, store);
    }
}
