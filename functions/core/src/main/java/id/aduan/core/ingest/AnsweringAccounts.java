package id.aduan.core.ingest;

import id.aduan.core.account.InstagramAccount;

/** The account a complaint came in on, retired or not: it is the one its answers and fetches use. */
public interface AnsweringAccounts {

    InstagramAccount answering(String instagramAccountId);
}
