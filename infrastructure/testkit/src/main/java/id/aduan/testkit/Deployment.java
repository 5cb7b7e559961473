package id.aduan.testkit;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The resources of {@code template.yaml} created in an emulator with SDK calls (the emulators'
 * CloudFormation support skips too much), and each function's environment as Lambda would give it,
 * with references resolved to what was created.
 */
public final class Deployment {

    private static final String ACCOUNT = "123456789012";
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]+)}");

    private final AwsEmulator emulator;
    private final SamTemplate template;
    private final String prefix;
    private final Map<String, String> secretValues;
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, String> arns = new HashMap<>();
    private DynamoDbClient dynamoDb;
    private SqsClient sqs;
    private SnsClient sns;
    private SecretsManagerClient secretsManager;

    private Deployment(AwsEmulator emulator, SamTemplate template, String prefix, Map<String, String> secretValues) {
        this.emulator = emulator;
        this.template = template;
        this.prefix = prefix;
        this.secretValues = Map.copyOf(secretValues);
    }

    /** Creates every supported resource of the template; names start with {@code prefix}. */
    public static Deployment create(AwsEmulator emulator, SamTemplate template, String prefix,
                                    Map<String, String> secretValues) {
        var deployment = new Deployment(emulator, template, prefix, secretValues);
        deployment.createAll();
        return deployment;
    }

    public SamTemplate template() {
        return template;
    }

    public AwsEmulator emulator() {
        return emulator;
    }

    /** The physical name or id a {@code !Ref} to this resource gives (table name, queue URL, ARN…). */
    public String ref(String logicalId) {
        var value = refs.get(logicalId);
        if (value == null) {
            throw new IllegalArgumentException("no created resource " + logicalId);
        }
        return value;
    }

    public String arn(String logicalId) {
        var value = arns.get(logicalId);
        if (value == null) {
            throw new IllegalArgumentException("no ARN for " + logicalId);
        }
        return value;
    }

    /**
     * Every item of a table, ordered by key: lets a test assert that something changed nothing. A
     * Scan is fine here; it never appears in Aduan's own code.
     */
    public List<Map<String, AttributeValue>> items(String tableLogicalId) {
        var items = new ArrayList<Map<String, AttributeValue>>();
        dynamoDb().scanPaginator(request -> request.tableName(ref(tableLogicalId)).consistentRead(true))
                .items().forEach(items::add);
        items.sort(Comparator.comparing((Map<String, AttributeValue> item) -> item.get("PK").s())
                .thenComparing(item -> item.containsKey("SK") ? item.get("SK").s() : ""));
        return items;
    }

    /** What Lambda would put in the function's environment, pointing the SDK at the emulator. */
    public Map<String, String> environment(String functionLogicalId) {
        var function = template.function(functionLogicalId);
        var environment = new LinkedHashMap<String, String>();
        function.environment().forEach((name, value) -> environment.put(name, resolve(value)));
        environment.put("AWS_REGION", AwsEmulator.REGION);
        environment.put("AWS_ENDPOINT_URL", emulator.endpoint().toString());
        environment.put("AWS_ACCESS_KEY_ID", AwsEmulator.ACCESS_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", AwsEmulator.SECRET_KEY);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", prefix + "-" + functionLogicalId);
        return environment;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = configure(DynamoDbClient.builder()).build();
        }
        return dynamoDb;
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = configure(SqsClient.builder()).build();
        }
        return sqs;
    }

    public synchronized SnsClient sns() {
        if (sns == null) {
            sns = configure(SnsClient.builder()).build();
        }
        return sns;
    }

    public synchronized SecretsManagerClient secretsManager() {
        if (secretsManager == null) {
            secretsManager = configure(SecretsManagerClient.builder()).build();
        }
        return secretsManager;
    }

    private <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        builder.region(Region.of(AwsEmulator.REGION));
        builder.endpointOverride(emulator.endpoint());
        builder.credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY)));
        return builder;
    }

    private void createAll() {
        for (var table : template.resourcesOfType("AWS::DynamoDB::Table")) {
            createTable(table);
        }
        // Dead-letter queues first: a redrive policy names a queue that must exist.
        var queues = template.resourcesOfType("AWS::SQS::Queue");
        queues.stream().filter(q -> !q.properties().containsKey("RedrivePolicy")).forEach(this::createQueue);
        queues.stream().filter(q -> q.properties().containsKey("RedrivePolicy")).forEach(this::createQueue);
        for (var topic : template.resourcesOfType("AWS::SNS::Topic")) {
            createTopic(topic);
        }
        for (var subscription : template.resourcesOfType("AWS::SNS::Subscription")) {
            subscribe(subscription);
        }
        for (var secret : template.resourcesOfType("AWS::SecretsManager::Secret")) {
            createSecret(secret);
        }
    }

    private void createTable(SamTemplate.Resource resource) {
        var name = prefix + "-" + resource.logicalId();
        var properties = resource.properties();
        try {
            dynamoDb().deleteTable(request -> request.tableName(name));
        } catch (ResourceNotFoundException absent) {
            // The usual case: the emulator was reset.
        }
        var definitions = list(properties.get("AttributeDefinitions")).stream()
                .map(d -> AttributeDefinition.builder().attributeName(str(d, "AttributeName"))
                        .attributeType(str(d, "AttributeType")).build())
                .toList();
        var indexes = list(properties.get("GlobalSecondaryIndexes")).stream()
                .map(index -> {
                    var projection = SamTemplate.map(index.get("Projection"));
                    var builder = Projection.builder().projectionType(String.valueOf(projection.get("ProjectionType")));
                    if (projection.get("NonKeyAttributes") instanceof List<?> attributes) {
                        builder.nonKeyAttributes(attributes.stream().map(String::valueOf).toList());
                    }
                    return GlobalSecondaryIndex.builder().indexName(str(index, "IndexName"))
                            .keySchema(keySchema(index.get("KeySchema"))).projection(builder.build()).build();
                })
                .toList();
        dynamoDb().createTable(request -> {
            request.tableName(name)
                    .attributeDefinitions(definitions)
                    .keySchema(keySchema(properties.get("KeySchema")))
                    .billingMode(BillingMode.PAY_PER_REQUEST);
            if (!indexes.isEmpty()) {
                request.globalSecondaryIndexes(indexes);
            }
        });
        var ttl = SamTemplate.map(properties.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            dynamoDb().updateTimeToLive(request -> request.tableName(name)
                    .timeToLiveSpecification(spec -> spec.attributeName(str(ttl, "AttributeName")).enabled(true)));
        }
        refs.put(resource.logicalId(), name);
        arns.put(resource.logicalId(), "arn:aws:dynamodb:" + AwsEmulator.REGION + ":" + ACCOUNT + ":table/" + name);
    }

    private void createQueue(SamTemplate.Resource resource) {
        var properties = resource.properties();
        boolean fifo = Boolean.TRUE.equals(properties.get("FifoQueue"));
        var name = prefix + "-" + resource.logicalId() + (fifo ? ".fifo" : "");
        var attributes = new HashMap<QueueAttributeName, String>();
        copyAttribute(properties, "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT, attributes);
        copyAttribute(properties, "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD, attributes);
        copyAttribute(properties, "DelaySeconds", QueueAttributeName.DELAY_SECONDS, attributes);
        if (fifo) {
            attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
        }
        var redrive = SamTemplate.map(properties.get("RedrivePolicy"));
        if (!redrive.isEmpty()) {
            attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\""
                    + resolve(redrive.get("deadLetterTargetArn")) + "\",\"maxReceiveCount\":"
                    + resolve(redrive.get("maxReceiveCount")) + "}");
        }
        var url = sqs().createQueue(request -> request.queueName(name).attributes(attributes)).queueUrl();
        refs.put(resource.logicalId(), url);
        arns.put(resource.logicalId(), sqs().getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN));
    }

    private void createTopic(SamTemplate.Resource resource) {
        var arn = sns().createTopic(request -> request.name(prefix + "-" + resource.logicalId())).topicArn();
        refs.put(resource.logicalId(), arn);
        arns.put(resource.logicalId(), arn);
        for (var subscription : list(resource.properties().get("Subscription"))) {
            if ("sqs".equals(subscription.get("Protocol"))) {
                sns().subscribe(request -> request.topicArn(arn).protocol("sqs")
                        .endpoint(resolve(subscription.get("Endpoint"))));
            }
        }
    }

    /** SQS subscriptions are created so tests can read what a topic delivered; e-mail ones are skipped. */
    private void subscribe(SamTemplate.Resource resource) {
        var properties = resource.properties();
        if (!"sqs".equals(properties.get("Protocol"))) {
            return;
        }
        var topic = resolve(properties.get("TopicArn"));
        var endpoint = resolve(properties.get("Endpoint"));
        var arn = sns().subscribe(request -> request.topicArn(topic).protocol("sqs").endpoint(endpoint)
                .attributes(Map.of("RawMessageDelivery",
                        String.valueOf(Boolean.TRUE.equals(properties.get("RawMessageDelivery"))))))
                .subscriptionArn();
        refs.put(resource.logicalId(), arn);
    }

    private void createSecret(SamTemplate.Resource resource) {
        var name = prefix + "/" + resource.logicalId();
        var value = secretValues.getOrDefault(resource.logicalId(), generated(resource.properties()));
        var arn = secretsManager().createSecret(request -> request.name(name).secretString(value)).arn();
        refs.put(resource.logicalId(), arn);
        arns.put(resource.logicalId(), arn);
    }

    /** What GenerateSecretString would produce: its template with the generated key added. */
    private static String generated(Map<String, Object> properties) {
        var spec = SamTemplate.map(properties.get("GenerateSecretString"));
        if (properties.get("SecretString") instanceof String literal) {
            return literal;
        }
        var random = new SecureRandom();
        var password = new StringBuilder();
        var alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        var template = (String) spec.get("SecretStringTemplate");
        var key = (String) spec.get("GenerateStringKey");
        if (template == null || key == null) {
            return password.toString();
        }
        var body = template.strip();
        return body.substring(0, body.length() - 1) + (body.length() > 2 ? ", " : "")
                + "\"" + key + "\": \"" + password + "\"}";
    }

    /** Resolves a template value as CloudFormation would, for the intrinsic functions the template uses. */
    public String resolve(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        var map = SamTemplate.map(value);
        if (map.containsKey("Ref")) {
            return reference((String) map.get("Ref"));
        }
        if (map.get("Fn::GetAtt") instanceof List<?> attribute) {
            return attribute(String.valueOf(attribute.get(0)), String.valueOf(attribute.get(1)));
        }
        if (map.containsKey("Fn::Sub")) {
            var sub = map.get("Fn::Sub");
            var text = sub instanceof List<?> parts ? String.valueOf(parts.getFirst()) : String.valueOf(sub);
            var variables = sub instanceof List<?> parts && parts.size() > 1 ? SamTemplate.map(parts.get(1)) : Map.<String, Object>of();
            Matcher matcher = SUBSTITUTION.matcher(text);
            var result = new StringBuilder();
            while (matcher.find()) {
                var name = matcher.group(1);
                String replacement;
                if (variables.containsKey(name)) {
                    replacement = resolve(variables.get(name));
                } else if (name.contains(".") && !name.startsWith("AWS::")) {
                    replacement = attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
                } else {
                    replacement = reference(name);
                }
                matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(result);
            return result.toString();
        }
        throw new IllegalArgumentException("the testkit cannot resolve " + value + " yet");
    }

    private String reference(String name) {
        return switch (name) {
            case "AWS::Region" -> AwsEmulator.REGION;
            case "AWS::AccountId" -> ACCOUNT;
            case "AWS::StackName" -> prefix;
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::Partition" -> "aws";
            default -> {
                if (refs.containsKey(name)) {
                    yield refs.get(name);
                }
                var parameter = template.parameterDefaults().get(name);
                if (parameter != null) {
                    yield String.valueOf(parameter instanceof List<?> list ? String.join(",",
                            list.stream().map(String::valueOf).toList()) : parameter);
                }
                if (template.resources().containsKey(name)) {
                    // Declared, but not something the emulator needs (an API, a log group): a stable stand-in.
                    yield prefix + "-" + name;
                }
                throw new IllegalArgumentException("template.yaml has no resource or parameter " + name);
            }
        };
    }

    private String attribute(String logicalId, String attribute) {
        return switch (attribute) {
            case "Arn" -> arn(logicalId);
            case "QueueUrl" -> ref(logicalId);
            case "QueueName", "TopicName" -> {
                var ref = ref(logicalId);
                yield ref.substring(ref.lastIndexOf(ref.startsWith("arn:") ? ':' : '/') + 1);
            }
            default -> throw new IllegalArgumentException("the testkit cannot resolve " + logicalId + "." + attribute);
        };
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return list(value).stream()
                .map(k -> KeySchemaElement.builder().attributeName(str(k, "AttributeName")).keyType(str(k, "KeyType")).build())
                .toList();
    }

    private void copyAttribute(Map<String, Object> properties, String property, QueueAttributeName name,
                               Map<QueueAttributeName, String> attributes) {
        if (properties.containsKey(property)) {
            attributes.put(name, resolve(properties.get(property)));
        }
    }

    private static List<Map<String, Object>> list(Object value) {
        var result = new ArrayList<Map<String, Object>>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(SamTemplate.map(item)));
        }
        return result;
    }

    private static String str(Map<String, Object> map, String key) {
        return String.valueOf(map.get(key));
    }
}
