package id.aduan.core.triage;

/** A unit that could handle the message, with the router's belief in it (0..1, summing to 1 over all units). */
public record Candidate(String unit, double score) {}
