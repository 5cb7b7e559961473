package id.aduan.testkit;

import java.util.Map;

/** The obviously fake secrets that tests put in the emulator (never real ones). */
public final class TestSecrets {

    public static final String APP_SECRET = "test-app-secret";
    public static final String SECOND_APP_SECRET = "test-meta-app-secret";
    public static final String VERIFY_TOKEN = "test-verify-token";
    public static final String ACCESS_TOKEN = "test-access-token";

    public static final String INSTAGRAM_SECRET = """
            {"appSecrets": ["%s", "%s"], "verifyToken": "%s", "accessToken": "%s"}"""
            .formatted(APP_SECRET, SECOND_APP_SECRET, VERIFY_TOKEN, ACCESS_TOKEN);

    private TestSecrets() {
    }

    /** Secret values by the logical id the template gives the secret. */
    public static Map<String, String> byLogicalId() {
        return Map.of("InstagramSecret", INSTAGRAM_SECRET);
    }
}
