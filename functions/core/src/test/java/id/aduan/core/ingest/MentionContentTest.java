package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.InstagramClient;
import id.aduan.core.instagram.RecordingInstagram;
import id.aduan.core.kernel.ConcurrentChangeException;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.Assessors;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.testing.Ingestions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a mention whose text Instagram held back becomes once fetched, retried or given up, on the in-memory table. */
class MentionContentTest {

    private static final Instant RECEIVED = Instant.parse("2026-08-04T02:00:00Z");
    private static final Instant NOW = RECEIVED.plus(Duration.ofMinutes(10));
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final String COMPLAINT_TEXT =
            "@pemkot lampu jalan di Jl. Cibiru Hilir mati sudah seminggu, gelap dan rawan";
    private static final Deadline PLENTY_OF_TIME = Deadline.none();

    private final InMemoryTable table = new InMemoryTable();
    private final Ingestion ingestion = Ingestions.of(table.ingestion(), RULES, Clock.fixed(RECEIVED, ZoneOffset.UTC));

    @Test
    void aFetchedCommentCompletesItsComplaintTriagedAsIfTheTextHadComeWithTheDelivery() {
        var id = mentionedInComment("1790001");
        var instagram = RecordingInstagram.mentioning(COMPLAINT_TEXT);

        var summary = contentFrom(instagram, table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary).isEqualTo(new MentionContent.Summary(1, 0, 0));
        assertThat(instagram.calls()).containsExactly("mentioned comment 1790001");
        var complaint = complaint(id);
        assertThat(complaint.text()).isEqualTo(COMPLAINT_TEXT);
        assertThat(complaint.contentPending()).isFalse();
        assertThat(complaint.reporter().username()).isEqualTo("warga");
        assertThat(complaint.triage()).isInstanceOf(TriageState.Assessed.class);
        assertThat(complaint.clocks()).isNotNull();
        assertThat(table.messages(id)).extracting(ReporterMessage::text).containsExactly(COMPLAINT_TEXT);
        assertThat(table.timeline(id)).extracting(TimelineEvent::type).contains(TimelineEvent.Type.CONTENT_FETCHED);
        assertThat(table.due(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void aCaptionIsFetchedFromItsMedia() {
        var id = complaintOf(ingestion.apply(new InstagramChange.Mention(Ingestions.ACCOUNT, null, "1800042", RECEIVED,
                null)));
        var instagram = RecordingInstagram.mentioning(COMPLAINT_TEXT);

        contentFrom(instagram, table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(instagram.calls()).containsExactly("mentioned media 1800042");
        assertThat(complaint(id).text()).isEqualTo(COMPLAINT_TEXT);
    }

    @Test
    void anAgencyAccountsMentionIsRoutedToItsDefaultUnitWhenTriageIsUnsure() {
        var id = mentionedInComment("1790001");
        var agency = new InstagramAccount(Ingestions.ACCOUNT, new Tenant("32.73"), "Dinas Sosial", AccountFlavour.FACEBOOK_LOGIN,
                "1122334455", "aduan/instagram/" + Ingestions.ACCOUNT, "SOSIAL", null);
        var vague = RecordingInstagram.mentioning("@dinsos tolong dibantu kak");
        var content = new MentionContent(table, table, account -> vague, account -> agency, Assessors.builtIn(RULES), () -> RULES, Clock.fixed(NOW, ZoneOffset.UTC));

        content.fetchDue(10, PLENTY_OF_TIME);

        assertThat(complaint(id).triage()).isInstanceOfSatisfying(TriageState.Assessed.class,
                assessed -> assertThat(assessed.suggestion().unit()).isEqualTo("SOSIAL"));
    }

    @Test
    void aPassingFailureIsTriedAgainWhenInstagramAsksAndCountsOneAttempt() {
        var id = mentionedInComment("1790001");
        var instagram = RecordingInstagram.refusing(RecordingInstagram.failure(GraphFailure.Kind.RETRYABLE,
                "too many calls", Optional.of(Duration.ofHours(2))));

        var summary = contentFrom(instagram, table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary).isEqualTo(new MentionContent.Summary(0, 1, 0));
        assertThat(table.due(NOW.plus(Duration.ofHours(2)).minusSeconds(1), 10)).isEmpty();
        assertThat(table.due(NOW.plus(Duration.ofHours(2)), 10)).singleElement()
                .satisfies(fetch -> assertThat(fetch.attempts()).isEqualTo(1));
        assertThat(complaint(id).contentPending()).isTrue();
    }

    @Test
    void retriesBackOffFromFiveMinutesAndABadTokenIsTriedAgainToo() {
        mentionedInComment("1790001");
        var badToken = RecordingInstagram.refusing(RecordingInstagram.failure(GraphFailure.Kind.TOKEN,
                "token expired", Optional.empty()));
        var fetch = table.due(NOW, 1).getFirst();
        table.retryAt(fetch, NOW);
        table.retryAt(table.due(NOW, 1).getFirst(), NOW);

        var summary = contentFrom(badToken, table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary).isEqualTo(new MentionContent.Summary(0, 1, 0));
        var twentyMinutes = NOW.plus(Duration.ofMinutes(20));
        assertThat(table.due(twentyMinutes.minusSeconds(1), 10)).isEmpty();
        assertThat(table.due(twentyMinutes, 10)).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(3));
    }

    @Test
    void aMentionInstagramWillNeverHandOverIsGivenUpAndTheTimelineSaysWhy() {
        var id = mentionedInComment("1790001");

        var summary = contentFrom(RecordingInstagram.refusingAsInvalid(), table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary).isEqualTo(new MentionContent.Summary(0, 0, 1));
        assertThat(table.due(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(table.timeline(id)).filteredOn(event -> event.type() == TimelineEvent.Type.CONTENT_UNAVAILABLE)
                .singleElement()
                .satisfies(event -> assertThat(event.details().get("problem")).contains("comment not found"));
        assertThat(complaint(id).contentPending()).isTrue();
    }

    @Test
    void afterTheLastAttemptEvenAPassingFailureGivesTheMentionUp() {
        var id = mentionedInComment("1790001");
        for (int failed = 0; failed < MentionContent.MAX_ATTEMPTS - 1; failed++) {
            table.retryAt(table.due(NOW, 1).getFirst(), NOW);
        }
        var instagram = RecordingInstagram.refusing(RecordingInstagram.failure(GraphFailure.Kind.RETRYABLE,
                "service unavailable", Optional.empty()));

        var summary = contentFrom(instagram, table).fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary).isEqualTo(new MentionContent.Summary(0, 0, 1));
        assertThat(table.timeline(id)).extracting(TimelineEvent::type).contains(TimelineEvent.Type.CONTENT_UNAVAILABLE);
    }

    @Test
    void aRunFetchesNoMoreThanItsBatchAndLeavesTheRestDue() {
        mentionedInComment("1790001");
        mentionedInComment("1790002");
        var instagram = RecordingInstagram.mentioning(COMPLAINT_TEXT);

        var summary = contentFrom(instagram, table).fetchDue(1, PLENTY_OF_TIME);

        assertThat(summary.fetched()).isEqualTo(1);
        assertThat(instagram.calls()).hasSize(1);
        assertThat(table.due(NOW, 10)).hasSize(1);
    }

    @Test
    void aRunWithLessThanFiveSecondsLeftFetchesNothing() {
        mentionedInComment("1790001");
        var instagram = RecordingInstagram.mentioning(COMPLAINT_TEXT);

        var summary = contentFrom(instagram, table).fetchDue(10, () -> Duration.ofSeconds(4));

        assertThat(summary).isEqualTo(new MentionContent.Summary(0, 0, 0));
        assertThat(instagram.calls()).isEmpty();
        assertThat(table.due(NOW, 10)).hasSize(1);
    }

    @Test
    void aStaffChangeWhileTheTextIsFetchedIsKeptAndTheTextRecordedOverIt() {
        var id = mentionedInComment("1790001");

        var summary = contentFrom(RecordingInstagram.mentioning(COMPLAINT_TEXT), new StaffChangingFirst(table, 1))
                .fetchDue(10, PLENTY_OF_TIME);

        assertThat(summary.fetched()).isEqualTo(1);
        var complaint = complaint(id);
        assertThat(complaint.version()).isEqualTo(2);
        assertThat(complaint.text()).isEqualTo(COMPLAINT_TEXT);
    }

    @Test
    void aComplaintThatNeverStopsChangingIsLeftDueForTheNextRun() {
        mentionedInComment("1790001");

        assertThatThrownBy(() -> contentFrom(RecordingInstagram.mentioning(COMPLAINT_TEXT),
                new StaffChangingFirst(table, Integer.MAX_VALUE)).fetchDue(10, PLENTY_OF_TIME))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(table.due(NOW, 10)).hasSize(1);
    }

    private ComplaintId mentionedInComment(String commentId) {
        return complaintOf(ingestion.apply(new InstagramChange.Mention(Ingestions.ACCOUNT, commentId, "1800001",
                RECEIVED, null)));
    }

    private static ComplaintId complaintOf(IngestionOutcome outcome) {
        return ((IngestionOutcome.Created) outcome).id();
    }

    private Complaint complaint(ComplaintId id) {
        return table.findComplaint(id).orElseThrow();
    }

    private MentionContent contentFrom(InstagramClient instagram, MentionFetches fetches) {
        var account = new InstagramAccount(Ingestions.ACCOUNT, new Tenant("32.73"), "Pemkot", AccountFlavour.FACEBOOK_LOGIN, "1122334455",
                "aduan/instagram/" + Ingestions.ACCOUNT, null, null);
        return new MentionContent(fetches, table, id -> instagram, id -> account, Assessors.builtIn(RULES),
                () -> RULES, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The table's fetches, with staff changing the complaint before each of its first {@code times} completions. */
    private static final class StaffChangingFirst implements MentionFetches {

        private final InMemoryTable table;
        private int times;

        StaffChangingFirst(InMemoryTable table, int times) {
            this.table = table;
            this.times = times;
        }

        @Override
        public List<PendingFetch> due(Instant now, int limit) {
            return table.due(now, limit);
        }

        @Override
        public void retryAt(PendingFetch fetch, Instant at) {
            table.retryAt(fetch, at);
        }

        @Override
        public CompletionResult complete(PendingFetch fetch, Complaint before, Complaint after, ReporterMessage opening,
                                         TimelineEvent event) {
            if (times > 0) {
                times--;
                var read = table.findComplaint(fetch.complaintId()).orElseThrow();
                table.record(read, read.toBuilder().version(read.version() + 1).build(), List.of(), List.of());
            }
            return table.complete(fetch, before, after, opening, event);
        }

        @Override
        public void abandon(PendingFetch fetch, TimelineEvent event) {
            table.abandon(fetch, event);
        }
    }
}
