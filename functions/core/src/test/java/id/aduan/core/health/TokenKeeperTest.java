package id.aduan.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TokenKeeperTest {

    private static final String ACCOUNT = "17841400000000001";
    private static final Instant START = Instant.parse("2026-12-05T00:00:00Z");
    private static final Duration SIXTY_DAYS = Duration.ofDays(60);

    private final Secret secret = new Secret();
    private final Meta meta = new Meta();
    private final Operations operations = new Operations();

    @Test
    void dayOldTokenIsRefreshedAndStoredWithItsExpiry() {
        secret.put("old-token", TokenLife.issued(START.minus(Duration.ofDays(1)), SIXTY_DAYS));
        meta.refreshes.add(GraphResult.success(new RefreshedToken("new-token", Duration.ofSeconds(5_183_944))));

        var report = keeper(TokenKind.INSTAGRAM_USER, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.REFRESHED);
        assertThat(secret.token).isEqualTo("new-token");
        assertThat(secret.life).isEqualTo(TokenLife.issued(START, Duration.ofSeconds(5_183_944)));
        assertThat(meta.refreshed).containsExactly("old-token");
        assertThat(operations.published).isEmpty();
    }

    @Test
    void tokenYoungerThanADayIsLeftAlone() {
        secret.put("young-token", TokenLife.issued(START.minus(Duration.ofHours(3)), SIXTY_DAYS));

        var report = keeper(TokenKind.INSTAGRAM_USER, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.NOT_DUE);
        assertThat(meta.refreshed).isEmpty();
        assertThat(secret.token).isEqualTo("young-token");
    }

    @Test
    void tokenOfUnknownAgeIsRefreshedAtOnce() {
        secret.put("pasted-token", TokenLife.unknown());
        meta.refreshes.add(GraphResult.success(new RefreshedToken("new-token", SIXTY_DAYS)));

        var report = keeper(TokenKind.INSTAGRAM_USER, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.REFRESHED);
        assertThat(report.lapsesAt()).contains(START.plus(SIXTY_DAYS));
        assertThat(operations.published).isEmpty();
    }

    @Test
    void overdueTokenIsRefreshedAndOperationsAreToldOnce() {
        secret.put("old-token", TokenLife.issued(START.minus(Duration.ofDays(52)), SIXTY_DAYS));
        meta.refreshes.add(GraphResult.success(new RefreshedToken("new-token", SIXTY_DAYS)));

        keeper(TokenKind.INSTAGRAM_USER, START).keep();

        assertThat(secret.token).isEqualTo("new-token");
        assertThat(operations.subjects()).containsExactly("Aduan: token Instagram terlambat diperpanjang");
        assertThat(operations.published.getFirst().text()).contains("52 hari", "sudah diperpanjang");
    }

    @Test
    void failedRefreshAlertsOnceAcrossRuns() {
        secret.put("old-token", TokenLife.issued(START.minus(Duration.ofDays(5)), SIXTY_DAYS));
        meta.refreshes.add(GraphResult.failure(failure(GraphFailure.Kind.RETRYABLE, 2)));
        meta.refreshes.add(GraphResult.failure(failure(GraphFailure.Kind.RETRYABLE, 2)));

        var first = keeper(TokenKind.INSTAGRAM_USER, START).keep();
        var second = keeper(TokenKind.INSTAGRAM_USER, START.plus(Duration.ofHours(6))).keep();

        assertThat(first.outcome()).isEqualTo(TokenKeeper.Outcome.REFRESH_FAILED);
        assertThat(second.outcome()).isEqualTo(TokenKeeper.Outcome.REFRESH_FAILED);
        assertThat(operations.subjects()).containsExactly("Aduan: perpanjangan token Instagram gagal");
        assertThat(operations.published.getFirst().text()).contains("RETRYABLE 2").doesNotContain("old-token");
        assertThat(secret.token).isEqualTo("old-token");
    }

    @Test
    void refusedTokenAlertsOperationsOnce() {
        secret.put("dead-token", TokenLife.issued(START.minus(Duration.ofDays(5)), SIXTY_DAYS));
        meta.refreshes.add(GraphResult.failure(failure(GraphFailure.Kind.TOKEN, 190)));
        meta.refreshes.add(GraphResult.failure(failure(GraphFailure.Kind.TOKEN, 190)));

        keeper(TokenKind.INSTAGRAM_USER, START).keep();
        keeper(TokenKind.INSTAGRAM_USER, START.plus(Duration.ofHours(6))).keep();

        assertThat(operations.subjects()).containsExactly("Aduan: Meta menolak token Instagram");
        assertThat(operations.published.getFirst().attributes()).containsEntry("audience", "OPERATIONS")
                .containsEntry("problem", "INSTAGRAM_TOKEN").containsEntry("account", ACCOUNT);
    }

    @Test
    void eachWarningThresholdIsRaisedOnceAsTheTokenNearsItsEnd() {
        var lapse = START.plus(Duration.ofDays(12));
        secret.put("page-token", TokenLife.unknown());
        var subjects = new ArrayList<String>();
        for (int hours = 0; hours <= 12 * 24; hours += 6) {
            meta.inspections.add(GraphResult.success(new TokenInspection(true, Optional.of(lapse), Optional.empty())));
            keeper(TokenKind.PAGE, START.plus(Duration.ofHours(hours))).keep();
        }
        operations.published.forEach(alert -> subjects.add(alert.subject()));

        assertThat(subjects).containsExactly("Aduan: token Instagram habis dalam 10 hari",
                "Aduan: token Instagram habis dalam 3 hari", "Aduan: token Instagram habis dalam 1 hari");
    }

    @Test
    void pageTokenFoundWithTwoDaysLeftGetsOnlyTheThreeDayWarning() {
        secret.put("page-token", TokenLife.unknown());
        meta.inspections.add(GraphResult.success(new TokenInspection(true,
                Optional.of(START.plus(Duration.ofDays(30))), Optional.of(START.plus(Duration.ofDays(2))))));

        var report = keeper(TokenKind.PAGE, START).keep();

        assertThat(report.lapsesAt()).contains(START.plus(Duration.ofDays(2)));
        assertThat(operations.subjects()).containsExactly("Aduan: token Instagram habis dalam 3 hari");
    }

    @Test
    void pageTokenThatNeverExpiresRaisesNothing() {
        secret.put("page-token", TokenLife.unknown());
        meta.inspections.add(GraphResult.success(new TokenInspection(true, Optional.empty(), Optional.empty())));

        var report = keeper(TokenKind.PAGE, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.VALID);
        assertThat(report.lapsesAt()).isEmpty();
        assertThat(operations.published).isEmpty();
        assertThat(meta.refreshed).isEmpty();
    }

    @Test
    void invalidPageTokenAlertsOperations() {
        secret.put("page-token", TokenLife.unknown());
        meta.inspections.add(GraphResult.success(new TokenInspection(false, Optional.empty(), Optional.empty())));

        var report = keeper(TokenKind.PAGE, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.INVALID);
        assertThat(operations.subjects()).containsExactly("Aduan: Meta menolak token Instagram");
    }

    @Test
    void newTokenPutInByHandStartsItsOwnWarnings() {
        var lapse = START.plus(Duration.ofDays(2));
        secret.put("page-token", TokenLife.unknown());
        meta.inspections.add(GraphResult.success(new TokenInspection(true, Optional.of(lapse), Optional.empty())));
        keeper(TokenKind.PAGE, START).keep();
        secret.put("replacement-token", TokenLife.unknown());
        meta.inspections.add(GraphResult.success(new TokenInspection(true, Optional.of(lapse), Optional.empty())));

        keeper(TokenKind.PAGE, START.plus(Duration.ofHours(6))).keep();

        assertThat(operations.subjects()).hasSize(2).containsOnly("Aduan: token Instagram habis dalam 3 hari");
    }

    @Test
    void tokenChangedWhileRefreshingIsKept() {
        secret.put("old-token", TokenLife.issued(START.minus(Duration.ofDays(2)), SIXTY_DAYS));
        meta.refreshes.add(GraphResult.success(new RefreshedToken("new-token", SIXTY_DAYS)));
        secret.changeBeforeReplace = "hand-made-token";

        var report = keeper(TokenKind.INSTAGRAM_USER, START).keep();

        assertThat(report.outcome()).isEqualTo(TokenKeeper.Outcome.CHANGED_MEANWHILE);
        assertThat(secret.token).isEqualTo("hand-made-token");
    }

    private TokenKeeper keeper(TokenKind kind, Instant now) {
        var clock = Clock.fixed(now, ZoneOffset.UTC);
        return new TokenKeeper(ACCOUNT, kind, secret, meta, operations.notices(clock), new HealthAlerts(), clock);
    }

    private static GraphFailure failure(GraphFailure.Kind kind, int code) {
        return new GraphFailure(kind, "test failure", OptionalInt.of(400), OptionalInt.of(code), OptionalInt.empty(),
                Optional.empty(), false, Optional.empty());
    }

    /** The secret with a version per write; can be changed by someone else between read and replace. */
    private static final class Secret implements TokenSecret {
        String token;
        TokenLife life;
        int version;
        String changeBeforeReplace;

        void put(String value, TokenLife tokenLife) {
            token = value;
            life = tokenLife;
            version++;
        }

        @Override
        public StoredToken read() {
            return new StoredToken(token, "v" + version, life);
        }

        @Override
        public boolean replace(StoredToken read, String value, TokenLife tokenLife) {
            if (changeBeforeReplace != null) {
                put(changeBeforeReplace, TokenLife.unknown());
            }
            if (!read.version().equals("v" + version)) {
                return false;
            }
            put(value, tokenLife);
            return true;
        }
    }

    private static final class Meta implements TokenAuthority {
        final List<GraphResult<RefreshedToken>> refreshes = new ArrayList<>();
        final List<GraphResult<TokenInspection>> inspections = new ArrayList<>();
        final List<String> refreshed = new ArrayList<>();

        @Override
        public GraphResult<RefreshedToken> refresh(String token) {
            refreshed.add(token);
            return refreshes.removeFirst();
        }

        @Override
        public GraphResult<TokenInspection> inspect(String token) {
            return inspections.removeFirst();
        }
    }
}
