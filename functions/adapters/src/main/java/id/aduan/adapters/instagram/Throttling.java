package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What Meta's rate-limit headers say about the account: whether it must pause sending, and for how
 * long. {@code X-Business-Use-Case-Usage} (Instagram's limits) gives the wait itself, in minutes, per
 * business id; {@code X-App-Usage} (the app's rolling hour) gives only percentages, so a high reading
 * earns a fixed pause. A header that cannot be read is ignored rather than failing the call.
 */
record Throttling(boolean throttled, Optional<Duration> pause) {

    static final Throttling NONE = new Throttling(false, Optional.empty());

    /** Usage, in percent of a limit, at which the app stops calling before Meta blocks it. */
    static final int HIGH_APP_USAGE = 95;

    /** Long enough for part of the app's rolling hour to pass; Meta gives no time for this limit. */
    static final Duration APP_USAGE_PAUSE = Duration.ofMinutes(10);

    private static final String[] USAGE_FIELDS = {"call_count", "total_cputime", "total_time"};

    static Throttling from(HttpHeaders headers) {
        Throttling business = headers.firstValue("X-Business-Use-Case-Usage").flatMap(GraphJson::readObject)
                .map(Throttling::fromBusinessUseCases).orElse(NONE);
        Throttling app = headers.firstValue("X-App-Usage").flatMap(GraphJson::readObject)
                .map(Throttling::fromAppUsage).orElse(NONE);
        return business.and(app);
    }

    private static Throttling fromBusinessUseCases(JsonValue usage) {
        var entries = usage.properties().stream()
                .flatMap(business -> StreamSupport.stream(business.getValue().spliterator(), false)).toList();
        long minutes = entries.stream()
                .mapToLong(entry -> entry.path("estimated_time_to_regain_access").asLong(0)).max().orElse(0);
        boolean atLimit = entries.stream().anyMatch(entry -> highestPercent(entry) >= 100);
        return new Throttling(minutes > 0 || atLimit,
                minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty());
    }

    private static Throttling fromAppUsage(JsonValue usage) {
        return highestPercent(usage) >= HIGH_APP_USAGE ? new Throttling(true, Optional.of(APP_USAGE_PAUSE)) : NONE;
    }

    private static int highestPercent(JsonValue usage) {
        return Stream.of(USAGE_FIELDS).mapToInt(field -> usage.path(field).asInt(0)).max().orElse(0);
    }

    private Throttling and(Throttling other) {
        Optional<Duration> longer = Stream.concat(pause.stream(), other.pause.stream()).max(Duration::compareTo);
        return new Throttling(throttled || other.throttled, longer);
    }
}
