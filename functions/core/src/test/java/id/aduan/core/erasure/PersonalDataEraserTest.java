package id.aduan.core.erasure;

import static id.aduan.core.erasure.ErasureFixtures.personal;
import static id.aduan.core.erasure.ErasureFixtures.reject;
import static id.aduan.core.erasure.ErasureFixtures.worked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.access.NotPermitted;
import id.aduan.core.access.Role;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.PersonalDataErasure;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataEraserTest {

    private static final StaffMember ADMIN = new StaffMember("admin-1", "Dina", Set.of(Role.ADMIN), null);
    private static final String REASON = "permintaan warga lewat DM 3 Desember 2026";

    private final InMemoryPersonalDataStore store = new InMemoryPersonalDataStore();

    private PersonalDataEraser eraserAt(Instant now) {
        return new PersonalDataEraser(store, RetentionPolicy.TWO_YEARS, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aCitizensRequestErasesEachOfTheirComplaintsOpenOnesTooAndRecordsWhoAskedAndWhy() {
        var open = worked();
        var rejected = worked(reject());
        store.add(open);
        store.add(rejected);
        var now = Instant.parse("2026-09-01T02:00:00Z");

        var erased = eraserAt(now).eraseCitizen(ADMIN, ErasureFixtures.USER_ID, REASON);

        assertThat(erased).containsExactlyInAnyOrder(open.complaint().trackingCode(), rejected.complaint().trackingCode());
        assertThat(store.complaints.values()).allSatisfy(detail -> {
            assertThat(personal()).allSatisfy(value -> assertThat(detail.toString()).doesNotContain(value));
            assertThat(detail.timeline().getLast()).satisfies(record -> {
                assertThat(record.type()).isEqualTo(TimelineEvent.Type.PERSONAL_DATA_ERASED);
                assertThat(record.at()).isEqualTo(now);
                assertThat(record.actor().id()).isEqualTo("admin-1");
                assertThat(record.reason()).isEqualTo(REASON);
                assertThat(record.details()).isEqualTo(Map.of("basis", "CITIZEN_REQUEST"));
            });
        });
        assertThat(store.complaints.get(open.complaint().id()).complaint().clocks())
                .isEqualTo(open.complaint().clocks());
    }

    @Test
    void onlyAnAdminErasesACitizensData() {
        store.add(worked());
        var triage = new StaffMember("t-1", "Tia", Set.of(Role.TRIAGE), null);

        assertThatThrownBy(() -> eraserAt(Instant.parse("2026-09-01T02:00:00Z"))
                .eraseCitizen(triage, ErasureFixtures.USER_ID, REASON))
                .isInstanceOf(NotPermitted.class);
        assertThat(store.complaints.values().iterator().next().toString()).contains(personal());
    }

    @Test
    void retentionErasesComplaintsClosedLongerAgoThanThePeriodAndKeepsTheRest() {
        var rejected = worked(reject());
        var open = worked();
        store.add(rejected);
        store.add(open);
        var closedAt = RetentionPolicy.closedAt(rejected);

        var early = eraserAt(closedAt.plus(Duration.ofDays(729))).eraseExpired(10);
        var due = eraserAt(closedAt.plus(Duration.ofDays(730))).eraseExpired(10);

        assertThat(early.erased()).isZero();
        assertThat(due.erased()).isEqualTo(1);
        assertThat(store.complaints.get(rejected.complaint().id()).complaint().reporter().isErased()).isTrue();
        assertThat(store.complaints.get(rejected.complaint().id()).timeline().getLast().details())
                .isEqualTo(Map.of("basis", "RETENTION_PERIOD"));
        assertThat(store.complaints.get(open.complaint().id())).isEqualTo(open);
    }

    @Test
    void aComplaintClosedLaterThanItsOwnTimesSayIsFiledUnderItsClosingAndKeptUntilThen() {
        var rejected = worked(reject());
        store.add(rejected);
        var closedAt = RetentionPolicy.closedAt(rejected);
        assertThat(RetentionPolicy.closedNoEarlierThan(rejected.complaint())).isBefore(closedAt);
        var now = RetentionPolicy.closedNoEarlierThan(rejected.complaint()).plus(Duration.ofDays(730)).plusSeconds(1);

        var run = eraserAt(now).eraseExpired(10);
        var again = eraserAt(now).eraseExpired(10);

        assertThat(run.notYetExpired()).isEqualTo(1);
        assertThat(again.notYetExpired()).isZero();
        assertThat(store.complaints.get(rejected.complaint().id())).isEqualTo(rejected);
    }

    @Test
    void aRunErasesAtMostItsLimitAndSaysMoreAreWaitingForTheNext() {
        for (int i = 0; i < 3; i++) {
            store.add(worked(reject()));
        }
        var later = Instant.parse("2030-01-01T00:00:00Z");

        var first = eraserAt(later).eraseExpired(2);
        var second = eraserAt(later).eraseExpired(2);
        var third = eraserAt(later).eraseExpired(2);

        assertThat(first).isEqualTo(new PersonalDataEraser.RetentionRun(2, 0, true));
        assertThat(second).isEqualTo(new PersonalDataEraser.RetentionRun(1, 0, false));
        assertThat(third).isEqualTo(new PersonalDataEraser.RetentionRun(0, 0, false));
        assertThat(store.complaints.values()).extracting(ComplaintDetail::complaint)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.REJECTED))
                .allSatisfy(c -> assertThat(c.text()).isEqualTo(PersonalDataErasure.MARKER));
    }

    @Test
    void aRetentionPeriodIsPositive() {
        assertThatThrownBy(() -> RetentionPolicy.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
