package id.aduan.core.desk;

import java.util.Optional;

/**
 * The staff members who have signed in, with the name their token gave: where an assignee's display
 * name comes from, so no one names an assignment as they please.
 */
public interface StaffDirectory {

    /** Records the name a signed-in member's token gives (again only when it changed). */
    void record(String staffId, String name);

    /** The name of a member who has signed in, if any has. */
    Optional<String> nameOf(String staffId);
}
