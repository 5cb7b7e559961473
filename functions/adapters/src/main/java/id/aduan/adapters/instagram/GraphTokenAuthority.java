package id.aduan.adapters.instagram;

import id.aduan.adapters.json.JsonValue;
import id.aduan.core.health.RefreshedToken;
import id.aduan.core.health.TokenAuthority;
import id.aduan.core.health.TokenInspection;
import id.aduan.core.instagram.GraphResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Meta's token endpoints. {@code refresh_access_token} lives on graph.instagram.com outside the API
 * version and takes the token in its query, as Meta documents it; {@code debug_token} (graph.facebook.com)
 * takes the token to inspect in its query and is called with that same token, so no app token is needed.
 * Those URLs carry a token: they are never logged.
 */
public final class GraphTokenAuthority implements TokenAuthority {

    private final GraphExchange graph;

    public GraphTokenAuthority(GraphApiSettings settings, AccessTokenSource tokens) {
        this.graph = new GraphExchange(Objects.requireNonNull(settings, "settings"), tokens);
    }

    @Override
    public GraphResult<RefreshedToken> refresh(String token) {
        return graph.get("refresh_access_token?grant_type=ig_refresh_token&access_token=" + encoded(token), token,
                false, GraphTokenAuthority::refreshed);
    }

    @Override
    public GraphResult<TokenInspection> inspect(String token) {
        return graph.get("debug_token?input_token=" + encoded(token), token, true,
                body -> inspection(body.path("data")));
    }

    private static Optional<RefreshedToken> refreshed(JsonValue body) {
        var token = body.path("access_token").asText("");
        var expiresIn = body.path("expires_in");
        if (token.isBlank() || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RefreshedToken(token, Duration.ofSeconds(expiresIn.asLong())));
    }

    private static Optional<TokenInspection> inspection(JsonValue data) {
        if (!data.path("is_valid").isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new TokenInspection(data.path("is_valid").asBoolean(), epochSeconds(data.path("expires_at")),
                epochSeconds(data.path("data_access_expires_at"))));
    }

    /** Meta writes 0 (or nothing) for "never". */
    private static Optional<Instant> epochSeconds(JsonValue value) {
        return value.canConvertToLong() && value.asLong() > 0
                ? Optional.of(Instant.ofEpochSecond(value.asLong()))
                : Optional.empty();
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
