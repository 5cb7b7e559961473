package id.aduan.core.health;

import id.aduan.core.alert.OutboxPublisher;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.GraphResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps an account's access token alive, or warns in time that it is lapsing. An Instagram user token
 * is refreshed by {@link TokenPolicy} and the new one stored in the account's token secret, where every
 * function picks it up; a Page token is inspected. Operations hear, once per token, of a refused token,
 * a failed refresh or check, and of the last 10, 3 and 1 days before a token lapses.
 */
public final class TokenKeeper {

    public enum Outcome {
        REFRESHED,
        NOT_DUE,
        /** Someone stored another token since it was read: theirs stands, the next run looks at it. */
        CHANGED_MEANWHILE,
        REFRESH_FAILED,
        VALID,
        INVALID,
        CHECK_FAILED
    }

    /** What a run did; {@code lapsesAt} is the current token's end, when known. */
    public record Report(Outcome outcome, Optional<Instant> lapsesAt, List<OutboxPublisher.Outcome> alerts) {
        public Report {
            alerts = List.copyOf(alerts);
        }
    }

    private final String account;
    private final TokenKind kind;
    private final TokenSecret secret;
    private final TokenAuthority meta;
    private final OperationsNotices notices;
    private final HealthAlerts alerts;
    private final Clock clock;

    public TokenKeeper(String account, TokenKind kind, TokenSecret secret, TokenAuthority meta,
                       OperationsNotices notices, HealthAlerts alerts, Clock clock) {
        this.account = account;
        this.kind = kind;
        this.secret = secret;
        this.meta = meta;
        this.notices = notices;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Report keep() {
        var stored = secret.read();
        var raised = new ArrayList<OutboxPublisher.Outcome>();
        var kept = switch (kind) {
            case INSTAGRAM_USER -> refresh(stored, raised);
            case PAGE -> inspect(stored, raised);
        };
        kept.lapsesAt()
                .flatMap(lapse -> TokenPolicy.warningDays(lapse, clock.instant())
                        .map(days -> alerts.expiresSoon(account, kind, kept.token(), days, lapse)))
                .ifPresent(notice -> raise(notice, raised));
        return new Report(kept.outcome(), kept.lapsesAt(), raised);
    }

    /** The outcome of a run and the token the account has after it, with its end when known. */
    private record Kept(Outcome outcome, String token, Optional<Instant> lapsesAt) {
    }

    private Kept refresh(StoredToken stored, List<OutboxPublisher.Outcome> raised) {
        var now = clock.instant();
        var due = TokenPolicy.refresh(stored.life(), now);
        if (due == TokenPolicy.Refresh.NOT_YET) {
            return new Kept(Outcome.NOT_DUE, stored.value(), stored.life().expiresAt());
        }
        return switch (meta.refresh(stored.value())) {
            case GraphResult.Success<RefreshedToken>(var refreshed) -> {
                if (due == TokenPolicy.Refresh.OVERDUE) {
                    raise(alerts.refreshOverdue(account, stored.value(), age(stored, now), true), raised);
                }
                var life = TokenLife.issued(now, refreshed.expiresIn());
                yield secret.replace(stored, refreshed.value(), life)
                        ? new Kept(Outcome.REFRESHED, refreshed.value(), life.expiresAt())
                        : new Kept(Outcome.CHANGED_MEANWHILE, stored.value(), Optional.empty());
            }
            case GraphResult.Failure<RefreshedToken>(var failure) -> {
                raise(refreshFailure(stored, failure, due, now), raised);
                yield new Kept(Outcome.REFRESH_FAILED, stored.value(), stored.life().expiresAt());
            }
        };
    }

    private Notice refreshFailure(StoredToken stored, GraphFailure failure, TokenPolicy.Refresh due, Instant now) {
        if (failure.kind() == GraphFailure.Kind.TOKEN) {
            return alerts.refused(account, stored.value(), failure.summary());
        }
        return due == TokenPolicy.Refresh.OVERDUE
                ? alerts.refreshOverdue(account, stored.value(), age(stored, now), false)
                : alerts.refreshFailed(account, stored.value(), failure);
    }

    private Kept inspect(StoredToken stored, List<OutboxPublisher.Outcome> raised) {
        return switch (meta.inspect(stored.value())) {
            case GraphResult.Success<TokenInspection>(var inspection) when inspection.valid() ->
                    new Kept(Outcome.VALID, stored.value(), inspection.lapsesAt());
            case GraphResult.Success<TokenInspection>(var inspection) -> {
                raise(alerts.refused(account, stored.value(), "debug_token: is_valid false"), raised);
                yield new Kept(Outcome.INVALID, stored.value(), Optional.empty());
            }
            case GraphResult.Failure<TokenInspection>(var failure) when failure.kind() == GraphFailure.Kind.TOKEN -> {
                raise(alerts.refused(account, stored.value(), failure.summary()), raised);
                yield new Kept(Outcome.INVALID, stored.value(), Optional.empty());
            }
            case GraphResult.Failure<TokenInspection>(var failure) -> {
                raise(alerts.checkFailed(account, stored.value(), failure), raised);
                yield new Kept(Outcome.CHECK_FAILED, stored.value(), Optional.empty());
            }
        };
    }

    private void raise(Notice notice, List<OutboxPublisher.Outcome> raised) {
        notices.raise(account, notice).ifPresent(raised::add);
    }

    private static Duration age(StoredToken stored, Instant now) {
        return stored.life().issuedAt().map(issued -> Duration.between(issued, now)).orElse(Duration.ZERO);
    }
}
