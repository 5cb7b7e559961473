package id.aduan.core.ingest;

/**
 * What the write was based on (a complaint, a message, an awaited reply) changed since it was read; nothing
 * was written.
 */
public record Superseded() implements AttachResult, ResponseResult, EchoResult, MessageChangeResult, CompletionResult {
}
