package id.aduan.core.learning;

import java.util.Objects;

/** A unit that staff confirmed or chose for a complaint, with the complaint's text: a labelled example. */
public record RoutingExample(String unit, String text) {
    public RoutingExample {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }
}
