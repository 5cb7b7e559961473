package id.aduan.core.triage;

/** "Possibly a duplicate of ADU-7K3Q9", with why, in words staff read. Only ever a suggestion. */
public record DuplicateSuggestion(String trackingCode, DuplicateReason reason, String explanation) {}
