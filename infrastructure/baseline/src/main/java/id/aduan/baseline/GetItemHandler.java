package id.aduan.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A handler that builds one DynamoDB client (lightest HTTP client, explicit region and credentials)
 * and makes one GetItem per request: the floor for the cold-start benchmark.
 */
public final class GetItemHandler implements RequestStreamHandler {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public GetItemHandler() {
        var env = System.getenv();
        var builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(env.getOrDefault("AWS_REGION", "ap-southeast-3")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        env.getOrDefault("AWS_ACCESS_KEY_ID", "testing"),
                        env.getOrDefault("AWS_SECRET_ACCESS_KEY", "testing"))));
        if (env.containsKey("AWS_ENDPOINT_URL")) {
            builder.endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")));
        }
        dynamoDb = builder.build();
        table = env.get("TABLE_NAME");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        var item = dynamoDb.getItem(request -> request.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("baseline"), "SK", AttributeValue.fromS("baseline"))));
        output.write(("{\"statusCode\":200,\"body\":\"" + item.hasItem() + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
