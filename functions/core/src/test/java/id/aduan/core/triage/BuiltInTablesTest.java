package id.aduan.core.triage;

import id.aduan.core.unit.UnitCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource tables are consistent with the normaliser: a word it would rewrite could never match. */
class BuiltInTablesTest {

    private static final Triage TRIAGE = Triage.builtIn();

    @Test
    void everyWordOfTheLexiconAndCuesIsInNormalForm() {
        var words = new java.util.TreeSet<String>(Lexicon.builtIn(UnitCatalog.DEFAULT).words());
        words.addAll(Cues.builtIn().words());

        List<String> rewritten = words.stream()
                .filter(word -> !TRIAGE.normalize(word).text().equals(word))
                .map(word -> word + " → " + TRIAGE.normalize(word).text())
                .toList();

        assertThat(rewritten).isEmpty();
    }

    @Test
    void everyUnitOfTheCatalogHasATopic() {
        Lexicon lexicon = Lexicon.builtIn(UnitCatalog.DEFAULT);

        assertThat(lexicon.units()).hasSize(UnitCatalog.DEFAULT.units().size());
        for (String unit : lexicon.units()) {
            assertThat(lexicon.generalTopic(unit)).as(unit).isNotNull();
        }
    }
}
