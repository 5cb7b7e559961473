package id.aduan.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static final Instant AT = Instant.parse("2026-03-09T03:00:00.123Z");
    private static final ComplaintId ID = ComplaintId.generate(AT, RandomGenerator.of("L64X128MixRandom"));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
    private static final Keys.TenantKeys BANDUNG = Keys.of(new Tenant("32.73"));
    private static final Keys.TenantKeys GARUT = Keys.of(new Tenant("32.05"));
    private static final Keys.TenantKeys PROVINCE = Keys.of(new Tenant("32"));

    @Test
    void everyPrefixedKeyParsesBackToWhatBuiltIt() {
        assertThat(BANDUNG.complaintOf(BANDUNG.complaint(ID))).isEqualTo(ID);
        assertThat(BANDUNG.claimKeyOf(BANDUNG.claim("comment:1784#9"))).isEqualTo("comment:1784#9");
        assertThat(Keys.rawDeliveryOf(Keys.rawDelivery("9f86d081884c7d65"))).isEqualTo("9f86d081884c7d65");
        assertThat(Keys.isMessage(Keys.message(AT, "m_1"))).isTrue();
        assertThat(Keys.isEvent(Keys.message(AT, "m_1"))).isFalse();
        assertThat(Keys.isEvent(Keys.event(AT, "staff/1"))).isTrue();
        assertThat(Keys.isMessage(Keys.event(AT, "staff/1"))).isFalse();
        assertThat(Keys.rawPart(7)).startsWith(Keys.RAW_PART_PREFIX);
    }

    @Test
    void theTenantAndAHashComeFirstInEveryKeyAndIndexPartitionItOwns() {
        assertThat(BANDUNG.complaint(ID)).isEqualTo("32.73#C#" + ID.value());
        assertThat(BANDUNG.statusQueue("NEW")).isEqualTo("32.73#STATUS#NEW");
        assertThat(BANDUNG.slaPartition(2)).isEqualTo("32.73#SLA#2");
        assertThat(BANDUNG.unitQueue("PERHUBUNGAN", "NEW")).isEqualTo("32.73#UNIT#PERHUBUNGAN#NEW");
        assertThat(BANDUNG.assigneeQueue("staff-1", "ASSIGNED")).isEqualTo("32.73#ASSIGNEE#staff-1#ASSIGNED");
        assertThat(BANDUNG.receivedIn(YearMonth.of(2026, 3))).isEqualTo("32.73#PERIOD#2026-03");
        assertThat(BANDUNG.movesIn(YearMonth.of(2026, 3))).isEqualTo("32.73#MOVES#2026-03");
        assertThat(BANDUNG.duplicatePartition("PERHUBUNGAN")).isEqualTo("32.73#DUP#PERHUBUNGAN");
        assertThat(BANDUNG.reporter("1784")).isEqualTo("32.73#1784");
        assertThat(BANDUNG.erasurePartition()).isEqualTo("32.73#ERASE");
        assertThat(BANDUNG.fetchPartition()).isEqualTo("32.73#FETCH");
        assertThat(BANDUNG.config()).isEqualTo("32.73#CFG");
        assertThat(BANDUNG.alerts().outbox()).isEqualTo("32.73#OUTBOX");
        assertThat(BANDUNG.alerts().alertsOfDay(DAY)).isEqualTo("32.73#ALERTS#2026-03-09");
        assertThat(PROVINCE.trackingCode("ADU-7K3Q9")).isEqualTo("32#CODE#ADU-7K3Q9");
    }

    @Test
    void theOperationsAlertsKeepThePlatformsKeys() {
        assertThat(Keys.OPERATIONS_ALERTS.alertsOfDay(DAY)).isEqualTo("ALERTS#2026-03-09");
        assertThat(Keys.OPERATIONS_ALERTS.alertGroupsOfDay(DAY)).isEqualTo("ALERTGROUPS#2026-03-09");
        assertThat(Keys.OPERATIONS_ALERTS.outbox()).isEqualTo("OUTBOX");
    }

    @Test
    void aKeyOfAnotherTenantOrOfNoneIsRefused() {
        assertThatThrownBy(() -> BANDUNG.complaintOf(GARUT.complaint(ID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32.73");
        assertThatThrownBy(() -> BANDUNG.claimKeyOf(GARUT.claim("comment:1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BANDUNG.complaintOf("C#" + ID.value())).isInstanceOf(IllegalArgumentException.class);
        // The province's id is the start of its kota's: its prefix, with the hash, is not.
        assertThatThrownBy(() -> PROVINCE.complaintOf(BANDUNG.complaint(ID))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BANDUNG.complaintOf(PROVINCE.complaint(ID))).isInstanceOf(IllegalArgumentException.class);
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
        assertThatThrownBy(() -> BANDUNG.complaintOf(BANDUNG.trackingCode("ADU-7K3Q9"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BANDUNG.claimKeyOf(BANDUNG.conversation("1784"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keys.rawDeliveryOf(BANDUNG.claim("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A key is of one kind only: after the tenant's prefix, no partition key format starts with another's
     * prefix, and no platform key starts like a tenant's.
     */
    @Test
    void noPartitionKeyFormatStartsWithAnothersPrefix() {
        var owned = new LinkedHashMap<String, String>();
        owned.put("complaint", BANDUNG.complaint(ID));
        owned.put("claim", BANDUNG.claim("x"));
        owned.put("conversation", BANDUNG.conversation("x"));
        owned.put("tracking code", BANDUNG.trackingCode("x"));
        owned.put("mention fetch", BANDUNG.mentionFetch(ID));
        owned.put("configuration", BANDUNG.config());
        owned.put("triage model", BANDUNG.triageModel());
        owned.put("learning day", BANDUNG.learningDay(DAY));
        owned.put("staff member", BANDUNG.staffMember("x"));
        owned.put("alerts of a day", BANDUNG.alerts().alertsOfDay(DAY));
        owned.put("alert groups of a day", BANDUNG.alerts().alertGroupsOfDay(DAY));
        owned.put("awaited echo", BANDUNG.awaitedEcho("x"));
        owned.put("text hash", BANDUNG.textHash("x"));
        var platform = new LinkedHashMap<String, String>();
        platform.put("raw delivery", Keys.rawDelivery("x"));
        platform.put("held deliveries", Keys.heldDeliveries("x"));
        platform.put("unknown accounts", Keys.UNKNOWN_ACCOUNTS_PARTITION);
        platform.put("activity", Keys.ACTIVITY_PARTITION);
        platform.put("accounts", Keys.PLATFORM_CONFIG_PARTITION);
        platform.put("operations alerts of a day", Keys.OPERATIONS_ALERTS.alertsOfDay(DAY));
        platform.put("operations alert groups of a day", Keys.OPERATIONS_ALERTS.alertGroupsOfDay(DAY));
        platform.put("pause", Keys.pause("x"));
        platform.put("private replies", Keys.privateReplies("x"));
        platform.put("notices", Keys.notices("x"));

        var ownedKinds = new LinkedHashMap<String, String>();
        owned.forEach((kind, key) -> {
            assertThat(key).as(kind).startsWith("32.73#");
            ownedKinds.put(kind, key.substring("32.73#".length()));
        });
        platform.forEach((kind, key) -> assertThat(key).as(kind).doesNotMatch("\\d{2}(\\.\\d{2})?#.*"));
        assertEachOfOneKind(ownedKinds);
        assertEachOfOneKind(platform);
    }

    private static void assertEachOfOneKind(Map<String, String> keys) {
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
