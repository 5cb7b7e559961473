package id.aduan.core.complaint;

import java.util.Objects;

/**
 * The citizen behind a complaint: their Instagram-scoped id and, where Instagram sends it, their
 * username. Both are personal data: masked for roles without access, never logged.
 */
public record Reporter(String instagramId, String username) {
    public Reporter {
        Objects.requireNonNull(instagramId, "instagramId");
    }

    /** A mention's author is unknown until the mentioned comment or media is fetched. */
    public static Reporter unknown() {
        return new Reporter("", null);
    }

    /** A reporter whose id and username were erased: nobody can be traced or answered any more. */
    public static Reporter erased() {
        return new Reporter("", PersonalDataErasure.MARKER);
    }

    public boolean isKnown() {
        return !instagramId.isEmpty();
    }

    public boolean isErased() {
        return instagramId.isEmpty() && PersonalDataErasure.MARKER.equals(username);
    }
}
