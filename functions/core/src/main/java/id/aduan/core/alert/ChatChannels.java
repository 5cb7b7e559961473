package id.aduan.core.alert;

import java.util.List;

/** The chat routes admins configured; read fresh enough that a change reaches the notifier within minutes. */
public interface ChatChannels {

    List<ChatRoute> routes();
}
