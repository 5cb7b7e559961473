package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.config.ConfigSection;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.sla.WorkingCalendar;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Which view of the table each store needs; nothing here reaches DynamoDB. */
class ComplaintTableTest {

    private static final Tenant BANDUNG = new Tenant("32.73");
    /** A client that is never called: building a store or refusing it sends no request. */
    private static final ComplaintTable PLATFORM = new ComplaintTable(DynamoDbClient.builder()
            .region(Region.of("ap-southeast-3"))
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("unused", "unused")))
            .build(), "complaints");

    @Test
    void everyStoreOfAGovernmentsDataRefusesThePlatformsViewNamingItselfAndTheWayOut() {
        tenantOwnedStores().forEach((name, build) -> {
            assertThatThrownBy(() -> build.apply(PLATFORM)).as(name)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(name)
                    .hasMessageContaining("forTenant");
            assertThatCode(() -> build.apply(PLATFORM.forTenant(BANDUNG))).as(name).doesNotThrowAnyException();
        });
    }

    @Test
    void thePlatformsStoresTakeEitherView() {
        Map<String, Function<ComplaintTable, Object>> stores = Map.of(
                "DynamoDbRawDeliveryStore", table -> new DynamoDbRawDeliveryStore(table, Clock.systemUTC()),
                "DynamoDbUnknownAccounts", DynamoDbUnknownAccounts::new,
                "DynamoDbAccountNotices", DynamoDbAccountNotices::new,
                "DynamoDbDeliveryActivity", DynamoDbDeliveryActivity::new,
                "DynamoDbPrivateReplyBudget", DynamoDbPrivateReplyBudget::new,
                "DynamoDbAlertOutbox", DynamoDbAlertOutbox::new);
        stores.forEach((name, build) -> {
            assertThatCode(() -> build.apply(PLATFORM)).as(name).doesNotThrowAnyException();
            assertThatCode(() -> build.apply(PLATFORM.forTenant(BANDUNG))).as(name).doesNotThrowAnyException();
        });
    }

    @Test
    void theConfigurationRefusesAGovernmentsSectionThroughThePlatformsView() {
        var store = new DynamoDbConfigStore(PLATFORM, WorkingCalendar.standard(), BANDUNG);

        assertThatThrownBy(() -> store.read(ConfigSection.UNITS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DynamoDbConfigStore");
        assertThatThrownBy(store::snapshot).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aViewKnowsItsTenantAndTheWayBack() {
        var bandung = PLATFORM.forTenant(BANDUNG);

        assertThat(PLATFORM.tenant()).isEmpty();
        assertThat(bandung.tenant()).contains(BANDUNG);
        assertThat(bandung.platform().tenant()).isEmpty();
        assertThat(bandung.alertKeys()).isEqualTo(Keys.of(BANDUNG).alerts());
        assertThat(bandung.platform().alertKeys()).isEqualTo(Keys.OPERATIONS_ALERTS);
    }

    private static Map<String, Function<ComplaintTable, Object>> tenantOwnedStores() {
        var stores = new LinkedHashMap<String, Function<ComplaintTable, Object>>();
        stores.put("DynamoDbComplaintStore", DynamoDbComplaintStore::new);
        stores.put("DynamoDbIngestionStore", table -> new DynamoDbIngestionStore(table, Clock.systemUTC()));
        stores.put("DynamoDbReplyStore", table -> new DynamoDbReplyStore(table, Clock.systemUTC()));
        stores.put("DynamoDbSlaStore", DynamoDbSlaStore::new);
        stores.put("DynamoDbDigestSource", DynamoDbDigestSource::new);
        stores.put("DynamoDbComplaintListing", DynamoDbComplaintListing::new);
        stores.put("DynamoDbComplaintCounting", DynamoDbComplaintCounting::new);
        stores.put("DynamoDbPeriodIndex", DynamoDbPeriodIndex::new);
        stores.put("DynamoDbStaffDirectory", table -> new DynamoDbStaffDirectory(table, Clock.systemUTC()));
        stores.put("DynamoDbPersonalDataStore", DynamoDbPersonalDataStore::new);
        stores.put("DynamoDbTriageModelStore", DynamoDbTriageModelStore::new);
        stores.put("DynamoDbRoutingExamples", DynamoDbRoutingExamples::new);
        stores.put("DynamoDbDuplicateCandidates", DynamoDbDuplicateCandidates::new);
        stores.put("DynamoDbTextEchoes", DynamoDbTextEchoes::new);
        stores.put("DynamoDbReporterHistory", DynamoDbReporterHistory::new);
        stores.put("DynamoDbMentionFetches", DynamoDbMentionFetches::new);
        stores.put("ComplaintBackfill", ComplaintBackfill::new);
        return stores;
    }
}
