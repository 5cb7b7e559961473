package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.triage.PersonalData;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Every key format of the single complaints table, in one place.
 *
 * <p>Tenants. What a government owns is keyed under it: its id and {@code #} come first in the
 * partition key of each of its items and in each index partition value it writes ({@code <t>#} below,
 * {@code 32.73#C#01KZ…}, {@code 32.73#STATUS#NEW}); sort keys never carry it. Those keys are built and
 * parsed only by {@link TenantKeys}, which a store gets from a view of the table bound to one tenant
 * ({@link ComplaintTable#forTenant}), so a key built without a tenant does not compile and a key of
 * another tenant does not parse. What the platform owns (deliveries, accounts, per-account state,
 * operations alerts) keeps the keys below without a prefix.
 *
 * <pre>
 * complaint           &lt;t&gt;#C#&lt;id&gt;          META
 * reporter message    &lt;t&gt;#C#&lt;id&gt;          M#&lt;time&gt;#&lt;instagram id&gt;
 * timeline event      &lt;t&gt;#C#&lt;id&gt;          E#&lt;time&gt;#&lt;event key&gt;
 * queued reply        &lt;t&gt;#C#&lt;id&gt;          R#&lt;reply id&gt;
 * private reply used  &lt;t&gt;#C#&lt;id&gt;          PRIVATE#&lt;comment id&gt;
 * Instagram claim     &lt;t&gt;#IG#&lt;claim key&gt;   IG
 * DM conversation     &lt;t&gt;#T#&lt;conversation&gt; T
 * tracking code       &lt;t&gt;#CODE#&lt;code&gt;     CODE
 * mention to fetch    &lt;t&gt;#FETCH#&lt;id&gt;      FETCH
 * configuration       &lt;t&gt;#CFG              UNITS, SLA, CALENDAR, TEMPLATES
 * triage model        &lt;t&gt;#CFG#TRIAGE       MODEL
 * confirmed routing   &lt;t&gt;#LEARN#&lt;utc day&gt; &lt;time&gt;#&lt;complaint id&gt;   (kept 400 days)
 * staff member        &lt;t&gt;#STAFF#&lt;staff id&gt; STAFF
 * alert (outbox)      &lt;t&gt;#ALERTS#&lt;UTC day&gt;  &lt;alert id&gt;   (SLA alerts and digests)
 * alert group hour    &lt;t&gt;#ALERTGROUPS#&lt;UTC day&gt;  &lt;hour&gt;#&lt;unit and audience&gt;
 * awaited echo        &lt;t&gt;#AWAIT#&lt;conversation&gt; R#&lt;reply id&gt;
 * text sent lately    &lt;t&gt;#TEXTHASH#&lt;sha-256&gt;  ACCOUNTS   (kept 3 days after the last)
 * raw delivery        RAW#&lt;sha-256&gt;       RAW, PART#&lt;n&gt;
 * held delivery       HELD#&lt;account&gt;      &lt;delivery id&gt;   (an account nobody registered yet)
 * unknown account     UNKNOWN_ACCOUNTS     &lt;account&gt;
 * last delivery       ACTIVITY             &lt;account&gt;
 * accounts            CFG                  ACCOUNTS
 * operations alert    ALERTS#&lt;UTC day&gt;     &lt;alert id&gt;   (and ALERTGROUPS#&lt;UTC day&gt;)
 * sending paused      PAUSE#&lt;account&gt;      PAUSE
 * private replies     PRIVATE_REPLIES#&lt;account&gt;  &lt;bucket start&gt;   (kept a day)
 * operations notice   NOTICE#&lt;account&gt;     &lt;notice key&gt;   (kept 90 days)
 * </pre>
 * Index keys: due index {@code <t>#SLA#<shard>} (complaints whose SLA clock owes an alert), {@code RETRY}
 * (deliveries to take in again), {@code DEAD} (deliveries set aside for good), {@code <t>#FETCH} (mentions
 * whose text to fetch), {@code <t>#ERASE} (closed complaints whose personal data is kept) and
 * {@code <t>#OUTBOX} (a tenant's alerts not yet published, by the end of their publisher's lease;
 * {@code OUTBOX} the operations alerts'), each ordered by {@code <time>#<id>}; duplicates
 * {@code <t>#DUP#<unit>}, ordered by arrival, while a complaint is open; {@code ByReporter}
 * {@code <t>#<instagram user id>}, a reporter's complaints.
 *
 * <p>Work queues. Three indexes share one sort key, {@code <received time>#<id>} ({@code GSI1SK}), and
 * split the complaints by who works them, each partition holding one status:
 * <ul>
 * <li>{@code ByStatus}: {@code <t>#STATUS#<status>}, every complaint (the triage team's view);</li>
 * <li>{@code ByUnit}: {@code <t>#UNIT#<unit>#<status>}, complaints with a unit (a unit's view); sparse;</li>
 * <li>{@code ByAssignee}: {@code <t>#ASSIGNEE#<staff id>#<status>}, assigned complaints; sparse.</li>
 * </ul>
 * A listing picks the narrowest index its criteria allow (assignee, else unit, else status), queries
 * one partition per status asked for and merges them by the shared sort key, so any set of statuses
 * reads in received order and one position (the last sort key returned) resumes all of them. A
 * received-time range is part of the key condition; priority, category, channel, the other of unit
 * and assignee, SLA risk ({@code slaRiskAt}, the first warning instant of a running clock) and text
 * ({@code searchText}, the text in lower case, or {@code maskedSearchText}, the same masked) are filters on those bounded Queries. A status lives in
 * the partition key so that closed complaints, which pile up forever, never cost an open queue a read.
 *
 * <p>Reports. {@code ByPeriod} holds every complaint under the Jakarta month it arrived in
 * ({@code <t>#PERIOD#<yyyy-MM>}, ordered by {@code <received time>#<id>}) and every reopening and re-route
 * under the month it happened in ({@code <t>#MOVES#<yyyy-MM>}, ordered by {@code <time>#<id>#<event key>}),
 * so a report reads the months of its window and nothing else.
 */
public final class Keys {

    public static final String PK = "PK";
    public static final String SK = "SK";
    /** Work queue of every complaint by status (the triage team's view). */
    public static final String BY_STATUS_INDEX = "ByStatus";
    public static final String BY_STATUS_PK = "GSI1PK";
    public static final String BY_STATUS_SK = "GSI1SK";
    /** Work queue of a unit's complaints by status. */
    public static final String BY_UNIT_INDEX = "ByUnit";
    public static final String BY_UNIT_PK = "UNITPK";
    /** Work queue of a staff member's assigned complaints by status. */
    public static final String BY_ASSIGNEE_INDEX = "ByAssignee";
    public static final String BY_ASSIGNEE_PK = "ASGPK";
    /** When the complaint's first running SLA clock reaches its warning; absent while none runs. */
    public static final String SLA_RISK_AT = "slaRiskAt";
    /** The complaint's text in lower case, for case-insensitive text filters. */
    public static final String SEARCH_TEXT = "searchText";
    /** The same, masked: what roles without access to personal data see, and so all they may search. */
    public static final String MASKED_SEARCH_TEXT = "maskedSearchText";
    /** Sparse index of items with scheduled work: delivery retries now, SLA deadlines later. */
    public static final String DUE_INDEX = "Due";
    public static final String DUE_PK = "DUEPK";
    public static final String DUE_SK = "DUESK";
    /** Sparse index of open complaints by suggested unit and time, for finding duplicates. */
    public static final String DUPLICATES_INDEX = "Duplicates";
    public static final String DUPLICATES_PK = "DUPPK";
    public static final String DUPLICATES_SK = "DUPSK";
    /** Complaints by the month they arrived in and workflow moves by the month they happened in. */
    public static final String BY_PERIOD_INDEX = "ByPeriod";
    public static final String PERIOD_PK = "PERIODPK";
    public static final String PERIOD_SK = "PERIODSK";
    /** A reporter's complaints by their Instagram user id (erasure requests); sparse. */
    public static final String BY_REPORTER_INDEX = "ByReporter";
    public static final String BY_REPORTER_PK = "REPORTERPK";
    /** SLA deadlines spread over this many due-index partitions, so that writes do not pile on one. */
    public static final int SLA_SHARDS = 4;
    /** Epoch seconds after which DynamoDB deletes the item. */
    public static final String EXPIRES_AT = "expiresAt";

    static final String COMPLAINT_SK = "META";
    static final String MESSAGE_PREFIX = "M#";
    static final String EVENT_PREFIX = "E#";
    static final String RAW_PREFIX = "RAW#";
    /** Sort keys of a raw delivery's parts, after its {@link #RAW_SK} header. */
    static final String RAW_PART_PREFIX = "PART#";
    static final String CLAIM_SK = "IG";
    static final String CONVERSATION_SK = "T";
    static final String CODE_SK = "CODE";
    static final String RAW_SK = "RAW";
    static final String RETRY_PARTITION = "RETRY";
    /** Deliveries set aside for good, in the due index by when: listed for admins, never retried. */
    static final String DEAD_PARTITION = "DEAD";
    /** The platform's configuration partition: it holds the accounts section only. */
    static final String PLATFORM_CONFIG_PARTITION = "CFG";
    static final String PAUSE_SK = "PAUSE";
    static final String STAFF_SK = "STAFF";
    static final String TEXT_HASH_SK = "ACCOUNTS";
    static final String TRIAGE_MODEL_SK = "MODEL";
    static final String FETCH_SK = "FETCH";
    /** One item per account deliveries named but nobody registered: a small partition read whole. */
    static final String UNKNOWN_ACCOUNTS_PARTITION = "UNKNOWN_ACCOUNTS";
    /** One item per account with its last webhook delivery: a small partition read whole. */
    static final String ACTIVITY_PARTITION = "ACTIVITY";
    /** The operations alerts (dead deliveries, tokens, throttling): the platform's, for every tenant. */
    static final AlertKeys OPERATIONS_ALERTS = new AlertKeys("");

    /** Fixed width, so that keys holding times sort in time order. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    /** The keys of what {@code tenant} owns. */
    public static TenantKeys of(Tenant tenant) {
        return new TenantKeys(tenant);
    }

    static boolean isMessage(String sk) {
        return sk.startsWith(MESSAGE_PREFIX);
    }

    static boolean isEvent(String sk) {
        return sk.startsWith(EVENT_PREFIX);
    }

    static String message(Instant sentAt, String instagramId) {
        return MESSAGE_PREFIX + time(sentAt) + "#" + instagramId;
    }

    static String event(Instant at, String eventKey) {
        return EVENT_PREFIX + time(at) + "#" + eventKey;
    }

    static String reply(String replyId) {
        return "R#" + replyId;
    }

    static String privateReply(String commentId) {
        return "PRIVATE#" + commentId;
    }

    static String pause(String account) {
        return "PAUSE#" + account;
    }

    /** The private replies an account sent, one item per budget bucket, ordered by time. */
    static String privateReplies(String account) {
        return "PRIVATE_REPLIES#" + account;
    }

    /** The notices raised about an account, so that each is raised once. */
    static String notices(String account) {
        return "NOTICE#" + account;
    }

    /** The deliveries held for an account nobody registered yet, one item per delivery. */
    static String heldDeliveries(String account) {
        return "HELD#" + account;
    }

    static String rawDelivery(String id) {
        return RAW_PREFIX + id;
    }

    /** The delivery id a raw delivery's partition key {@code pk} holds. */
    static String rawDeliveryOf(String pk) {
        return after(RAW_PREFIX, pk);
    }

    static String rawPart(int index) {
        return RAW_PART_PREFIX + String.format("%04d", index);
    }

    /** Sort key within a queue: oldest first, ties broken by id. */
    static String queueOrder(Instant receivedAt, ComplaintId id) {
        return time(receivedAt) + "#" + id.value();
    }

    static String searchText(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    static String maskedSearchText(String text) {
        return text == null ? null : PersonalData.mask(text).toLowerCase(Locale.ROOT);
    }

    /** A confirmed routing's place within its day: when, and which complaint. */
    static String confirmedRouting(Instant at, ComplaintId complaint) {
        return time(at) + "#" + complaint.value();
    }

    static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(WorkingCalendar.ZONE));
    }

    static String moveOrder(Instant at, ComplaintId id, String eventKey) {
        return time(at) + "#" + id.value() + "#" + eventKey;
    }

    static String due(Instant at, String id) {
        return time(at) + "#" + id;
    }

    /** The last sort key of a due-index partition due at or before {@code now} ({@code ~} sorts after every id). */
    static String dueBy(Instant now) {
        return due(now, "~");
    }

    /**
     * The first sort key at or after {@code at} of a partition ordered by {@code <time>#…}: {@code #} sorts
     * before every id character, so two such bounds make a half-open time range.
     */
    static String orderFrom(Instant at) {
        return time(at) + "#";
    }

    /** The instant a sort key ordered by time ({@code <time>#…}) starts with. */
    static Instant timeOf(String order) {
        return parseTime(order.substring(0, order.indexOf('#')));
    }

    /** An hour's group message for one unit and audience, within {@link AlertKeys#alertGroupsOfDay}. */
    static String alertGroupHour(Instant hour, String group) {
        return time(hour) + "#" + group;
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public static Instant parseTime(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String after(String prefix, String key) {
        if (!key.startsWith(prefix)) {
            throw new IllegalArgumentException("not a " + prefix + " key: " + key);
        }
        return key.substring(prefix.length());
    }

    /**
     * The keys of what one government owns: each is the key the item would have on its own, after the
     * tenant's id and {@code #}. A parser refuses a key of another tenant, or of none.
     */
    public static final class TenantKeys {

        private static final String COMPLAINT_PREFIX = "C#";
        private static final String CLAIM_PREFIX = "IG#";

        private final Tenant tenant;
        private final String prefix;

        private TenantKeys(Tenant tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            this.prefix = tenant.id() + "#";
        }

        public Tenant tenant() {
            return tenant;
        }

        public String complaint(ComplaintId id) {
            return owned(COMPLAINT_PREFIX + id.value());
        }

        /** The complaint whose partition key {@code pk} is. */
        public ComplaintId complaintOf(String pk) {
            return new ComplaintId(after(COMPLAINT_PREFIX, ownKey(pk)));
        }

        /** Every complaint partition key of this tenant starts with this, and no other key does. */
        String complaintPrefix() {
            return owned(COMPLAINT_PREFIX);
        }

        String claim(String claimKey) {
            return owned(CLAIM_PREFIX + claimKey);
        }

        /** The claim key an Instagram claim's partition key {@code pk} holds. */
        String claimKeyOf(String pk) {
            return after(CLAIM_PREFIX, ownKey(pk));
        }

        String conversation(String conversationKey) {
            return owned("T#" + conversationKey);
        }

        String awaitedEcho(String conversationKey) {
            return owned("AWAIT#" + conversationKey);
        }

        String trackingCode(String code) {
            return owned("CODE#" + code);
        }

        String mentionFetch(ComplaintId id) {
            return owned("FETCH#" + id.value());
        }

        String staffMember(String staffId) {
            return owned("STAFF#" + staffId);
        }

        String textHash(String key) {
            return owned("TEXTHASH#" + key);
        }

        /** The partition of the configuration sections this tenant's admins edit (all but the accounts). */
        String config() {
            return owned("CFG");
        }

        String triageModel() {
            return owned("CFG#TRIAGE");
        }

        /** The partition of the routings staff confirmed on one UTC day, for the triage learner. */
        public String learningDay(LocalDate day) {
            return owned("LEARN#" + day);
        }

        String statusQueue(String status) {
            return owned("STATUS#" + status);
        }

        String unitQueue(String unit, String status) {
            return owned("UNIT#" + unit + "#" + status);
        }

        String assigneeQueue(String assigneeId, String status) {
            return owned("ASSIGNEE#" + assigneeId + "#" + status);
        }

        /** The ByReporter partition of a reporter's complaints. */
        String reporter(String instagramUserId) {
            return owned(instagramUserId);
        }

        String duplicatePartition(String unit) {
            return owned("DUP#" + unit);
        }

        /** The due-index partition of a complaint's SLA deadlines. */
        public String slaPartition(ComplaintId id) {
            return slaPartition(Math.floorMod(id.value().hashCode(), SLA_SHARDS));
        }

        public String slaPartition(int shard) {
            return owned("SLA#" + shard);
        }

        /**
         * The due-index partition of closed complaints whose personal data is kept, ordered by when they
         * were closed (or no earlier), for the retention job.
         */
        String erasurePartition() {
            return owned("ERASE");
        }

        /** Mentions waiting for their text: one pointer item each, due in this partition. */
        String fetchPartition() {
            return owned("FETCH");
        }

        /** The partition of the complaints received in a Jakarta month. */
        public String receivedIn(YearMonth month) {
            return owned("PERIOD#" + month);
        }

        /** The partition of the reopenings and re-routes made in a Jakarta month. */
        public String movesIn(YearMonth month) {
            return owned("MOVES#" + month);
        }

        /** The keys of this tenant's alerts (SLA alerts, digests). */
        AlertKeys alerts() {
            return new AlertKeys(prefix);
        }

        private String owned(String key) {
            return prefix + key;
        }

        /** {@code key} without this tenant's prefix; another tenant's key, or a platform key, is refused. */
        private String ownKey(String key) {
            if (!key.startsWith(prefix)) {
                throw new IllegalArgumentException("not a key of tenant " + tenant + ": " + key);
            }
            return key.substring(prefix.length());
        }
    }

    /**
     * The keys of an alert outbox: a tenant's (its alerts, under its prefix) or the platform's operations
     * alerts (no prefix).
     */
    record AlertKeys(String prefix) {

        /** The alerts raised on one UTC day: the daily digest reads one partition. */
        String alertsOfDay(LocalDate day) {
            return prefix + "ALERTS#" + day;
        }

        /** The hours of one UTC day whose group message a unit and audience had. */
        String alertGroupsOfDay(LocalDate day) {
            return prefix + "ALERTGROUPS#" + day;
        }

        /** The due-index partition of alerts not yet published. */
        String outbox() {
            return prefix + "OUTBOX";
        }
    }
}
