package id.aduan.core.config;

import id.aduan.core.account.AccountCatalog;
import id.aduan.core.reply.Templates;
import id.aduan.core.sla.SlaRules;
import id.aduan.core.unit.UnitCatalog;

/**
 * The configuration admins change at run time. Each read falls back to the built-in default when
 * nothing was saved; callers cache what they read for a short while.
 */
public interface ConfigStore {

    UnitCatalog units();

    /** SLA targets with the working calendar they are measured on. */
    SlaRules slaRules();

    Templates replyTemplates();

    /** The Instagram accounts admins registered (before any: the deployment's own, when its id is known). */
    AccountCatalog accounts();
}
