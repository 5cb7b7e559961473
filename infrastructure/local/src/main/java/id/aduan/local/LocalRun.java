package id.aduan.local;

import id.aduan.adapters.config.Settings;
import id.aduan.adapters.config.TenantSettings;
import id.aduan.core.kernel.Tenants;
import id.aduan.local.ApiAuthorization.RouteAuth;
import id.aduan.testkit.AwsEmulator;
import id.aduan.testkit.Deployment;
import id.aduan.testkit.MotoServer;
import id.aduan.testkit.OutageProxy;
import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole system on one machine ({@code ./aduan up}): moto's server with the template's resources,
 * the gateway serving the template's routes, the schedules, the queue pollers and the topic relay,
 * all invoking the real handlers in this JVM. Everything is checked against the template before
 * anything starts, so a template the local run cannot serve fails at once with its reason.
 */
final class LocalRun implements AutoCloseable {

    static final Set<String> EMULATED_EVENTS = Set.of("HttpApi", "Schedule", "ScheduleV2", "SQS", "SNS");
    private static final String GRAPH_API_BASE_URL = "GRAPH_API_BASE_URL";

    private final LocalOptions options;
    private final RunLog log;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private AwsEmulator emulator;
    private OutageProxy storeEndpoint;
    private Deployment deployment;
    private Gateway gateway;
    private Schedules schedules;
    private LocalGraphApi graph;
    private LocalState state;
    private LocalState.Run run;
    private Map<String, RouteAuth> routeAuth;
    private ConsoleAssets console;

    private LocalRun(LocalOptions options, RunLog log) {
        this.options = options;
        this.log = log;
    }

    static LocalRun start(LocalOptions options, RunLog log) {
        var run = new LocalRun(options, log);
        try {
            run.startAll();
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    private void startAll() {
        var template = options.template();
        var routes = new RouteTable(template.functions().stream().flatMap(f -> f.httpRoutes().stream()).toList());
        routeAuth = authByRoute(template, routes);
        template.functions().forEach(FunctionHost::handlerConstructor);
        warnAboutEventsNotEmulated(template);
        var clock = options.clock();

        state = new LocalState(options.stateDir());
        var identity = LocalIdentity.loadOrCreate(state.signingKeyFile());
        emulator = startEmulator();
        storeEndpoint = remember(OutageProxy.inFrontOf(emulator.endpoint()));
        deployment = Deployment.create(emulator, template, LocalOptions.STACK, options.secretValues());
        graph = remember(LocalGraphApi.start(log));
        var host = remember(new FunctionHost(template, this::environment, clock, log));
        var invoker = remember(new AsyncInvoker(host, deployment, options.asyncRetryDelay(), clock, log));
        var alerts = new AlertLog(log);
        new TopicRelay(deployment, LocalOptions.STACK, invoker, alerts, log).start().forEach(this::remember);
        QueuePoller.read(template).forEach(source ->
                remember(new QueuePoller(source, deployment, host, log).start()));
        schedules = remember(new Schedules(template, LocalOptions.STACK, invoker, host, clock));
        if (options.schedules()) {
            schedules.start();
        }
        var authorizer = new JwtAuthorizer(identity.publicKeys(), LocalIdentity.ISSUER, List.of(LocalIdentity.AUDIENCE),
                clock);
        console = new ConsoleAssets(ConsoleAssets.besideTemplate(template.file()), apiPrefixes(routes));
        gateway = remember(startGateway(new Gateway(routes, routeAuth, authorizer, host,
                new LocalEndpoints(identity, alerts, schedules, new TokenMinter(identity, clock), storeEndpoint,
                        servedTenants(template)), console, log)));
        run = new LocalState.Run(ProcessHandle.current().pid(), url().toString(), emulator.endpoint().toString(),
                tableName(), clock.instant().toString());
        state.recordRun(run);
    }

    /**
     * A function's environment as Lambda gives it, with the local run's own settings on top: its AWS
     * calls go through a proxy that {@code POST /local/outage} can take away, its Graph
     * API calls go to the local stand-in, and links to the API ({@code API_URL}) and to the console
     * ({@code CONSOLE_URL}, served on the same host as the API) to the local gateway.
     */
    /** The governments the functions serve, as their settings (the template's and the run's) name them. */
    private Tenants servedTenants(SamTemplate template) {
        return TenantSettings.configured(new Settings(environment(template.functions().getFirst().logicalId())));
    }

    private Map<String, String> environment(String function) {
        var environment = new LinkedHashMap<>(deployment.environment(function));
        environment.computeIfPresent("AWS_ENDPOINT_URL", (name, value) -> storeEndpoint.endpoint().toString());
        environment.computeIfPresent(GRAPH_API_BASE_URL, (name, value) -> graph.url().toString());
        environment.putAll(options.functionSettings());
        if (gateway != null) {
            environment.computeIfPresent("API_URL", (name, value) -> url().toString());
            environment.computeIfPresent("CONSOLE_URL", (name, value) -> url().toString());
        }
        return environment;
    }

    private static Map<String, RouteAuth> authByRoute(SamTemplate template, RouteTable routes) {
        var authorization = new ApiAuthorization(template);
        var auth = new LinkedHashMap<String, RouteAuth>();
        for (SamTemplate.HttpRoute route : routes.routes()) {
            if (LocalEndpoints.reserved(route.path())) {
                throw new IllegalArgumentException("template.yaml declares " + route.routeKey()
                        + ", a path the local run keeps for itself (" + LocalEndpoints.JWKS + ", /local/…)");
            }
            auth.put(route.routeKey(), authorization.forRoute(route));
        }
        return auth;
    }

    /** The first path segments of the API's routes and the local run's own, which the console never serves. */
    private static Set<String> apiPrefixes(RouteTable routes) {
        var prefixes = new TreeSet<String>(Set.of("local", ".well-known"));
        routes.routes().forEach(route -> prefixes.add(route.path().split("/", 3)[1]));
        return prefixes;
    }

    private void warnAboutEventsNotEmulated(SamTemplate template) {
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.Event event : function.events()) {
                if (!EMULATED_EVENTS.contains(event.type())) {
                    log.line("note: " + function.logicalId() + " " + event.name() + " (" + event.type()
                            + ") is not emulated locally; nothing will trigger it");
                }
            }
        }
    }

