package id.aduan.staff;

/** A path that names nothing the staff API has (answered 404). */
final class NoSuchResource extends RuntimeException {

    NoSuchResource(String message) {
        super(message);
    }
}
