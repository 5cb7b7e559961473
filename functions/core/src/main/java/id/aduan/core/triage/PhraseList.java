package id.aduan.core.triage;

import java.util.Arrays;
import java.util.List;

/** The comma-separated phrases of one table row. */
final class PhraseList {

    private PhraseList() {}

    static List<String> split(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(phrase -> !phrase.isEmpty()).toList();
    }
}
