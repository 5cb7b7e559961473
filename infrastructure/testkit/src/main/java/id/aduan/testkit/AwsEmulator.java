package id.aduan.testkit;

import java.net.URI;

/** A live AWS endpoint for tests and the local run: moto's server, LocalStack, or one given. */
public interface AwsEmulator extends AutoCloseable {

    String REGION = "ap-southeast-3";
    String ACCESS_KEY = "testing";
    String SECRET_KEY = "testing";

    URI endpoint();

    /** Deletes every resource and item, so each test starts from nothing. */
    void reset();

    @Override
    void close();

    /** An emulator that is already running at {@code endpoint}. */
    static AwsEmulator at(URI endpoint) {
        return new ExternalEmulator(endpoint);
    }

    /**
     * Picks the emulator from {@code ADUAN_AWS_EMULATOR}: {@code moto} (default), {@code localstack}
     * (needs Docker), or an endpoint given in {@code ADUAN_AWS_ENDPOINT}.
     */
    static AwsEmulator fromEnvironment() {
        var endpoint = System.getenv("ADUAN_AWS_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            return at(URI.create(endpoint));
        }
        var kind = System.getenv().getOrDefault("ADUAN_AWS_EMULATOR", "moto");
        return switch (kind) {
            case "moto" -> MotoServer.start();
            case "localstack" -> LocalStackEmulator.start();
            default -> throw new IllegalStateException(
                    "ADUAN_AWS_EMULATOR must be moto or localstack, not " + kind);
        };
    }
}
