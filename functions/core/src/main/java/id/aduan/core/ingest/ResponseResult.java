package id.aduan.core.ingest;

/** How recording the team's own answer on Instagram ended. Only {@link Recorded} wrote anything. */
public sealed interface ResponseResult permits ResponseResult.Recorded, ClaimTaken, Superseded {

    record Recorded() implements ResponseResult {
    }
}
