package id.aduan.staff;

import id.aduan.adapters.config.CachedConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbComplaintCounting;
import id.aduan.adapters.dynamodb.DynamoDbComplaintListing;
import id.aduan.adapters.dynamodb.DynamoDbComplaintStore;
import id.aduan.adapters.dynamodb.DynamoDbConfigStore;
import id.aduan.adapters.dynamodb.DynamoDbPeriodIndex;
import id.aduan.adapters.dynamodb.DynamoDbPersonalDataStore;
import id.aduan.adapters.dynamodb.DynamoDbStaffDirectory;
import id.aduan.adapters.sqs.SqsReplyQueue;
import id.aduan.core.access.StaffMember;
import id.aduan.core.config.ConfigDesk;
import id.aduan.core.desk.AssigneeNames;
import id.aduan.core.desk.CommentModeration;
import id.aduan.core.desk.ComplaintDesk;
import id.aduan.core.desk.QueueDesk;
import id.aduan.core.desk.ReplyDesk;
import id.aduan.core.desk.StaffDirectory;
import id.aduan.core.erasure.PersonalDataEraser;
import id.aduan.core.erasure.RetentionPolicy;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.language.Language;
import id.aduan.core.report.PeriodIndex;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.UnitCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The staff API's services of one government, every store on the table bound to its tenant, so a
 * request can reach only its own tenant's complaints, configuration, staff and figures. Built on the
 * tenant's first request in a container and kept ({@link Wiring#desks}).
 */
final class TenantDesks {

    private static final Duration CONFIG_CACHE = Duration.ofMinutes(1);

    final Tenant tenant;
    final ConfigDesk configDesk;
    final CachedConfigStore config;
    final ComplaintDesk desk;
    final QueueDesk queue;
    final ReplyDesk replies;
    final CommentModeration moderation;
    final StaffDirectory directory;
    final AssigneeNames assigneeNames;
    final PeriodIndex periods;
    final PersonalDataEraser eraser;
    private final Wiring wiring;

    TenantDesks(Wiring wiring, Tenant tenant) {
        this.wiring = wiring;
        this.tenant = tenant;
        var clock = wiring.clock;
        var table = wiring.runtime.table().forTenant(tenant);
        var store = new DynamoDbComplaintStore(table);
        var changes = wiring.writes.apply(store);
        var sections = new DynamoDbConfigStore(table, WorkingCalendar.standard(), wiring.tenants.first(),
                wiring.deploymentAccounts);
        this.configDesk = new ConfigDesk(sections, wiring.readableSecrets, wiring.tenants, tenant, clock);
        this.config = new CachedConfigStore(sections, clock, CONFIG_CACHE);
        this.desk = new ComplaintDesk(store, changes, new DynamoDbComplaintListing(table), config, wiring.workflow, clock,
                wiring.humanAgent);
        this.queue = new QueueDesk(desk, new DynamoDbComplaintCounting(table), clock);
        this.replies = new ReplyDesk(store, changes, config, new SqsReplyQueue(wiring.runtime.aws()::sqs,
                wiring.replyQueueUrl, tenant), clock, wiring.humanAgent);
        this.moderation = new CommentModeration(store, changes, wiring.graph, clock);
        this.directory = new DynamoDbStaffDirectory(table, clock);
        this.assigneeNames = new AssigneeNames(directory);
        this.periods = new DynamoDbPeriodIndex(table);
        // A citizen's request erases at once, whatever the retention period; the period is RetentionFunction's.
        this.eraser = new PersonalDataEraser(new DynamoDbPersonalDataStore(table), RetentionPolicy.TWO_YEARS, clock);
    }

    /**
     * How complaints read for this staff member now: masked as their roles require, labels in their
     * language. It answers a write already applied, so a failed read of the unit names must not turn the
     * answer into an error: units are then named by their codes.
     */
    ComplaintView view(StaffMember staff, Language language) {
        return new ComplaintView(Masking.of(staff), unitsOrCodes(), wiring.clock.instant(), language);
    }

    private UnitCatalog unitsOrCodes() {
        try {
            return config.units();
        } catch (RuntimeException e) {
            wiring.runtime.log().warn("unit names not read; the answer names units by code",
                    Map.of("error", e.getClass().getSimpleName()));
            return new UnitCatalog(List.of());
        }
    }
}
