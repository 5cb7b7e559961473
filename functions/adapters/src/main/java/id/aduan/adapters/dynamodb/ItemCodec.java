package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How one item type is stored: its attributes as the low-level client reads and writes them. */
interface ItemCodec<T> {

    /** The item's attributes, leaving out those it does not hold (null). */
    Map<String, AttributeValue> itemToMap(T item);

    /** The item read from its stored attributes; attributes it does not know are left out. */
    T mapToItem(Map<String, AttributeValue> stored);
}
