package id.aduan.notifier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.json.JsonWriter;
import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.sns.SnsAlertEvents;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.kernel.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subscribed to the alerts topic: posts each alert to the chats of its tenant (an operations alert: the
 * platform's) whose route matches it. When a chat could not be reached after the retries, the invocation
 * fails, so that Lambda tries it again and then leaves it in the dead-letter queue (the chats that got it
 * may get it again on a retry).
 */
public final class AlertNotifierHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public AlertNotifierHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public AlertNotifierHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public AlertNotifierHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        var deadline = Invocation.begin(wiring.runtime, context).deadline();
        var failures = new ArrayList<String>();
        var answers = new ArrayList<Map<String, Object>>();
        for (Alert alert : SnsAlertEvents.read(input)) {
            LogContext.aboutComplaint(alert.attributes().get(AlertAttributes.TRACKING_CODE),
                    alert.attributes().get(AlertAttributes.CORRELATION_ID), () -> notify(alert, deadline, answers))
                    .ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("alerts not posted: " + String.join("; ", failures));
        }
        JsonWriter.write(Map.of("alerts", List.copyOf(answers)), output);
    }

    /** Posts one alert, in the log scope of the complaint it is about, if any; what failed, if anything. */
    private Optional<String> notify(Alert alert, Deadline deadline, List<Map<String, Object>> answers) {
        var report = wiring.notifier.notify(alert, deadline);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("alertId", alert.id());
        fields.put("kind", alert.kind().name());
        alert.tenant().ifPresent(tenant -> fields.put("tenant", tenant.id()));
        fields.put("delivered", report.delivered());
        fields.put("failed", report.failed());
        answers.add(fields);
        if (report.complete()) {
            wiring.runtime.log().info(report.delivered().isEmpty() ? "alert matches no chat route" : "alert posted",
                    fields);
        } else {
            wiring.runtime.log().warn("alert not posted to every chat", fields);
        }
        wiring.runtime.metrics().emit(Map.of("ChatPosts", report.delivered().size(),
                "ChatPostsFailed", report.failed().size()));
        return report.complete() ? Optional.empty()
                : Optional.of(alert.id() + " to " + String.join(", ", report.failed().keySet()));
    }
}