    private AwsEmulator startEmulator() {
        if (!MotoServer.isInstalled()) {
            throw new IllegalStateException("moto_server is not on PATH; install it with: python3 -m pip install "
                    + "'moto[server]==5.2.1' (or set ADUAN_MOTO_SERVER to its path)");
        }
        return remember(options.awsPort() == 0 ? MotoServer.start() : MotoServer.start(options.awsPort()));
    }

    private Gateway startGateway(Gateway gateway) {
        try {
            return gateway.start(options.port());
        } catch (BindException e) {
            throw new IllegalStateException("port " + options.port() + " is taken: is another ./aduan up running? "
                    + "Set ADUAN_LOCAL_PORT to use another port", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gateway on port " + options.port(), e);
        }
    }

    /** The table the functions are given as TABLE_NAME, which the look-up commands read. */
    private String tableName() {
        return options.template().functions().stream()
                .map(function -> deployment.environment(function.logicalId()).get("TABLE_NAME"))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    URI url() {
        return gateway.url();
    }

    /** The console's URL, when its assets are built. */
    Optional<URI> consoleUrl() {
        return console.built() ? Optional.of(url()) : Optional.empty();
    }

    /** How each route is protected, by route key. */
    Map<String, RouteAuth> routeAuth() {
        return routeAuth;
    }

    LocalOptions options() {
        return options;
    }

    Deployment deployment() {
        return deployment;
    }

    Schedules schedules() {
        return schedules;
    }

    LocalGraphApi graph() {
        return graph;
    }

    LocalState.Run recorded() {
        return run;
    }

    /** Stops everything that was started, the last started first. */
    @Override
    public void close() {
        if (run != null) {
            state.forgetRun(run);
            run = null;
        }
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                log.line("while stopping: " + e);
            }
        }
    }
}
