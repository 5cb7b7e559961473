package id.aduan.adapters.instagram;

/**
 * Where the Graph API client gets its access token for each call; an implementation caches the
 * secret and picks up a rotated token. Nothing that receives the token may log it.
 */
@FunctionalInterface
public interface AccessTokenSource {

    String accessToken();

    /** Instagram refused the token: forget any cached copy, so the next call reads a rotated one. */
    default void invalidate() {
    }
}
