package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** openapi.yaml, template.yaml and the handler's routes name exactly the same routes. */
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocumentedRoutesAreTheTemplatesStaffApiRoutesAndTheHandlersRoutes() throws IOException {
        var template = SamTemplate.locate();
        var declared = new TreeSet<String>();
        template.function(StaffApi.FUNCTION).httpRoutes().forEach(route -> declared.add(route.routeKey()));

        assertThat(documented(template.projectRoot().resolve("functions/staff-api/openapi.yaml")))
                .isEqualTo(declared);
        assertThat(new TreeSet<>(Routes.KEYS)).isEqualTo(declared);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documented(Path file) throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(file));
        var routes = new TreeSet<String>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
                operations.keySet().stream().filter(METHODS::contains)
                        .forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }
}
