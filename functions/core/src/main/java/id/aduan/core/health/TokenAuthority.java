package id.aduan.core.health;

import id.aduan.core.instagram.GraphResult;

/** Meta's side of an access token: refreshing an Instagram user token, inspecting any token. */
public interface TokenAuthority {

    /** {@code GET /refresh_access_token?grant_type=ig_refresh_token}: a new 60-day token. */
    GraphResult<RefreshedToken> refresh(String token);

    /** {@code GET /debug_token}: whether the token is valid and when it lapses. */
    GraphResult<TokenInspection> inspect(String token);
}
