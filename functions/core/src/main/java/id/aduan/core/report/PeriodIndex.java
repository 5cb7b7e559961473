package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import java.util.List;

/** Complaints and workflow moves by when they happened, read month by month: a report never scans. */
public interface PeriodIndex {

    /** Every complaint received in the window, whatever its status. */
    List<Complaint> receivedIn(ReportWindow window);

    /** Every reopening and re-route made in the window. */
    List<Move> movesIn(ReportWindow window);
}
