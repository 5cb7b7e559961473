package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.complaint.TrackingCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /citizens/{instagramUserId}/erasure} with {@code {"reason": "…"}}: an admin carries out a
 * citizen's erasure request (UU 27/2022). Every complaint of theirs loses its personal data, open ones
 * too, and records who asked, when and why; the answer names the complaints erased. Asking again erases
 * nothing more and answers an empty list.
 */
final class EraseCitizen implements Route {

    private static final Pattern INSTAGRAM_USER_ID = Pattern.compile("[0-9]{1,32}");
    private static final int LONGEST_REASON = 500;

    private final Wiring wiring;

    EraseCitizen(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var user = request.pathParameter("instagramUserId").filter(id -> INSTAGRAM_USER_ID.matcher(id).matches())
                .orElseThrow(() -> BadRequest.invalid("instagramUserId", "error.erasure.instagramUserId"));
        var reason = JsonBody.parse(request.body()).allowing("reason").text("reason")
                .filter(text -> text.length() <= LONGEST_REASON)
                .orElseThrow(() -> BadRequest.invalid("reason", "error.erasure.reason"));
        var erased = desks.eraser.eraseCitizen(staff, user, reason);
        wiring.runtime.log().info("personal data erased on request", Map.of("complaints", erased.size(),
                "by", staff.id()));
        var body = new LinkedHashMap<String, Object>();
        body.put("erased", erased.size());
        body.put("trackingCodes", erased.stream().map(TrackingCode::value).toList());
        return HttpResponse.json(200, body);
    }
}
