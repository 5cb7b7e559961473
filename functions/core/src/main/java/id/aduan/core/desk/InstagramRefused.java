package id.aduan.core.desk;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.language.Explained;
import id.aduan.core.language.Phrase;

/** Instagram did not do what was asked (answered 502 with Meta's reason, never the token). */
public final class InstagramRefused extends RuntimeException implements Explained {

    private final GraphFailure failure;

    public InstagramRefused(GraphFailure failure) {
        super(failure.summary());
        this.failure = failure;
    }

    public GraphFailure failure() {
        return failure;
    }

    /** Meta's own words stay as Meta wrote them. */
    @Override
    public Phrase explanation() {
        return Phrase.of("error.instagramRefused", failure.summary());
    }
}
