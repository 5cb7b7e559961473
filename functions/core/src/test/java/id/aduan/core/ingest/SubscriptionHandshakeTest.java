package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionHandshakeTest {

    @Test
    void matchingTokenEchoesTheChallenge() {
        assertThat(SubscriptionHandshake.answer("subscribe", "token", "42", "token")).contains("42");
    }

    @Test
    void wrongModeTokenOrMissingValuesAreRefused() {
        assertThat(SubscriptionHandshake.answer("unsubscribe", "token", "42", "token")).isEmpty();
        assertThat(SubscriptionHandshake.answer("subscribe", "Token", "42", "token")).isEmpty();
        assertThat(SubscriptionHandshake.answer("subscribe", null, "42", "token")).isEmpty();
        assertThat(SubscriptionHandshake.answer("subscribe", "token", null, "token")).isEmpty();
    }
}
