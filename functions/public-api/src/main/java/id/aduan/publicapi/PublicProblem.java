package id.aduan.publicapi;

/** A public request that cannot be answered as asked: its status, code and a message for the caller. */
final class PublicProblem extends RuntimeException {

    private final int status;
    private final String code;

    private PublicProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static PublicProblem badRequest(String message) {
        return new PublicProblem(400, "INVALID_PARAMETER", message);
    }

    static PublicProblem notFound(String message) {
        return new PublicProblem(404, "NOT_FOUND", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
