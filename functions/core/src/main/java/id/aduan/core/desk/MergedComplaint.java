package id.aduan.core.desk;

import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TrackingCode;
import java.util.List;

/** A duplicate merged into the complaint being opened, with what its reporter wrote. */
public record MergedComplaint(ComplaintId id, TrackingCode trackingCode, List<ReporterMessage> messages) {
    public MergedComplaint {
        messages = List.copyOf(messages);
    }
}
