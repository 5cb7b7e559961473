package id.aduan.core.account;

/** How an Instagram professional account is connected to the Meta app (INSTAGRAM.md, "Two API flavours"). */
public enum AccountFlavour {
    /** Business Login for Instagram: an Instagram user token, refreshed every day. */
    INSTAGRAM_LOGIN,
    /** Facebook Login for Business: a Page token of the Facebook Page linked to the account. */
    FACEBOOK_LOGIN
}
