package id.aduan.core.config;

import java.time.Instant;

/**
 * The port configuration writes go through: one item per section, each with its own version. A section
 * never saved reads as its built-in default at version 0. Its typed reads are uncached: a change is
 * checked against what is stored now.
 */
public interface ConfigSectionStore extends ConfigStore {

    StoredSection read(ConfigSection section);

    /** Writes {@code value} over {@code expectedVersion} (0: never saved), checked already by {@link ConfigDesk}. */
    SectionWrite write(SectionValue value, long expectedVersion, String updatedBy, Instant at);
}
