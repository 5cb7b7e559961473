package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.kernel.Status;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Every workflow move, its validation and its version checks, through the real handler. */
class WorkflowRoutesIT extends StaffApiTestCase {

    @Test
    void aComplaintGoesFromTriageToClosureAndEveryMoveIsInItsTimeline() {
        var id = seed.comment("Jalan di Jl. Cibiru Hilir berlubang besar", now).id().value();

        var verified = triage.act(id, Bodies.verify("BINA_MARGA_SDA", 1));
        var forwarded = triage.act(id, "{\"action\": \"FORWARD\", \"version\": 2, \"note\": \"mohon segera\"}");
        var agent = api.as("agent", "BINA_MARGA_SDA");
        var started = agent.act(id, "{\"action\": \"START_FOLLOW_UP\", \"version\": 3}");
        var resolved = agent.act(id, "{\"action\": \"RESOLVE\", \"version\": 4, \"note\": \"sudah ditambal\"}");
        var closed = triage.act(id, "{\"action\": \"CLOSE\", \"version\": 5}");

        assertThat(List.of(verified, forwarded, started, resolved, closed)).extracting(StaffApi.Response::status)
                .containsOnly(200);
        assertThat(verified.json().path("unit").path("code").asText()).isEqualTo("BINA_MARGA_SDA");
        assertThat(verified.header("etag")).isEqualTo("\"2\"");
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        var stored = api.stored(id);
        assertThat(stored.complaint().status()).isEqualTo(Status.CLOSED);
        assertThat(stored.complaint().version()).isEqualTo(6);
        assertThat(stored.timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.STATUS_CHANGED)
                .extracting(event -> event.details().get("to"))
                .containsExactly("VERIFIED", "FORWARDED", "IN_PROGRESS", "RESOLVED", "CLOSED");
        assertThat(stored.timeline()).filteredOn(event -> event.type() != TimelineEvent.Type.RECEIVED)
                .allSatisfy(event -> assertThat(event.actor().id()).isIn(triage.id(), agent.id()));
    }

