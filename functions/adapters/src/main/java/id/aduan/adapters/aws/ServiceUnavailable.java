package id.aduan.adapters.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Whether a failed AWS call means the service was out of reach for a moment rather than that the request
 * was wrong: a call that did not complete in time or could not be sent (the SDK's client-side failures),
 * throttling, or the service's own 5xx. Callers answer those with "try again shortly", not as a bug.
 */
public final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    public static boolean isCause(RuntimeException failure) {
        return switch (failure) {
            case SdkClientException clientSide -> true;
            case AwsServiceException refused -> refused.isThrottlingException() || refused.statusCode() >= 500;
            default -> false;
        };
    }
}
