package id.aduan.core.health;

/** Which kind of access token an account uses; it decides how the token's life is kept. */
public enum TokenKind {
    /** Instagram Login: an Instagram user token that lives 60 days and can be refreshed once a day old. */
    INSTAGRAM_USER,
    /** Facebook Login: a Page token; Aduan cannot refresh it, only ask Meta how long it lives (debug_token). */
    PAGE
}
