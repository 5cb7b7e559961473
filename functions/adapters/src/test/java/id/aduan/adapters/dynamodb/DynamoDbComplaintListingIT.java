package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ComplaintPage;
import id.aduan.core.complaint.ComplaintQuery;
import id.aduan.core.complaint.ReplyTarget;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.ingest.NewComplaint;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Status;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Work queues read page by page from the indexes: merged statuses, filters and the read budget. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbComplaintListingIT {

    private static final Instant START = Instant.parse("2026-08-03T01:00:00Z");

    private ComplaintTable table;
    private final Random random = new Random(5);

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.ofTenant(deployment, "StaffApiFunction");
    }

    @Test
    void statusesAreMergedInReceivedOrderAcrossPages() {
        var expected = new ArrayList<ComplaintId>();
        for (int i = 0; i < 9; i++) {
            var complaint = seed(i, i % 3 == 0 ? "lampu mati" : "jalan rusak");
            if (i % 2 == 0) {
                complaint = moveTo(complaint, Status.NEEDS_INFO);
            }
            expected.add(complaint.id());
        }
        var listing = new DynamoDbComplaintListing(table);

        var oldestFirst = readAll(listing, query(Set.of(Status.NEW, Status.NEEDS_INFO), null, false, 4));
        var newestFirst = readAll(listing, query(Set.of(), null, true, 2));

        assertThat(oldestFirst).containsExactlyElementsOf(expected);
        assertThat(newestFirst).containsExactlyElementsOf(expected.reversed());
    }

    @Test
    void aSpentReadBudgetEndsThePageEarlyAndItsCursorResumesWithoutSkipping() {
        var matches = new ArrayList<ComplaintId>();
        for (int i = 0; i < 12; i++) {
            var complaint = seed(i, i == 10 || i == 3 ? "pohon tumbang" : "jalan rusak");
            if (i == 10 || i == 3) {
                matches.add(complaint.id());
            }
        }
        var tight = new DynamoDbComplaintListing(table, 0, 2);
        var query = query(Set.of(Status.NEW), "tumbang", false, 10);

        var pages = new ArrayList<ComplaintPage>();
        var page = tight.page(query);
        pages.add(page);
        while (page.resumeAfter().isPresent()) {
            page = tight.page(query.resumingAfter(page.resumeAfter().get()));
            pages.add(page);
        }

        assertThat(pages.size()).isGreaterThan(2);
        assertThat(pages.getFirst().complaints()).isEmpty();
        assertThat(pages.stream().flatMap(p -> p.complaints().stream()).map(Complaint::id)).containsExactlyElementsOf(matches);
    }

    private List<ComplaintId> readAll(DynamoDbComplaintListing listing, ComplaintQuery query) {
        var ids = new ArrayList<ComplaintId>();
        var page = listing.page(query);
        ids.addAll(page.complaints().stream().map(Complaint::id).toList());
        while (page.resumeAfter().isPresent()) {
            page = listing.page(query.resumingAfter(page.resumeAfter().get()));
            ids.addAll(page.complaints().stream().map(Complaint::id).toList());
        }
        return ids;
    }

    private static ComplaintQuery query(Set<Status> statuses, String text, boolean newestFirst, int limit) {
        return new ComplaintQuery(statuses, null, null, null, null, null, null, null, null, text, null, null, newestFirst,
                limit, null, false);
    }

    private Complaint moveTo(Complaint before, Status status) {
        var after = before.toBuilder().status(status).version(before.version() + 1).build();
        new DynamoDbComplaintStore(table).apply(ComplaintChange.of(before, after, List.of()));
        return after;
    }

    private Complaint seed(int minute, String text) {
        var at = START.plusSeconds(60L * minute);
        var opening = ReporterMessage.received("m" + minute, Channel.COMMENT, text, List.of(), at);
        var complaint = Complaint.open(ComplaintId.generate(at, random), TrackingCode.random(random), "1",
                new Reporter("6123", "warga"), opening, new ReplyTarget(ReplyTarget.Kind.COMMENT, "m" + minute), false,
                TriageState.PENDING, Priority.NORMAL, null);
        new DynamoDbIngestionStore(table, Clock.systemUTC()).open(new NewComplaint(complaint, opening,
                List.of(TimelineEvent.received(opening)), "m" + minute, null, null, null, null));
        return complaint;
    }
}
