package id.aduan.core.workflow;

import id.aduan.core.complaint.ComplaintId;

/** How writing a {@link ComplaintChange} ended. Only {@link Applied} wrote anything. */
public sealed interface ChangeResult {

    record Applied() implements ChangeResult {
    }

    /**
     * Someone wrote the complaint since it was read (its revision moved on); {@code currentVersion} is its
     * staff version now, which tells a person's change from system bookkeeping.
     */
    record StaleVersion(long currentVersion) implements ChangeResult {
    }

    record NotFound() implements ChangeResult {
    }

    /** The linked complaint was closed or rejected meanwhile (a duplicate's original). */
    record LinkedComplaintClosed(ComplaintId complaint) implements ChangeResult {
    }
}
