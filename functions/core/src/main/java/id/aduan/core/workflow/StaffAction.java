package id.aduan.core.workflow;

import id.aduan.core.complaint.Assignee;
import id.aduan.core.complaint.RejectionReason;
import id.aduan.core.complaint.TrackingCode;
import id.aduan.core.kernel.Priority;
import id.aduan.core.language.Phrase;

/**
 * One thing a staff member asks to do to a complaint, checked for completeness when it is built; the
 * {@link Workflow} then checks it against the complaint. Optional texts may be null.
 */
public sealed interface StaffAction {

    /** Reasons and notes on a move: a sentence or two. */
    int MAX_REASON = 500;
    /** An internal note: a few paragraphs. */
    int MAX_NOTE = 2000;
    int MAX_CATEGORY = 80;
    int MAX_REFERRAL = 300;

    ActionKind kind();

    /** Confirms it is a complaint and sets what triage suggested or staff chose. */
    record Verify(String unit, String category, Priority priority, String note) implements StaffAction {
        public Verify {
            unit = required("unit", unit, 40);
            category = required("category", category, MAX_CATEGORY);
            if (priority == null) {
                throw new InvalidAction("priority", Phrase.of("error.priority.verifyRequired"));
            }
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.VERIFY;
        }
    }

    /** @param note what the reporter was asked for (location, photo) */
    record AskForInformation(String note) implements StaffAction {
        public AskForInformation {
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.ASK_FOR_INFORMATION;
        }
    }

    /** Disposisi. @param unit the unit to forward to; null forwards to the unit set when verifying */
    record Forward(String unit, String note) implements StaffAction {
        public Forward {
            unit = optional("unit", unit, 40);
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.FORWARD;
        }
    }

    record Reroute(String unit, String reason) implements StaffAction {
        public Reroute {
            unit = required("unit", unit, 40);
            reason = required("reason", reason, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.REROUTE;
        }
    }

    record StartFollowUp(String note) implements StaffAction {
        public StartFollowUp {
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.START_FOLLOW_UP;
        }
    }

    /** @param note what was done */
    record Resolve(String note) implements StaffAction {
        public Resolve {
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.RESOLVE;
        }
    }

    record Close(String note) implements StaffAction {
        public Close {
            note = optional("note", note, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.CLOSE;
        }
    }

    record Reopen(String reason) implements StaffAction {
        public Reopen {
            reason = required("reason", reason, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.REOPEN;
        }
    }

    /**
     * @param referral where the reporter should go instead; required for NOT_OUR_AUTHORITY
     * @param duplicateOf the complaint this one duplicates; required for DUPLICATE
     */
    record Reject(RejectionReason reason, String note, String referral, TrackingCode duplicateOf)
            implements StaffAction {
        public Reject {
            if (reason == null) {
                throw new InvalidAction("reason", Phrase.of("error.reject.reasonRequired"));
            }
            note = optional("note", note, MAX_REASON);
            referral = reason == RejectionReason.NOT_OUR_AUTHORITY ? required("referral", referral, MAX_REFERRAL)
                    : forbidden("referral", referral, "NOT_OUR_AUTHORITY");
            if (reason == RejectionReason.DUPLICATE && duplicateOf == null) {
                throw new InvalidAction("duplicateOf", Phrase.of("error.duplicate.needsOriginal"));
            }
            if (reason != RejectionReason.DUPLICATE && duplicateOf != null) {
                throw new InvalidAction("duplicateOf", Phrase.of("error.field.onlyWithReason", "duplicateOf",
                        RejectionReason.DUPLICATE));
            }
        }

        public ActionKind kind() {
            return ActionKind.REJECT;
        }
    }

    /** @param assignee who works it; null gives it back to the unit */
    record Assign(Assignee assignee) implements StaffAction {
        public ActionKind kind() {
            return ActionKind.ASSIGN;
        }
    }

    record AddNote(String text) implements StaffAction {
        public AddNote {
            text = required("text", text, MAX_NOTE);
        }

        public ActionKind kind() {
            return ActionKind.ADD_NOTE;
        }
    }

    record ChangePriority(Priority priority, String reason) implements StaffAction {
        public ChangePriority {
            if (priority == null) {
                throw new InvalidAction("priority", Phrase.of("error.priority.required"));
            }
            reason = optional("reason", reason, MAX_REASON);
        }

        public ActionKind kind() {
            return ActionKind.CHANGE_PRIORITY;
        }
    }

    private static String required(String field, String value, int max) {
        var text = optional(field, value, max);
        if (text == null) {
            throw new InvalidAction(field, Phrase.of("error.field.required", field));
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        int characters = text.codePointCount(0, text.length());
        if (characters > max) {
            throw new InvalidAction(field, Phrase.of("error.field.tooLong", field, max, characters));
        }
        return text;
    }

    private static String forbidden(String field, String value, String onlyWith) {
        if (value != null && !value.isBlank()) {
            throw new InvalidAction(field, Phrase.of("error.field.onlyWithReason", field, onlyWith));
        }
        return null;
    }
}
