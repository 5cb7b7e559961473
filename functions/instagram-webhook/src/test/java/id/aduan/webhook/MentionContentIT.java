package id.aduan.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbIngestionStore;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.account.ReadableSecrets;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.config.SectionValue;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.GraphFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Mentions arrive without text; the text is fetched from the Graph API and triaged. */
@ExtendWith(AwsEmulatorExtension.class)
class MentionContentIT {

    /** When the fixture's delivery says the mention happened. */
    private static final Instant MENTIONED_AT = Instant.parse("2026-08-05T03:45:00Z");
    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    /** The deployment as it is: it serves Kota Bandung alone. */
    private static final Tenants ONE_TENANT = Tenants.of("32.73");
    private static final Tenants TWO_TENANTS = Tenants.of("32.73", "32.05");

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    @Test
    void mentionedCommentGetsItsTextAndTriage(Deployment deployment) throws IOException {
        var id = mention(deployment, ONE_TENANT, BANDUNG);
        answer(200, "mentioned-comment.json");

        var report = run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(60));

        assertThat(report.path("fetched").asInt()).isEqualTo(1);
        var detail = load(deployment, BANDUNG, id);
        assertThat(detail.complaint().contentPending()).isFalse();
        assertThat(detail.complaint().text()).isEqualTo("@pemkot_contoh lampu PJU di Jl. Merdeka mati sudah seminggu");
        assertThat(detail.complaint().reporter().username()).isEqualTo("warga_contoh");
        assertThat(detail.messages().getFirst().text()).isEqualTo(detail.complaint().text());
        var suggestion = ((TriageState.Assessed) detail.complaint().triage()).suggestion();
        assertThat(suggestion.unit()).isEqualTo("PERHUBUNGAN");
        assertThat(detail.timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.CONTENT_FETCHED);
        assertThat(run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(120)).path("fetched").asInt()).isZero();
    }

    @Test
    void aFetchReadsEachItemAndEachPartitionAtMostOnce(Deployment deployment) throws IOException {
        mention(deployment, ONE_TENANT, BANDUNG);
        answer(200, "mentioned-comment.json");
        var keysRead = new ArrayList<String>();
        ExecutionInterceptor recordingKeys = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetItemRequest read) {
                    keysRead.add(read.key().get("PK").s() + " " + read.key().get("SK").s());
                } else if (context.request() instanceof QueryRequest query) {
                    keysRead.add(Objects.requireNonNullElse(query.indexName(), "table") + " "
                            + new TreeMap<>(query.expressionAttributeValues()));
                }
            }
        };
        var runtime = new FunctionRuntime("mention-content", settings(deployment, "MentionContentFunction", ONE_TENANT),
                Clock.fixed(MENTIONED_AT.plusSeconds(60), ZoneOffset.UTC), List.of(recordingKeys));

        new MentionContentHandler(runtime).handleRequest(new ByteArrayInputStream("{}".getBytes()),
                new ByteArrayOutputStream(), null);

        assertThat(keysRead).as("the due fetches, the fetch, the complaint, the accounts, the SLA rules…")
                .isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void mentionOfAnAgencyAccountGoesToItsDefaultUnitUnlessTriageIsVerySure(Deployment deployment) throws IOException {
        register(deployment, ONE_TENANT, BANDUNG, "LINGKUNGAN_HIDUP");
        var vague = mention(deployment, ONE_TENANT, BANDUNG);
        graph.stubFor(get(urlPathMatching("/v25.0/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"mentioned_comment": {"id": "17873440459141021", "text": "@dlh_contoh tolong dicek ya kak, di depan rumah kami",
                         "username": "warga_contoh", "timestamp": "2026-08-05T03:25:00+0000"}, "id": "17841400000000001"}""")));

        run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(60));

        var suggestion = ((TriageState.Assessed) load(deployment, BANDUNG, vague).complaint().triage()).suggestion();
        assertThat(suggestion.unit()).isEqualTo("LINGKUNGAN_HIDUP");
    }

    @Test
    void unavailableGraphApiIsTriedAgainLater(Deployment deployment) throws IOException {
        var id = mention(deployment, ONE_TENANT, BANDUNG);
        answer(503, "error-service-unavailable.json");

        var first = run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(60));
        var tooSoon = run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(120));

        assertThat(first.path("retrying").asInt()).isEqualTo(1);
        assertThat(tooSoon.path("retrying").asInt()).isZero();
        assertThat(load(deployment, BANDUNG, id).complaint().contentPending()).isTrue();
    }

    @Test
    void mentionThatCannotBeReadIsLeftForStaffWithTheReason(Deployment deployment) throws IOException {
        var id = mention(deployment, ONE_TENANT, BANDUNG);
        answer(400, "error-invalid-parameter.json");

        var report = run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(60));

        assertThat(report.path("abandoned").asInt()).isEqualTo(1);
        var detail = load(deployment, BANDUNG, id);
        assertThat(detail.complaint().contentPending()).isTrue();
        assertThat(detail.timeline()).filteredOn(e -> e.type() == TimelineEvent.Type.CONTENT_UNAVAILABLE)
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("aplikasi Instagram"));
        assertThat(detail.timeline()).extracting(TimelineEvent::type).doesNotContain(TimelineEvent.Type.CONTENT_FETCHED);
        assertThat(run(deployment, ONE_TENANT, MENTIONED_AT.plusSeconds(600)).path("abandoned").asInt()).isZero();
    }

    @Test
    void aSecondTenantsMentionIsFetchedAndTriagedWithinThatTenant(Deployment deployment) throws IOException {
        register(deployment, TWO_TENANTS, GARUT, null);
        var id = mention(deployment, TWO_TENANTS, GARUT);
        answer(200, "mentioned-comment.json");

        var report = run(deployment, TWO_TENANTS, MENTIONED_AT.plusSeconds(60));

        assertThat(report.path("fetched").asInt()).isEqualTo(1);
        var detail = load(deployment, GARUT, id);
        assertThat(detail.complaint().contentPending()).isFalse();
        assertThat(detail.complaint().account()).isEqualTo("17841400000000001");
        assertThat(detail.timeline()).extracting(TimelineEvent::type).contains(TimelineEvent.Type.CONTENT_FETCHED);
        assertThat(run(deployment, TWO_TENANTS, MENTIONED_AT.plusSeconds(120)).path("fetched").asInt()).isZero();
    }

    /**
     * A Facebook-Login mention of a comment, delivered to the webhook of a stack serving {@code tenants} and
     * taken in for {@code owner}.
     */
    private static ComplaintId mention(Deployment deployment, Tenants tenants, Tenant owner) {
        var webhook = new Webhook(deployment, new Wiring(settings(deployment, Webhook.FUNCTION, tenants),
                Clock.fixed(MENTIONED_AT, ZoneOffset.UTC)));
        assertThat(webhook.deliverFixture("mention-comment.json").status()).isEqualTo(200);
        var claim = new DynamoDbIngestionStore(webhook.wiring.runtime().table().forTenant(owner), Clock.systemUTC())
                .findClaim("mention/17900000000000109").orElseThrow();
        assertThat(load(deployment, owner, claim.complaintId()).complaint().channel())
                .isEqualTo(Channel.MENTION_COMMENT);
        return claim.complaintId();
    }

    /** The mentioned account as an agency's own of {@code owner}, answering with the deployment's token. */
    private static void register(Deployment deployment, Tenants tenants, Tenant owner, String defaultUnit) {
        var runtime = runtime(deployment, tenants, MENTIONED_AT);
        var secret = runtime.settings().required("INSTAGRAM_SECRET_ID");
        var account = new InstagramAccount("17841400000000001", owner, "Dinas Lingkungan Hidup",
                AccountFlavour.FACEBOOK_LOGIN, "104000000000001", secret, defaultUnit, null);
        var config = new DynamoDbConfigStore(runtime.table(), WorkingCalendar.standard(), tenants.first());
        var catalog = AccountCatalog.NONE.registering(account, tenants, UnitCatalog.DEFAULT,
                new ReadableSecrets(secret));
        config.write(new SectionValue.Accounts(catalog), 0, "admin", MENTIONED_AT);
    }

    private static void answer(int status, String fixture) {
        graph.stubFor(get(urlPathMatching("/v25.0/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(GraphFixtures.read(fixture))));
    }

    private static JsonNode run(Deployment deployment, Tenants tenants, Instant now) throws IOException {
        var out = new ByteArrayOutputStream();
        new MentionContentHandler(runtime(deployment, tenants, now))
                .handleRequest(new ByteArrayInputStream("{}".getBytes()), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }

    private static FunctionRuntime runtime(Deployment deployment, Tenants tenants, Instant now) {
        return new FunctionRuntime("mention-content", settings(deployment, "MentionContentFunction", tenants),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The function's settings on a stack serving {@code tenants}, its Graph API the stand-in. */
    private static Settings settings(Deployment deployment, String function, Tenants tenants) {
        var environment = new LinkedHashMap<>(deployment.environment(function));
        environment.put("GRAPH_API_BASE_URL", "http://127.0.0.1:" + graph.getPort());
        environment.put("TENANTS", String.join(",", tenants.all().stream().map(Tenant::id).toList()));
        return new Settings(environment);
    }

    private static ComplaintDetail load(Deployment deployment, Tenant owner, ComplaintId id) {
        return new DynamoDbComplaintStore(runtime(deployment, ONE_TENANT, MENTIONED_AT).table().forTenant(owner))
                .load(id).orElseThrow();
    }
}
