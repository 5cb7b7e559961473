package id.aduan.core.desk;

import id.aduan.core.complaint.ComplaintPage;
import id.aduan.core.complaint.ComplaintQuery;

/** Work queues: complaints matching a query, a page at a time, each page read from an index. */
public interface ComplaintListing {

    ComplaintPage page(ComplaintQuery query);
}
