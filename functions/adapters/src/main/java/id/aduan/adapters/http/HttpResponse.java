package id.aduan.adapters.http;

import id.aduan.adapters.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response for API Gateway. Errors always have the body {@code {"error":{"code","message"}}}. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpResponse text(int status, String body) {
        return new HttpResponse(status, Map.of("content-type", "text/plain; charset=utf-8"), body);
    }

    public static HttpResponse json(int status, Object body) {
        return new HttpResponse(status, Map.of("content-type", "application/json"), JsonWriter.write(body));
    }

    public static HttpResponse error(int status, String code, String message) {
        var error = new LinkedHashMap<String, String>();
        error.put("code", code);
        error.put("message", message);
        return json(status, Map.of("error", error));
    }

    public HttpResponse withHeader(String name, String value) {
        var merged = new LinkedHashMap<>(headers);
        merged.put(name, value);
        return new HttpResponse(status, merged, body);
    }
}
