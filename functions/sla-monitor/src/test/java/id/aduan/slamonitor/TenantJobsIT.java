package id.aduan.slamonitor;

import static id.aduan.slamonitor.SlaSweepIT.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.json.Json;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.account.AccountCatalog;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.DueComplaints;
import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.kernel.Priority;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.ClockKind;
import id.aduan.core.sla.HolidayList;
import id.aduan.core.sla.OfficeHours;
import id.aduan.core.sla.SlaPolicy;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.sla.SlaTarget;
import id.aduan.core.sla.TimeBasis;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.sla.WorkingWeek;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.testkit.AlertInbox;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One SLA monitor for two governments, Kota Bandung (32.73) and Kabupaten Garut (32.05), each with its
 * own units, SLA targets and working calendar: every job runs once per tenant on that tenant's stores
 * and configuration, its alerts name the tenant in a message attribute, and one tenant's failure does not
 * hold up the other's pass.
 */
@ExtendWith(AwsEmulatorExtension.class)
class TenantJobsIT {

    private static final Tenant BANDUNG = new Tenant("32.73");
    private static final Tenant GARUT = new Tenant("32.05");
    /** Friday 13 February 2026, 15:00 in Jakarta; Monday 16 is cuti bersama and Tuesday 17 Imlek. */
    private static final Instant FRIDAY = wib("2026-02-13T15:00");
    /** Bandung's first response to a HIGH complaint: 4 working hours, Monday to Friday. */
    private static final String BANDUNG_DEADLINE = "Rabu, 18 Februari 2026 11.00 WIB";
    /** Garut's: 2 working hours, and its office also opens on Saturday morning. */
    private static final String GARUT_DEADLINE = "Sabtu, 14 Februari 2026 09.00 WIB";
    private static final Instant SWEEP = wib("2026-02-18T11:00");
    /** Tuesday 10 March 2026, 07:00 in Jakarta. */
    private static final Instant MORNING = Instant.parse("2026-03-10T00:00:00Z");

