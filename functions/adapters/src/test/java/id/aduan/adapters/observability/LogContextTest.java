package id.aduan.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void aFollowUpJoinsItsComplaintsStoryAndKeepsNamingTheDeliveryItCameIn() {
        var fields = LogContext.with(LogContext.CORRELATION_ID, "delivery-2", () -> {
            LogContext.joinComplaint("C-1", "delivery-1");
            return LogContext.current();
        });

        assertThat(fields).containsEntry(LogContext.CORRELATION_ID, "delivery-1")
                .containsEntry(LogContext.COMPLAINT, "C-1").containsEntry(LogContext.DELIVERY, "delivery-2");
    }

    @Test
    void aComplaintCreatedAfterAFollowUpInTheSameDeliveryKeepsTheDeliverysIdNotTheEarlierComplaints() {
        var fields = LogContext.with(LogContext.CORRELATION_ID, "delivery-2", () -> {
            LogContext.joinComplaint("C-1", "delivery-1");
            LogContext.joinComplaint("C-2", LogContext.deliveryId().orElseThrow());
            return LogContext.current();
        });

        assertThat(fields).containsEntry(LogContext.CORRELATION_ID, "delivery-2")
                .containsEntry(LogContext.COMPLAINT, "C-2").containsEntry(LogContext.DELIVERY, "delivery-2");
    }

    @Test
    void aComplaintStoredWithoutACorrelationIdLeavesTheDeliverysInPlace() {
        var fields = LogContext.with(LogContext.CORRELATION_ID, "delivery-2", () -> {
            LogContext.joinComplaint("C-1", null);
            return LogContext.current();
        });

        assertThat(fields).isEqualTo(Map.of(LogContext.CORRELATION_ID, "delivery-2", LogContext.COMPLAINT, "C-1"));
    }

    @Test
    void workAboutAComplaintCarriesTheCorrelationIdItsMessageBroughtAndNothingAfterIt() {
        var inside = LogContext.aboutComplaint("C-1", "delivery-1", LogContext::current);

        assertThat(inside).isEqualTo(Map.of(LogContext.COMPLAINT, "C-1", LogContext.CORRELATION_ID, "delivery-1"));
        assertThat(LogContext.current()).isEmpty();
    }

    @Test
    void workAboutAComplaintWithoutACorrelationIdTakesTheOneReadingTheComplaintAdds() {
        var inside = LogContext.aboutComplaint("C-1", null, () -> {
            LogContext.addIfAbsent(LogContext.CORRELATION_ID, "delivery-1");
            return LogContext.current();
        });

        assertThat(inside).containsEntry(LogContext.CORRELATION_ID, "delivery-1");
    }

    @Test
    void workAboutNoComplaintGetsNoComplaintField() {
        assertThat(LogContext.aboutComplaint(null, "delivery-1", LogContext::current)).isEmpty();
    }

    @Test
    void aDeliverysLineAfterItsOneConversationJoinedAComplaintOnAnotherThreadIsAboutThatComplaint() {
        var fields = LogContext.with(LogContext.CORRELATION_ID, "delivery-2", () -> {
            onAnotherThread(() -> LogContext.joinComplaint("C-1", "delivery-1"));
            return LogContext.current();
        });

        assertThat(fields).containsEntry(LogContext.CORRELATION_ID, "delivery-1")
                .containsEntry(LogContext.COMPLAINT, "C-1").containsEntry(LogContext.DELIVERY, "delivery-2");
    }

    @Test
    void aDeliverysLineAfterItsConversationsJoinedTwoComplaintsKeepsItsOwnId() {
        var fields = LogContext.with(LogContext.CORRELATION_ID, "delivery-3", () -> {
            onAnotherThread(() -> LogContext.joinComplaint("C-1", "delivery-1"));
            onAnotherThread(() -> LogContext.joinComplaint("C-2", "delivery-2"));
            return LogContext.current();
        });

        assertThat(fields).isEqualTo(Map.of(LogContext.CORRELATION_ID, "delivery-3"));
    }

    private static void onAnotherThread(Runnable work) {
        try {
            Thread.ofVirtual().start(work).join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
