package id.aduan.adapters.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsBatchTest {

    @Test
    void readsEachMessageWithItsReceiveCountAndCorrelationId() throws IOException {
        var event = """
                {"Records":[
                  {"messageId":"m-1","receiptHandle":"h-1","body":"{\\"delivery\\":\\"d-1\\"}",
                   "attributes":{"ApproximateReceiveCount":"3"},
                   "messageAttributes":{"correlationId":{"stringValue":"9f2c41","dataType":"String"}}},
                  {"messageId":"m-2","receiptHandle":"h-2","body":"second","attributes":{}}]}""";

        var messages = SqsBatch.read(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));

        assertThat(messages).containsExactly(
                new SqsBatch.Message("m-1", "h-1", "{\"delivery\":\"d-1\"}", 3, "9f2c41"),
                new SqsBatch.Message("m-2", "h-2", "second", 1, null));
    }

    @Test
    void anEventThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> SqsBatch.read(new ByteArrayInputStream("{\"Records\":[".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void answersWithTheMessagesThatFailed() throws IOException {
        var out = new ByteArrayOutputStream();

        SqsBatch.writeResponse(List.of("m-2"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"}]}");
    }
}
