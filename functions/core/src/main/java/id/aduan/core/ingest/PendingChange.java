package id.aduan.core.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * Edits and unsends of a message, merged: the latest edit wins, and an unsent message stays unsent.
 * Held on a placeholder claim when they arrive before the message they change.
 */
public record PendingChange(String text, int editNumber, boolean unsent, Instant at) {

    public PendingChange {
        Objects.requireNonNull(at, "at");
    }

    public static PendingChange edit(String text, int editNumber, Instant at) {
        return new PendingChange(text, editNumber, false, at);
    }

    public static PendingChange unsend(Instant at) {
        return new PendingChange(null, 0, true, at);
    }

    public PendingChange merge(PendingChange later) {
        boolean laterEditWins = later.editNumber > editNumber;
        return new PendingChange(laterEditWins ? later.text : text, Math.max(editNumber, later.editNumber),
                unsent || later.unsent, later.at.isAfter(at) ? later.at : at);
    }

    public boolean hasEdit() {
        return editNumber > 0;
    }

    /** Whether merging {@code later} into this would change nothing (a redelivered edit or unsend). */
    public boolean covers(PendingChange later) {
        return later.editNumber <= editNumber && (!later.unsent || unsent);
    }
}
