package id.aduan.core.desk;

import id.aduan.core.workflow.ChangeResult;
import id.aduan.core.workflow.ComplaintChange;

/** Writes what a staff action changed: state, timeline, routing example and linked event, atomically. */
public interface ComplaintChanges {

    ChangeResult apply(ComplaintChange change);
}
