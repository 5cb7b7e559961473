package id.aduan.notifier;

import id.aduan.adapters.sns.SnsAlertEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Exercises, without posting anything, the code a first alert runs: reading an SNS event. */
final class NotifierWarmUp implements Runnable {

    private static final String SAMPLE_EVENT = """
            {"Records":[{"EventSource":"aws:sns","Sns":{"MessageId":"warm-up","Subject":"warm up",
            "Message":"warm up","MessageAttributes":{"kind":{"Type":"String","Value":"OPERATIONS"}}}}]}""";

    @Override
    public void run() {
        try {
            SnsAlertEvents.read(new ByteArrayInputStream(SAMPLE_EVENT.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
