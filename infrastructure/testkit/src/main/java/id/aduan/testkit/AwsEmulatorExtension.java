package id.aduan.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a live AWS endpoint with the resources of {@code template.yaml}: moto's server on a free
 * loopback port by default, started once per test JVM and reset before every test; LocalStack when
 * {@code ADUAN_AWS_EMULATOR=localstack} (skipped without Docker); or {@code ADUAN_AWS_ENDPOINT}.
 * Tests receive the {@link Deployment} as a parameter.
 */
public final class AwsEmulatorExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);
    private static final String PREFIX = "aduan-test";

    @Override
    public void beforeEach(ExtensionContext context) {
        var emulator = Shared.emulator();
        emulator.reset();
        context.getStore(NAMESPACE).put(Deployment.class,
                Deployment.create(emulator, Shared.template(), PREFIX, TestSecrets.byLogicalId()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Deployment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Deployment.class, Deployment.class);
    }

    /** One emulator per test JVM: starting moto's server takes a second or two. */
    private static final class Shared {
        private static AwsEmulator emulator;
        private static SamTemplate template;

        static synchronized AwsEmulator emulator() {
            if (emulator == null) {
                try {
                    emulator = AwsEmulator.fromEnvironment();
                } catch (LocalStackEmulator.DockerUnavailable e) {
                    Assumptions.abort(e.getMessage());
                }
            }
            return emulator;
        }

        static synchronized SamTemplate template() {
            if (template == null) {
                template = SamTemplate.locate();
            }
            return template;
        }
    }
}
