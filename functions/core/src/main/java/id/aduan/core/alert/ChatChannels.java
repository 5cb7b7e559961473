package id.aduan.core.alert;

import id.aduan.core.kernel.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * The chat routes admins configured, each government's apart; read fresh enough that a change reaches
 * the notifier within minutes.
 */
public interface ChatChannels {

    /** The routes of {@code tenant}'s alerts; with none, the platform's routes, for operations alerts. */
    List<ChatRoute> routes(Optional<Tenant> tenant);
}
