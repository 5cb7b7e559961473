package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;

/** One route of the staff API: reads the request, calls core, writes the answer. */
interface Route {

    HttpResponse handle(HttpRequest request, StaffMember staff);

    static String complaintReference(HttpRequest request) {
        return request.pathParameter("id").orElse("");
    }
}
