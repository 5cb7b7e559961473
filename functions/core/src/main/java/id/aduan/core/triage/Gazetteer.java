package id.aduan.core.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * West Java's kabupaten and kota by code, and its kecamatan and kelurahan/desa ({@code wilayah-jabar.tsv}, Kemendagri codes), looked up by
 * name in normalised words ("sukajadi", "babakan ciparay"; also written as one word). Read on first use
 * only: most messages name no office, and the webhook's cold start should not pay for 6,600 rows. The
 * kabupaten and kota head the file, so a desk's home region is found reading those 27 rows alone.
 */
final class Gazetteer {

    /** The longest name, in words, worth looking up. */
    static final int LONGEST_NAME = 3;

    private static final String WEST_JAVA = "wilayah-jabar.tsv";

    private final Map<String, List<LocalOffice>> byName;

    private Gazetteer(Map<String, List<LocalOffice>> byName) {
        this.byName = byName;
    }

    private static final class WestJava {
        static final Gazetteer INSTANCE = load(WEST_JAVA);
    }

    /** Kabupaten and kota by code: "32.04" → "Kabupaten Bandung". */
    private static final class WestJavaRegions {
        static final Map<String, String> BY_CODE = regions(WEST_JAVA);
    }

    static Gazetteer westJava() {
        return WestJava.INSTANCE;
    }

    /** The kabupaten or kota of West Java whose code is {@code code} ("32.04"), by its name ("Kabupaten Bandung"). */
    static Optional<String> westJavaRegion(String code) {
        return Optional.ofNullable(WestJavaRegions.BY_CODE.get(code));
    }

    /** The kabupaten and kota at the head of {@code resource}, read up to the first row that is neither. */
    static Map<String, String> regions(String resource) {
        var regions = new HashMap<String, String>();
        try (var reader = open(resource)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int kindAt = line.indexOf('\t');
                int nameAt = line.indexOf('\t', kindAt + 1);
                String kind = nameAt < 0 ? "" : line.substring(kindAt + 1, nameAt);
                if (!kind.equals("kabupaten") && !kind.equals("kota")) {
                    break;
                }
                regions.put(line.substring(0, kindAt), (kind.equals("kota") ? "Kota " : "Kabupaten ") + line.substring(nameAt + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triage resource " + resource, e);
        }
        return Map.copyOf(regions);
    }

    /** Read line by line without the general table reader: 6,600 rows must load in tens of milliseconds. */
    static Gazetteer load(String resource) {
        var byName = new HashMap<String, List<LocalOffice>>(16_384);
        try (var reader = open(resource)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int kindAt = line.indexOf('\t');
                int nameAt = line.indexOf('\t', kindAt + 1);
                if (line.startsWith("#") || nameAt < 0) {
                    continue;
                }
                String kind = line.substring(kindAt + 1, nameAt);
                String name = line.substring(nameAt + 1);
                if (kind.equals("kabupaten") || kind.equals("kota")) {
                    continue;
                }
                var office = new LocalOffice(line.substring(0, kindAt), LocalOffice.Kind.of(kind), name);
                for (String alternative : Words.split(name, '/')) {
                    String key = key(alternative);
                    add(byName, key, office);
                    if (key.indexOf(' ') >= 0) {
                        add(byName, key.replace(" ", ""), office);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triage resource " + resource, e);
        }
        return new Gazetteer(byName);
    }

    private static BufferedReader open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing triage resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65_536);
    }

    private static void add(Map<String, List<LocalOffice>> byName, String key, LocalOffice office) {
        List<LocalOffice> offices = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!offices.contains(office)) {
            offices.add(office);
        }
    }

    /** The offices whose place is called {@code words} (normalised, space-separated), in code order. */
    List<LocalOffice> named(String words) {
        return java.util.Collections.unmodifiableList(byName.getOrDefault(words, List.of()));
    }

    /** Lower case, anything but letters and digits to single spaces: "Babakan Ciparay" → "babakan ciparay". */
    static String key(String name) {
        var key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            } else if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }
}
