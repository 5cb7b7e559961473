package id.aduan.adapters.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One configuration section ({@code <t>#CFG} / {@code UNITS|SLA|CALENDAR|TEMPLATES}, or the platform's
 * {@code CFG} / {@code ACCOUNTS}): its JSON and version.
 */
final class ConfigItem {
    String pk;
    String sk;
    String body;
    Long version;
    String updatedAt;
    String updatedBy;

    /** Mapped by hand, not by a schema of lambdas: see {@link StoredAttributes}. */
    static final ItemCodec<ConfigItem> SCHEMA = new ItemCodec<>() {
        @Override
        public Map<String, AttributeValue> itemToMap(ConfigItem item) {
            return StoredAttributes.writing(6)
                    .put(Keys.PK, item.pk)
                    .put(Keys.SK, item.sk)
                    .put("body", item.body)
                    .put("version", item.version)
                    .put("updatedAt", item.updatedAt)
                    .put("updatedBy", item.updatedBy)
                    .attributes();
        }

        @Override
        public ConfigItem mapToItem(Map<String, AttributeValue> attributes) {
            var stored = StoredAttributes.reading(attributes);
            var item = new ConfigItem();
            item.pk = stored.string(Keys.PK);
            item.sk = stored.string(Keys.SK);
            item.body = stored.string("body");
            item.version = stored.longNumber("version");
            item.updatedAt = stored.string("updatedAt");
            item.updatedBy = stored.string("updatedBy");
            return item;
        }
    };
}
