package id.aduan.staff;

/** Request bodies the tests send often. */
final class Bodies {

    private Bodies() {
    }

    /** Verifies a complaint as a road complaint for {@code unit}, HIGH priority. */
    static String verify(String unit, long version) {
        return """
                {"action": "VERIFY", "unit": "%s", "category": "Jalan rusak", "priority": "HIGH", "version": %d}"""
                .formatted(unit, version);
    }

    static String move(String action, long version) {
        return "{\"action\": \"%s\", \"version\": %d}".formatted(action, version);
    }
}
