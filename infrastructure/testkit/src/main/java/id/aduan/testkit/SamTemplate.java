package id.aduan.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources {@code template.yaml} declares, read so that tests and the local run create exactly
 * those: the template and the code cannot drift apart.
 */
public final class SamTemplate {

    private final Path file;
    private final Map<String, Object> root;

    private SamTemplate(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    public static SamTemplate read(Path file) {
        try {
            return new SamTemplate(file, CloudFormationYaml.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Finds {@code template.yaml} from the working directory upwards (tests run in a module folder). */
    public static SamTemplate locate() {
        var configured = System.getProperty("aduan.template", System.getenv("ADUAN_TEMPLATE"));
        if (configured != null) {
            return read(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
    }

    public Path file() {
        return file;
    }

    public Path projectRoot() {
        return file.toAbsolutePath().getParent();
    }

    public Map<String, Resource> resources() {
        var resources = new LinkedHashMap<String, Resource>();
        map(root.get("Resources")).forEach((id, body) -> {
            var resource = map(body);
            resources.put(id, new Resource(id, (String) resource.get("Type"), map(resource.get("Properties"))));
        });
        return resources;
    }

    public List<Resource> resourcesOfType(String type) {
        return resources().values().stream().filter(r -> r.type().equals(type)).toList();
    }

    public Resource resource(String logicalId) {
        return Optional.ofNullable(resources().get(logicalId))
                .orElseThrow(() -> new IllegalArgumentException("template.yaml declares no " + logicalId));
    }

    /** A parameter's declaration: Type, Default, AllowedValues… */
    public Map<String, Object> parameter(String name) {
        return Optional.ofNullable(map(root.get("Parameters")).get(name)).map(SamTemplate::map)
                .orElseThrow(() -> new IllegalArgumentException("template.yaml declares no parameter " + name));
    }

    public Map<String, Object> parameterDefaults() {
        var defaults = new LinkedHashMap<String, Object>();
        map(root.get("Parameters")).forEach((name, body) -> {
            var value = map(body).get("Default");
            if (value != null) {
                defaults.put(name, value);
            }
        });
        return defaults;
    }

    /** The Lambda functions, with the global settings merged in. */
    public List<Function> functions() {
        var globals = map(map(root.get("Globals")).get("Function"));
        var globalVariables = map(map(globals.get("Environment")).get("Variables"));
        var functions = new ArrayList<Function>();
        for (Resource resource : resourcesOfType("AWS::Serverless::Function")) {
            var properties = resource.properties();
            var variables = new LinkedHashMap<String, Object>(globalVariables);
            variables.putAll(map(map(properties.get("Environment")).get("Variables")));
            var events = new ArrayList<Event>();
            map(properties.get("Events")).forEach((name, body) -> {
                var event = map(body);
                events.add(new Event(name, (String) event.get("Type"), map(event.get("Properties"))));
            });
            var timeout = properties.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3));
            var memory = properties.getOrDefault("MemorySize", globals.getOrDefault("MemorySize", 128));
            functions.add(new Function(resource.logicalId(), (String) properties.get("Handler"),
                    (String) properties.get("CodeUri"), variables, events, ((Number) timeout).intValue(),
                    ((Number) memory).intValue()));
        }
        return functions;
    }

    public Function function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml declares no function " + logicalId));
    }

    /** {@code !Ref X} or {@code !GetAtt X.Attr} name the resource {@code X}. */
    public static String referencedLogicalId(Object value, String where) {
        var map = map(value);
        if (map.get("Ref") instanceof String ref) {
            return ref;
        }
        if (map.get("Fn::GetAtt") instanceof List<?> attribute && !attribute.isEmpty()) {
            return String.valueOf(attribute.getFirst());
        }
        throw new IllegalArgumentException(where + " must be a !Ref or !GetAtt to a resource of template.yaml, not "
                + value);
    }

    /** A nested mapping of the template, or an empty one when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    public record Resource(String logicalId, String type, Map<String, Object> properties) {
    }

    /** A function: handler class and method, and its environment before references are resolved. */
    public record Function(String logicalId, String handler, String codeUri, Map<String, Object> environment,
                           List<Event> events, int timeoutSeconds, int memorySize) {

        public String handlerClass() {
            return handler.substring(0, handler.indexOf("::"));
        }

        public String handlerMethod() {
            return handler.substring(handler.indexOf("::") + 2);
        }

        public List<HttpRoute> httpRoutes() {
            return events.stream().filter(e -> e.type().equals("HttpApi"))
                    // SAM's defaults: without Path and Method the event is the API's $default route.
                    .map(e -> new HttpRoute(String.valueOf(e.properties().getOrDefault("Method", "ANY")).toUpperCase(),
                            String.valueOf(e.properties().getOrDefault("Path", "$default")), logicalId, e.name(),
                            (String) map(e.properties().get("Auth")).get("Authorizer")))
                    .toList();
        }

        public List<Event> schedules() {
            return events.stream().filter(e -> e.type().equals("Schedule") || e.type().equals("ScheduleV2")).toList();
        }
    }

    public record Event(String name, String type, Map<String, Object> properties) {
    }

    /**
     * A route of the HTTP API, e.g. {@code POST /webhooks/instagram}. {@code authorizer} is the route's own
     * choice ({@code NONE} for public routes), or null when the API's default authorizer applies.
     */
    public record HttpRoute(String method, String path, String functionLogicalId, String eventName,
                            String authorizer) {
        public String routeKey() {
            return path.equals("$default") ? "$default" : method + " " + path;
        }
    }
}
