package id.aduan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared Instagram webhook deliveries. They are read in place from {@code ../shared/fixtures/instagram/}
 * (next to the project) when that folder exists, and otherwise from the copy bundled in this module, so
 * the tests also run where only the repository is checked out.
 */
public final class InstagramFixtures {

    private static final String BUNDLED = "/fixtures/instagram/";
    public static final List<String> NAMES = List.of(
            "batch-mixed.json", "comment-complaint.json", "comment-flat-entry.json", "comment-id-as-comment_id.json",
            "comment-own-reply.json", "comment-praise.json", "comment-reply-in-thread.json", "comment-spam.json",
            "dashboard-test.json", "dm-deleted.json", "dm-echo.json", "dm-edit.json", "dm-followup.json",
            "dm-story-mention.json", "dm-text.json", "live-comment.json", "mention-caption.json",
            "mention-comment.json");

    private InstagramFixtures() {
    }

    /** The exact bytes of a delivery, as Meta would sign them. */
    public static byte[] read(String name) {
        var shared = sharedDirectory();
        if (shared.isPresent()) {
            try {
                return Files.readAllBytes(shared.get().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled(name);
    }

    public static byte[] bundled(String name) {
        try (InputStream in = InstagramFixtures.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared/fixtures/instagram} beside the project, or {@code ADUAN_FIXTURES_DIR}. */
    public static Optional<Path> sharedDirectory() {
        var configured = System.getenv("ADUAN_FIXTURES_DIR");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                var shared = dir.resolveSibling("shared").resolve("fixtures").resolve("instagram");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Stream<String> names() {
        return NAMES.stream();
    }
}
