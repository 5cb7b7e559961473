package id.aduan.local;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TriageState;
import java.util.List;

/** Complaints as {@code ./aduan complaints} prints them: one line each, the way staff scan a queue. */
final class ComplaintRows {

    private static final String FORMAT = "%-9s  %-18s  %-14s  %-15s  %-8s  %-28s  %-23s  %s%n";
    private static final int TEXT_SHOWN = 60;

    private ComplaintRows() {
    }

    static String table(List<Complaint> complaints) {
        if (complaints.isEmpty()) {
            return "No complaints yet: ./aduan send comment-complaint.json" + System.lineSeparator();
        }
        var table = new StringBuilder(String.format(FORMAT, "CODE", "STATUS", "CHANNEL", "UNIT", "PRIORITY",
                "TRIAGE", "RECEIVED", "TEXT"));
        for (Complaint complaint : complaints) {
            table.append(String.format(FORMAT, complaint.trackingCode().value(), complaint.status().label(),
                    complaint.channel().name(), complaint.unit() == null ? "-" : complaint.unit(),
                    complaint.priority().name(), triage(complaint), Banner.WIB.format(complaint.receivedAt()),
                    firstLine(complaint.text())));
        }
        return table.toString();
    }

    /** Triage's suggestion in a few words: the unit and confidence, or why it is not a complaint. */
    static String triage(Complaint complaint) {
        return switch (complaint.triage()) {
            case TriageState.Assessed(var suggestion) -> suggestion.complaint()
                    ? suggestion.unit() + " " + Math.round(suggestion.confidence() * 100) + "%"
                    : "bukan aduan: " + suggestion.notComplaintReason().map(reason -> reason.label()).orElse("?");
            case TriageState.Pending pending -> complaint.contentPending() ? "menunggu teks" : "-";
        };
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var line = text.strip().lines().findFirst().orElse("");
        return line.length() <= TEXT_SHOWN ? line : line.substring(0, TEXT_SHOWN - 1) + "…";
    }
}
