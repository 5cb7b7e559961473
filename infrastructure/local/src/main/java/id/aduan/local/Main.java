package id.aduan.local;

import java.util.List;

/** {@code java -jar aduan-local.jar <command>}, which the {@code ./aduan} launcher runs. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Commands(System.getenv(), System.out, System.err).run(List.of(args)));
    }
}
