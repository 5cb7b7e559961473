package id.aduan.core.ingest;

import id.aduan.core.complaint.Priority;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.sla.ComplaintClocks;
import id.aduan.core.triage.DuplicateFeatures;

/**
 * What a new complaint starts with: triage's suggestion, its priority, its SLA clocks (none when
 * triage judged the message not a complaint) and the features later messages are compared with.
 */
public record Assessment(TriageState triage, Priority priority, ComplaintClocks clocks, DuplicateFeatures features) {
}
