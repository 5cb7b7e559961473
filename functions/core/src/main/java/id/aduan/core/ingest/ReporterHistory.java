package id.aduan.core.ingest;

import id.aduan.core.triage.EarlierComplaint;
import java.time.Instant;
import java.util.List;

/** A reporter's earlier complaints and how they stand: a reporter whose complaints were handled is likely genuine. */
public interface ReporterHistory {

    /**
     * The reporter's complaints received before {@code before}, newest first, at most {@code limit};
     * complaints whose personal data was erased are no one's any more and are not among them.
     */
    List<EarlierComplaint> earlier(String instagramUserId, Instant before, int limit);
}
