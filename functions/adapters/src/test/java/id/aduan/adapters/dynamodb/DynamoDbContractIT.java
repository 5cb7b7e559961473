package id.aduan.adapters.dynamodb;

import id.aduan.core.ingest.IngestionPorts;
import id.aduan.core.reply.OutgoingReply;
import id.aduan.core.reply.ReplyClaim;
import id.aduan.core.reply.ReplyProblem;
import id.aduan.core.reply.ReplyTimeline;
import id.aduan.core.testing.ComplaintChangesContract;
import id.aduan.core.testing.ComplaintOpeningContract;
import id.aduan.core.testing.DigestSourceContract;
import id.aduan.core.testing.FollowUpAttachmentContract;
import id.aduan.core.testing.MentionFetchesContract;
import id.aduan.core.testing.MessageChangesContract;
import id.aduan.core.testing.ReplyEchoesContract;
import id.aduan.core.testing.ResponseRecordingContract;
import id.aduan.core.testing.SlaStoreContract;
import id.aduan.core.testing.StoreContract;
import id.aduan.testkit.AwsEmulatorExtension;
import id.aduan.testkit.Deployment;
import java.time.Clock;
import java.time.Instant;
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
        var table = EmulatorTables.ofTenant(deployment, "InstagramWebhookFunction");
        var complaints = new DynamoDbComplaintStore(table);
        var replies = new DynamoDbReplyStore(table, Clock.systemUTC());
        subject = new StoreContract.Subject(IngestionPorts.of(new DynamoDbIngestionStore(table, Clock.systemUTC())),
                new DynamoDbSlaStore(table), complaints, complaints, new DynamoDbMentionFetches(table),
                new DynamoDbDigestSource(table), reply -> leftUncertain(replies, reply));
    }

    /** As the reply sender leaves a reply it claimed and sent without an answer from Instagram. */
    private static void leftUncertain(DynamoDbReplyStore replies, OutgoingReply reply) {
        var now = Instant.now();
        var owner = "contract-" + reply.replyId();
        var uncertain = ReplyTimeline.uncertain(reply, ReplyProblem.interrupted(), now, now.plusSeconds(600));
        if (!(replies.claim(reply, owner, now, now.plusSeconds(60)) instanceof ReplyClaim.Claimed)
                || !replies.recordUncertain(reply, owner, uncertain)) {
            throw new IllegalStateException("could not leave reply " + reply.replyId() + " uncertain");
        }
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

    @Nested
    class Echoes extends ReplyEchoesContract {
        Echoes() {
            super(DynamoDbContractIT.this::subject);
        }
    }

    @Nested
    class Digest extends DigestSourceContract {
        Digest() {
            super(DynamoDbContractIT.this::subject);
        }
    }
}
