package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.FailureClassifier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB's verdict on a write decides whether a retry can mend it: a {@code ValidationException} (an item
 * over 400 KB, a string that is not valid text) or a transaction cancelled for a validation error will be
 * refused again, as will a value the domain refuses; throttling, timeouts, conditional-check races and
 * everything unforeseen are worth another try.
 */
public final class DynamoDbFailureClassifier implements FailureClassifier {

    @Override
    public boolean isPermanent(RuntimeException failure) {
        return switch (failure) {
            case TransactionCanceledException cancelled -> cancelled.hasCancellationReasons()
                    && cancelled.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch("ValidationError"::equals);
            case DynamoDbException refused -> refused.awsErrorDetails() != null
                    && "ValidationException".equals(refused.awsErrorDetails().errorCode());
            case IllegalArgumentException invalid -> true;
            default -> false;
        };
    }
}
