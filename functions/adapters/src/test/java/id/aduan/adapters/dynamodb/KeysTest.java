package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.complaint.ComplaintId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static final Instant AT = Instant.parse("2026-03-09T03:00:00.123Z");
    private static final ComplaintId ID = ComplaintId.generate(AT, RandomGenerator.of("L64X128MixRandom"));

    @Test
    void everyPrefixedKeyParsesBackToWhatBuiltIt() {
        assertThat(Keys.complaintOf(Keys.complaint(ID))).isEqualTo(ID);
        assertThat(Keys.claimKeyOf(Keys.claim("comment:1784#9"))).isEqualTo("comment:1784#9");
        assertThat(Keys.rawDeliveryOf(Keys.rawDelivery("9f86d081884c7d65"))).isEqualTo("9f86d081884c7d65");
        assertThat(Keys.isMessage(Keys.message(AT, "m_1"))).isTrue();
        assertThat(Keys.isEvent(Keys.message(AT, "m_1"))).isFalse();
        assertThat(Keys.isEvent(Keys.event(AT, "staff/1"))).isTrue();
        assertThat(Keys.isMessage(Keys.event(AT, "staff/1"))).isFalse();
        assertThat(Keys.rawPart(7)).startsWith(Keys.RAW_PART_PREFIX);
    }

    @Test
    void everyTimeOrderedSortKeyGivesBackItsTime() {
        assertThat(Keys.timeOf(Keys.due(AT, ID.value()))).isEqualTo(AT);
        assertThat(Keys.timeOf(Keys.queueOrder(AT, ID))).isEqualTo(AT);
        assertThat(Keys.timeOf(Keys.confirmedRouting(AT, ID))).isEqualTo(AT);
        assertThat(Keys.timeOf(Keys.moveOrder(AT, ID, "staff/1"))).isEqualTo(AT);
        assertThat(Keys.timeOf(Keys.alertGroupHour(AT, "PERHUBUNGAN/UNIT"))).isEqualTo(AT);
    }

    @Test
    void timeBoundsEncloseTheKeysOfTheirInstant() {
        var order = Keys.queueOrder(AT, ID);

        assertThat(Keys.orderFrom(AT)).isLessThan(order);
        assertThat(order).isLessThan(Keys.orderFrom(AT.plusMillis(1)));
        assertThat(Keys.due(AT, ID.value())).isLessThan(Keys.dueBy(AT));
        assertThat(Keys.dueBy(AT)).isLessThan(Keys.due(AT.plusMillis(1), ID.value()));
    }

    @Test
    void aKeyOfAnotherKindIsNotReadAsAComplaintClaimOrDelivery() {
        assertThatThrownBy(() -> Keys.complaintOf(Keys.trackingCode("ADU-7K3Q9"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keys.claimKeyOf(Keys.conversation("1784"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keys.rawDeliveryOf(Keys.claim("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** A key is of one kind only: no partition key format starts with another's prefix. */
    @Test
    void noPartitionKeyFormatStartsWithAnothersPrefix() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("complaint", Keys.complaint(ID));
        keys.put("claim", Keys.claim("x"));
        keys.put("conversation", Keys.conversation("x"));
        keys.put("tracking code", Keys.trackingCode("x"));
        keys.put("raw delivery", Keys.rawDelivery("x"));
        keys.put("held deliveries", Keys.heldDeliveries("x"));
        keys.put("unknown accounts", Keys.UNKNOWN_ACCOUNTS_PARTITION);
        keys.put("activity", Keys.ACTIVITY_PARTITION);
        keys.put("mention fetch", Keys.mentionFetch(ID));
        keys.put("configuration", Keys.CONFIG_PARTITION);
        keys.put("triage model", Keys.TRIAGE_MODEL_PK);
        keys.put("learning day", Keys.learningDay(LocalDate.of(2026, 3, 9)));
        keys.put("staff member", Keys.staffMember("x"));
        keys.put("alerts of a day", Keys.alertsOfDay(LocalDate.of(2026, 3, 9)));
        keys.put("alert groups of a day", Keys.alertGroupsOfDay(LocalDate.of(2026, 3, 9)));
        keys.put("awaited echo", Keys.awaitedEcho("x"));
        keys.put("pause", Keys.pause("x"));
        keys.put("private replies", Keys.privateReplies("x"));
        keys.put("notices", Keys.notices("x"));
        keys.put("text hash", Keys.textHash("x"));

        for (Map.Entry<String, String> one : keys.entrySet()) {
            for (Map.Entry<String, String> other : keys.entrySet()) {
                if (!one.getKey().equals(other.getKey())) {
                    assertThat(other.getValue()).as(other.getKey() + " read as " + one.getKey())
                            .doesNotStartWith(prefix(one.getValue()));
                }
            }
        }
    }

    /** What every key of a format starts with: up to its first {@code #}, or the whole of a fixed key. */
    private static String prefix(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key + "\u0000" : key.substring(0, hash + 1);
    }
}
