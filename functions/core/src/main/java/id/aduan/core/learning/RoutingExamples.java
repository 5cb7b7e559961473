package id.aduan.core.learning;

import java.time.LocalDate;
import java.util.List;

/** The routings staff confirmed (verify, forward, re-route), by the UTC day they were confirmed. */
public interface RoutingExamples {

    List<RoutingExample> confirmedOn(LocalDate day);
}
