package id.aduan.core.desk;

/** The change was based on an old version of the complaint (answered 409 with the current version). */
public final class VersionConflict extends RuntimeException {

    private final long currentVersion;

    public VersionConflict(long expected, long currentVersion) {
        super("the complaint changed: you had version " + expected + ", it is now at version " + currentVersion
                + "; reload it and try again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
