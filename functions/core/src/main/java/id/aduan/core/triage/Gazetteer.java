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
 * only: most messages name no office, and the webhook's cold start should not pay for 6,600 rows.
 */
final class Gazetteer {

    /** The longest name, in words, worth looking up. */
    static final int LONGEST_NAME = 3;

    private final Map<String, List<LocalOffice>> byName;
    /** Kabupaten and kota by code: "32.04" → "Kabupaten Bandung". */
    private final Map<String, String> regions;

    private Gazetteer(Map<String, List<LocalOffice>> byName, Map<String, String> regions) {
        this.byName = byName;
        this.regions = Map.copyOf(regions);
    }

    private static final class WestJava {
        static final Gazetteer INSTANCE = load("wilayah-jabar.tsv");
    }

    static Gazetteer westJava() {
        return WestJava.INSTANCE;
    }

    /** Read line by line without the general table reader: 6,600 rows must load in tens of milliseconds. */
    static Gazetteer load(String resource) {
        var byName = new HashMap<String, List<LocalOffice>>(16_384);
        var regions = new HashMap<String, String>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing triage resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65_536);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int kindAt = line.indexOf('\t');
                int nameAt = line.indexOf('\t', kindAt + 1);
                if (line.startsWith("#") || nameAt < 0) {
                    continue;
                }
                String kind = line.substring(kindAt + 1, nameAt);
                String name = line.substring(nameAt + 1);
                if (kind.equals("kabupaten") || kind.equals("kota")) {
                    regions.put(line.substring(0, kindAt), (kind.equals("kota") ? "Kota " : "Kabupaten ") + name);
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
        return new Gazetteer(byName, regions);
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

    /** The kabupaten or kota whose code is {@code code} ("32.04"), by its name ("Kabupaten Bandung"). */
    Optional<String> region(String code) {
        return Optional.ofNullable(regions.get(code));
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
