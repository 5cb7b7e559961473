package id.aduan.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.ingest.DeliveryItem;
import id.aduan.core.ingest.NotAnInstagramDelivery;
import id.aduan.core.testing.CpuTime;
import id.aduan.testkit.InstagramFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Real deliveries with random damage (characters cut, inserted or replaced, values swapped for other
 * JSON), and random text: the parser reads each into changes and malformed elements or refuses the
 * whole body as not an Instagram delivery; it never fails otherwise, and takes little time.
 */
class InstagramDeliveryParserFuzzTest {

    private static final List<String> FIXTURES = List.of("comment-complaint.json", "dm-text.json", "batch-mixed.json",
            "mention-comment.json", "dm-edit.json", "comment-reply-in-thread.json");
    private static final List<String> VALUES = List.of("null", "1", "-5", "1e308", "\"\"", "[]", "{}", "[1,2]", "true",
            "\"\\ud800\"", "{\"id\":{}}", "\"17900000000000101\"");
    private static final Instant RECEIVED = Instant.parse("2026-08-05T04:00:00Z");
    /** Processor time, generous; a parser stuck on an input would take far longer. */
    private static final long MILLIS_PER_INPUT = 1000;

    private final InstagramDeliveryParser parser = new InstagramDeliveryParser();

    InstagramDeliveryParserFuzzTest() throws NotAnInstagramDelivery {
        // Loading the JSON classes is not the time of an input.
        parser.parse(InstagramFixtures.read("batch-mixed.json"), RECEIVED);
    }

    @Property(tries = 400)
    void damagedDeliveryIsReadOrRefusedButNeverFails(@ForAll("damagedDeliveries") String body) {
        assertReadOrRefused(body);
    }

    @Property(tries = 200)
    void randomTextIsReadOrRefusedButNeverFails(@ForAll("randomBodies") String body) {
        assertReadOrRefused(body);
    }

    private void assertReadOrRefused(String body) {
        var reading = CpuTime.of(() -> {
            try {
                return parser.parse(body.getBytes(StandardCharsets.UTF_8), RECEIVED);
            } catch (NotAnInstagramDelivery refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return List.<DeliveryItem>of();
            }
        });
        assertThat(reading.result()).allSatisfy(item -> assertThat(item).isInstanceOfAny(DeliveryItem.Change.class,
                DeliveryItem.Malformed.class));
        assertThat(reading.millis()).isLessThan(MILLIS_PER_INPUT);
    }

    @Provide
    Arbitrary<String> damagedDeliveries() {
        var fixture = Arbitraries.of(FIXTURES).map(name -> new String(InstagramFixtures.read(name), StandardCharsets.UTF_8));
        return Combinators.combine(fixture, Arbitraries.integers().between(1, 6).list().ofMaxSize(8),
                        Arbitraries.doubles().between(0, 1).list().ofSize(8), Arbitraries.of(VALUES))
                .as((text, operations, positions, value) -> {
                    var damaged = new StringBuilder(text);
                    for (int i = 0; i < operations.size() && !damaged.isEmpty(); i++) {
                        int at = (int) (positions.get(i) * (damaged.length() - 1));
                        switch (operations.get(i)) {
                            case 1 -> damaged.deleteCharAt(at);
                            case 2 -> damaged.insert(at, "{[\",:}]".charAt(at % 7));
                            case 3 -> damaged.setCharAt(at, (char) ('0' + at % 10));
                            case 4 -> replaceValueAfterColon(damaged, at, value);
                            case 5 -> damaged.insert(at, value);
                            default -> damaged.setLength(at);
                        }
                    }
                    return damaged.toString();
                });
    }

    @Provide
    Arbitrary<String> randomBodies() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().ofMaxLength(60).map(text -> "{\"object\":\"instagram\",\"entry\":" + text + "}"),
                Arbitraries.of(VALUES).list().ofMaxSize(5).map(values ->
                        "{\"object\":\"instagram\",\"entry\":[" + String.join(",", values) + "]}"));
    }

    /** Replaces the JSON value that follows the first colon at or after {@code from} (up to the next , or }). */
    private static void replaceValueAfterColon(StringBuilder json, int from, String value) {
        int colon = json.indexOf(":", from);
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != '}') {
            end++;
        }
        json.replace(colon + 1, end, value);
    }
}
