package id.aduan.core.ingest;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintStore;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import id.aduan.core.instagram.InstagramClients;
import id.aduan.core.instagram.Mention;
import id.aduan.core.kernel.ConcurrentChangeException;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.sla.SlaRules;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Fetches the text of @mentions (Facebook Login delivers only their ids), then triages the complaint
 * they opened as if the text had come with the delivery: topic, unit suggestion (an agency account's
 * default unit included), priority, SLA targets.
 */
public final class MentionContent {

    /** After this many failed fetches the mention stays without text and staff are told on its timeline. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final int CONTENTION_ATTEMPTS = 4;

    private final MentionFetches fetches;
    private final ComplaintStore complaints;
    private final InstagramClients instagram;
    private final AnsweringAccounts accounts;
    private final Assessor assessor;
    private final Supplier<SlaRules> rules;
    private final Clock clock;

    public MentionContent(MentionFetches fetches, ComplaintStore complaints, InstagramClients instagram,
                          AnsweringAccounts accounts, Assessor assessor, Supplier<SlaRules> rules, Clock clock) {
        this.fetches = fetches;
        this.complaints = complaints;
        this.instagram = instagram;
        this.accounts = accounts;
        this.assessor = assessor;
        this.rules = rules;
        this.clock = clock;
    }

    /** What one run did. */
    public record Summary(int fetched, int retrying, int abandoned) {

        public static final Summary NOTHING = new Summary(0, 0, 0);

        /** What this run and {@code other} did together (one run of each tenant's mentions). */
        public Summary plus(Summary other) {
            return new Summary(fetched + other.fetched, retrying + other.retrying, abandoned + other.abandoned);
        }
    }

    public Summary fetchDue(int limit, Deadline deadline) {
        int fetched = 0;
        int retrying = 0;
        int abandoned = 0;
        for (PendingFetch fetch : fetches.due(clock.instant(), limit)) {
            if (deadline.remaining().compareTo(Duration.ofSeconds(5)) < 0) {
                break;
            }
            var detail = mentioned(fetch);
            var account = instagram.of(detail.complaint().account());
            var result = fetch.channel() == Channel.MENTION_MEDIA
                    ? account.fetchMentionedMedia(fetch.objectId())
                    : account.fetchMentionedComment(fetch.objectId());
            switch (result) {
                case GraphResult.Success<Mention>(var mention) -> {
                    record(fetch, detail, mention);
                    fetched++;
                }
                case GraphResult.Failure<Mention>(var failure) when retryable(failure, fetch) -> {
                    fetches.retryAt(fetch, clock.instant().plus(delay(fetch.attempts() + 1, failure)));
                    retrying++;
                }
                case GraphResult.Failure<Mention>(var failure) -> {
                    fetches.abandon(fetch, TimelineEvent.contentUnavailable(fetch.objectId(), failure.summary(),
                            clock.instant()));
                    abandoned++;
                }
            }
        }
        return new Summary(fetched, retrying, abandoned);
    }

    /**
     * Records the fetched text over the complaint as {@code readBefore} had it, if it is still so; a staff
     * change since (while Instagram answered) is read and the text recorded over it.
     */
    private void record(PendingFetch fetch, ComplaintDetail readBefore, Mention mention) {
        var detail = readBefore;
        for (int tries = 0; tries < CONTENTION_ATTEMPTS; tries++) {
            if (tries > 0) {
                detail = mentioned(fetch);
            }
            var before = detail.complaint();
            var opening = detail.messages().getFirst().edited(mention.text(), 0);
            var assessment = assessor.assess(opening, before.reporter().instagramId(), null, false)
                    .routedBy(accounts.answering(before.account()));
            var after = withContent(before, mention, assessment);
            var event = TimelineEvent.contentFetched(mention.instagramId(), clock.instant());
            if (fetches.complete(fetch, before, after, opening, event) instanceof CompletionResult.Completed) {
                return;
            }
        }
        throw new ConcurrentChangeException("complaint kept changing while its mention was fetched: "
                + fetch.complaintId());
    }

    private ComplaintDetail mentioned(PendingFetch fetch) {
        return complaints.load(fetch.complaintId()).orElseThrow(
                () -> new IllegalStateException("mentioned complaint " + fetch.complaintId() + " is missing"));
    }

    private Complaint withContent(Complaint before, Mention mention, Assessment assessment) {
        var now = clock.instant();
        var clocks = before.clocks() == null || assessment.clocks() == null ? assessment.clocks()
                : before.clocks().onPriorityChange(assessment.priority(), now, rules.get())
                        .onCategoryChange(assessment.clocks().category(), now, rules.get());
        return before.toBuilder()
                .text(mention.text())
                .reporter(new Reporter(before.reporter().instagramId(), mention.username()))
                .contentPending(false)
                .triage(assessment.triage())
                .priority(assessment.priority())
                .clocks(clocks)
                .build();
    }

    /** Transient failures and token problems (the reply sender alerts operations) are tried again. */
    private static boolean retryable(GraphFailure failure, PendingFetch fetch) {
        return fetch.attempts() + 1 < MAX_ATTEMPTS
                && (failure.retryable() || failure.kind() == GraphFailure.Kind.TOKEN);
    }

    private static Duration delay(int failures, GraphFailure failure) {
        var backoff = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
        var wait = failure.retryAfter().filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
