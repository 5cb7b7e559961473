package id.aduan.core.triage;

import id.aduan.core.kernel.Priority;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in routing knowledge: weighted phrases per unit and topic ({@code lexicon.tsv}) and the
 * topics with the lowest priority each deserves ({@code topics.tsv}). It makes a new deployment useful
 * before staff have confirmed a single routing.
 */
final class Lexicon {

    record Topic(String unit, String label, Priority floor) {}

    record Entry(Topic topic, int weight) {}

    private final PhraseIndex<Entry> index;
    private final Set<String> words;
    private final Map<String, Topic> generalTopic;
    private final List<String> units;

    private Lexicon(List<PhraseIndex.Entry<Entry>> entries, Map<String, Topic> generalTopic, List<String> units) {
        this.index = new PhraseIndex<>(entries);
        var stems = new HashSet<String>();
        for (PhraseIndex.Entry<Entry> entry : entries) {
            stems.addAll(entry.phrase().stems());
        }
        this.words = Set.copyOf(stems);
        this.generalTopic = Map.copyOf(generalTopic);
        this.units = List.copyOf(units);
    }

    static Lexicon builtIn(UnitCatalog catalog) {
        var topics = new HashMap<List<String>, Topic>();
        var general = new LinkedHashMap<String, Topic>();
        for (ResourceTable.Row row : ResourceTable.load("topics.tsv").rows()) {
            String unit = row.cell(0);
            if (!catalog.contains(unit)) {
                throw row.error("unknown unit " + unit);
            }
            var topic = new Topic(unit, row.cell(1), Priority.valueOf(row.cell(2)));
            topics.put(List.of(unit, topic.label()), topic);
            general.putIfAbsent(unit, topic);
        }
        var entries = new ArrayList<PhraseIndex.Entry<Entry>>();
        for (ResourceTable.Row row : ResourceTable.load("lexicon.tsv").rows()) {
            Topic topic = topics.get(List.of(row.cell(0), row.cell(1)));
            if (topic == null) {
                throw row.error("topic not in topics.tsv: " + row.cell(0) + " / " + row.cell(1));
            }
            var entry = new Entry(topic, Integer.parseInt(row.cell(2)));
            for (String phrase : Words.split(row.cell(3), ',')) {
                entries.add(new PhraseIndex.Entry<>(Phrase.parse(phrase), entry));
            }
        }
        List<String> units = catalog.units().stream().map(Unit::code).toList();
        for (String unit : units) {
            if (!general.containsKey(unit)) {
                throw new IllegalStateException("topics.tsv has no topic for unit " + unit);
            }
        }
        return new Lexicon(entries, general, units);
    }

    /** The unit codes, in the catalog's order; score arrays follow it. */
    List<String> units() {
        return units;
    }

    LexiconScan scan(NormalizedText text) {
        var hits = index.find(text.tokens());
        double[] scores = new double[units.size()];
        var byUnit = new HashMap<String, List<PhraseIndex.Hit<Entry>>>();
        for (PhraseIndex.Hit<Entry> hit : hits) {
            scores[units.indexOf(hit.value().topic().unit())] += hit.value().weight();
            byUnit.computeIfAbsent(hit.value().topic().unit(), key -> new ArrayList<>()).add(hit);
        }
        return new LexiconScan(this, scores, byUnit);
    }

    Topic generalTopic(String unit) {
        return generalTopic.get(unit);
    }

    /** Every word the table looks for, for the normaliser's vocabulary. */
    Set<String> words() {
        return words;
    }
}
