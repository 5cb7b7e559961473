package id.aduan.staff;

import id.aduan.core.access.Access;
import id.aduan.core.access.StaffMember;
import id.aduan.core.triage.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hides the reporter's personal data from the roles that may not see it (see {@link Access}):
 * usernames keep their first letter, Instagram ids are hidden whole, and phone numbers, NIK/KK and
 * e-mail addresses are masked wherever they appear in text (messages, notes, replies, timeline).
 */
final class Masking {

    private static final String HIDDEN = "********";

    private final boolean masks;

    private Masking(boolean masks) {
        this.masks = masks;
    }

    static Masking of(StaffMember staff) {
        return new Masking(!Access.seesPersonalData(staff));
    }

    boolean masks() {
        return masks;
    }

    String text(String text) {
        return masks && text != null ? PersonalData.mask(text) : text;
    }

    String username(String username) {
        if (!masks || username == null || username.isEmpty()) {
            return username;
        }
        return username.charAt(0) + "*".repeat(username.length() - 1);
    }

    String instagramUserId(String id) {
        return masks && id != null && !id.isEmpty() ? HIDDEN : id;
    }

    Map<String, String> details(Map<String, String> details) {
        if (!masks) {
            return details;
        }
        var masked = new LinkedHashMap<String, String>();
        details.forEach((key, value) -> masked.put(key, PersonalData.mask(value)));
        return masked;
    }
}
