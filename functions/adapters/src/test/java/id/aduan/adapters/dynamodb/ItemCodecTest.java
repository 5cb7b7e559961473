package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item type's hand mapping against the Enhanced Client's static schema of its attributes as they
 * were declared: what the table held before is what it holds now, and either reads what the other wrote.
 */
class ItemCodecTest {

    static Stream<Arguments> items() {
        return ItemDeclarations.all();
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void everyFieldOfTheItemIsDeclared(ItemCodec<T> codec, DeclaredItem<T> declared) {
        var fields = Arrays.stream(declared.type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .count();

        assertThat(declared.attributes).hasSize((int) fields);
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void anItemHoldingEveryAttributeIsWrittenAsTheStaticSchemaWritesIt(ItemCodec<T> codec, DeclaredItem<T> declared) {
        var item = SampleItems.filled(declared, 1);

        assertThat(codec.itemToMap(item)).isEqualTo(declared.tableSchema().itemToMap(item, true))
                .hasSize(declared.attributes.size());
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void eachReadsWhatTheOtherWrote(ItemCodec<T> codec, DeclaredItem<T> declared) {
        var schema = declared.tableSchema();
        var stored = schema.itemToMap(SampleItems.filled(declared, 2), true);

        var readByHand = codec.mapToItem(stored);

        assertThat(schema.itemToMap(readByHand, true)).isEqualTo(stored);
        assertThat(schema.itemToMap(schema.mapToItem(codec.itemToMap(readByHand)), true)).isEqualTo(stored);
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void anItemHoldingOnlyItsKeysIsWrittenWithOnlyItsKeys(ItemCodec<T> codec, DeclaredItem<T> declared) {
        var item = declared.newItem.get();
        SampleItems.set(declared.attributes.get(0), item, "PK-1");
        SampleItems.set(declared.attributes.get(1), item, "SK-1");

        assertThat(codec.itemToMap(item)).isEqualTo(declared.tableSchema().itemToMap(item, true))
                .containsOnlyKeys(Keys.PK, Keys.SK);
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void emptyTextListsAndMapsAreStoredEmptyAsTheStaticSchemaStoresThem(ItemCodec<T> codec,
                                                                             DeclaredItem<T> declared) {
        var item = SampleItems.empty(declared);

        var byHand = codec.itemToMap(item);

        assertThat(byHand).isEqualTo(declared.tableSchema().itemToMap(item, true));
        assertThat(codec.itemToMap(codec.mapToItem(byHand))).isEqualTo(byHand);
    }

    @ParameterizedTest
    @MethodSource("items")
    <T> void nullsInsideListsAndMapsAreStoredAsNulAsTheStaticSchemaStoresThem(ItemCodec<T> codec,
                                                                              DeclaredItem<T> declared) {
        var schema = declared.tableSchema();
        var item = SampleItems.withNullsInside(declared);

        var byHand = codec.itemToMap(item);

        assertThat(byHand).isEqualTo(schema.itemToMap(item, true));
        assertThat(schema.itemToMap(codec.mapToItem(byHand), true)).isEqualTo(byHand);
    }

    @Test
    void anAttributeStoredAsNullOrNotKnownIsNotRead() {
        var stored = new HashMap<>(Map.of(Keys.PK, AttributeValue.fromS("32.73#C#01"), Keys.SK, AttributeValue.fromS("META"),
                "text", AttributeValue.fromNul(true), "someday", AttributeValue.fromS("kept by a later version")));

        var complaint = ComplaintItem.SCHEMA.mapToItem(stored);

        assertThat(complaint.text).isNull();
        assertThat(ComplaintItem.SCHEMA.itemToMap(complaint)).containsOnlyKeys(Keys.PK, Keys.SK);
        assertThat(ItemDeclarations.COMPLAINT.tableSchema().mapToItem(stored).text).isNull();
    }

    @Test
    void anAttributeStoredAsAnotherKindIsRefusedNamingIt() {
        var stored = Map.of(Keys.PK, AttributeValue.fromS("32.73#C#01"), "messageCount", AttributeValue.fromS("three"));

        assertThatThrownBy(() -> ComplaintItem.SCHEMA.mapToItem(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored attribute messageCount should hold a number but holds S");
    }
}
