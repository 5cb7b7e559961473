package id.aduan.core.testing;

import org.junit.jupiter.api.Nested;

/** The in-memory table keeps the same contracts as the DynamoDB adapters (see {@code DynamoDbContractIT}). */
class InMemoryTableContractTest {

    private final InMemoryTable table = new InMemoryTable();

    private StoreContract.Subject subject() {
        return new StoreContract.Subject(table.ingestion(), table, table, table, table, table, table::awaitEcho);
    }

    @Nested
    class Opening extends ComplaintOpeningContract {
        Opening() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Attachment extends FollowUpAttachmentContract {
        Attachment() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Responses extends ResponseRecordingContract {
        Responses() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Messages extends MessageChangesContract {
        Messages() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Changes extends ComplaintChangesContract {
        Changes() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Fetches extends MentionFetchesContract {
        Fetches() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Sweep extends SlaStoreContract {
        Sweep() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Echoes extends ReplyEchoesContract {
        Echoes() {
            super(InMemoryTableContractTest.this::subject);
        }
    }

    @Nested
    class Digest extends DigestSourceContract {
        Digest() {
            super(InMemoryTableContractTest.this::subject);
        }
    }
}
