package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * West Java's kecamatan and kelurahan/desa ({@code wilayah-jabar.tsv}, Kemendagri codes), looked up by
 * name in normalised words ("sukajadi", "babakan ciparay"; also written as one word). Read on first use
 * only: most messages name no office, and the webhook's cold start should not pay for 6,600 rows.
 */
final class Gazetteer {

    /** The longest name, in words, worth looking up. */
    static final int LONGEST_NAME = 3;

    private final Map<String, List<LocalOffice>> byName;

    private Gazetteer(Map<String, List<LocalOffice>> byName) {
        this.byName = byName;
    }

    private static final class WestJava {
        static final Gazetteer INSTANCE = load("wilayah-jabar.tsv");
    }

    static Gazetteer westJava() {
        return WestJava.INSTANCE;
    }

    static Gazetteer load(String resource) {
        var byName = new HashMap<String, List<LocalOffice>>();
        for (ResourceTable.Row row : ResourceTable.load(resource).rows()) {
            String kind = row.cell(1);
            if (kind.equals("kabupaten") || kind.equals("kota")) {
                continue;
            }
            var office = new LocalOffice(row.cell(0), LocalOffice.Kind.of(kind), row.cell(2));
            for (String alternative : Words.split(row.cell(2), '/')) {
                String key = key(alternative);
                byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(office);
                byName.computeIfAbsent(key.replace(" ", ""), k -> new ArrayList<>(1)).add(office);
            }
        }
        byName.replaceAll((name, offices) -> List.copyOf(offices.stream().distinct().toList()));
        return new Gazetteer(Map.copyOf(byName));
    }

    /** The offices whose place is called {@code words} (normalised, space-separated), in code order. */
    List<LocalOffice> named(String words) {
        return byName.getOrDefault(words, List.of());
    }

    /** Lower case, anything but letters and digits to single spaces: "Babakan Ciparay" → "babakan ciparay". */
    static String key(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")).strip();
    }
}
