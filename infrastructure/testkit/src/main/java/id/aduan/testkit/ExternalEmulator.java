package id.aduan.testkit;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * An emulator someone else runs, at {@code ADUAN_AWS_ENDPOINT}. Reset uses moto's reset call when the
 * endpoint offers it; otherwise the deployment deletes and recreates its own resources.
 */
final class ExternalEmulator implements AwsEmulator {

    private final URI endpoint;

    ExternalEmulator(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void reset() {
        try {
            MotoServer.reset(HttpClient.newHttpClient(), endpoint);
        } catch (Exception notMoto) {
            // Not moto: Deployment.create() deletes the resources it manages before creating them.
        }
    }

    @Override
    public void close() {
    }
}
