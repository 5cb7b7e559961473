package id.aduan.core.ingest;

/**
 * How applying an edit or unsend to a stored message ended. Only {@link Changed} wrote anything;
 * {@link Superseded} when the message was changed since it was read (a concurrent or repeated change).
 */
public sealed interface MessageChangeResult permits MessageChangeResult.Changed, Superseded {

    record Changed() implements MessageChangeResult {
    }
}
