package id.aduan.publicapi;

import id.aduan.adapters.http.HttpResponse;
import id.aduan.adapters.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two formats of GeoReport v2, chosen by the resource's extension: XML (required by the spec, with
 * the UTF-8 declaration) and JSON. A document is a list of items of ordered fields; XML wraps them in
 * the spec's element names ({@code <services><service>}, {@code <service_requests><request>},
 * {@code <errors><error>}), JSON writes the list as an array. A null field is JSON null and an empty
 * XML element.
 */
enum Open311Format {
    JSON("application/json; charset=utf-8"), XML("text/xml; charset=utf-8");

    private final String contentType;

    Open311Format(String contentType) {
        this.contentType = contentType;
    }

    /** The format a resource name asks for ({@code requests.xml}), with the name before the extension. */
    record Resource(String name, Open311Format format) {
    }

    static Optional<Resource> resource(String file) {
        for (Open311Format format : values()) {
            var extension = "." + format.name().toLowerCase(Locale.ROOT);
            if (file.endsWith(extension) && file.length() > extension.length()) {
                return Optional.of(new Resource(file.substring(0, file.length() - extension.length()), format));
            }
        }
        return Optional.empty();
    }

    HttpResponse document(int status, String root, String element, List<Map<String, Object>> items) {
        var body = this == JSON ? Json.write(items) : xml(root, element, items);
        return new HttpResponse(status, Map.of("content-type", contentType), body);
    }

    HttpResponse errors(int status, String description) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", status);
        error.put("description", description);
        return document(status, "errors", "error", List.of(error));
    }

    private static String xml(String root, String element, List<Map<String, Object>> items) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append('>');
        for (Map<String, Object> item : items) {
            xml.append('<').append(element).append('>');
            item.forEach((name, value) -> xml.append('<').append(name).append('>')
                    .append(value == null ? "" : escape(value.toString())).append("</").append(name).append('>'));
            xml.append("</").append(element).append('>');
        }
        return xml.append("</").append(root).append(">\n").toString();
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    // XML 1.0 has no place for most control characters; they carry nothing a reader needs.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
