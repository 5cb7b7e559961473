package id.aduan.adapters.dynamodb;

import id.aduan.adapters.aws.AwsClients;
import id.aduan.adapters.config.Settings;
import id.aduan.testkit.Deployment;
import java.util.List;

/** The complaints table of a deployment in the emulator, reached with one function's settings. */
final class EmulatorTables {

    private EmulatorTables() {
    }

    static ComplaintTable of(Deployment deployment, String function) {
        var settings = new Settings(deployment.environment(function));
        return new ComplaintTable(new AwsClients(settings, List.of()).dynamoDb(), settings.tableName());
    }
}
