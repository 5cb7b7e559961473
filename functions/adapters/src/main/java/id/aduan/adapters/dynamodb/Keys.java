package id.aduan.adapters.dynamodb;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.triage.PersonalData;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every key format of the single complaints table, in one place.
 *
 * <pre>
 * complaint           C#&lt;id&gt;              META
 * reporter message    C#&lt;id&gt;              M#&lt;time&gt;#&lt;instagram id&gt;
 * timeline event      C#&lt;id&gt;              E#&lt;time&gt;#&lt;event key&gt;
 * queued reply        C#&lt;id&gt;              R#&lt;reply id&gt;
 * private reply used  C#&lt;id&gt;              PRIVATE#&lt;comment id&gt;
 * Instagram claim     IG#&lt;claim key&gt;       IG
 * DM conversation     T#&lt;conversation&gt;    T
 * tracking code       CODE#&lt;code&gt;         CODE
 * raw delivery        RAW#&lt;sha-256&gt;       RAW, PART#&lt;n&gt;
 * held delivery       HELD#&lt;account&gt;      &lt;delivery id&gt;   (an account nobody registered yet)
 * unknown account     UNKNOWN_ACCOUNTS     &lt;account&gt;
 * last delivery       ACTIVITY             &lt;account&gt;
 * mention to fetch    FETCH#&lt;id&gt;          FETCH
 * configuration       CFG                  UNITS, SLA, CALENDAR, TEMPLATES, ACCOUNTS
 * triage model        CFG#TRIAGE           MODEL
 * confirmed routing   LEARN#&lt;utc day&gt;     &lt;time&gt;#&lt;complaint id&gt;   (kept 400 days)
 * staff member        STAFF#&lt;staff id&gt;    STAFF
 * alert (outbox)      ALERTS#&lt;UTC day&gt;     &lt;alert id&gt;
 * alert group hour    ALERTGROUPS#&lt;UTC day&gt;  &lt;hour&gt;#&lt;unit and audience&gt;
 * awaited echo        AWAIT#&lt;conversation&gt; R#&lt;reply id&gt;
 * sending paused      PAUSE#&lt;account&gt;      PAUSE
 * private replies     PRIVATE_REPLIES#&lt;account&gt;  &lt;bucket start&gt;   (kept a day)
 * operations notice   NOTICE#&lt;account&gt;     &lt;notice key&gt;   (kept 90 days)
 * text sent lately    TEXTHASH#&lt;sha-256&gt;  ACCOUNTS   (kept 3 days after the last)
 * </pre>
 * Index keys: due index {@code SLA#<shard>} (complaints whose SLA clock owes an alert), {@code RETRY}
 * (deliveries to take in again), {@code DEAD} (deliveries set aside for good), {@code FETCH} (mentions
 * whose text to fetch), {@code ERASE} (closed complaints whose personal data is kept) and {@code OUTBOX}
 * (alerts not yet published, by the end of their publisher's lease), each ordered by
 * {@code <time>#<id>}; duplicates {@code DUP#<unit>}, ordered by arrival, while a
 * complaint is open.
 *
 * <p>Work queues. Three indexes share one sort key, {@code <received time>#<id>} ({@code GSI1SK}), and
 * split the complaints by who works them, each partition holding one status:
 * <ul>
 * <li>{@code ByStatus}: {@code STATUS#<status>}, every complaint (the triage team's view);</li>
 * <li>{@code ByUnit}: {@code UNIT#<unit>#<status>}, complaints with a unit (a unit's view); sparse;</li>
 * <li>{@code ByAssignee}: {@code ASSIGNEE#<staff id>#<status>}, assigned complaints; sparse.</li>
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
 * ({@code PERIOD#<yyyy-MM>}, ordered by {@code <received time>#<id>}) and every reopening and re-route
 * under the month it happened in ({@code MOVES#<yyyy-MM>}, ordered by {@code <time>#<id>#<event key>}),
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
    /**
     * The due-index partition of closed complaints whose personal data is kept, ordered by when they
     * were closed (or no earlier), for the retention job.
     */
    static final String ERASURE_PARTITION = "ERASE";
    /** SLA deadlines spread over this many due-index partitions, so that writes do not pile on one. */
    public static final int SLA_SHARDS = 4;
    /** Epoch seconds after which DynamoDB deletes the item. */
    public static final String EXPIRES_AT = "expiresAt";

    static final String COMPLAINT_SK = "META";
    static final String COMPLAINT_PREFIX = "C#";
    static final String MESSAGE_PREFIX = "M#";
    static final String EVENT_PREFIX = "E#";
    static final String CLAIM_PREFIX = "IG#";
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
    static final String CONFIG_PARTITION = "CFG";
    static final String OUTBOX_PARTITION = "OUTBOX";
    static final String PAUSE_SK = "PAUSE";
    static final String STAFF_SK = "STAFF";

    /** Fixed width, so that keys holding times sort in time order. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    public static String complaint(ComplaintId id) {
        return COMPLAINT_PREFIX + id.value();
    }

    /** The complaint whose partition key {@code pk} is. */
    static ComplaintId complaintOf(String pk) {
        return new ComplaintId(after(COMPLAINT_PREFIX, pk));
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

    static String claim(String claimKey) {
        return CLAIM_PREFIX + claimKey;
    }

    /** The claim key an Instagram claim's partition key {@code pk} holds. */
    static String claimKeyOf(String pk) {
        return after(CLAIM_PREFIX, pk);
    }

    static String reply(String replyId) {
        return "R#" + replyId;
    }

    static String privateReply(String commentId) {
        return "PRIVATE#" + commentId;
    }

    static String awaitedEcho(String conversationKey) {
        return "AWAIT#" + conversationKey;
    }

    static String pause(String account) {
        return "PAUSE#" + account;
    }

    /** The private replies an account sent, one item per budget bucket, ordered by time. */
    static String textHash(String key) {
        return "TEXTHASH#" + key;
    }

    static final String TEXT_HASH_SK = "ACCOUNTS";

    static String privateReplies(String account) {
        return "PRIVATE_REPLIES#" + account;
    }

    /** The notices raised about an account, so that each is raised once. */
    static String notices(String account) {
        return "NOTICE#" + account;
    }

    /** One item per account deliveries named but nobody registered: a small partition read whole. */
    static final String UNKNOWN_ACCOUNTS_PARTITION = "UNKNOWN_ACCOUNTS";

    /** The deliveries held for an account nobody registered yet, one item per delivery. */
    static String heldDeliveries(String account) {
        return "HELD#" + account;
    }

    /** One item per account with its last webhook delivery: a small partition read whole. */
    static final String ACTIVITY_PARTITION = "ACTIVITY";

    static String conversation(String conversationKey) {
        return "T#" + conversationKey;
    }

    static String staffMember(String staffId) {
        return "STAFF#" + staffId;
    }

    static String trackingCode(String code) {
        return "CODE#" + code;
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

    /** The alerts raised on one UTC day: the daily digest reads one partition. */
    static String alertsOfDay(LocalDate day) {
        return "ALERTS#" + day;
    }

    /** The hours of one UTC day whose group message a unit and audience had. */
    static String alertGroupsOfDay(LocalDate day) {
        return "ALERTGROUPS#" + day;
    }

    static String statusQueue(String status) {
        return "STATUS#" + status;
    }

    /** Sort key within a queue: oldest first, ties broken by id. */
    static String queueOrder(Instant receivedAt, ComplaintId id) {
        return time(receivedAt) + "#" + id.value();
    }

    /** The due-index partition of a complaint's SLA deadlines. */
    public static String slaPartition(ComplaintId id) {
        return slaPartition(Math.floorMod(id.value().hashCode(), SLA_SHARDS));
    }

    public static String slaPartition(int shard) {
        return "SLA#" + shard;
    }

    static String unitQueue(String unit, String status) {
        return "UNIT#" + unit + "#" + status;
    }

    static String assigneeQueue(String assigneeId, String status) {
        return "ASSIGNEE#" + assigneeId + "#" + status;
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

    /** The partition of the routings staff confirmed on one UTC day, for the triage learner. */
    public static String learningDay(LocalDate day) {
        return "LEARN#" + day;
    }

    static final String TRIAGE_MODEL_PK = "CFG#TRIAGE";
    static final String TRIAGE_MODEL_SK = "MODEL";

    /** Mentions waiting for their text: one pointer item each, due in the {@code FETCH} partition. */
    static final String FETCH_PARTITION = "FETCH";
    static final String FETCH_SK = "FETCH";

    static String mentionFetch(ComplaintId id) {
        return "FETCH#" + id.value();
    }

    static String duplicatePartition(String unit) {
        return "DUP#" + unit;
    }

    /** The partition of the complaints received in a Jakarta month. */
    public static String receivedIn(YearMonth month) {
        return "PERIOD#" + month;
    }

    /** The partition of the reopenings and re-routes made in a Jakarta month. */
    public static String movesIn(YearMonth month) {
        return "MOVES#" + month;
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

    /** An hour's group message for one unit and audience, within {@link #alertGroupsOfDay}. */
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
}
