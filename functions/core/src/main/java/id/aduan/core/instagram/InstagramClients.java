package id.aduan.core.instagram;

/** The Graph API as each Instagram account reaches it: with that account's own token. */
@FunctionalInterface
public interface InstagramClients {

    /** The client that acts as the account a complaint came in on. */
    InstagramClient of(String instagramAccountId);
}
