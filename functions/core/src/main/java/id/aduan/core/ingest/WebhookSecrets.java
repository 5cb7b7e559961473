package id.aduan.core.ingest;

import java.util.List;

/** The secrets of Meta's webhook: the app secrets that sign deliveries, and the verify token. */
public interface WebhookSecrets {

    List<String> appSecrets();

    String verifyToken();
}
