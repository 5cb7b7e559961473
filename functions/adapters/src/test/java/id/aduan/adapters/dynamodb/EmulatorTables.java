package id.aduan.adapters.dynamodb;

import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.core.kernel.Tenant;
import id.aduan.testkit.Deployment;
import java.util.List;

/** The complaints table of a deployment in the emulator, reached with one function's settings. */
final class EmulatorTables {

    /** The government the tests' complaints belong to, unless a test names another. */
    static final Tenant TENANT = new Tenant("32.73");

    private EmulatorTables() {
    }

    /** The platform's view of the table: deliveries, accounts, per-account state. */
    static ComplaintTable of(Deployment deployment, String function) {
        var settings = new Settings(deployment.environment(function));
        return new ComplaintTable(new AwsClients(settings, List.of()).dynamoDb(), settings.tableName());
    }

    /** The table bound to {@link #TENANT}, as the stores of a government's data need it. */
    static ComplaintTable ofTenant(Deployment deployment, String function) {
        return of(deployment, function).forTenant(TENANT);
    }
}
