package id.aduan.adapters.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

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

    static final StaticTableSchema<ConfigItem> SCHEMA = Attributes.of(ConfigItem.class, ConfigItem::new,
                    i -> i.pk, (i, v) -> i.pk = v, i -> i.sk, (i, v) -> i.sk = v)
            .string("body", i -> i.body, (i, v) -> i.body = v)
            .longNumber("version", i -> i.version, (i, v) -> i.version = v)
            .string("updatedAt", i -> i.updatedAt, (i, v) -> i.updatedAt = v)
            .string("updatedBy", i -> i.updatedBy, (i, v) -> i.updatedBy = v)
            .build();
}