    @Test
    void oneSweepRaisesEachTenantsAlertOnItsOwnTargetsNamingTheTenant(Deployment deployment) {
        var monitor = new Monitor(deployment);
        var inbox = new AlertInbox(deployment);
        var bandung = monitor.received(BANDUNG, FRIDAY);
        var garut = monitor.received(GARUT, FRIDAY);
        var operations = new Alert("operations/instagram-token/178414/2026-02-18T03", Alert.Kind.OPERATIONS,
                "[Aduan] Token Instagram kedaluwarsa", "Token akun 178414 kedaluwarsa.", Map.of("audience", "OPERATIONS"));
        new DynamoDbAlertOutbox(monitor.runtime.table()).recordIfAbsent(
                new RecordedAlert(operations, SWEEP.minusSeconds(600), SWEEP.minusSeconds(480), 1));

        var report = monitor.run(new SlaSweepHandler(monitor.wiring), SWEEP);

        assertThat(report.path("alertsRaised").asInt()).isEqualTo(2);
        var delivered = inbox.take();
        assertThat(delivered).filteredOn(alert -> BANDUNG.id().equals(alert.tenant())).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.attribute("trackingCode")).isEqualTo(bandung.trackingCode().value());
                    assertThat(alert.text()).as("the body is the text an e-mail shows").doesNotStartWith("{")
                            .contains("tenggat " + BANDUNG_DEADLINE);
                    assertThat(alert.attribute("tenant")).as("what a subscription's filter policy matches")
                            .isEqualTo("32.73");
                    assertThat(alert.attribute("kind")).isEqualTo("SLA_BREACH");
                });
        assertThat(delivered).filteredOn(alert -> GARUT.id().equals(alert.tenant())).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.attribute("trackingCode")).isEqualTo(garut.trackingCode().value());
                    assertThat(alert.text()).contains("tenggat " + GARUT_DEADLINE);
                });
        assertThat(delivered).filteredOn(alert -> "OPERATIONS".equals(alert.attribute("kind")))
                .as("the platform's outbox is retried too, and an operations alert names no tenant").singleElement()
                .satisfies(alert -> {
                    assertThat(alert.tenant()).isNull();
                    assertThat(alert.text()).isEqualTo("Token akun 178414 kedaluwarsa.");
                });
        assertThat(delivered).hasSize(3);
        assertThat(monitor.read).containsEntry(bandung.id(), BANDUNG).containsEntry(garut.id(), GARUT);
    }

    @Test
    void aTenantWhoseStoreFailsFailsTheInvocationAfterTheOtherTenantsPass(Deployment deployment) {
        var monitor = new Monitor(deployment);
        var inbox = new AlertInbox(deployment);
        var bandung = monitor.received(BANDUNG, FRIDAY);
        var garut = monitor.received(GARUT, FRIDAY);
        monitor.broken.add(BANDUNG);

        assertThatThrownBy(() -> monitor.run(new SlaSweepHandler(monitor.wiring), SWEEP))
                .hasMessageContaining("32.73").hasMessageNotContaining("32.05");
        assertThat(inbox.take()).singleElement().satisfies(alert -> {
            assertThat(alert.tenant()).isEqualTo("32.05");
            assertThat(alert.attribute("trackingCode")).isEqualTo(garut.trackingCode().value());
        });

        monitor.broken.clear();
        monitor.run(new SlaSweepHandler(monitor.wiring), SWEEP.plusSeconds(60));
        assertThat(inbox.take()).as("the next minute's sweep catches up").singleElement().satisfies(alert -> {
            assertThat(alert.tenant()).isEqualTo("32.73");
            assertThat(alert.attribute("trackingCode")).isEqualTo(bandung.trackingCode().value());
        });
    }

    @Test
    void eachTenantGetsItsOwnDigestNamingItsUnitsAsItConfiguredThem(Deployment deployment) {
        var monitor = new Monitor(deployment);
        var inbox = new AlertInbox(deployment);
        for (Tenant tenant : List.of(BANDUNG, GARUT)) {
            var complaint = monitor.received(tenant, Instant.parse("2026-03-09T03:00:00Z"));
            monitor.complaints.get(tenant).forwarded(complaint, "PERHUBUNGAN", "Lampu lalu lintas",
                    Instant.parse("2026-03-09T04:00:00Z"));
        }

        var report = monitor.run(new DailyDigestHandler(monitor.wiring), MORNING);

        assertThat(report.path("published").asInt()).as("a unit's digest and a city digest for each tenant")
                .isEqualTo(4);
        var digests = inbox.take();
        assertThat(digests).filteredOn(digest -> "PERHUBUNGAN".equals(digest.attribute("unit")))
                .extracting(AlertInbox.Delivered::tenant).containsExactlyInAnyOrder("32.73", "32.05");
        assertThat(digests).filteredOn(digest -> "32.73".equals(digest.tenant())).hasSize(2)
                .allSatisfy(digest -> assertThat(digest.text()).contains("Dinas Perhubungan Kota Bandung")
                        .doesNotContain("Garut"))
                .filteredOn(digest -> "PERHUBUNGAN".equals(digest.attribute("unit"))).singleElement()
                .satisfies(digest -> assertThat(digest.text()).contains("Aduan terbuka: 1"));
        assertThat(digests).filteredOn(digest -> "32.05".equals(digest.tenant())).hasSize(2)
                .allSatisfy(digest -> assertThat(digest.text()).contains("Dinas Perhubungan Kabupaten Garut")
                        .doesNotContain("Bandung"));
    }

    /**
     * The SLA monitor of a stack serving both tenants, with a clock the test controls and each tenant's
     * configuration given in place of the stored one; each tenant's stores are the real ones bound to it,
     * so a tenant's sweep and digest see only its own complaints because its keys are its own.
     */
    private static final class Monitor {

        final TestClock clock = new TestClock(FRIDAY);
        final FunctionRuntime runtime;
        final Wiring wiring;
        final Map<Tenant, Complaints> complaints = new HashMap<>();
        /** The tenant whose store read each complaint. */
        final Map<ComplaintId, Tenant> read = new ConcurrentHashMap<>();
        final Set<Tenant> broken = ConcurrentHashMap.newKeySet();
        private final Map<Tenant, SlaRules> rules = Map.of(BANDUNG, bandungRules(), GARUT, garutRules());

        Monitor(Deployment deployment) {
            var environment = new LinkedHashMap<>(deployment.environment("SlaMonitorFunction"));
            environment.put("TENANTS", "32.73,32.05");
            var settings = new Settings(environment);
            this.runtime = new FunctionRuntime("sla-monitor", settings, clock);
            for (Tenant tenant : List.of(BANDUNG, GARUT)) {
                complaints.put(tenant, new Complaints(runtime.table().forTenant(tenant), complaints.size()));
            }
            this.wiring = new Wiring(runtime, tenant -> {
                var stores = Wiring.TenantStores.of(runtime.table(), runtime, tenant);
                return new Wiring.TenantStores(new OwnComplaints(tenant, stores.sla()),
                        stores.outbox(), stores.digest(), configuration(tenant));
            }, new DynamoDbAlertOutbox(runtime.table()),
                    new SnsAlertPublisher(runtime.aws()::sns, settings.required("ALERTS_TOPIC_ARN")));
        }

        /** A HIGH complaint received by {@code tenant} at {@code at}, its clocks on the tenant's rules. */
        Complaint received(Tenant tenant, Instant at) {
            var complaint = complaints.get(tenant).received(at, Priority.HIGH, rules.get(tenant));
            return complaint;
        }

        JsonNode run(RequestStreamHandler handler, Instant now) {
            clock.set(now);
            try {
                var out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(SlaMonitor.SCHEDULED_EVENT.getBytes(StandardCharsets.UTF_8)),
                        out, null);
                return Json.mapper().readTree(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ConfigStore configuration(Tenant tenant) {
            var region = tenant.equals(BANDUNG) ? "Kota Bandung" : "Kabupaten Garut";
            var units = UnitCatalog.DEFAULT.units().stream().map(unit -> unit.code().equals("PERHUBUNGAN")
                    ? new Unit("PERHUBUNGAN", "Dinas Perhubungan " + region, unit.handles()) : unit).toList();
            return new Configuration(new UnitCatalog(units), rules.get(tenant));
        }

        /** The tenant's due complaints, failing while the tenant is broken. */
        private final class OwnComplaints implements SlaStore {
            private final Tenant tenant;
            private final SlaStore store;

            OwnComplaints(Tenant tenant, SlaStore store) {
                this.tenant = tenant;
                this.store = store;
            }

            @Override
            public DueComplaints dueBy(Instant now) {
                if (broken.contains(tenant)) {
                    throw new IllegalStateException("the due index of " + tenant + " cannot be read");
                }
                return store.dueBy(now);
            }

            @Override
            public Optional<Complaint> find(ComplaintId id) {
                read.put(id, tenant);
                return store.find(id);
            }

            @Override
            public RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events,
                                       List<RecordedAlert> alerts) {
                return store.record(before, after, events, alerts);
            }
        }
    }

    /** One tenant's configuration as its admins set it. */
    private record Configuration(UnitCatalog units, SlaRules slaRules) implements ConfigStore {

        @Override
        public Templates replyTemplates() {
            return Templates.defaults();
        }

        @Override
        public AccountCatalog accounts() {
            return AccountCatalog.NONE;
        }
    }

    private static SlaRules bandungRules() {
        return new SlaRules(SlaPolicy.DEFAULT, WorkingCalendar.standard());
    }

    private static SlaRules garutRules() {
        var saturdayMornings = WorkingWeek.MONDAY_TO_FRIDAY.with(DayOfWeek.SATURDAY, OfficeHours.of("08:00", "12:00"));
        return new SlaRules(SlaPolicy.DEFAULT.withTarget(ClockKind.FIRST_RESPONSE, Priority.HIGH,
                new SlaTarget.Span(TimeBasis.WORKING, Duration.ofHours(2))),
                new WorkingCalendar(saturdayMornings, HolidayList.bundled()));
    }
}
