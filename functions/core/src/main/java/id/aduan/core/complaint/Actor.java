package id.aduan.core.complaint;

import java.util.Objects;

/** Who did something recorded in a complaint's timeline. */
public record Actor(Kind kind, String id, String name) {

    public enum Kind { REPORTER, STAFF, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static final Actor REPORTER = new Actor(Kind.REPORTER, "reporter", null);
    /** The city's team acting in the Instagram app rather than through Aduan. */
    public static final Actor INSTAGRAM_APP = new Actor(Kind.STAFF, "instagram-app", "Instagram app");

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component, null);
    }

    public static Actor staff(String id, String name) {
        return new Actor(Kind.STAFF, id, name);
    }
}
