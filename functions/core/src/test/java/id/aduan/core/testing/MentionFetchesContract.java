package id.aduan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.CompletionResult;
import id.aduan.core.ingest.PendingFetch;
import id.aduan.core.ingest.Superseded;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link id.aduan.core.ingest.MentionFetches}: a mention waits for its text until fetched, retried or given up. */
public abstract class MentionFetchesContract extends StoreContract {

    protected MentionFetchesContract(Supplier<Subject> subject) {
        super(subject);
    }

    @Test
    void aMentionWaitsForItsTextFromWhenItWasReceived() {
        var mention = newMention(RECEIVED);
        opened(mention);

        var due = fetches().due(Instant.now(), 10);

        assertThat(due).containsExactly(new PendingFetch(mention.complaint().id(), mention.opening().channel(),
                mention.opening().instagramId(), 0));
        assertThat(fetches().due(RECEIVED.minusSeconds(1), 10)).isEmpty();
    }

    @Test
    void aFailedFetchIsDueAgainLaterWithOneMoreAttempt() {
        var mention = newMention(RECEIVED);
        opened(mention);
        var fetch = fetches().due(Instant.now(), 10).getFirst();
        var later = Instant.now().plusSeconds(3_600);

        fetches().retryAt(fetch, later);

        assertThat(fetches().due(Instant.now(), 10)).isEmpty();
        assertThat(fetches().due(later, 10)).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(1));
    }

    @Test
    void theFetchedTextCompletesTheComplaintAndItsMessageOnce() {
        var mention = newMention(RECEIVED);
        var complaint = opened(mention);
        var fetch = fetches().due(Instant.now(), 10).getFirst();
        var text = "jembatan di kali cikapundung retak";
        var opening = mention.opening().edited(text, 0);
        var after = complaint.toBuilder().text(text).contentPending(false).build();
        var event = TimelineEvent.contentFetched(opening.instagramId(), Instant.now());

        var first = fetches().complete(fetch, complaint, after, opening, event);
        var again = fetches().complete(fetch, complaint, after, opening, event);

        assertThat(first).isEqualTo(new CompletionResult.Completed());
        assertThat(again).isEqualTo(new Superseded());
        var detail = complaints().load(complaint.id()).orElseThrow();
        assertThat(detail.complaint().text()).isEqualTo(text);
        assertThat(detail.complaint().contentPending()).isFalse();
        assertThat(detail.messages()).singleElement().satisfies(message -> assertThat(message.text()).isEqualTo(text));
        assertThat(fetches().due(Instant.now(), 10)).isEmpty();
    }

    @Test
    void aFetchGivenUpIsForgottenAndTheTimelineSaysWhy() {
        var mention = newMention(RECEIVED);
        var complaint = opened(mention);
        var fetch = fetches().due(Instant.now(), 10).getFirst();

        fetches().abandon(fetch, TimelineEvent.contentUnavailable(fetch.objectId(), "deleted", Instant.now()));

        assertThat(fetches().due(Instant.now(), 10)).isEmpty();
        assertThat(complaints().load(complaint.id()).orElseThrow().timeline()).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.CONTENT_UNAVAILABLE);
    }
}
