package id.aduan.adapters.dynamodb;

import id.aduan.core.kernel.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tenancy key rule, as a table: which partitions of the table a government owns and which the
 * platform owns, and how an item a government owns is keyed once it is under its tenant. The tenant id
 * and {@code #} go before its partition key and before every index partition-key value it holds; sort
 * keys never change.
 *
 * <p>The prefixes are the layout written before tenants, spelled out here rather than taken from
 * {@link Keys}, which builds today's keys: this table must keep describing the old ones.
 */
public final class KeyOwnership {

    /** Who an item belongs to. */
    public enum Owner { TENANT, PLATFORM }

    /**
     * A kind of partition: its key is {@code prefix} (or starts with it, unless {@code whole}); its items
     * are the platform's when {@code platformItem} says so, else {@code owner}'s.
     */
    public record Partition(String prefix, boolean whole, Owner owner,
                            Predicate<Map<String, AttributeValue>> platformItem) {

        boolean keys(String pk) {
            return whole ? pk.equals(prefix) : pk.startsWith(prefix);
        }

        Owner ownerOf(Map<String, AttributeValue> item) {
            return platformItem.test(item) ? Owner.PLATFORM : owner;
        }
    }

    private static final List<Partition> PARTITIONS = List.of(
            tenant("C#"),            // a complaint, its messages, events, replies and private-reply markers
            tenant("IG#"),           // Instagram claims
            tenant("T#"),            // DM conversations
            tenant("AWAIT#"),        // awaited echoes of sent DMs
            tenant("CODE#"),         // tracking codes
            tenantExcept("CFG", true, item -> "ACCOUNTS".equals(string(item, Keys.SK))),
            new Partition("CFG#TRIAGE", true, Owner.TENANT, item -> false),
            tenant("LEARN#"),        // routings staff confirmed, by day
            tenant("TEXTHASH#"),     // texts sent lately
            tenant("STAFF#"),        // staff members
            tenant("FETCH#"),        // mentions whose text to fetch
            tenantExcept("ALERTS#", false, item -> "OPERATIONS".equals(string(item, "kind"))),
            tenant("ALERTGROUPS#"),  // the hours a unit's SLA alerts had their group message
            platform("RAW#", false),
            platform("HELD#", false),
            platform("UNKNOWN_ACCOUNTS", true),
            platform("ACTIVITY", true),
            platform("PAUSE#", false),
            platform("PRIVATE_REPLIES#", false),
            platform("NOTICE#", false));

    /** Index partition-key attributes; each value an item a government owns holds goes under its tenant. */
    static final List<String> INDEX_PARTITION_KEYS = List.of(Keys.BY_STATUS_PK, Keys.BY_UNIT_PK, Keys.BY_ASSIGNEE_PK,
            Keys.DUE_PK, Keys.DUPLICATES_PK, Keys.PERIOD_PK, Keys.BY_REPORTER_PK);

    /** Due-index partitions the platform's jobs read for every tenant at once. */
    private static final Set<String> PLATFORM_DUE_PARTITIONS = Set.of("RETRY", "DEAD");

    /** A partition key already under a tenant: a region code ({@link Tenant}) and {@code #}. */
    private static final Pattern UNDER_A_TENANT = Pattern.compile("\\d{2}(\\.\\d{2})?#");

    private KeyOwnership() {
    }

    /** The kind of partition {@code pk} is, once any tenant prefix is set aside; empty when the rule has none. */
    public static Optional<Partition> partitionOf(String pk) {
        var unprefixed = withoutTenant(pk);
        return PARTITIONS.stream().filter(partition -> partition.keys(unprefixed)).findFirst();
    }

    /** Whether {@code pk} starts with a tenant's prefix. */
    public static boolean underATenant(String pk) {
        return UNDER_A_TENANT.matcher(pk).lookingAt();
    }

    /** The same item keyed under {@code tenant}: its partition key and its index partition-key values prefixed. */
    public static Map<String, AttributeValue> underTenant(Map<String, AttributeValue> item, Tenant tenant) {
        var moved = new HashMap<>(item);
        moved.put(Keys.PK, prefixed(item.get(Keys.PK), tenant));
        for (String attribute : INDEX_PARTITION_KEYS) {
            var value = item.get(attribute);
            if (value != null && value.s() != null && !PLATFORM_DUE_PARTITIONS.contains(value.s())
                    && !underATenant(value.s())) {
                moved.put(attribute, prefixed(value, tenant));
            }
        }
        return moved;
    }

    private static AttributeValue prefixed(AttributeValue value, Tenant tenant) {
        return AttributeValue.fromS(tenant.id() + "#" + value.s());
    }

    private static String withoutTenant(String pk) {
        var prefix = UNDER_A_TENANT.matcher(pk);
        return prefix.lookingAt() ? pk.substring(prefix.end()) : pk;
    }

    private static String string(Map<String, AttributeValue> item, String attribute) {
        var value = item.get(attribute);
        return value == null ? null : value.s();
    }

    private static Partition tenant(String prefix) {
        return new Partition(prefix, false, Owner.TENANT, item -> false);
    }

    private static Partition tenantExcept(String prefix, boolean whole, Predicate<Map<String, AttributeValue>> platformItem) {
        return new Partition(prefix, whole, Owner.TENANT, platformItem);
    }

    private static Partition platform(String prefix, boolean whole) {
        return new Partition(prefix, whole, Owner.PLATFORM, item -> false);
    }
}
