package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.account.AccountFlavour;
import id.aduan.core.account.InstagramAccount;
import id.aduan.core.alert.Alert;
import id.aduan.core.complaint.ConversationKey;
import id.aduan.core.complaint.Reporter;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.kernel.Tenants;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyState;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.testing.Assessors;
import id.aduan.core.testing.InMemoryTable;
import id.aduan.core.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two governments, each with its own table: a change is taken in by the tenant of the account it came
 * in on, whose ingestion is built when that tenant's first change comes, once.
 */
class IngestionByTenantTest {

    private static final Instant AT = Instant.parse("2026-08-05T02:00:00Z");
    private static final SlaRules RULES = new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    private static final String BANDUNG_CITY = "17841400000000001";
    private static final String BANDUNG_DISHUB = "17841400000000002";
    private static final String GARUT_CITY = "17841400000000003";
    /** Registered for Kabupaten Bogor, which the stack was serving once and serves no more. */
    private static final String BOGOR_CITY = "17841400000000004";
    private static final Map<String, Tenant> REGISTERED = Map.of(BANDUNG_CITY, BANDUNG, BANDUNG_DISHUB, BANDUNG,
            GARUT_CITY, GARUT, BOGOR_CITY, new Tenant("32.01"));

    private final Map<Tenant, InMemoryTable> tables = Map.of(BANDUNG, new InMemoryTable(), GARUT, new InMemoryTable());
    private final List<Tenant> built = new ArrayList<>();
    private final Map<String, Alert> notices = new HashMap<>();
    private final Ingestion ingestion = new Ingestion(attribution(notices), tenant -> {
        built.add(tenant);
        return new TenantIngestion(tables.get(tenant).ingestion(), Assessors.builtIn(RULES), () -> RULES,
                new Workflow(Workflow.DEFAULT_OBJECTION_WINDOW), new Random());
    });

    @Test
    void eachChangeIsTakenInByTheTenantOfTheAccountItCameInOn() {
        ingestion.apply(comment(BANDUNG_CITY, "17900000000000001"));
        ingestion.apply(comment(BANDUNG_DISHUB, "17900000000000002"));
        ingestion.apply(comment(GARUT_CITY, "17900000000000003"));

        assertThat(tables.get(BANDUNG).complaints()).extracting(complaint -> complaint.account())
                .containsExactlyInAnyOrder(BANDUNG_CITY, BANDUNG_DISHUB);
        assertThat(tables.get(GARUT).complaints()).extracting(complaint -> complaint.account())
                .containsExactly(GARUT_CITY);
    }

    @Test
    void aTenantsIngestionIsBuiltWhenItsFirstChangeComesAndOnlyOnce() {
        assertThat(built).isEmpty();

        ingestion.apply(comment(BANDUNG_CITY, "17900000000000001"));
        ingestion.apply(comment(BANDUNG_DISHUB, "17900000000000002"));

        assertThat(built).containsExactly(BANDUNG);
    }

    @Test
    void aChangeForAnAccountNobodyRegisteredIsHeldForNoTenant() {
        var outcome = ingestion.apply(comment("99", "17900000000000001"));

        assertThat(outcome).isEqualTo(new IngestionOutcome.Held("99"));
        assertThat(built).isEmpty();
        assertThat(tables.values()).allSatisfy(table -> assertThat(table.complaints()).isEmpty());
    }

    @Test
    void aChangeForAnAccountOfAGovernmentTheStackDoesNotServeIsHeldAndAlertedOnceADay() {
        var first = ingestion.apply(comment(BOGOR_CITY, "17900000000000001"));
        var second = ingestion.apply(comment(BOGOR_CITY, "17900000000000002"));

        assertThat(first).isEqualTo(new IngestionOutcome.Held(BOGOR_CITY));
        assertThat(second).isEqualTo(new IngestionOutcome.Held(BOGOR_CITY));
        assertThat(built).isEmpty();
        assertThat(notices).containsOnlyKeys(BOGOR_CITY + "/UNSERVED_GOVERNMENT#2026-08-05");
        var alert = notices.get(BOGOR_CITY + "/UNSERVED_GOVERNMENT#2026-08-05");
        assertThat(alert.kind()).isEqualTo(Alert.Kind.OPERATIONS);
        assertThat(alert.text()).contains(BOGOR_CITY, "32.01", "Tenants");
    }

    @Test
    void anEchoIsMatchedAgainstTheRepliesAwaitedInItsAccountsTenant() {
        var sender = "6123";
        var opened = (IngestionOutcome.Created) ingestion.apply(new InstagramChange.CitizenMessage(GARUT_CITY, "m-1",
                sender, "lampu jalan mati", List.of(), null, AT, null));
        var text = "Terima kasih, laporan Anda kami teruskan";
        var conversation = ConversationKey.directMessages(GARUT_CITY, sender);
        tables.get(GARUT).awaitEcho(new OutgoingReply("r-1", opened.id(), ReplyMethod.DM, sender, conversation, text));

        var echo = ingestion.apply(new InstagramChange.EchoMessage(GARUT_CITY, "m-echo", sender, text,
                AT.plusSeconds(300)));

        assertThat(echo).isEqualTo(new IngestionOutcome.ResponseRecorded(opened.id()));
        assertThat(tables.get(GARUT).replyState("r-1")).contains(ReplyState.SENT);
        assertThat(built).containsExactly(GARUT);
    }

    private static AccountAttribution attribution(Map<String, Alert> notices) {
        return new AccountAttribution(id -> Optional.ofNullable(REGISTERED.get(id))
                .map(tenant -> new InstagramAccount(id, tenant, "Akun " + id, AccountFlavour.INSTAGRAM_LOGIN, null,
                        "aduan/instagram/" + id, null, null)),
                new Tenants(List.of(BANDUNG, GARUT)),
                (id, at) -> {
                },
                (account, notice, alert) -> notices.putIfAbsent(account + "/" + notice, alert.alert()) == null,
                Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static InstagramChange comment(String account, String id) {
        return new InstagramChange.CitizenComment(account, id, null, new Reporter("7001", "warga"),
                "jalan berlubang di depan pasar", null, null, false, AT, null);
    }
}
