package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.adapters.dynamodb.DynamoDbPrivateReplyBudget;
import id.aduan.adapters.dynamodb.DynamoDbReplyStore;
import id.aduan.adapters.dynamodb.DynamoDbSlaStore;
import id.aduan.adapters.observability.ComplaintLogScope;
import id.aduan.adapters.sqs.QueuedReplyJson;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.SlaAlerts;
import id.aduan.core.alert.SlaSweep;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.ingest.AttachResult;
import id.aduan.core.ingest.FollowUp;
import id.aduan.core.instagram.RecordingInstagram;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.reply.QueuedReply;
import id.aduan.core.reply.ReplyDelivery;
import id.aduan.core.reply.SendingPolicy;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.ComplaintChange;
import id.aduan.core.workflow.Workflow;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The version staff read is the staff version: what the system writes between their read and their
 * action (SLA levels, reply outcomes, citizen messages, fetched text) never refuses the action, while
 * two people acting on the same version still get one success and one 409.
 */
class StaffVersionIT extends StaffApiTestCase {

    private ComplaintTable table;
    private final List<Alert> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        table = api.table();
    }

    @Test
    void anSlaSweepBetweenReadAndActionDoesNotRefuseTheAction() {
        var complaint = seed.comment("Jalan di Jl. Cibiru Hilir berlubang besar", Instant.now().minus(Duration.ofDays(30)));
        var id = complaint.id().value();
        long read = triage.open(id).version();

        var report = sweep(Instant.now());

        assertThat(report.alertsRaised()).isPositive();
        assertThat(api.stored(id).timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.SLA_BREACH);
        var verified = triage.act(id, Bodies.verify("BINA_MARGA_SDA", read));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.version()).isEqualTo(read + 1);
        assertThat(sweep(Instant.now()).alertsRaised()).as("the levels the sweep marked were kept").isZero();
    }

    @Test
    void aReplySentOrFailedBetweenReadAndActionDoesNotRefuseTheAction() {
        var id = seed.comment("Lampu PJU mati di Jl. Soekarno-Hatta", Instant.now()).id().value();
        var first = triage.post(id, "replies", "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"template\": \"ACKNOWLEDGE\", \"version\": 1}");
        long afterQueuing = first.json().path("version").asLong();

        var sent = deliverQueuedReply(true);
        var verified = triage.act(id, Bodies.verify("PERHUBUNGAN", afterQueuing));
        var second = triage.post(id, "replies",
                "{\"method\": \"PUBLIC_COMMENT_REPLY\", \"text\": \"Sedang kami cek\", \"version\": " + verified.version() + "}");
        var failed = deliverQueuedReply(false);
        var forwarded = triage.act(id, Bodies.move("FORWARD", second.json().path("version").asLong()));

        assertThat(sent).isEqualTo(TimelineEvent.Type.REPLY_SENT);
        assertThat(failed).isEqualTo(TimelineEvent.Type.REPLY_FAILED);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(forwarded.status()).isEqualTo(200);
        assertThat(api.stored(id).complaint().firstResponseAt()).isNotNull();
    }

    @Test
    void aCitizenMessageBetweenReadAndActionShowsAsANewMessageAndDoesNotRefuseTheAction() {
        var complaint = seed.comment("Sampah menumpuk di pasar Cicadas", Instant.now());
        var id = complaint.id().value();
        var opened = triage.open(id);

        var message = ReporterMessage.received("17950999000000001", Channel.COMMENT, "sudah seminggu belum diangkut",
                List.of(), Instant.now());
        var attached = new DynamoDbIngestionStore(table, Clock.systemUTC()).attach(new FollowUp(complaint.id(), message,
                TimelineEvent.messageAdded(message), message.instagramId(), complaint.reporter().instagramId(), null,
                null, null));
        var verified = triage.act(id, Bodies.verify("LINGKUNGAN_HIDUP", opened.version()));

        assertThat(attached).isEqualTo(new AttachResult.Attached());
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("messageCount").asInt()).isEqualTo(opened.json().path("messageCount").asInt() + 1);
    }

    @Test
    void aFetchedMentionTextBetweenReadAndActionDoesNotRefuseTheAction() {
        var complaint = seed.comment("@pemkot", Instant.now());
        var id = complaint.id().value();
        long read = triage.open(id).version();

        var before = new DynamoDbComplaintStore(table).find(complaint.id()).orElseThrow();
        var fetched = before.toBuilder().text("Pohon tumbang menutup jalan di Dago").contentPending(false).build();
        new DynamoDbComplaintStore(table).apply(ComplaintChange.of(before, fetched,
                List.of(TimelineEvent.contentFetched(complaint.id().value(), Instant.now()))));
        var verified = triage.act(id, Bodies.verify("BINA_MARGA_SDA", read));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(api.stored(id).timeline()).extracting(TimelineEvent::type)
                .contains(TimelineEvent.Type.CONTENT_FETCHED, TimelineEvent.Type.STATUS_CHANGED);
    }

    /** After a sweep wrote the complaint, two staff members act on the version they read, at once. */
    @Test
    void twoStaffActionsOnTheSameVersionGiveOneSuccessAndOneStaleVersion() throws Exception {
        var racing = StaffApi.racingTwoWriters(deployment);
        var id = seed.comment("Jalan di Jl. Cibiru Hilir berlubang besar", Instant.now().minus(Duration.ofDays(30)))
                .id().value();
        long read = triage.open(id).version();
        sweep(Instant.now());

        List<StaffApi.Response> answers;
        try (var pool = Executors.newFixedThreadPool(2)) {
            var verify = pool.submit(() -> racing.triage().act(id, Bodies.verify("BINA_MARGA_SDA", read)));
            var reject = pool.submit(() -> racing.triage().act(id,
                    "{\"action\": \"REJECT\", \"rejection\": \"SPAM\", \"version\": " + read + "}"));
            answers = List.of(verify.get(30, TimeUnit.SECONDS), reject.get(30, TimeUnit.SECONDS));
        }

        assertThat(answers).extracting(StaffApi.Response::status).containsExactlyInAnyOrder(200, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).singleElement()
                .satisfies(answer -> assertThat(answer.errorCode()).isEqualTo("STALE_VERSION"));
        assertThat(api.stored(id).complaint().version()).isEqualTo(read + 1);
        assertThat(api.stored(id).timeline()).filteredOn(event -> event.type() == TimelineEvent.Type.STATUS_CHANGED)
                .hasSize(1);
    }

    private SlaSweep.Report sweep(Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        var outbox = new OutboxPublisher(new DynamoDbAlertOutbox(table), published::add, clock);
        return new SlaSweep(new DynamoDbSlaStore(table), outbox,
                new SlaAlerts(new AlertWriting(() -> UnitCatalog.DEFAULT, URI.create("https://aduan.example"))),
                new Workflow(Duration.ofDays(7)), () -> Seed.RULES, new ComplaintLogScope(), clock).sweep(Deadline.none());
    }

    /** Takes the reply staff queued off the queue and sends it as the reply sender does; its outcome. */
    private TimelineEvent.Type deliverQueuedReply(boolean instagramAccepts) {
        var messages = deployment.sqs().receiveMessage(r -> r.queueUrl(deployment.ref("ReplyQueue"))
                .maxNumberOfMessages(1)).messages();
        QueuedReply queued = QueuedReplyJson.read(messages.getFirst().body());
        var instagram = instagramAccepts ? new RecordingInstagram("") : RecordingInstagram.refusingAsInvalid();
        var delivery = new ReplyDelivery(new DynamoDbComplaintStore(table),
                new DynamoDbReplyStore(table, Clock.systemUTC()), new DynamoDbPrivateReplyBudget(table),
                account -> instagram, published::add, (failures, failure) -> Duration.ofMinutes(1),
                () -> Seed.RULES, SendingPolicy.defaults(false), Clock.systemUTC());
        delivery.deliver(queued, SendingPolicy.DEFAULT_MAX_ATTEMPTS);
        deployment.sqs().deleteMessage(r -> r.queueUrl(deployment.ref("ReplyQueue"))
                .receiptHandle(messages.getFirst().receiptHandle()));
        return api.stored(queued.complaintId().value()).timeline().getLast().type();
    }
}
