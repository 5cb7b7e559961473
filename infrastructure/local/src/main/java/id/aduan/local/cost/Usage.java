package id.aduan.local.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a government uses Aduan in a month: the complaints it takes in, and the assumptions that turn them
 * into work. Every assumption has a default from how a city's social-media team works and can be
 * changed on the command line; the bill prints them beside its lines so a buyer sees what was assumed.
 */
public record Usage(double complaints, double staff, double pollSeconds, double otherDeliveriesPerComplaint,
                    double followUpsPerComplaint, double opensPerComplaint, double repliesPerComplaint,
                    double alertingShare, double retentionMonths, double logRetentionMonths, double memoryGb,
                    double awsRequestMillis, int alarms, int secrets) {

    static final double WORKING_SECONDS_A_MONTH = 22 * 8 * 3600.0;
    static final double MINUTES_A_MONTH = 30 * 24 * 60.0;
    static final double PUBLIC_VIEWS_PER_COMPLAINT = 5;

    public static Usage defaults(double complaints) {
        return new Usage(complaints, Math.max(2, Math.ceil(complaints / 400.0)), 20, 1.0, 0.8, 4, 1.5, 0.3, 24, 3,
                1.0, 10, 26, 3);
    }

    /** Console polls of the open queue: every staff member's console, every {@code pollSeconds} of a working month. */
    double queuePolls() {
        return staff * WORKING_SECONDS_A_MONTH / pollSeconds;
    }

    /** Requests to the public figures and the transparency page: citizens and press looking, a few a complaint. */
    double publicViews() {
        return complaints * PUBLIC_VIEWS_PER_COMPLAINT;
    }

    Map<String, String> describe() {
        var lines = new LinkedHashMap<String, String>();
        lines.put("complaints a month", fmt(complaints));
        lines.put("staff with the console open in working hours (22 days × 8 h)", fmt(staff));
        lines.put("console polls the queue every", fmt(pollSeconds) + " s");
        lines.put("deliveries that are not complaints (praise, chat, echoes of own replies) per complaint", fmt(otherDeliveriesPerComplaint));
        lines.put("citizen follow-up messages per complaint", fmt(followUpsPerComplaint));
        lines.put("times staff open a complaint", fmt(opensPerComplaint));
        lines.put("replies sent per complaint", fmt(repliesPerComplaint));
        lines.put("public API requests (figures, transparency page) per complaint", fmt(PUBLIC_VIEWS_PER_COMPLAINT));
        lines.put("share of complaints that raise SLA alerts", fmt(alertingShare));
        lines.put("months complaints are kept", fmt(retentionMonths));
        lines.put("months logs are kept", fmt(logRetentionMonths));
        lines.put("Lambda memory", fmt(memoryGb) + " GB");
        lines.put("time an AWS request takes from Lambda (DynamoDB, SQS, SNS, Secrets Manager)", fmt(awsRequestMillis) + " ms");
        return lines;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
