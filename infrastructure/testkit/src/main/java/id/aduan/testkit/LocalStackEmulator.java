package id.aduan.testkit;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in Docker through Testcontainers, for machines that have Docker. 4.14.0 is the last tag
 * that runs without an auth token.
 */
final class LocalStackEmulator implements AwsEmulator {

    static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.14.0");

    private final LocalStackContainer container;

    private LocalStackEmulator(LocalStackContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static LocalStackEmulator start() {
        if (!dockerAvailable()) {
            throw new DockerUnavailable();
        }
        var container = new LocalStackContainer(IMAGE).withEnv("DEFAULT_REGION", REGION);
        container.start();
        return new LocalStackEmulator(container);
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public void reset() {
        // LocalStack has no global reset; Deployment.create() deletes its resources before creating them.
    }

    @Override
    public void close() {
        container.stop();
    }

    /** LocalStack was asked for, but this machine has no Docker engine: the tests are skipped. */
    static final class DockerUnavailable extends RuntimeException {
        DockerUnavailable() {
            super("ADUAN_AWS_EMULATOR=localstack needs a Docker engine, and none is reachable");
        }
    }
}
