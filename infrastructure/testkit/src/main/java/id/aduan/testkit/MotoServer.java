package id.aduan.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * moto's server on a free loopback port: the default AWS emulator (no Docker, no account). Started
 * with {@code moto_server} from PATH, or the command in {@code ADUAN_MOTO_SERVER}.
 */
public final class MotoServer implements AwsEmulator {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static MotoServer start() {
        return start(freePort());
    }

    public static MotoServer start(int port) {
        var command = System.getenv().getOrDefault("ADUAN_MOTO_SERVER", "moto_server");
        Path log;
        Process process;
        try {
            log = Files.createTempFile("moto-server-" + port + "-", ".log");
            process = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": moto's server is needed for the AWS "
                    + "emulator (install it with: python3 -m pip install 'moto[server]==5.2.1'), or set "
                    + "ADUAN_AWS_ENDPOINT to a running emulator", e);
        }
        var server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitReady(log);
        return server;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void reset() {
        try {
            var response = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto reset answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto reset failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }

    private void awaitReady(Path log) {
        var until = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + process.exitValue() + "; its output: "
                        + readQuietly(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/data.json")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("moto_server did not answer within " + STARTUP + "; its output: "
                + readQuietly(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + log + ")";
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the moto server command can be found, for a clear message before anything starts. */
    public static boolean isInstalled() {
        var command = System.getenv().getOrDefault("ADUAN_MOTO_SERVER", "moto_server");
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        var path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
