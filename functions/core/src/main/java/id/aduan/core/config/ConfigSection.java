package id.aduan.core.config;

/** The parts of the run-time configuration admins edit, each read, written and versioned on its own. */
public enum ConfigSection { UNITS, SLA, CALENDAR, TEMPLATES, ACCOUNTS }
