package id.aduan.core.complaint;

import java.util.Objects;

/** The staff member a complaint is assigned to: their user id and display name. */
public record Assignee(String id, String name) {
    public Assignee {
        Objects.requireNonNull(id, "id");
    }
}
