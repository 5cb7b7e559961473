package id.aduan.adapters.dynamodb;

import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.core.port.IngestionPorts;
import id.aduan.core.testing.ComplaintChangesContract;
import id.aduan.core.testing.ComplaintOpeningContract;
import id.aduan.core.testing.FollowUpAttachmentContract;
import id.aduan.core.testing.MentionFetchesContract;
import id.aduan.core.testing.MessageChangesContract;
import id.aduan.core.testing.ResponseRecordingContract;
import id.aduan.core.testing.SlaStoreContract;
import id.aduan.core.testing.StoreContract;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DynamoDB adapters keep the ports' contracts on the emulator, as the in-memory table core's tests
 * use keeps them in memory ({@code InMemoryTableContractTest}): the same suites run on both.
 */
@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbContractIT {

    private StoreContract.Subject subject;

    @BeforeEach
    void setUp(Deployment deployment) {
        var settings = new Settings(deployment.environment("InstagramWebhookFunction"));
        var table = new ComplaintTable(new AwsClients(settings, List.of()).dynamoDb(), settings.tableName());
        var complaints = new DynamoDbComplaintStore(table);
        subject = new StoreContract.Subject(IngestionPorts.of(new DynamoDbIngestionStore(table, Clock.systemUTC())),
                new DynamoDbSlaStore(table), complaints, complaints, new DynamoDbMentionFetches(table));
    }

    private StoreContract.Subject subject() {
        return subject;
    }

    @Nested
    class Opening extends ComplaintOpeningContract {
        Opening() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Attachment extends FollowUpAttachmentContract {
        Attachment() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Responses extends ResponseRecordingContract {
        Responses() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Messages extends MessageChangesContract {
        Messages() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Changes extends ComplaintChangesContract {
        Changes() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Fetches extends MentionFetchesContract {
        Fetches() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Sweep extends SlaStoreContract {
        Sweep() {
            super(DynamoDbContractIT.this::subject);
        }
    }
}
