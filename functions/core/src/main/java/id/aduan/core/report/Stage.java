package id.aduan.core.report;

import id.aduan.core.complaint.Complaint;
import id.aduan.core.kernel.Status;

/** How far along the workflow a complaint has come, whatever moves it made on the way. */
final class Stage {

    private Stage() {
    }

    static boolean reached(Complaint complaint, Status stage) {
        return rank(complaint.status()) >= rank(stage)
                || complaint.statusBeforeInfoRequest() != null && rank(complaint.statusBeforeInfoRequest()) >= rank(stage);
    }

    static boolean handled(Complaint complaint) {
        return reached(complaint, Status.RESOLVED);
    }

    private static int rank(Status status) {
        return switch (status) {
            case REJECTED -> -1;
            case NEW, NEEDS_INFO -> 0;
            case VERIFIED -> 1;
            case FORWARDED -> 2;
            case IN_PROGRESS -> 3;
            case RESOLVED -> 4;
            case CLOSED -> 5;
        };
    }
}
