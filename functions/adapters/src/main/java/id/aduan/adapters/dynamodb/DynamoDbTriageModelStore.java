package id.aduan.adapters.dynamodb;

import id.aduan.core.learning.StoredModel;
import id.aduan.core.learning.TriageModelStore;
import id.aduan.core.triage.LearnedModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Keeps the learned routing model in one item ({@code <t>#CFG#TRIAGE} / {@code MODEL}). The model's own
 * format is compact (deflate-compressed counts; about 17 KB after 350 routings, capped at 60,000
 * features), well within an item.
 */
public final class DynamoDbTriageModelStore implements TriageModelStore {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbTriageModelStore(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbTriageModelStore.class);
    }

    @Override
    public Optional<StoredModel> load() {
        var item = table.client.getItem(GetItemRequest.builder().tableName(table.name).key(key()).build());
        if (!item.hasItem() || item.item().isEmpty()) {
            return Optional.empty();
        }
        var attributes = item.item();
        try {
            var model = LearnedModel.read(new ByteArrayInputStream(attributes.get("model").b().asByteArrayUnsafe()));
            var through = attributes.containsKey("learnedThrough")
                    ? LocalDate.parse(attributes.get("learnedThrough").s()) : null;
            return Optional.of(new StoredModel(model, through, Long.parseLong(attributes.get("version").n())));
        } catch (IOException e) {
            throw new UncheckedIOException("the stored triage model cannot be read", e);
        }
    }

    @Override
    public long currentVersion() {
        var item = table.client.getItem(GetItemRequest.builder().tableName(table.name).key(key())
                .projectionExpression("version").build());
        return item.hasItem() && item.item().containsKey("version") ? Long.parseLong(item.item().get("version").n()) : 0;
    }

    @Override
    public boolean save(StoredModel stored, long expectedVersion) {
        var bytes = new ByteArrayOutputStream();
        try {
            stored.model().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var item = new HashMap<>(key());
        item.put("model", AttributeValue.fromB(SdkBytes.fromByteArray(bytes.toByteArray())));
        item.put("version", AttributeValue.fromN(Long.toString(expectedVersion + 1)));
        item.put("documents", AttributeValue.fromN(Integer.toString(stored.model().documentCount())));
        item.put("features", AttributeValue.fromN(Integer.toString(stored.model().featureCount())));
        if (stored.learnedThrough() != null) {
            item.put("learnedThrough", AttributeValue.fromS(stored.learnedThrough().toString()));
        }
        try {
            table.client.putItem(PutItemRequest.builder().tableName(table.name).item(item)
                    .conditionExpression(expectedVersion == 0 ? "attribute_not_exists(PK)" : "version = :expected")
                    .expressionAttributeValues(expectedVersion == 0 ? null
                            : Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException anotherSaveCameFirst) {
            return false;
        }
    }

    private Map<String, AttributeValue> key() {
        return Map.of(Keys.PK, AttributeValue.fromS(keys.triageModel()), Keys.SK, AttributeValue.fromS(Keys.TRIAGE_MODEL_SK));
    }
}
