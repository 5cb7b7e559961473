package id.aduan.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.SamTemplate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml declares exactly the public API's routes, the per-tenant ones included. */
class PublicRoutesTemplateTest {

    @Test
    void theTemplatesPublicApiRoutesAreTheHandlersRoutes() {
        var declared = new TreeSet<String>();
        SamTemplate.locate().function("PublicApiFunction").httpRoutes().forEach(route -> declared.add(route.routeKey()));

        assertThat(declared).isEqualTo(new TreeSet<>(PublicRoutes.KEYS));
    }
}