    @Test
    void verifyingWritesAConfirmedRoutingForTheLearnerInTheSameTransaction(Deployment deployment) {
        var complaint = seed.comment("Lampu PJU mati di Jl. Soekarno-Hatta", now);

        triage.act(complaint.id().value(), """
                {"action": "VERIFY", "unit": "PERHUBUNGAN", "category": "PJU mati", "priority": "NORMAL", "version": 1}""");

        var examples = deployment.items("ComplaintsTable").stream()
                .filter(item -> item.get("PK").s().startsWith("32.73#LEARN#")).toList();
        assertThat(examples).singleElement().satisfies(item -> {
            assertThat(item.get("PK").s()).isEqualTo("32.73#LEARN#" + LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC));
            assertThat(item.get("SK").s()).endsWith("#" + complaint.id().value());
            assertThat(item.get("unit").s()).isEqualTo("PERHUBUNGAN");
            assertThat(item.get("text").s()).isEqualTo("Lampu PJU mati di Jl. Soekarno-Hatta");
            assertThat(Long.parseLong(item.get("expiresAt").n()))
                    .isCloseTo(Instant.now().plus(Duration.ofDays(400)).getEpochSecond(), Offset.offset(120L));
        });
    }

    @Test
    void askingForInformationRejectingAndReroutingAreRecordedWithTheirReasons() {
        var waiting = seed.comment("sampah numpuk", now).id().value();
        var spam = seed.comment("jual followers murah", now).id().value();
        var misrouted = seed.comment("lampu merah mati", now).id().value();

        var asked = triage.act(waiting, "{\"action\": \"ASK_FOR_INFORMATION\", \"note\": \"lokasinya?\", \"version\": 1}");
        var rejected = triage.act(spam, "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"version\": 1}");
        triage.act(misrouted, Bodies.verify("BINA_MARGA_SDA", 1));
        triage.act(misrouted, "{\"action\": \"FORWARD\", \"version\": 2}");
        var rerouted = api.as("supervisor", "BINA_MARGA_SDA").act(misrouted,
                "{\"action\": \"REROUTE\", \"unit\": \"PERHUBUNGAN\", \"reason\": \"lampu lalu lintas\", \"version\": 3}");

        assertThat(asked.json().path("status").asText()).isEqualTo("NEEDS_INFO");
        assertThat(rejected.json().path("rejection").path("reason").asText()).isEqualTo("SPAM");
        assertThat(rerouted.status()).isEqualTo(200);
        assertThat(rerouted.json().path("unit").path("code").asText()).isEqualTo("PERHUBUNGAN");
        assertThat(api.stored(misrouted).timeline()).filteredOn(e -> e.type() == TimelineEvent.Type.ROUTED)
                .extracting(TimelineEvent::reason).containsExactly(null, "lampu lalu lintas");
    }

    @Test
    void rejectingAsADuplicateMergesTheThreadsAndTheOriginalShowsTheDuplicatesMessages() {
        var original = seed.comment("Jalan berlubang depan SDN 2 Cibiru", now.minusSeconds(3600));
        var duplicate = seed.directMessage("jalan depan SDN 2 cibiru bolong min", now);

        var merged = triage.act(duplicate.id().value(), """
                {"action": "REJECT", "rejection": "DUPLICATE", "duplicateOf": "%s", "note": "lokasi sama", "version": 1}"""
                .formatted(original.trackingCode().value().toLowerCase()));

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().path("rejection").path("duplicateOf").asText())
                .isEqualTo(original.trackingCode().value());
        var opened = triage.open(original.trackingCode().value()).json();
        assertThat(opened.path("merged")).singleElement().satisfies(node -> {
            assertThat(node.path("trackingCode").asText()).isEqualTo(duplicate.trackingCode().value());
            assertThat(node.path("messages").get(0).path("text").asText()).isEqualTo("jalan depan SDN 2 cibiru bolong min");
        });
        assertThat(opened.path("timeline").findValuesAsText("type")).contains("MERGED");
        assertThat(opened.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void reopeningWithinTheObjectionWindowAndAssigningAndChangingPriority() {
        var id = resolved();
        var supervisor = api.as("supervisor", "BINA_MARGA_SDA");

        var reopened = supervisor.act(id, "{\"action\": \"REOPEN\", \"reason\": \"warga: belum\", \"version\": 5}");
        var assigned = supervisor.act(id,
                "{\"action\": \"ASSIGN\", \"assignee\": {\"id\": \"u-9\", \"name\": \"Budi\"}, \"version\": 6}");
        var urgent = supervisor.act(id, "{\"action\": \"CHANGE_PRIORITY\", \"priority\": \"URGENT\", \"version\": 7}");
        var unassigned = supervisor.act(id, "{\"action\": \"ASSIGN\", \"assignee\": null, \"version\": 8}");

        assertThat(reopened.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(assigned.json().path("assignee").path("id").asText()).isEqualTo("u-9");
        assertThat(urgent.json().path("priority").asText()).isEqualTo("URGENT");
        assertThat(unassigned.json().has("assignee")).isFalse();
    }

    @Test
    void aNoteIsAddedWithinItsSizeAndAnOversizedOneIsRefused() {
        var id = seed.comment("got banjir", now).id().value();

        var added = triage.post(id, "notes", "{\"text\": \"warga menelepon\", \"version\": 1}");
        var oversized = triage.post(id, "notes", "{\"text\": \"%s\", \"version\": 2}".formatted("x".repeat(2001)));

        assertThat(added.status()).isEqualTo(201);
        assertThat(api.stored(id).timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.NOTE_ADDED);
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.errorField()).isEqualTo("text");
    }

    @Test
    void aMoveTheStatusDoesNotAllowIs409WithTheAllowedMoves() {
        var id = seed.comment("trotoar rusak", now).id().value();

        var response = triage.act(id, "{\"action\": \"RESOLVE\", \"version\": 1}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("MOVE_NOT_ALLOWED");
        assertThat(response.json().path("error").path("allowed").toString())
                .contains("VERIFY", "ASK_FOR_INFORMATION", "REJECT").doesNotContain("RESOLVE");
    }

    @Test
    void badRequestsAre400NamingTheField() {
        var id = seed.comment("drainase mampet", now).id().value();

        assertThat(triage.act(id, Bodies.verify("DINAS_X", 1)).errorField()).isEqualTo("unit");
        assertThat(triage.act(id, Bodies.verify("BINA_MARGA_SDA", 1).replace("HIGH", "SUPER")).errorField()).isEqualTo("priority");
        assertThat(triage.act(id, "{\"action\": \"REJECT\", \"rejection\": \"NOT_OUR_AUTHORITY\", \"version\": 1}")
                .errorField()).isEqualTo("referral");
        assertThat(triage.act(id, "{\"action\": \"TELEPORT\", \"version\": 1}").errorField()).isEqualTo("action");
        assertThat(triage.act(id, "{\"action\": \"VERIFY\", \"priorty\": \"HIGH\", \"version\": 1}").errorField())
                .isEqualTo("priorty");
        var malformed = triage.act(id, "{\"action\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("MALFORMED_JSON");
        assertThat(malformed.json().toString()).doesNotContain("Exception", "at id.aduan");
    }

    @Test
    void aChangeWithoutAVersionIs428AndAStaleOneIs409WithTheCurrentVersion() {
        var id = seed.comment("pohon tumbang", now).id().value();

        var withoutVersion = triage.act(id, "{\"action\": \"ASK_FOR_INFORMATION\"}");
        var byHeader = triage.send("POST", "/complaints/" + id + "/actions", "POST /complaints/{id}/actions", "id", id,
                "{\"action\": \"ASK_FOR_INFORMATION\"}", "\"1\"");
        var stale = triage.act(id, Bodies.verify("BINA_MARGA_SDA", 1));

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("STALE_VERSION");
        assertThat(stale.json().path("error").path("currentVersion").asLong()).isEqualTo(2);
    }

    /**
     * Two staff members read version 1 and both send a change: both pass every check and reach the
     * write together, where they apply one at a time as DynamoDB serialises them (see
     * {@link StaffApi#racingTwoWriters}).
     */
    @Test
    void twoStaffChangingAtOnceOneWinsTheOtherGets409AndNothingIsLost(Deployment deployment) throws Exception {
        var racing = StaffApi.racingTwoWriters(deployment);
        var id = new Seed(racing).comment("banjir setinggi lutut", now).id().value();
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<StaffApi.Response> verify = pool.submit(() -> racing.triage().act(id, Bodies.verify("BINA_MARGA_SDA", 1)));
            Future<StaffApi.Response> note = pool.submit(() -> racing.triage().post(id, "notes",
                    "{\"text\": \"air naik\", \"version\": 1}"));

            boolean verifyWon = verify.get().status() == 200;
            var loser = verifyWon ? note.get() : verify.get();
            assertThat(verifyWon ? note.get().status() : verify.get().status()).isEqualTo(409);
            assertThat(verifyWon || note.get().status() == 201).isTrue();
            assertThat(loser.errorCode()).isEqualTo("STALE_VERSION");
            assertThat(loser.json().path("error").path("currentVersion").asLong()).isEqualTo(2);
            var stored = racing.stored(id);
            assertThat(stored.complaint().version()).isEqualTo(2);
            assertThat(stored.complaint().status()).isEqualTo(verifyWon ? Status.VERIFIED : Status.NEW);
            assertThat(stored.timeline()).extracting(TimelineEvent::type)
                    .doesNotContain(verifyWon ? TimelineEvent.Type.NOTE_ADDED : TimelineEvent.Type.STATUS_CHANGED);

            var retried = verifyWon ? api.triage().post(id, "notes", "{\"text\": \"air naik\", \"version\": 2}")
                    : api.triage().act(id, Bodies.verify("BINA_MARGA_SDA", 2));
            assertThat(retried.status()).isIn(200, 201);
            assertThat(api.stored(id).timeline()).extracting(TimelineEvent::type)
                    .contains(TimelineEvent.Type.NOTE_ADDED, TimelineEvent.Type.STATUS_CHANGED);
        } finally {
            pool.shutdownNow();
        }
    }

    private String resolved() {
        Complaint complaint = seed.comment("Jalan berlubang di Ujungberung", now);
        var id = complaint.id().value();
        triage.act(id, Bodies.verify("BINA_MARGA_SDA", 1));
        triage.act(id, "{\"action\": \"FORWARD\", \"version\": 2}");
        triage.act(id, "{\"action\": \"START_FOLLOW_UP\", \"version\": 3}");
        triage.act(id, "{\"action\": \"RESOLVE\", \"version\": 4}");
        return id;
    }
}
