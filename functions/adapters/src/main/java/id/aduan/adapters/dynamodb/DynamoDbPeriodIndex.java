package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.report.Move;
import id.aduan.core.report.PeriodIndex;
import id.aduan.core.report.ReportWindow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads the month index ({@code ByPeriod}): one Query per Jakarta month the window touches, its sort key
 * range cut to the window, in pages of up to 1 MB. What a report reads grows with its window, never
 * with the table.
 */
public final class DynamoDbPeriodIndex implements PeriodIndex {

    private final ComplaintTable table;
    private final Keys.TenantKeys keys;

    public DynamoDbPeriodIndex(ComplaintTable table) {
        this.table = table;
        this.keys = table.tenantKeys(DynamoDbPeriodIndex.class);
    }

    @Override
    public List<Complaint> receivedIn(ReportWindow window) {
        var complaints = new ArrayList<Complaint>();
        read(window, keys::receivedIn, item -> complaints.add(ItemMapping.toComplaint(ComplaintItem.SCHEMA.mapToItem(item))));
        return complaints;
    }

    @Override
    public List<Move> movesIn(ReportWindow window) {
        var moves = new ArrayList<Move>();
        read(window, keys::movesIn, item -> {
            var stored = EventItem.SCHEMA.mapToItem(item);
            var event = ItemMapping.toEvent(stored);
            Move.kindOf(event).ifPresent(kind -> moves.add(new Move(kind,
                    keys.complaintOf(stored.pk), event.at(), stored.unit, stored.category,
                    kind == Move.Kind.REROUTED ? event.details().get("from") : null)));
        });
        return moves;
    }

    private void read(ReportWindow window, Function<YearMonth, String> partition,
                      Consumer<Map<String, AttributeValue>> into) {
        var from = AttributeValue.fromS(Keys.orderFrom(window.from()));
        var to = AttributeValue.fromS(Keys.orderFrom(window.to()));
        for (YearMonth month : window.touchedMonths()) {
            var request = QueryRequest.builder()
                    .tableName(table.name)
                    .indexName(Keys.BY_PERIOD_INDEX)
                    .keyConditionExpression("#pk = :month AND #sk BETWEEN :from AND :to")
                    .expressionAttributeNames(Map.of("#pk", Keys.PERIOD_PK, "#sk", Keys.PERIOD_SK))
                    .expressionAttributeValues(Map.of(":month", AttributeValue.fromS(partition.apply(month)),
                            ":from", from, ":to", to))
                    .build();
            table.client.queryPaginator(request).items().forEach(into);
        }
    }
}
