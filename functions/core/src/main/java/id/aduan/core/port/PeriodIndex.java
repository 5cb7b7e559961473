package id.aduan.core.port;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.report.Move;
import id.aduan.core.report.ReportWindow;
import java.util.List;

/** Complaints and workflow moves by when they happened, read month by month: a report never scans. */
public interface PeriodIndex {

    /** Every complaint received in the window, whatever its status. */
    List<Complaint> receivedIn(ReportWindow window);

    /** Every reopening and re-route made in the window. */
    List<Move> movesIn(ReportWindow window);
}
