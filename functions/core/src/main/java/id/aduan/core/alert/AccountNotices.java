package id.aduan.core.alert;

/**
 * The operational notices raised about an account (a token about to lapse, a failed refresh, a missing
 * subscription, a silence), each at most once: the notice is recorded together with its alert in the
 * alert outbox, in one write, so it is neither lost nor raised twice.
 */
public interface AccountNotices {

    /** Records the notice and its alert, leased to the caller; false when the notice was raised before. */
    boolean raiseOnce(String account, String notice, RecordedAlert alert);
}
