package id.aduan.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reader answers as Jackson's tree does for every document and question the function's readers ask. */
class JsonReaderTest {

    private static final List<String> FIELDS = List.of("a", "b", "n", "s", "t", "missing", "0");

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1,\"b\":\"x\",\"n\":null,\"s\":\" 7 \",\"t\":true}",
            "{\"a\":-0,\"b\":1.50,\"n\":1e2,\"s\":\"12.7\",\"t\":\"true\"}",
            "{\"a\":12345678901,\"b\":12345678901234567890123,\"s\":\"12345678901\",\"t\":0}",
            "{\"a\":{\"b\":[1,2,{\"c\":\"\\u00e9\\n\\\"\"}]},\"b\":[],\"s\":\"1e3\",\"t\":\"yes\"}",
            "{\"a\":1,\"a\":2,\"b\":false,\"n\":-2.5E-3,\"s\":\"\",\"t\":2}",
            "[1,\"two\",null,{\"a\":[]}]",
            "\"just text\"", "42", "true", "null", "{}", "", "   ",
            "{\"a\":1} trailing words",
            "{\"s\":\"\\ud83d\\ude00 emoji\",\"t\":\"\\ud800 lone\",\"a\":\"tab\\tand\\/slash\"}"})
    void answersEveryQuestionAsJacksonsTreeDoes(String document) throws IOException {
        var jackson = Json.mapper().readTree(document);
        var ours = JsonReader.read(document);

        assertThat(describe(ours)).isEqualTo(describe(jackson));
        for (var field : FIELDS) {
            assertThat(describe(ours.path(field))).as(field).isEqualTo(describe(jackson.path(field)));
            assertThat(ours.has(field)).as(field).isEqualTo(jackson.has(field));
            assertThat(ours.get(field) == null).as(field).isEqualTo(jackson.get(field) == null);
        }
        for (int index = -1; index < 5; index++) {
            assertThat(describe(ours.path(index))).isEqualTo(describe(jackson.path(index)));
        }
    }

    @Test
    void readsUtf8BytesAndSkipsAByteOrderMark() throws IOException {
        var bytes = "\uFEFF{\"kota\":\"Makassar \u2013 Sulawesi\"}".getBytes(StandardCharsets.UTF_8);

        var value = JsonReader.read(new ByteArrayInputStream(bytes));

        assertThat(value.path("kota").asText()).isEqualTo("Makassar \u2013 Sulawesi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":}", "{\"a\" 1}", "{a:1}", "[1,]", "{\"a\":1,}", "[1 2]", "01", "-", "1.",
            ".5", "+1", "tru", "nul", "\"open", "\"bad \\x escape\"", "\"\\u12g4\"", "\"tab\there\"",
            "{\"a\":[1,2}", "// comment", "'single'", "NaN"})
    void rejectsWhatJacksonRejects(String document) {
        assertThatThrownBy(() -> Json.mapper().readTree(document)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonReader.read(document)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        var bytes = new byte[] {'"', (byte) 0xff, '"'};

        assertThatThrownBy(() -> JsonReader.read(bytes))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("the document is not UTF-8");
    }

    @Test
    void saysWhereADocumentGoesWrong() {
        assertThatThrownBy(() -> JsonReader.read("{\"a\":}"))
                .hasMessage("unexpected character '}' where a value was expected (at character 6)");
    }

    @Test
    void rejectsADocumentNestedDeeperThanAThousandLevels() {
        var deep = "[".repeat(1001) + "]".repeat(1001);

        assertThatThrownBy(() -> JsonReader.read(deep)).hasMessageStartingWith("nested deeper than 1000 levels");
    }

    /** Everything a reader can learn of a value, as one line, from Jackson's tree. */
    private static String describe(JsonNode node) {
        var fields = new ArrayList<String>();
        node.properties().forEach(field -> fields.add(field.getKey() + "=" + describe(field.getValue())));
        var elements = new ArrayList<String>();
        node.forEach(element -> elements.add(describe(element)));
        return String.join("|", List.of(kind(node.isObject(), node.isArray(), node.isTextual(), node.isNumber(),
                        node.isBoolean(), node.isNull(), node.isMissingNode()),
                node.asText(), node.asText("fallback"), String.valueOf(node.textValue()),
                String.valueOf(node.asInt(-9)), String.valueOf(node.asLong(-9)), String.valueOf(node.asDouble(-9)),
                String.valueOf(node.asBoolean(true)), String.valueOf(node.asBoolean(false)),
                String.valueOf(node.canConvertToInt()), String.valueOf(node.canConvertToLong()),
                String.valueOf(node.size()), String.valueOf(node.isEmpty()), node.toString(),
                fields.toString(), elements.toString()));
    }

    private static String describe(JsonValue value) {
        var fields = new ArrayList<String>();
        value.properties().forEach(field -> fields.add(field.getKey() + "=" + describe(field.getValue())));
        var elements = new ArrayList<String>();
        value.forEach(element -> elements.add(describe(element)));
        return String.join("|", List.of(kind(value.isObject(), value.isArray(), value.isTextual(), value.isNumber(),
                        value.isBoolean(), value.isNull(), value.isMissingNode()),
                value.asText(), value.asText("fallback"), String.valueOf(value.textValue()),
                String.valueOf(value.asInt(-9)), String.valueOf(value.asLong(-9)), String.valueOf(value.asDouble(-9)),
                String.valueOf(value.asBoolean(true)), String.valueOf(value.asBoolean(false)),
                String.valueOf(value.canConvertToInt()), String.valueOf(value.canConvertToLong()),
                String.valueOf(value.size()), String.valueOf(value.isEmpty()), value.toString(),
                fields.toString(), elements.toString()));
    }

    private static String kind(boolean... flags) {
        var kind = new StringBuilder();
        for (boolean flag : flags) {
            kind.append(flag ? '1' : '0');
        }
        return kind.toString();
    }
}
