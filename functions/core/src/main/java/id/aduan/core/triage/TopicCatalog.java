package id.aduan.core.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The topics triage knows for each unit ({@code topics.tsv}), in the order they are listed. */
public final class TopicCatalog {

    private TopicCatalog() {
    }

    /** Topic labels by unit code. */
    public static Map<String, List<String>> byUnit() {
        var topics = new LinkedHashMap<String, List<String>>();
        for (ResourceTable.Row row : ResourceTable.load("topics.tsv").rows()) {
            topics.computeIfAbsent(row.cell(0), unit -> new ArrayList<>()).add(row.cell(1));
        }
        return topics;
    }
}
