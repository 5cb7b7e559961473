package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.TriageState;

/** The topic a complaint counts under: the category staff confirmed, else the one triage suggested. */
public final class Topic {

    public static final String NONE = "Tanpa kategori";

    private Topic() {
    }

    public static String of(Complaint complaint) {
        if (complaint.category() != null && !complaint.category().isBlank()) {
            return complaint.category();
        }
        if (complaint.triage() instanceof TriageState.Assessed assessed && !assessed.suggestion().topic().isBlank()) {
            return assessed.suggestion().topic();
        }
        return NONE;
    }
}
