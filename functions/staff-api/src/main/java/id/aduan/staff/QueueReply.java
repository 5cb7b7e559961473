package id.aduan.staff;

import id.aduan.adapters.http.HttpRequest;
import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.access.StaffMember;
import id.aduan.core.desk.ReplyRequest;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.TemplateKey;
import java.util.LinkedHashMap;

/**
 * {@code POST /complaints/{id}/replies}: queues a public reply or DM. 202: accepted for sending; the
 * reply sender records SENT or FAILED in the timeline later.
 */
final class QueueReply implements Route {

    @Override
    public HttpResponse handle(HttpRequest request, StaffMember staff, TenantDesks desks) {
        var body = JsonBody.parse(request.body()).allowing("method", "template", "text", "version");
        var reply = new ReplyRequest(body.constant(ReplyMethod.class, "method").orElse(null),
                body.constant(TemplateKey.class, "template").orElse(null), body.text("text").orElse(null));
        var queued = desks.replies.queue(staff, Route.complaintReference(request), Versions.expected(request, body),
                reply);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("replyId", queued.reply().replyId());
        answer.put("state", "QUEUED");
        answer.put("method", queued.reply().method().name());
        answer.put("template", queued.reply().template() == null ? null : queued.reply().template().name());
        answer.put("text", Masking.of(staff).text(queued.reply().text()));
        answer.put("version", queued.complaintVersion());
        return HttpResponse.json(202, answer).withHeader("etag", Versions.entityTag(queued.complaintVersion()));
    }
}
