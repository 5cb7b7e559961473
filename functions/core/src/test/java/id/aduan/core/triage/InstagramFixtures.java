package id.aduan.core.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message texts of the shared Instagram deliveries, read in place from {@code shared/fixtures/instagram}
 * beside the project, else from the copy the testkit bundles (a clean clone has only that).
 */
final class InstagramFixtures {

    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private InstagramFixtures() {}

    private static final List<String> PLACES = List.of("shared/fixtures/instagram",
            "infrastructure/testkit/src/main/resources/fixtures/instagram");

    /** The fixture folder, found by walking up from the working directory. */
    static Path folder() {
        for (String place : PLACES) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(place);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no Instagram fixtures in " + PLACES + " above " + Path.of("").toAbsolutePath());
    }

    static List<String> texts(String file) {
        try {
            String json = Files.readString(folder().resolve(file));
            var texts = new ArrayList<String>();
            Matcher matcher = TEXT.matcher(json);
            while (matcher.find()) {
                texts.add(matcher.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
