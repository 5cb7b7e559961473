package id.aduan.bench;

import id.aduan.testkit.AwsEmulator;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts the items DynamoDB read for a client, from its answers: index entries and items a Query
 * examined, items a GetItem or BatchGetItem returned. A Scan is counted apart: there must be none.
 */
final class ItemsRead implements ExecutionInterceptor {

    /** A DynamoDB client of the emulator whose reads this counter counts. */
    DynamoDbClient client(AwsEmulator emulator) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(AwsEmulator.REGION))
                .endpointOverride(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY)))
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(this))
                .build();
    }


    final LongAdder queried = new LongAdder();
    final LongAdder fetched = new LongAdder();
    final LongAdder queries = new LongAdder();
    final LongAdder gets = new LongAdder();
    final LongAdder scans = new LongAdder();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        switch (context.response()) {
            case QueryResponse query -> {
                queries.increment();
                queried.add(query.scannedCount());
            }
            case GetItemResponse get -> {
                gets.increment();
                fetched.add(get.hasItem() && !get.item().isEmpty() ? 1 : 0);
            }
            case BatchGetItemResponse batch -> batch.responses().values().forEach(items -> fetched.add(items.size()));
            case ScanResponse scan -> scans.increment();
            default -> {
            }
        }
    }

    void reset() {
        queried.reset();
        fetched.reset();
        queries.reset();
        gets.reset();
        scans.reset();
    }
}
