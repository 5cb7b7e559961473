package id.aduan.core.config;

/** How a section write ended: written at a new version, or refused because another admin wrote first. */
public sealed interface SectionWrite {

    record Written(long version) implements SectionWrite {
    }

    record StaleVersion(long currentVersion) implements SectionWrite {
    }
}
