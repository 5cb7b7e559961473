package id.aduan.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The writer writes log lines, metrics and answers byte for byte as the function's mapper does. */
class JsonWriterTest {

    private enum Level { HIGH }

    private record Summary(String unit, int open, Optional<Instant> oldest) {
    }

    @Test
    void writesEveryValueALogLineOrAnswerHoldsAsTheMapperDoes() throws Exception {
        var line = new LinkedHashMap<String, Object>();
        line.put("text", "quote \" backslash \\ slash / tab \t newline \n bell \u0007 \b \f \r del \u007f \u2028 é 😀");
        line.put("dropped", null);
        line.put("empty", Optional.empty());
        line.put("present", Optional.of(3));
        line.put("int", 7);
        line.put("long", 12345678901L);
        line.put("short", (short) 2);
        line.put("byte", (byte) 1);
        line.put("big", new BigInteger("123456789012345678901234567890"));
        line.put("decimal", new BigDecimal("1.50"));
        line.put("double", 0.1);
        line.put("large", 1e20);
        line.put("float", 1.5f);
        line.put("nan", Double.NaN);
        line.put("infinite", Float.NEGATIVE_INFINITY);
        line.put("yes", true);
        line.put("char", 'c');
        line.put("enum", Level.HIGH);
        line.put("at", Instant.parse("2026-12-05T03:00:00.120Z"));
        line.put("day", LocalDate.of(2026, 12, 5));
        line.put("list", Arrays.asList(1, null, "two"));
        line.put("nested", Map.of("inner", List.of(Map.of("Name", "x"))));
        line.put("sorted", new TreeMap<>(Map.of(Level.HIGH, 1)));
        line.put("record", new Summary("PERHUBUNGAN", 2, Optional.empty()));
        line.put("duration", Duration.ofMinutes(90));

        assertThat(JsonWriter.write(line)).isEqualTo(Json.write(line));
    }

    @Test
    void writesADocumentItReadAsJacksonWritesItsTree() throws Exception {
        var document = "{\"a\":[1,2.50,-0,1e2,null,true,\"x\\u0001\"],\"b\":null,\"c\":{}}";

        var written = JsonWriter.write(Map.of("tree", JsonReader.read(document)));

        assertThat(written).isEqualTo("{\"tree\":" + Json.mapper().readTree(document) + "}");
    }

    @Test
    void writesAPathToNothingAsNullAsJacksonWritesAMissingNode() throws Exception {
        var document = JsonReader.read("{\"a\":1}");

        assertThat(JsonWriter.write(Map.of("b", document.path("b"))))
                .isEqualTo(Json.write(Map.of("b", Json.mapper().readTree("{\"a\":1}").path("b"))));
    }

    @Test
    void writesUtf8ToAStreamAndLeavesItOpen() throws Exception {
        var out = new ByteArrayOutputStream();

        JsonWriter.write(Map.of("kota", "Makassar \u2013 Sulawesi"), out);
        out.write('\n');

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"kota\":\"Makassar \u2013 Sulawesi\"}\n");
    }
}
