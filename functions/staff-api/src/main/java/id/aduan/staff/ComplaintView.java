package id.aduan.staff;

import id.aduan.adapters.http.HttpResponse;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.MediaRef;
import id.aduan.core.complaint.ReporterMessage;
import id.aduan.core.complaint.TimelineEvent;
import id.aduan.core.complaint.TriageState;
import id.aduan.core.desk.MergedComplaint;
import id.aduan.core.desk.OpenedComplaint;
import id.aduan.core.language.Language;
import id.aduan.core.language.Phrasebook;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.ReplyPlan;
import id.aduan.core.sla.ClockState;
import id.aduan.core.sla.SlaClock;
import id.aduan.core.sla.SlaOutcome;
import id.aduan.core.triage.TriageSuggestion;
import id.aduan.core.unit.UnitCatalog;
import id.aduan.core.workflow.ActionKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON staff read: a complaint in a work queue, and a complaint opened with everything about it. */
final class ComplaintView {

    private final Masking masking;
    private final UnitCatalog units;
    private final Instant now;
    private final Language language;

    ComplaintView(Masking masking, UnitCatalog units, Instant now, Language language) {
        this.masking = masking;
        this.units = units;
        this.now = now;
        this.language = language;
    }

    /** A complaint as a change left it, with its version as the ETag for the next change. */
    HttpResponse answer(int status, Complaint complaint) {
        return HttpResponse.json(status, summary(complaint)).withHeader("etag", Versions.entityTag(complaint.version()));
    }

