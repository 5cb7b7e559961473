package id.aduan.core.desk;

/**
 * No such complaint, or one the staff member may not see: the two answer alike (404), so that a unit
 * learns nothing about another unit's complaints.
 */
public final class ComplaintNotFound extends RuntimeException {

    public ComplaintNotFound(String reference) {
        super("no complaint " + reference);
    }
}
