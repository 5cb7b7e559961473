package id.aduan.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.core.complaint.Channel;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The public API against the emulator: Open311 field by field in JSON and XML, the figures, the tracking
 * lookup and the page, and a scan of every public answer for the personal data of the stored complaints.
 */
@ExtendWith(AwsEmulatorExtension.class)
class PublicApiIT {

    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static final String[] OPEN311_FIELDS = {"service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime"};

    private PublicApi api;
    private PublicSeed seed;
    private Complaint road;
    private Complaint light;
    private Complaint spam;
    private Complaint praise;
    private Complaint identity;

    @BeforeEach
    void setUp(Deployment deployment) {
        api = new PublicApi(deployment, Clock.fixed(NOW, ZoneOffset.UTC));
        seed = new PublicSeed(api);
        road = seed.complaint(Channel.COMMENT, "Jalan di Jl. Cibiru Hilir berlubang besar, sudah 2 minggu",
                Instant.parse("2026-11-16T01:10:00Z"), "6123456789012345", "warga_cibiru");
        road = seed.forward(road, "BINA_MARGA_SDA", "Jalan rusak", Instant.parse("2026-11-16T02:00:00Z"));
        road = seed.replied(road, ReplyMethod.PUBLIC_COMMENT_REPLY,
                "Terima kasih @warga_cibiru, aduan sudah diteruskan ke Bina Marga. Info: 0812-3456-7890",
                "17900000000000123", Instant.parse("2026-11-16T02:05:00Z"));
        road = seed.replied(road, ReplyMethod.DM, "Mohon kirim NIK 3273012345678901 dan alamat lengkap kak",
                "17900000000000124", Instant.parse("2026-11-16T02:06:00Z"));
        light = seed.complaint(Channel.DM, "PJU mati di Jl. Soekarno Hatta, hubungi saya 081234567890 atau budi@example.com",
                Instant.parse("2026-11-17T16:30:00Z"), "6123456789012404", "budi.santoso");
        spam = seed.complaint(Channel.COMMENT, "Promo slot gacor WA 081298765432 dijamin jp",
                Instant.parse("2026-11-18T03:00:00Z"), "6123456789019999", "slot_gacor88");
        spam = seed.reject(spam, RejectionReason.SPAM, Instant.parse("2026-11-18T03:30:00Z"));
        praise = seed.complaint(Channel.COMMENT, "Mantap pelayanannya cepat", Instant.parse("2026-11-18T04:00:00Z"),
                "6123456789017777", "ibu_ani");
        praise = seed.reject(praise, RejectionReason.NOT_A_COMPLAINT, Instant.parse("2026-11-18T04:10:00Z"));
        identity = seed.complaint(Channel.COMMENT, "KTP saya belum jadi, NIK 3273019876543210, sudah 3 bulan",
                Instant.parse("2026-11-19T02:00:00Z"), "6123456789015555", "dedi_k");
    }

