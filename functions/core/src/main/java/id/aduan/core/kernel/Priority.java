package id.aduan.core.kernel;

/** How urgent a complaint is; drives the SLA targets. */
public enum Priority {
    /** Danger to life or property: flood, fire, landslide, fallen tree on a road, accident, collapsed bridge. */
    URGENT,
    /** A broken public service affecting many people. */
    HIGH,
    NORMAL,
    /** Suggestions and requests for information. */
    LOW
}
