package id.aduan.core.health;

/**
 * An account's token secret (today the deployment's one Instagram secret), read fresh and written back
 * whole: only the token and its life change, every other field is kept.
 */
public interface TokenSecret {

    /** The current token and what the secret records about it; a life recorded for another token is unknown. */
    StoredToken read();

    /**
     * Stores a new token and its life in place of {@code read}; false, with nothing changed, when the
     * secret got a new current version since {@code read} was read (another run, or a person).
     */
    boolean replace(StoredToken read, String token, TokenLife life);
}
