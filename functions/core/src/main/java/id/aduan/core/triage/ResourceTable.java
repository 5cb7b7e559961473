package id.aduan.core.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the tab-separated tables the triage engine ships as resources (lexicon, cues, slang): UTF-8,
 * one row a line, blank lines and lines starting with {@code #} ignored.
 */
record ResourceTable(String name, List<Row> rows) {

    /** A line of the table, with its line number for error messages. */
    record Row(String table, int line, List<String> cells) {

        String cell(int index) {
            if (index >= cells.size()) {
                throw new IllegalStateException(table + ":" + line + ": expected at least " + (index + 1) + " columns");
            }
            return cells.get(index);
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(table + ":" + line + ": " + message);
        }
    }

    static ResourceTable load(String name) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing triage resource " + name);
            }
            return new ResourceTable(name, parse(name, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triage resource " + name, e);
        }
    }

    private static List<Row> parse(String name, InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var rows = new ArrayList<Row>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cells = new ArrayList<String>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.strip());
            }
            rows.add(new Row(name, number, List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }
}
