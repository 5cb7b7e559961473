package id.aduan.local;

import id.aduan.adapters.json.Json;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * EventBridge, locally: fires the functions' {@code Schedule} and {@code ScheduleV2} events on time,
 * each as an asynchronous invocation with the event EventBridge sends (or the event's {@code Input}).
 * Cron expressions of {@code Schedule} events run in UTC; {@code ScheduleV2} ones in their
 * {@code ScheduleExpressionTimezone}.
 */
final class Schedules implements AutoCloseable {

    private final List<Schedule> schedules;
    private final String stack;
    private final AsyncInvoker invoker;
    private final FunctionHost host;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();

    Schedules(SamTemplate template, String stack, AsyncInvoker invoker, FunctionHost host, Clock clock) {
        this.schedules = read(template);
        this.stack = stack;
        this.invoker = invoker;
        this.host = host;
        this.clock = clock;
    }

    /**
     * One schedule event of a function. {@code scheduler} tells a {@code ScheduleV2} (EventBridge Scheduler)
     * from a {@code Schedule} (an EventBridge rule); {@code input} is null when EventBridge's own event is sent.
     */
    record Schedule(String function, String event, boolean scheduler, String text, ScheduleExpression expression,
                    ZoneId zone, String input, boolean enabled) {
    }

    static List<Schedule> read(SamTemplate template) {
        var schedules = new ArrayList<Schedule>();
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.Event event : function.schedules()) {
                var properties = event.properties();
                boolean scheduler = event.type().equals("ScheduleV2");
                var text = String.valueOf(properties.getOrDefault("Schedule", properties.get("ScheduleExpression")));
                var zone = scheduler && properties.get("ScheduleExpressionTimezone") instanceof String name
                        ? ZoneId.of(name) : ZoneOffset.UTC;
                boolean enabled = !Boolean.FALSE.equals(properties.get("Enabled"))
                        && !"DISABLED".equals(properties.get("State"));
                try {
                    schedules.add(new Schedule(function.logicalId(), event.name(), scheduler, text,
                            ScheduleExpression.parse(text), zone, (String) properties.get("Input"), enabled));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(function.logicalId() + " " + event.name() + ": " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(schedules);
    }

    List<Schedule> all() {
        return schedules;
    }

    Optional<Instant> nextFire(Schedule schedule, Instant after) {
        return schedule.enabled() ? schedule.expression().next(after, schedule.zone()) : Optional.empty();
    }

    /** One thread per enabled schedule, sleeping until its next time. */
    void start() {
        var started = clock.instant();
        for (Schedule schedule : schedules) {
            if (schedule.enabled()) {
                threads.add(Thread.ofVirtual().name("schedule-" + schedule.function() + "-" + schedule.event())
                        .start(() -> run(schedule, started)));
            }
        }
    }

    private void run(Schedule schedule, Instant started) {
        var last = started;
        while (!Thread.currentThread().isInterrupted()) {
            var next = nextFire(schedule, last);
            if (next.isEmpty()) {
                return;
            }
            var now = clock.instant();
            if (next.get().isBefore(now.minusSeconds(1))) {
                // The machine slept through it: like EventBridge, carry on from now rather than catching up.
                last = now;
                continue;
            }
            try {
                Thread.sleep(Duration.between(now, next.get()).plusMillis(1));
            } catch (InterruptedException e) {
                return;
            }
            invoker.invoke(schedule.function(), "schedule " + schedule.event(), event(schedule, next.get()));
            last = next.get();
        }
    }

    /** Runs the function's (first) schedule now, synchronously, and returns its result. */
    byte[] fireNow(String function) throws FunctionFailure {
        var schedule = schedules.stream().filter(s -> s.function().equals(function)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException((host.hosts(function)
                        ? function + " has no schedule in template.yaml"
                        : "template.yaml declares no function " + function)
                        + "; the functions with a schedule are " + String.join(", ", scheduledFunctions())));
        return host.invoke(function, event(schedule, clock.instant()));
    }

    private List<String> scheduledFunctions() {
        return schedules.stream().map(Schedule::function).distinct().sorted().toList();
    }

    byte[] event(Schedule schedule, Instant time) {
        if (schedule.input() != null) {
            return schedule.input().getBytes(StandardCharsets.UTF_8);
        }
        var name = stack + "-" + schedule.function() + schedule.event();
        var resource = schedule.scheduler()
                ? "arn:aws:scheduler:" + AwsEmulator.REGION + ":" + LambdaContext.ACCOUNT + ":schedule/default/" + name
                : "arn:aws:events:" + AwsEmulator.REGION + ":" + LambdaContext.ACCOUNT + ":rule/" + name;
        var event = new LinkedHashMap<String, Object>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", LambdaContext.ACCOUNT);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", AwsEmulator.REGION);
        event.put("resources", List.of(resource));
        event.put("detail", Map.of());
        return Json.write(event).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
    }
}
