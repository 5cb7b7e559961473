package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The same text from several accounts, counted in the table every webhook container shares. */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbTextEchoesIT {

    private static final String TEXT = "3f1c0e9a5b7d2468ace013579bdf2468";
    private static final Instant AT = Instant.parse("2026-08-04T03:07:00Z");

    private ComplaintTable table;
    private DynamoDbTextEchoes echoes;

    @BeforeEach
    void setUp(Deployment deployment) {
        table = EmulatorTables.ofTenant(deployment, "InstagramWebhookFunction");
        echoes = new DynamoDbTextEchoes(table);
    }

    @Test
    void anAccountSendingItsTextAgainIsNotAnotherAccount() {
        assertThat(echoes.otherAccounts(TEXT, "a1", AT)).isZero();
        assertThat(echoes.otherAccounts(TEXT, "a1", AT.plusSeconds(60))).isZero();
    }

    @Test
    void eachFurtherAccountCountsOnceAndTheItemLastsThreeDaysAfterTheLatest() {
        echoes.otherAccounts(TEXT, "a1", AT);
        echoes.otherAccounts(TEXT, "a2", AT.plusSeconds(60));

        var third = echoes.otherAccounts(TEXT, "a3", AT.plusSeconds(120));

        assertThat(third).isEqualTo(2);
        assertThat(echoes.otherAccounts("another text", "a4", AT)).isZero();
        var item = table.client.getItem(request -> request.tableName(table.name).key(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.of(EmulatorTables.TENANT).textHash(TEXT)),
                Keys.SK, AttributeValue.fromS(Keys.TEXT_HASH_SK)))).item();
        assertThat(item.get(Keys.EXPIRES_AT)).isEqualTo(AttributeValue.fromN(
                Long.toString(AT.plusSeconds(120).plus(Duration.ofDays(3)).getEpochSecond())));
        assertThat(item.get("accounts").ss()).containsExactlyInAnyOrder("a1", "a2", "a3");
    }
}
