package id.aduan.local;

import id.aduan.adapters.json.Json;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder {@code .aduan-local/} beside {@code template.yaml} (git ignores it): the key that signs
 * local tokens, and the file in which a running {@code up} tells the other commands where it is.
 */
final class LocalState {

    static final String FOLDER = ".aduan-local";

    private final Path dir;

    LocalState(Path dir) {
        this.dir = dir;
    }

    static Path folderOf(SamTemplate template) {
        return template.projectRoot().resolve(FOLDER);
    }

    /** Where a running local run can be reached. */
    record Run(long pid, String url, String awsEndpoint, String tableName, String startedAt) {
    }

    Path signingKeyFile() {
        return dir.resolve("token-signing-key.json");
    }

    private Path runFile() {
        return dir.resolve("run.json");
    }

    void recordRun(Run run) {
        try {
            Files.createDirectories(dir);
            Files.writeString(runFile(), Json.write(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runFile(), e);
        }
    }

    /** The run recorded by {@code up}, if its process still runs. */
    Optional<Run> running() {
        if (!Files.isRegularFile(runFile())) {
            return Optional.empty();
        }
        try {
            var run = Json.mapper().readValue(runFile().toFile(), Run.class);
            return ProcessHandle.of(run.pid()).filter(ProcessHandle::isAlive).map(process -> run);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Forgets the run, unless another run has recorded itself since. */
    void forgetRun(Run run) {
        try {
            if (running().filter(run::equals).isPresent()) {
                Files.deleteIfExists(runFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + runFile(), e);
        }
    }
}
