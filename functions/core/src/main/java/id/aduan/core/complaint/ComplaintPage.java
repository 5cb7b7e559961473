package id.aduan.core.complaint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a work queue. {@code resumeAfter} is where the next page starts, present while more may
 * follow; a page can be short (even empty) and still have a next one, when the read budget of one
 * request ran out before the page filled.
 */
public record ComplaintPage(List<Complaint> complaints, Optional<String> resumeAfter) {
    public ComplaintPage {
        complaints = List.copyOf(complaints);
        Objects.requireNonNull(resumeAfter, "resumeAfter");
    }
}
