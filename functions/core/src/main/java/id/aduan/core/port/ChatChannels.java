package id.aduan.core.port;

import id.aduan.core.alert.ChatRoute;
import java.util.List;

/** The chat routes admins configured; read fresh enough that a change reaches the notifier within minutes. */
public interface ChatChannels {

    List<ChatRoute> routes();
}
