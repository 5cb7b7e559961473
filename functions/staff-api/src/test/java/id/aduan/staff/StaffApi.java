package id.aduan.staff;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.adapters.config.Settings;
import id.aduan.adapters.dynamodb.ComplaintTable;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.json.Json;
import id.aduan.core.complaint.ComplaintDetail;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.desk.ComplaintChanges;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.HttpApiEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Drives the real staff API handler with API Gateway events carrying JWT claims, against the emulator. */
final class StaffApi {

    static final String FUNCTION = "StaffApiFunction";

    final Deployment deployment;
    final Wiring wiring;
    final StaffApiHandler handler;
    final DynamoDbComplaintStore complaints;

    StaffApi(Deployment deployment) {
        this(deployment, Map.of());
    }

    /** With some settings replaced (a Graph API stand-in, a queue that does not exist). */
    StaffApi(Deployment deployment, Map<String, String> settings) {
        this(deployment, settings, UnaryOperator.identity());
    }

    /** With the writes of staff changes passed through {@code writes}. */
    StaffApi(Deployment deployment, Map<String, String> settings, UnaryOperator<ComplaintChanges> writes) {
        this(deployment, settings, writes, Clock.systemUTC(), List.of());
    }

    /** With its own clock, and {@code faults} injected into its AWS clients. */
    StaffApi(Deployment deployment, Map<String, String> settings, UnaryOperator<ComplaintChanges> writes, Clock clock,
             List<ExecutionInterceptor> faults) {
        this.deployment = deployment;
        var environment = new HashMap<>(deployment.environment(FUNCTION));
        environment.putAll(settings);
        this.wiring = new Wiring(new Settings(environment), clock, writes, faults);
        this.handler = new StaffApiHandler(wiring);
        this.complaints = new DynamoDbComplaintStore(table());
    }

    /** The table bound to the stack's first tenant, whose staff the callers are unless they name another. */
    ComplaintTable table() {
        return wiring.runtime().table().forTenant(wiring.tenants.first());
    }

    /**
     * A staff API whose first two writes meet at the write, both having read the same version, and then
     * race to the table; the testkit's emulator isolates the two transactions as DynamoDB does.
     */
    static StaffApi racingTwoWriters(Deployment deployment) {
        var bothAtTheWrite = new CyclicBarrier(2);
        return new StaffApi(deployment, Map.of(), store -> change -> {
            try {
                bothAtTheWrite.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the two writers did not meet", e);
            }
            return store.apply(change);
        });
    }

    Caller as(String role, String unit) {
        var claims = new LinkedHashMap<String, String>();
        claims.put("sub", role + "-" + (unit == null ? "all" : unit.toLowerCase()) + "-" + UUID.randomUUID());
        claims.put("cognito:username", role + "." + (unit == null ? "kota" : unit.toLowerCase()));
        claims.put("cognito:groups", "[" + role + "]");
        claims.put("email", role + "@example.go.id");
        claims.put("token_use", "id");
        if (unit != null) {
            claims.put("custom:unit", unit);
        }
        return new Caller(claims);
    }

    Caller triage() {
        return as("triage", null);
    }

    Caller admin() {
        return as("admin", null);
    }

    ComplaintDetail stored(String id) {
        return complaints.load(new ComplaintId(id)).orElseThrow();
    }

    /** One staff member sending requests. */
    final class Caller {
        final Map<String, String> claims;
        /** The Accept-Language header sent, or null for none. */
        private final String language;

        Caller(Map<String, String> claims) {
            this(claims, null);
        }

        private Caller(Map<String, String> claims, String language) {
            this.claims = Map.copyOf(claims);
            this.language = language;
        }

        /** The same member, asking for answers in another language ({@code Accept-Language}). */
        Caller acceptingLanguage(String acceptLanguage) {
            return new Caller(claims, acceptLanguage);
        }

        private HttpApiEvents.Request from(HttpApiEvents.Request request) {
            request.claims(claims);
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return request;
        }

        String id() {
            return claims.get("sub");
        }

