package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.SamTemplate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The user pool of template.yaml gives staff the tenant and unit claims the staff API reads, and never lets
 * them write those.
 */
class StaffTokenAttributesTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void theIdTokenCarriesTheTenantAttributeOfTheUserPool() {
        var schema = (List<?>) template.resource("StaffUserPool").properties().get("Schema");
        var client = template.resource("StaffUserPoolClient").properties();

        assertThat(schema).anySatisfy(attribute -> assertThat(SamTemplate.map(attribute)).containsEntry("Name",
                StaffTenant.CLAIM.substring("custom:".length())));
        assertThat(client.get("ReadAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains(StaffTenant.CLAIM, "custom:unit");
    }

    @Test
    void staffCannotMoveThemselvesToAnotherTenantOrUnit() {
        Map<String, Object> client = template.resource("StaffUserPoolClient").properties();

        assertThat(client.get("WriteAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .doesNotContain(StaffTenant.CLAIM, "custom:unit");
    }
}
