package id.aduan.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A request as the local gateway received it: raw path and query, headers by lower-case name. */
record GatewayRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
                      String sourceIp) {

    GatewayRequest {
        var lowerCase = new LinkedHashMap<String, List<String>>();
        headers.forEach((name, values) -> lowerCase.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        headers = Map.copyOf(lowerCase);
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /** Repeated headers joined with commas, as API Gateway passes them. */
    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> String.join(",", values));
    }

    /** Decoded query parameters; a repeated one joined with commas, as API Gateway passes it. */
    Map<String, String> query() {
        var parameters = new LinkedHashMap<String, String>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals));
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