        /** The same staff member with one claim changed, or removed when {@code value} is null. */
        Caller with(String claim, String value) {
            var changed = new HashMap<>(claims);
            if (value == null) {
                changed.remove(claim);
            } else {
                changed.put(claim, value);
            }
            return new Caller(changed);
        }

        Response list(Map<String, String> query) {
            var request = from(HttpApiEvents.request("GET", "/complaints"));
            query.forEach(request::query);
            return invoke(request);
        }

        Response deliveries(Map<String, String> query) {
            var request = from(HttpApiEvents.request("GET", "/deliveries").routeKey("GET /deliveries"));
            query.forEach(request::query);
            return invoke(request);
        }

        Response open(String id) {
            return invoke(from(HttpApiEvents.request("GET", "/complaints/" + id).routeKey("GET /complaints/{id}")
                    .pathParameter("id", id)));
        }

        Response counts() {
            return invoke(from(HttpApiEvents.request("GET", "/complaints/counts").routeKey("GET /complaints/counts")));
        }

        Response bulk(String json) {
            return invoke(from(HttpApiEvents.request("POST", "/complaints/bulk-actions")
                    .routeKey("POST /complaints/bulk-actions").header("content-type", "application/json").body(json)));
        }

        Response act(String id, String json) {
            return post(id, "actions", json);
        }

        Response post(String id, String what, String json) {
            return send("POST", "/complaints/" + id + "/" + what, "POST /complaints/{id}/" + what, "id", id, json, null);
        }

        Response send(String method, String path, String routeKey, String parameter, String value, String json,
                      String ifMatch) {
            var request = from(HttpApiEvents.request(method, path).routeKey(routeKey).pathParameter(parameter, value))
                    .header("content-type", "application/json");
            if (json != null) {
                request.body(json);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return invoke(request);
        }

        /** Any request to a route: its path parameters filled in, any query and any body. */
        Response request(String routeKey, Map<String, String> pathParameters, Map<String, String> query, String body) {
            var method = routeKey.substring(0, routeKey.indexOf(' '));
            var path = routeKey.substring(routeKey.indexOf(' ') + 1);
            for (var parameter : pathParameters.entrySet()) {
                path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            var request = from(HttpApiEvents.request(method, path).routeKey(routeKey));
            pathParameters.forEach(request::pathParameter);
            query.forEach(request::query);
            if (body != null) {
                request.header("content-type", "application/json").body(body);
            }
            return invoke(request);
        }

        Response config(String section) {
            return send("GET", "/config/" + section, "GET /config/{section}", "section", section, null, null);
        }

        Response changeConfig(String section, String json) {
            return send("PUT", "/config/" + section, "PUT /config/{section}", "section", section, json, null);
        }

        Response registerAccount(String id, String json) {
            return send("PUT", "/config/accounts/" + id, "PUT /config/accounts/{instagramAccountId}",
                    "instagramAccountId", id, json, null);
        }

        Response retireAccount(String id, String ifMatch) {
            return send("DELETE", "/config/accounts/" + id, "DELETE /config/accounts/{instagramAccountId}",
                    "instagramAccountId", id, null, ifMatch);
        }

        Response unknownAccounts() {
            return invoke(from(HttpApiEvents.request("GET", "/config/accounts/unknown")
                    .routeKey("GET /config/accounts/unknown")));
        }
    }

    Response invoke(HttpApiEvents.Request request) {
        var out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request.toJson().getBytes(StandardCharsets.UTF_8)), out, null);
            return new Response(Json.mapper().readTree(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response API Gateway would send back. */
    record Response(JsonNode event) {
        int status() {
            return event.path("statusCode").asInt();
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(event.path("body").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return event.path("headers").path(name).asText(null);
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String errorField() {
            return json().path("error").path("field").asText();
        }

        /** The ids of the complaints of a work-queue page, in order. */
        List<String> complaintIds() {
            var ids = new ArrayList<String>();
            json().path("complaints").forEach(complaint -> ids.add(complaint.path("id").asText()));
            return ids;
        }

        long version() {
            return json().path("version").asLong();
        }
    }
}
