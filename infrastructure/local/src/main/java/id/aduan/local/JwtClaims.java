package id.aduan.local;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A validated token's claims as API Gateway hands them to a function: every value flattened to a
 * string. Lists become {@code [a b]} (so {@code cognito:groups} arrives as {@code "[agent supervisor]"}),
 * numbers lose their JSON form ({@code "1700000000"}), objects become {@code map[k:v]}.
 */
record JwtClaims(Map<String, String> claims, List<String> scopes) {

    JwtClaims {
        claims = Map.copyOf(claims);
        scopes = scopes == null ? null : List.copyOf(scopes);
    }

    /** From the token's payload as parsed JSON; scopes from {@code scope} (space-separated) or {@code scp}. */
    static JwtClaims of(Map<String, Object> payload) {
        var flat = new LinkedHashMap<String, String>();
        payload.forEach((name, value) -> {
            if (value != null) {
                flat.put(name, flatten(value));
            }
        });
        return new JwtClaims(flat, scopes(payload));
    }

    static String flatten(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(JwtClaims::flatten).collect(Collectors.joining(" ", "[", "]"));
            case Map<?, ?> map -> new TreeMap<>(map).entrySet().stream()
                    .map(e -> e.getKey() + ":" + flatten(e.getValue()))
                    .collect(Collectors.joining(" ", "map[", "]"));
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            default -> String.valueOf(value);
        };
    }

    private static List<String> scopes(Map<String, Object> payload) {
        return switch (payload.getOrDefault("scope", payload.get("scp"))) {
            case String text -> Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).toList();
            case List<?> list -> list.stream().map(String::valueOf).toList();
            case null, default -> null;
        };
    }

    boolean hasAnyScope(List<String> wanted) {
        return wanted.isEmpty() || scopes != null && scopes.stream().anyMatch(wanted::contains);
    }
}
