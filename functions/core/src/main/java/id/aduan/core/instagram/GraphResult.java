package id.aduan.core.instagram;

import java.util.Objects;

/** The answer of one Instagram call: what it produced, or why it failed. */
public sealed interface GraphResult<T> permits GraphResult.Success, GraphResult.Failure {

    static <T> GraphResult<T> success(T value) {
        return new Success<>(value);
    }

    static <T> GraphResult<T> failure(GraphFailure failure) {
        return new Failure<>(failure);
    }

    record Success<T>(T value) implements GraphResult<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failure<T>(GraphFailure failure) implements GraphResult<T> {
        public Failure {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
