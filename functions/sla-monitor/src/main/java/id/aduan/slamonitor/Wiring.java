package id.aduan.slamonitor;

import id.aduan.adapters.config.CachedConfigSnapshot;
import id.aduan.adapters.config.ObjectionWindow;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.SlaSettings;
import id.aduan.adapters.dynamodb.DynamoDbAlertOutbox;
import id.aduan.adapters.dynamodb.DynamoDbDigestSource;
import id.aduan.adapters.dynamodb.DynamoDbSlaStore;
import id.aduan.adapters.observability.ComplaintLogScope;
import id.aduan.adapters.runtime.FunctionRuntime;
import id.aduan.adapters.runtime.Priming;
import id.aduan.adapters.sns.SnsAlertPublisher;
import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.AlertPublisher;
import id.aduan.core.alert.AlertWriting;
import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.alert.SlaAlerts;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.alert.SlaSweep;
import id.aduan.core.digest.DailyDigest;
import id.aduan.core.digest.DigestSource;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Builds the SLA monitor's pieces once per container: the sweep and the daily digest, over the table,
 * the alert outbox and the alerts topic.
 */
public final class Wiring {

    final FunctionRuntime runtime;
    final SlaSweep sweep;
    /** Built for each digest, on the working calendar as configured then: init reads no configuration. */
    final Supplier<DailyDigest> digest;
    private final Priming priming;

    public Wiring(Settings settings, Clock clock) {
        this(new FunctionRuntime("sla-monitor", settings, clock));
    }

    private Wiring(FunctionRuntime runtime) {
        this(runtime, new DynamoDbSlaStore(runtime.table()), new DynamoDbAlertOutbox(runtime.table()),
                new SnsAlertPublisher(runtime.aws()::sns, runtime.settings().required("ALERTS_TOPIC_ARN")),
                new DynamoDbDigestSource(runtime.table()));
    }

    /** With the given stores and publisher: tests put faults between the sweep and AWS this way. */
    public Wiring(FunctionRuntime runtime, SlaStore store, AlertOutbox outbox, AlertPublisher publisher,
                  DigestSource digestSource) {
        this.runtime = runtime;
        var settings = runtime.settings();
        var config = CachedConfigSnapshot.of(runtime);
        var rules = SlaSettings.configured(runtime, config);
        var writing = new AlertWriting(config::units, links(settings));
        var outboxPublisher = new OutboxPublisher(outbox, publisher, runtime.clock());
        this.sweep = new SlaSweep(store, outboxPublisher, new SlaAlerts(writing), ObjectionWindow.workflow(settings),
                rules, new ComplaintLogScope(), runtime.clock());
        this.digest = () -> new DailyDigest(digestSource, outbox, outboxPublisher, writing, rules.get().calendar(),
                runtime.clock());
        this.priming = Priming.register(() -> store.dueBy(runtime.clock().instant()).hasNext());
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Settings.fromEnvironment(), Clock.systemUTC());
    }

    public FunctionRuntime runtime() {
        return runtime;
    }

    /** Where an alert links to: the staff console when there is one, else the staff API. */
    private static URI links(Settings settings) {
        return URI.create(settings.optional("CONSOLE_URL").orElseGet(() -> settings.required("API_URL")));
    }
}
