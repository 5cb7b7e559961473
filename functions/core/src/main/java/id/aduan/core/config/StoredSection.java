package id.aduan.core.config;

import java.time.Instant;
import java.util.Optional;

/** A section as stored: its value, version, and who changed it last (absent for the built-in default, version 0). */
public record StoredSection(SectionValue value, long version, Optional<Instant> updatedAt, Optional<String> updatedBy) {

    public ConfigSection section() {
        return value.section();
    }
}
