package id.aduan.slamonitor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.observability.LogContext;
import id.aduan.adapters.runtime.Invocation;
import id.aduan.adapters.runtime.Outcome;
import id.aduan.adapters.runtime.ServedJobs;
import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.SlaSweep;
import id.aduan.core.kernel.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SLA sweep, every minute: for each tenant in turn, raises and publishes every warning and breach
 * that fell due and publishes again the alerts an earlier sweep could not; then does the same for the
 * platform's operations alerts. Whatever it leaves for lack of time, the next minute's sweep takes up. A
 * tenant whose pass failed is named in the log line and fails the invocation, after the others' passes.
 */
public final class SlaSweepHandler implements RequestStreamHandler {

    private final Wiring wiring;

    public SlaSweepHandler() {
        this(Wiring.fromEnvironment());
    }

    /** For running in-process with a given environment (tests, the local run). */
    public SlaSweepHandler(Settings settings) {
        this(new Wiring(settings, Clock.systemUTC()));
    }

    public SlaSweepHandler(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        new ServedJobs(wiring.runtime).serve(input, output, context, (invocation, event) -> sweep(invocation));
    }

    private Outcome sweep(Invocation invocation) {
        var run = wiring.tenants.run(jobs -> jobs.sweep().sweep(invocation.deadline()));
        var reports = new ArrayList<>(run.results().values());
        reports.add(SlaSweep.Report.publishing(
                wiring.operations.publishStranded(invocation.deadline(), SlaSweep.MARGIN)));
        var report = SlaSweep.Report.together(reports);
        long millis = invocation.millis();
        var fields = new LinkedHashMap<String, Object>();
        fields.put("complaints", report.complaints());
        fields.put("alertsRaised", report.alertsRaised());
        fields.put("closed", report.closed());
        fields.put("published", report.published());
        fields.put("heldForNextHour", report.held());
        fields.put("failed", report.failed());
        fields.put("lostRaces", report.lostRaces());
        fields.put("problems", report.problems().size());
        fields.put("finished", report.finished());
        fields.put("lagSeconds", report.lag().toSeconds());
        fields.put("durationMillis", millis);
        fields.put("dynamoDbRequests", invocation.dynamoDbRequests());
        var failures = report.outcomes().stream().filter(OutboxPublisher.Outcome::failedNow)
                .map(outcome -> outcome.alertId() + ": " + outcome.failure()).toList();
        run.results().forEach(this::log);
        var metrics = Map.of(
                "SlaSweepMillis", millis,
                "SlaAlertsRaised", report.alertsRaised(),
                "ComplaintsClosedAfterObjectionWindow", report.closed(),
                "SlaAlertsPublished", report.published(),
                "SlaAlertsFailed", report.failed(),
                "SlaComplaintsFailed", report.problems().size(),
                "SlaSweepUnfinished", report.finished() ? 0 : 1,
                "SlaSweepLagSeconds", report.lag().toSeconds());
        if (failures.isEmpty()) {
            return Outcome.info("sla sweep", fields, metrics).failedFor(run.failed());
        }
        var logged = new LinkedHashMap<String, Object>(fields);
        logged.put("failures", failures);
        return Outcome.warning("sla sweep: alerts left in the outbox for the next sweep", logged, metrics)
                .answering(fields).failedFor(run.failed());
    }

    /** A line for each alert a tenant's sweep raised, and for each complaint it could not handle. */
    private void log(Tenant tenant, SlaSweep.Report report) {
        for (Alert alert : report.raised()) {
            LogContext.aboutComplaint(alert.attributes().get(AlertAttributes.TRACKING_CODE),
                    alert.attributes().get(AlertAttributes.CORRELATION_ID), () -> {
                        wiring.runtime.log().info("sla alert raised", Map.of("alertId", alert.id(),
                                "level", alert.attributes().get(AlertAttributes.LEVEL), "tenant", tenant.id()));
                        return null;
                    });
        }
        report.problems().forEach((id, error) -> LogContext.aboutComplaint(id.value(), null, () -> {
            wiring.runtime.log().warn("sla sweep: complaint not handled, tried again next minute",
                    Map.of("error", error, "tenant", tenant.id()));
            return null;
        }));
    }
}
