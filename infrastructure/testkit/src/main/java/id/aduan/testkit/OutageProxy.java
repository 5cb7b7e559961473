package id.aduan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of an AWS endpoint that can go away and come back, as a store or an
 * emulator that is stopped and restarted. moto keeps its data in memory, so stopping moto itself would
 * lose what was accepted, which DynamoDB never does; stopping this proxy takes the endpoint away instead:
 * while it is down, connecting is refused and the connections that were open are reset.
 */
public final class OutageProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private boolean closed;

    private OutageProxy(InetSocketAddress target, int port) {
        this.target = target;
        this.port = port;
    }

    /** A proxy on a free loopback port, forwarding to {@code endpoint}; it starts up. */
    public static OutageProxy inFrontOf(URI endpoint) {
        var proxy = new OutageProxy(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), MotoServer.freePort());
        proxy.restart();
        return proxy;
    }

    /** The endpoint to give the clients that should see the outage. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The endpoint goes away: new connections are refused, open ones reset. */
    public synchronized void stop() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        open.forEach(OutageProxy::reset);
        open.clear();
    }

    /** The endpoint answers again, on the same port. */
    public synchronized void restart() {
        if (closed || listener != null) {
            return;
        }
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread.ofVirtual().name("outage-proxy-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port + " again", e);
        }
    }

    /** Stops now and restarts by itself after {@code outage}; returns at once. */
    public void stopFor(Duration outage) {
        stop();
        Thread.ofVirtual().name("outage-proxy-restart-" + port).start(() -> {
            try {
                Thread.sleep(outage);
                restart();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public synchronized boolean isUp() {
        return listener != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                Thread.ofVirtual().start(() -> connect(client));
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        var upstream = new Socket();
        try {
            upstream.connect(target);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException unreachable) {
            reset(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        Thread.ofVirtual().start(() -> pump(client, upstream));
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closedOrReset) {
            // the other side went, or the outage reset both
        } finally {
            open.remove(from);
            open.remove(to);
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Closes with an RST, as a process that died would. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // nothing to reset
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
