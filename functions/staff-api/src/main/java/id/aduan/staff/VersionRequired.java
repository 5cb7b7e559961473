package id.aduan.staff;

/** A change without the version it was based on (answered 428): no change may apply blind. */
final class VersionRequired extends RuntimeException {

    VersionRequired() {
        super("a change carries the version it was based on: the If-Match header or a \"version\" field");
    }
}
