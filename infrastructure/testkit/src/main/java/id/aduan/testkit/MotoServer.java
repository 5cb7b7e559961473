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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * moto's server on a free loopback port: the default AWS emulator (no Docker, no account). It runs
 * moto through {@code moto_server_locked.py}, which makes DynamoDB writes and transactions atomic and
 * isolated as DynamoDB's are (plain moto 5.2.1 lets concurrent writers pass the same condition and
 * rolls a cancelled transaction back over other writers' work), with the Python that has
 * {@code moto_server} installed. {@code ADUAN_MOTO_SERVER} names another server command instead.
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
        return start(serverCommand(), port);
    }

    /** A server run by {@code command} (given {@code -H} and {@code -p}), such as plain {@code moto_server}. */
    static MotoServer start(List<String> command, int port) {
        Path log;
        Process process;
        try {
            log = Files.createTempFile("moto-server-" + port + "-", ".log");
            var arguments = new ArrayList<>(command);
            arguments.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
            process = new ProcessBuilder(arguments)
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
            int status = reset(http, endpoint);
            if (status != 200) {
                throw new IllegalStateException("moto reset answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto reset failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks the moto server at {@code endpoint} to forget every resource; its HTTP status. */
    static int reset(HttpClient http, URI endpoint) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

    private static List<String> serverCommand() {
        var chosen = System.getenv("ADUAN_MOTO_SERVER");
        if (chosen != null && !chosen.isBlank()) {
            return List.of(chosen);
        }
        return List.of(pythonWithMoto(), lockedServerScript().toString());
    }

    /** The interpreter named by {@code moto_server}'s first line when it is a Python, else python3 (pyenv shims). */
    private static String pythonWithMoto() {
        return onPath("moto_server").map(MotoServer::shebangPython).orElse("python3");
    }

    private static String shebangPython(Path script) {
        try (var reader = Files.newBufferedReader(script)) {
            var first = reader.readLine();
            if (first != null && first.startsWith("#!") && first.contains("python")) {
                var interpreter = first.substring(2).trim().split("\\s+");
                return interpreter[0].endsWith("/env") && interpreter.length > 1 ? interpreter[1] : interpreter[0];
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // a binary launcher: fall back to python3
        }
        return "python3";
    }

    private static synchronized Path lockedServerScript() {
        try (var in = MotoServer.class.getResourceAsStream("moto_server_locked.py")) {
            if (in == null) {
                throw new IllegalStateException("moto_server_locked.py is missing from the testkit jar");
            }
            var script = Files.createTempFile("moto_server_locked-", ".py");
            script.toFile().deleteOnExit();
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write moto's locked server script", e);
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
        return onPath(command).isPresent();
    }

    private static Optional<Path> onPath(String command) {
        var path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            var candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
