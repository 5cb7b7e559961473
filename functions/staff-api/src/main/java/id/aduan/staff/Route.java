package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.language.Language;

/** One route of the staff API: reads the request, calls core through its tenant's services, writes the answer. */
interface Route {

    HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks);

    /** A route of aggregate figures, read over the governments of a scope (the province role's too). */
    interface Figures {

        HttpResponse handle(HttpRequest request, StaffMember staff, FigureScope scope);
    }

    static String complaintReference(HttpRequest request) {
        return request.pathParameter("id").orElse("");
    }

    /** The language of the answer: Indonesian unless {@code Accept-Language} prefers English. */
    static Language language(HttpRequest request) {
        return Language.fromAcceptLanguage(request.header("accept-language").orElse(null));
    }
}