    Map<String, Object> summary(Complaint complaint) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", complaint.id().value());
        view.put("trackingCode", complaint.trackingCode().value());
        view.put("version", complaint.version());
        view.put("status", complaint.status().name());
        view.put("statusLabel", complaint.status().label(language));
        view.put("channel", complaint.channel().name());
        view.put("priority", complaint.priority().name());
        view.put("category", complaint.category());
        if (complaint.unit() != null) {
            view.put("unit", Map.of("code", complaint.unit(),
                    "name", units.find(complaint.unit()).map(unit -> unit.name()).orElse(complaint.unit())));
        }
        if (complaint.assignee() != null) {
            view.put("assignee", nonNull("id", complaint.assignee().id(), "name", complaint.assignee().name()));
        }
        view.put("reporter", nonNull("instagramId", masking.instagramUserId(complaint.reporter().instagramId()),
                "username", masking.username(complaint.reporter().username())));
        view.put("text", masking.text(complaint.text()));
        view.put("receivedAt", complaint.receivedAt());
        view.put("lastMessageAt", complaint.lastMessageAt());
        view.put("messageCount", complaint.messageCount());
        view.put("firstResponseAt", complaint.firstResponseAt());
        view.put("resolvedAt", complaint.resolvedAt());
        view.put("objectionEndsAt", complaint.objectionEndsAt());
        if (complaint.rejection() != null) {
            var rejection = complaint.rejection();
            var rejected = new LinkedHashMap<String, Object>();
            rejected.put("reason", rejection.reason().name());
            rejected.put("note", masking.text(rejection.note()));
            rejected.put("referral", masking.text(rejection.referral()));
            rejected.put("duplicateOf", rejection.duplicateOf() == null ? null : rejection.duplicateOf().value());
            view.put("rejection", rejected);
        }
        view.put("sla", sla(complaint));
        view.put("triage", triageSummary(complaint));
        view.put("personalDataMasked", masking.masks());
        return view;
    }

    Map<String, Object> detail(OpenedComplaint opened) {
        var view = summary(opened.detail().complaint());
        view.put("triage", triageDetail(opened.detail().complaint()));
        view.put("authenticity", authenticity(opened.detail().complaint()));
        view.put("messages", opened.detail().messages().stream().map(this::message).toList());
        view.put("timeline", opened.detail().timeline().stream().map(this::event).toList());
        view.put("merged", opened.merged().stream().map(this::merged).toList());
        view.put("replyOptions", replyOptions(opened.replyPlan()));
        view.put("actions", opened.actions().stream().map(ActionKind::name).sorted().toList());
        return view;
    }

    private Map<String, Object> sla(Complaint complaint) {
        var clocks = new LinkedHashMap<String, Object>();
        if (complaint.clocks() == null) {
            return clocks;
        }
        complaint.clocks().clocks().forEach((kind, clock) -> clocks.put(kind.name(), clock(clock)));
        return clocks;
    }

    private Map<String, Object> clock(SlaClock clock) {
        var view = new LinkedHashMap<String, Object>();
        view.put("label", clock.kind().label(language));
        view.put("startedAt", clock.startedAt());
        switch (clock.state()) {
            case ClockState.Running running -> {
                view.put("state", "RUNNING");
                view.put("warnAt", running.warnAt());
                view.put("deadline", running.deadline());
                view.put("warned", !now.isBefore(running.warnAt()));
                view.put("breached", !now.isBefore(running.deadline()));
            }
            case ClockState.Paused paused -> {
                view.put("state", "PAUSED");
                view.put("since", paused.since());
            }
            case ClockState.Stopped stopped -> {
                view.put("state", "STOPPED");
                view.put("stoppedAt", stopped.at());
                view.put("breached", clock.outcome().orElseThrow() instanceof SlaOutcome.Breached);
            }
        }
        return view;
    }

    /**
     * Triage's suggestion as a work queue shows it: the verdict with its reason, unit, topic, priority
     * and confidence; for a mention whose text is still to be fetched only {@code PENDING_CONTENT};
     * null when triage has said nothing.
     */
    private Map<String, Object> triageSummary(Complaint complaint) {
        var view = new LinkedHashMap<String, Object>();
        switch (complaint.triage()) {
            case TriageState.Assessed(TriageSuggestion suggestion) -> {
                view.put("state", "ASSESSED");
                view.put("complaint", suggestion.complaint());
                view.put("reason", suggestion.notComplaintReason().map(reason -> Map.of(
                        "rejection", reason.rejection().name(), "kind", reason.name(),
                        "label", reason.label(language))).orElse(null));
                view.put("unit", suggestion.unit());
                view.put("topic", suggestion.topic());
                view.put("priority", suggestion.priority().name());
                view.put("confidence", suggestion.confidence());
            }
            case TriageState.Pending pending -> {
                if (!complaint.contentPending()) {
                    return null;
                }
                view.put("state", "PENDING_CONTENT");
                for (String field : List.of("complaint", "reason", "unit", "topic", "priority", "confidence")) {
                    view.put(field, null);
                }
            }
        }
        return view;
    }

    /** The queue's summary with everything else triage found: runners-up, evidence, the local office named, a possible duplicate. */
    private Map<String, Object> triageDetail(Complaint complaint) {
        var view = triageSummary(complaint);
        if (!(complaint.triage() instanceof TriageState.Assessed(TriageSuggestion suggestion))) {
            return view == null ? Map.of("state", "PENDING") : view;
        }
        suggestion.notComplaintReason().ifPresent(reason -> view.put("notComplaintReason", reason.name()));
        view.put("candidates", suggestion.candidates().stream()
                .map(candidate -> Map.of("unit", candidate.unit(), "score", candidate.score())).toList());
        view.put("evidence", suggestion.evidence());
        view.put("office", suggestion.office().map(office -> Map.of("code", office.code(),
                "kind", office.kind().name(), "name", office.name(), "label", office.label())).orElse(null));
        view.put("needsDetails", suggestion.needsDetails());
        view.put("needsLook", suggestion.needsLook());
        suggestion.duplicate().ifPresent(duplicate -> view.put("duplicate", Map.of(
                "trackingCode", duplicate.trackingCode(), "reason", duplicate.reason().name(),
                "explanation", duplicate.explanation())));
        return view;
    }

    /** What supports or weakens the complaint, as short reasons in the caller's language; empty before triage. */
    private List<Map<String, Object>> authenticity(Complaint complaint) {
        if (!(complaint.triage() instanceof TriageState.Assessed(TriageSuggestion suggestion))) {
            return List.of();
        }
        return suggestion.authenticity().stream()
                .map(signal -> {
                    var view = new LinkedHashMap<String, Object>();
                    view.put("signal", signal.kind().name());
                    view.put("effect", signal.effect().name());
                    view.put("reason", masking.text(Phrasebook.say(signal.reason(), language)));
                    return (Map<String, Object>) view;
                })
                .toList();
    }

    private Map<String, Object> message(ReporterMessage message) {
        var view = new LinkedHashMap<String, Object>();
        view.put("instagramId", message.instagramId());
        view.put("channel", message.channel().name());
        view.put("text", masking.text(message.text()));
        view.put("media", message.media().stream().map(ComplaintView::media).toList());
        view.put("sentAt", message.sentAt());
        view.put("editCount", message.editCount());
        view.put("unsent", message.unsent());
        return view;
    }

    private static Map<String, Object> media(MediaRef media) {
        return nonNull("type", media.type(), "id", media.instagramId(), "url", media.url());
    }

    private Map<String, Object> event(TimelineEvent event) {
        var view = new LinkedHashMap<String, Object>();
        view.put("at", event.at());
        view.put("type", event.type().name());
        view.put("actor", nonNull("kind", event.actor().kind().name(), "id", event.actor().id(),
                "name", event.actor().name()));
        view.put("reason", masking.text(event.reason()));
        view.put("details", masking.details(event.details()));
        return view;
    }

    private Map<String, Object> merged(MergedComplaint merged) {
        return Map.of("id", merged.id().value(), "trackingCode", merged.trackingCode().value(),
                "messages", merged.messages().stream().map(this::message).toList());
    }

    private Map<String, Object> replyOptions(ReplyPlan plan) {
        List<Map<String, Object>> available = plan.options().stream().map(option -> nonNull(
                "method", option.method().name(), "label", option.method().label(language),
                "target", option.method() == ReplyMethod.DM || option.method() == ReplyMethod.DM_HUMAN_AGENT
                        ? masking.instagramUserId(option.target()) : option.target(),
                "openUntil", option.openUntil().map(Instant::toString).orElse(null))).toList();
        List<Map<String, Object>> unavailable = plan.unavailable().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> nonNull("method", entry.getKey().name(), "reason", entry.getValue().name(),
                        "label", entry.getValue().label(language)))
                .toList();
        return Map.of("available", available, "unavailable", unavailable);
    }

    /** The pairs whose value is present, in order. */
    private static Map<String, Object> nonNull(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
