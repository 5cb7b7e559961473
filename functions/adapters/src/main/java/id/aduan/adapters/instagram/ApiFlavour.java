package id.aduan.adapters.instagram;

import java.net.URI;

/** The two ways an Instagram professional account can be connected to the app; each has its own host. */
public enum ApiFlavour {
    /** Business Login for Instagram: an Instagram user token, no Facebook Page needed. */
    INSTAGRAM_LOGIN(URI.create("https://graph.instagram.com")),
    /** Facebook Login for Business: a Page token of the Facebook Page linked to the account. */
    FACEBOOK_LOGIN(URI.create("https://graph.facebook.com"));

    private final URI host;

    ApiFlavour(URI host) {
        this.host = host;
    }

    public URI host() {
        return host;
    }
}
