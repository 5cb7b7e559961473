package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins read and change units, SLA targets, the calendar and templates; every write is checked and versioned. */
@ExtendWith(AwsEmulatorExtension.class)
class ConfigIT {

    private StaffApi api;
    private StaffApi.Caller admin;

    @BeforeEach
    void setUp(Deployment deployment) {
        api = new StaffApi(deployment);
        admin = api.admin();
    }

    @Test
    void everySectionReadsItsDefaultAtVersionZero() {
        for (String section : new String[] {"units", "sla", "calendar", "templates"}) {
            var response = api.as("agent", "SOSIAL").config(section);
            assertThat(response.status()).as(section).isEqualTo(200);
            assertThat(response.json().path("version").asLong()).isZero();
            assertThat(response.json().path("value").isObject()).isTrue();
        }
        assertThat(admin.config("units").json().path("value").path("units")).hasSize(16);
        assertThat(admin.config("sla").json().path("value").path("targets").path("FIRST_RESPONSE").path("URGENT")
                .path("calendarHours").asInt()).isEqualTo(1);
        assertThat(admin.config("calendar").json().path("value").path("holidays").toString()).contains("2026-08-17");
        assertThat(admin.config("nothing").status()).isEqualTo(404);
    }

    @Test
    void anAdminRenamesAndAddsUnitsAndTheNewUnitCanBeUsedAtOnce() {
        var units = (ObjectNode) admin.config("units").json().path("value");
        ((ObjectNode) units.path("units").get(0)).put("name", "Dinas PUPR");
        units.withArray("units").addObject().put("code", "DISPARBUD").put("name", "Dinas Pariwisata")
                .put("handles", "wisata, budaya");

        var saved = admin.changeConfig("units", "{\"version\": 0, \"value\": %s}".formatted(units));
        var stale = admin.changeConfig("units", "{\"version\": 0, \"value\": %s}".formatted(units));
        var id = new Seed(api).comment("taman wisata kotor", Instant.now()).id().value();
        var verified = api.triage().act(id, Bodies.verify("DISPARBUD", 1));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("version").asLong()).isEqualTo(1);
        assertThat(saved.json().path("updatedBy").asText()).isEqualTo(admin.id());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("error").path("currentVersion").asLong()).isEqualTo(1);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("unit").path("name").asText()).isEqualTo("Dinas Pariwisata");
    }

    @Test
    void invalidSectionsAreRefusedNamingTheField() {
        var units = (ObjectNode) admin.config("units").json().path("value");
        units.withArray("units").remove(0);
        var dropped = admin.changeConfig("units", "{\"version\": 0, \"value\": %s}".formatted(units));
        var badTarget = admin.changeConfig("sla", """
                {"version": 0, "value": {"warnShare": 0.75, "targets": {"FIRST_RESPONSE": {"URGENT": {"hours": 1}}}}}""");
        var incomplete = admin.changeConfig("sla", """
                {"version": 0, "value": {"warnShare": 0.75, "targets": {"FIRST_RESPONSE": {"URGENT": {"calendarHours": 1}}}}}""");
        var noCode = admin.changeConfig("templates", """
                {"version": 0, "value": {"ACKNOWLEDGE": "Terima kasih"}}""");
        var badHours = admin.changeConfig("calendar", """
                {"version": 0, "value": {"week": {"MONDAY": {"opens": "16:00", "closes": "08:00"}}, "sources": {}, "holidays": []}}""");
        var unknownField = admin.changeConfig("templates", "{\"version\": 0, \"valeu\": {}}");

        assertThat(dropped.errorField()).isEqualTo("units");
        assertThat(dropped.json().path("error").path("message").asText()).contains("BINA_MARGA_SDA");
        assertThat(badTarget.errorField()).isEqualTo("targets.FIRST_RESPONSE.URGENT");
        assertThat(incomplete.errorField()).isEqualTo("targets");
        assertThat(noCode.errorField()).isEqualTo("ACKNOWLEDGE");
        assertThat(badHours.errorField()).isEqualTo("week.MONDAY");
        assertThat(unknownField.errorField()).isEqualTo("valeu");
        assertThat(admin.config("units").json().path("version").asLong()).isZero();
    }

    @Test
    void templatesAndTheCalendarAreSavedInTheirCanonicalForm() {
        var calendar = admin.config("calendar").json().path("value");
        ((ObjectNode) calendar.path("week")).putObject("SATURDAY").put("opens", "08:00").put("closes", "12:00");

        var week = admin.changeConfig("calendar", "{\"version\": 0, \"value\": %s}".formatted(calendar));
        var templates = admin.changeConfig("templates", """
                {"version": 0, "value": {"ACKNOWLEDGE": "Laporan {kode} kami terima, terima kasih."}}""");

        assertThat(week.status()).isEqualTo(200);
        assertThat(week.json().path("value").path("week").path("SATURDAY").path("closes").asText()).isEqualTo("12:00");
        assertThat(templates.json().path("value").path("ACKNOWLEDGE").asText()).startsWith("Laporan {kode}");
        assertThat(templates.json().path("value").path("RESOLVED").asText()).contains("{kode}");
        assertThat(Json.write(templates.json())).contains("\"version\":1");
    }

    @Test
    void onlyAdminsChangeConfiguration() {
        var response = api.triage().changeConfig("templates", "{\"version\": 0, \"value\": {}}");

        assertThat(response.status()).isEqualTo(403);
    }
}
