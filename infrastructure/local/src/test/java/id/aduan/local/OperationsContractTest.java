package id.aduan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.SamTemplate;
import id.aduan.testkit.SamTemplate.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What operations rely on cannot be forgotten when a resource is added: every function logs to a group
 * with a retention and has an error alarm, every queue either drains into a dead-letter queue or is one,
 * every dead-letter queue has a depth alarm, every table can be restored to a point in time (and a
 * function switched to the restored copy may use it), and every alarm tells the operations audience.
 */
class OperationsContractTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void everyFunctionLogsToAGroupWithARetention() {
        assertThat(TEMPLATE.resourcesOfType("AWS::Serverless::Function")).isNotEmpty().allSatisfy(function -> {
            var logging = SamTemplate.map(function.properties().get("LoggingConfig"));
            var group = TEMPLATE.resource(SamTemplate.referencedLogicalId(logging.get("LogGroup"),
                    function.logicalId() + " LoggingConfig.LogGroup"));
            assertThat(group.type()).isEqualTo("AWS::Logs::LogGroup");
            assertThat(group.properties()).as(group.logicalId()).containsKey("RetentionInDays");
        });
    }

    @Test
    void everyFunctionHasAnErrorAlarmAndAThrottleAlarm() {
        for (var function : TEMPLATE.resourcesOfType("AWS::Serverless::Function")) {
            assertThat(alarmsOn("AWS/Lambda", "FunctionName", function.logicalId()))
                    .as("alarms on " + function.logicalId())
                    .extracting(alarm -> alarm.properties().get("MetricName"))
                    .contains("Errors", "Throttles");
        }
    }

    @Test
    void everyQueueDrainsIntoADeadLetterQueueOrIsOne() {
        var deadLetterQueues = deadLetterQueues();
        for (var queue : TEMPLATE.resourcesOfType("AWS::SQS::Queue")) {
            var redrive = SamTemplate.map(queue.properties().get("RedrivePolicy"));
            assertThat(!redrive.isEmpty() || deadLetterQueues.contains(queue.logicalId()))
                    .as(queue.logicalId() + " has a redrive policy or is a dead-letter queue").isTrue();
        }
    }

    @Test
    void everyDeadLetterQueueHasADepthAlarm() {
        assertThat(deadLetterQueues()).isNotEmpty().allSatisfy(queue ->
                assertThat(alarmsOn("AWS/SQS", "QueueName", queue))
                        .as("depth alarm on " + queue)
                        .extracting(alarm -> alarm.properties().get("MetricName"))
                        .contains("ApproximateNumberOfMessagesVisible"));
    }

    @Test
    void everyTableHasPointInTimeRecovery() {
        assertThat(TEMPLATE.resourcesOfType("AWS::DynamoDB::Table")).isNotEmpty().allSatisfy(table ->
                assertThat(SamTemplate.map(table.properties().get("PointInTimeRecoverySpecification")))
                        .as(table.logicalId()).containsEntry("PointInTimeRecoveryEnabled", true));
    }

    @Test
    void everyFunctionThatUsesTheTableMayUseACopyRestoredForTheOverrideAlike() {
        var users = 0;
        for (var function : TEMPLATE.resourcesOfType("AWS::Serverless::Function")) {
            var onTable = tablePolicies(function, Map.of("Ref", "ComplaintsTable"));
            users += onTable.isEmpty() ? 0 : 1;
            assertThat(tablePolicies(function, Map.of("Fn::Sub", "${ComplaintsTable}-*")))
                    .as(function.logicalId() + " policies on <table>-*").isEqualTo(onTable);
        }
        assertThat(users).isPositive();
    }

    /** The names of the function's policy templates given this table. */
    private static List<String> tablePolicies(Resource function, Object table) {
        return ((List<?>) function.properties().getOrDefault("Policies", List.of())).stream()
                .flatMap(policy -> SamTemplate.map(policy).entrySet().stream())
                .filter(policy -> table.equals(SamTemplate.map(policy.getValue()).get("TableName")))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Test
    void everyAlarmTellsTheAlertsTopic() {
        assertThat(TEMPLATE.resourcesOfType("AWS::CloudWatch::Alarm")).isNotEmpty().allSatisfy(alarm -> {
            var actions = (List<?>) alarm.properties().get("AlarmActions");
            assertThat(actions).as(alarm.logicalId()).isNotNull()
                    .anySatisfy(action -> assertThat(SamTemplate.referencedLogicalId(action, alarm.logicalId()))
                            .isEqualTo("AlertsTopic"));
        });
    }

    /** Queues named as a redrive target, a function's failure destination or its dead-letter queue. */
    private static Set<String> deadLetterQueues() {
        var found = new HashSet<String>();
        for (var queue : TEMPLATE.resourcesOfType("AWS::SQS::Queue")) {
            var target = SamTemplate.map(queue.properties().get("RedrivePolicy")).get("deadLetterTargetArn");
            if (target != null) {
                found.add(SamTemplate.referencedLogicalId(target, queue.logicalId() + " deadLetterTargetArn"));
            }
        }
        for (var function : TEMPLATE.resourcesOfType("AWS::Serverless::Function")) {
            var onFailure = SamTemplate.map(SamTemplate.map(SamTemplate.map(
                    function.properties().get("EventInvokeConfig")).get("DestinationConfig")).get("OnFailure"));
            var deadLetter = SamTemplate.map(function.properties().get("DeadLetterQueue"));
            var eventTargets = SamTemplate.map(function.properties().get("Events")).values().stream()
                    .map(event -> SamTemplate.map(SamTemplate.map(SamTemplate.map(event).get("Properties"))
                            .get("DeadLetterConfig")).get("Arn"));
            Stream.concat(Stream.of(onFailure.get("Destination"), deadLetter.get("TargetArn")), eventTargets)
                    .filter(reference -> reference != null)
                    .map(reference -> SamTemplate.referencedLogicalId(reference, function.logicalId()))
                    .filter(id -> TEMPLATE.resources().get(id) != null
                            && TEMPLATE.resource(id).type().equals("AWS::SQS::Queue"))
                    .forEach(found::add);
        }
        return found;
    }

    private static List<Resource> alarmsOn(String namespace, String dimension, String logicalId) {
        return TEMPLATE.resourcesOfType("AWS::CloudWatch::Alarm").stream()
                .filter(alarm -> namespace.equals(alarm.properties().get("Namespace")))
                .filter(alarm -> ((List<?>) alarm.properties().getOrDefault("Dimensions", List.of())).stream()
                        .map(SamTemplate::map)
                        .anyMatch(d -> dimension.equals(d.get("Name")) && logicalId.equals(referenced(d.get("Value")))))
                .toList();
    }

    private static String referenced(Object value) {
        return value instanceof Map<?, ?> ? SamTemplate.referencedLogicalId(value, "alarm dimension") : null;
    }
}