    @Test
    void open311RequestCarriesEverySpecFieldInJsonAndTheSameInXml() {
        var json = api.get("/open311/v2/requests/{file}", "/open311/v2/requests/" + road.trackingCode() + ".json",
                Map.of("file", road.trackingCode() + ".json"), Map.of());
        var xml = api.get("/open311/v2/requests/{file}", "/open311/v2/requests/" + road.trackingCode() + ".xml",
                Map.of("file", road.trackingCode() + ".xml"), Map.of());

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().get("content-type")).startsWith("application/json");
        var request = json.json().get(0);
        assertThat(names(request)).containsExactly(OPEN311_FIELDS);
        assertThat(request.path("service_request_id").asText()).isEqualTo(road.trackingCode().value());
        assertThat(request.path("status").asText()).isEqualTo("open");
        assertThat(request.path("status_notes").asText())
                .isEqualTo("Terima kasih @***, aduan sudah diteruskan ke Bina Marga. Info: ****");
        assertThat(request.path("service_code").asText()).isEqualTo("BINA_MARGA_SDA");
        assertThat(request.path("service_name").asText()).isEqualTo("Dinas Sumber Daya Air dan Bina Marga");
        assertThat(request.path("agency_responsible").asText()).isEqualTo("Dinas Sumber Daya Air dan Bina Marga");
        assertThat(request.path("description").asText()).isEqualTo("Jalan di Jl. Cibiru Hilir berlubang besar, sudah 2 minggu");
        assertThat(request.path("service_notice").asText()).isEqualTo("Didisposisikan");
        assertThat(request.path("requested_datetime").asText()).isEqualTo("2026-11-16T08:10:00+07:00");
        assertThat(request.path("updated_datetime").asText()).isEqualTo("2026-11-16T09:06:00+07:00");
        assertThat(Instant.parse(request.path("expected_datetime").asText().replace("+07:00", "Z")))
                .isAfter(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(request.has("media_url")).isFalse();

        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.headers().get("content-type")).startsWith("text/xml");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        var root = parse(xml.body());
        assertThat(root.getTagName()).isEqualTo("service_requests");
        var element = (Element) root.getElementsByTagName("request").item(0);
        var fromXml = new LinkedHashMap<String, String>();
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element field) {
                fromXml.put(field.getTagName(), field.getTextContent());
            }
        }
        assertThat(fromXml.keySet()).containsExactly(OPEN311_FIELDS);
        for (String field : OPEN311_FIELDS) {
            assertThat(fromXml.get(field)).as(field).isEqualTo(request.path(field).asText());
        }
    }

    @Test
    void descriptionIsEmptyWhenTheTextHeldPersonalData() {
        var requests = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("service_request_id", light.trackingCode() + "," + identity.trackingCode()));

        assertThat(requests.json()).hasSize(2);
        requests.json().forEach(request -> assertThat(request.path("description").asText()).isEmpty());
    }

    @Test
    void rejectedComplaintsAreNeverPublishedAndSpamCannotBeTracked() {
        var list = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("start_date", "2026-11-01T00:00:00+07:00", "end_date", "2026-11-21T00:00:00+07:00"));
        var spamOne = api.get("/open311/v2/requests/{file}", "/open311/v2/requests/x", Map.of("file",
                spam.trackingCode() + ".xml"), Map.of());
        var spamTrack = api.get("/public/track/{code}", "/public/track/x", Map.of("code", spam.trackingCode().value()),
                Map.of());
        var praiseTrack = api.get("/public/track/{code}", "/public/track/x", Map.of("code",
                praise.trackingCode().value()), Map.of());

        assertThat(ids(list.json())).containsExactly(identity.trackingCode().value(), light.trackingCode().value(),
                road.trackingCode().value());
        assertThat(spamOne.status()).isEqualTo(404);
        assertThat(spamOne.body()).contains("<errors><error><code>404</code>");
        assertThat(spamTrack.status()).isEqualTo(404);
        assertThat(praiseTrack.status()).isEqualTo(200);
        assertThat(praiseTrack.json().path("statusLabel").asText()).isEqualTo("Ditolak");
    }

    @Test
    void requestsFilterByServiceCodeAndStatusAndRefuseWindowsOverNinetyDays() {
        var byUnit = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("service_code", "BINA_MARGA_SDA", "status", "open"));
        var closed = api.get("/open311/v2/requests.xml", "/open311/v2/requests.xml", Map.of(), Map.of("status", "closed"));
        var tooLong = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-06-01T00:00:00Z"));
        var badStatus = api.get("/open311/v2/requests.json", "/open311/v2/requests.json", Map.of(),
                Map.of("status", "pending"));

        assertThat(ids(byUnit.json())).containsExactly(road.trackingCode().value());
        assertThat(closed.body()).contains("<service_requests></service_requests>");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get(0).path("code").asInt()).isEqualTo(400);
        assertThat(tooLong.json().get(0).path("description").asText()).contains("90 days");
        assertThat(badStatus.status()).isEqualTo(400);
    }

    @Test
    void servicesListEveryUnitAsTheSpecNamesThem() {
        var json = api.get("/open311/v2/services.json");
        var xml = api.get("/open311/v2/services.xml");

        var first = json.json().get(0);
        assertThat(names(first)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(first.path("metadata").isBoolean()).isTrue();
        assertThat(first.path("metadata").asBoolean()).isFalse();
        assertThat(first.path("type").asText()).isEqualTo("realtime");
        assertThat(first.path("keywords").asText()).contains("Jalan rusak");
        var root = parse(xml.body());
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(root.getElementsByTagName("service").getLength()).isEqualTo(json.json().size());
        assertThat(root.getElementsByTagName("metadata").item(0).getTextContent()).isEqualTo("false");
        assertThat(json.headers().get("cache-control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void trackingShowsTheStatusAndOnlyPublicReplies() {
        var tracked = api.get("/public/track/{code}", "/public/track/x",
                Map.of("code", road.trackingCode().value().toLowerCase()), Map.of()).json();

        assertThat(tracked.path("statusLabel").asText()).isEqualTo("Didisposisikan");
        assertThat(tracked.path("unit").asText()).isEqualTo("Dinas Sumber Daya Air dan Bina Marga");
        assertThat(tracked.path("replies")).hasSize(1);
        assertThat(tracked.path("replies").get(0).path("text").asText()).startsWith("Terima kasih @***");
    }

    @Test
    void figuresCountPublishedComplaintsOfThisMonth() {
        var figures = api.get("/public/figures");
        var page = api.get("/transparansi");

        var month = figures.json().path("months").get(0);
        assertThat(month.path("month").asText()).isEqualTo("2026-11");
        assertThat(month.path("received").asInt()).isEqualTo(3);
        assertThat(month.path("medianFirstResponseMinutes").asLong()).isEqualTo(55);
        assertThat(figures.json().path("months")).hasSize(13);
        assertThat(figures.headers().get("cache-control")).isEqualTo("public, max-age=300");
        assertThat(page.headers().get("content-type")).startsWith("text/html");
        assertThat(page.headers().get("content-security-policy")).contains("style-src 'sha256-").doesNotContain("unsafe");
        assertThat(page.body()).contains("Transparansi Aduan", "Lacak aduan", "November 2026").doesNotContain("<script");
    }

    @Test
    void theLookupFormAnswersOnThePage() {
        var found = api.get("/transparansi", "/transparansi", Map.of(), Map.of("kode", road.trackingCode().value()));
        var missing = api.get("/transparansi", "/transparansi", Map.of(), Map.of("kode", "ADU-00000"));
        var malformed = api.get("/transparansi", "/transparansi", Map.of(), Map.of("kode", "<b>halo</b>"));

        assertThat(found.body()).contains("Didisposisikan", "Balasan kami", "Terima kasih @***");
        assertThat(missing.body()).contains("tidak ditemukan");
        assertThat(malformed.body()).contains("Kode lacak berbentuk").doesNotContain("<b>halo</b>");
    }

    @Test
    void noPublicAnswerCarriesAnyonesPersonalData() {
        var answers = new ArrayList<PublicApi.Response>();
        answers.add(api.get("/transparansi"));
        answers.add(api.get("/public/figures"));
        answers.add(api.get("/open311/v2/services.json"));
        answers.add(api.get("/open311/v2/services.xml"));
        answers.add(api.get("/open311/v2/requests.json"));
        answers.add(api.get("/open311/v2/requests.xml"));
        for (Complaint complaint : List.of(road, light, spam, praise, identity)) {
            var code = complaint.trackingCode().value();
            answers.add(api.get("/transparansi", "/transparansi", Map.of(), Map.of("kode", code)));
            answers.add(api.get("/public/track/{code}", "/public/track/" + code, Map.of("code", code), Map.of()));
            for (String format : List.of(".json", ".xml")) {
                answers.add(api.get("/open311/v2/requests/{file}", "/open311/v2/requests/" + code + format,
                        Map.of("file", code + format), Map.of()));
            }
        }
        var personal = new ArrayList<String>(List.of("warga_cibiru", "budi.santoso", "slot_gacor88", "ibu_ani", "dedi_k",
                "6123456789012345", "6123456789012404", "6123456789019999", "6123456789017777", "6123456789015555",
                "17900000000000123", "17900000000000124", "0812-3456-7890", "081234567890", "081298765432",
                "3273012345678901", "3273019876543210", "budi@example.com", "17841400000000001"));
        for (Complaint complaint : List.of(road, light, spam, praise, identity)) {
            personal.add(complaint.id().value());
            personal.add(complaint.replyTarget().instagramId());
        }

        for (PublicApi.Response answer : answers) {
            var joinedDigits = answer.body().replaceAll("(?<=\\d)[\\s.\\-](?=\\d)", "");
            for (String data : personal) {
                assertThat(answer.body()).doesNotContainIgnoringCase(data);
                assertThat(joinedDigits).doesNotContain(data.replaceAll("[\\s.\\-]", ""));
            }
        }
        assertThat(answers).hasSize(26);
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode requests) {
        var ids = new ArrayList<String>();
        Iterator<JsonNode> each = requests.elements();
        each.forEachRemaining(request -> ids.add(request.path("service_request_id").asText()));
        return ids;
    }

    private static Element parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }
}
