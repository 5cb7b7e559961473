package id.aduan.publicapi;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.config.ConfigStore;
import id.aduan.core.report.PeriodIndex;
import id.aduan.core.report.Publication;
import id.aduan.core.triage.TopicCatalog;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * GeoReport v2, read-only: the service list, a search of service requests and one service request.
 * A search answers the newest {@link #MOST_REQUESTS} matches; each costs one read of its timeline (for
 * the last public reply), so a search is at most one Query per month of its window plus that many.
 */
final class Open311Routes {

    static final int MOST_REQUESTS = 100;

    private final PeriodIndex index;
    private final Tracking tracking;
    private final ConfigStore config;
    private final Clock clock;
    private final Map<String, List<String>> topics = TopicCatalog.byUnit();

    Open311Routes(PeriodIndex index, Tracking tracking, ConfigStore config, Clock clock) {
        this.index = index;
        this.tracking = tracking;
        this.config = config;
        this.clock = clock;
    }

    HttpResponse services(Open311Format format) {
        return format.document(200, "services", "service", Open311Documents.services(config.units(), topics));
    }

    HttpResponse search(HttpRequest request, Open311Format format) {
        var search = RequestSearch.of(request, clock.instant());
        List<Map<String, Object>> requests;
        if (search.byId()) {
            requests = search.ids().stream().distinct().flatMap(code -> tracking.find(code).stream())
                    .filter(tracked -> Publication.isPublished(tracked.complaint()))
                    .map(tracked -> Open311Documents.request(tracked, config.units())).toList();
        } else {
            requests = index.receivedIn(search.window()).stream().filter(search::matches)
                    .sorted(Comparator.comparing(Complaint::receivedAt).reversed())
                    .limit(MOST_REQUESTS)
                    .flatMap(complaint -> tracking.find(complaint.trackingCode()).stream())
                    .map(tracked -> Open311Documents.request(tracked, config.units())).toList();
        }
        return format.document(200, "service_requests", "request", requests);
    }

    /** {@code GET /open311/v2/requests/{file}}: {@code ADU-7K3Q9.json} or {@code .xml}. */
    HttpResponse one(Open311Format.Resource resource) {
        var tracked = tracking.find(Tracking.parse(resource.name()))
                .filter(found -> Publication.isPublished(found.complaint()))
                .orElseThrow(() -> PublicProblem.notFound("no published service request " + resource.name()));
        return resource.format().document(200, "service_requests", "request",
                List.of(Open311Documents.request(tracked, config.units())));
    }
}
