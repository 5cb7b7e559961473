package id.aduan.core.ingest;

import id.aduan.core.ingest.DeliveryItem.Change;
import id.aduan.core.ingest.DeliveryItem.Malformed;
import id.aduan.core.kernel.Deadline;
import id.aduan.core.kernel.ErrorStory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Receives Meta's webhook deliveries without losing or doubling a message: the signature is checked
 * over the raw bytes, the verified body is stored and queued before it is answered, and the processor
 * takes each change in on its own, so one bad change does not block the others. A delivery that did not
 * finish, or was stored but never queued, is retried from the stored body.
 */
public final class DeliveryIntake {

    /** After this many attempts a delivery stays FAILED for a person to look at. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    /** Below this, no new change is started: the invocation must still record what it did. */
    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(2);

    private final RawDeliveryStore deliveries;
    private final DeliveryQueue queue;
    private final DeliveryParser parser;
    private final Ingestion ingestion;
    private final WebhookSecrets secrets;
    private final FailureClassifier failures;
    private final DeadDeliveryAlerts deadDeliveryAlerts;
    private final Clock clock;
    private final int parallelism;

    public DeliveryIntake(RawDeliveryStore deliveries, DeliveryQueue queue, DeliveryParser parser,
                          Ingestion ingestion, WebhookSecrets secrets, FailureClassifier failures,
                          DeadDeliveryAlerts deadDeliveryAlerts, Clock clock, int parallelism) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.parser = parser;
        this.ingestion = ingestion;
        this.secrets = secrets;
        this.failures = failures;
        this.deadDeliveryAlerts = deadDeliveryAlerts;
        this.clock = clock;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Checks the signature, stores the body and queues it for the processor. Nothing is parsed here, so
     * the answer does not wait for the table's writes of the changes. Once the body is stored nothing
     * can fail the delivery: a queue that refuses it leaves it to the scheduled retry.
     */
    public ReceiveResult receive(byte[] body, String signatureHeader) {
        WebhookSignature.Verdict verdict;
        try {
            verdict = WebhookSignature.verify(body, signatureHeader, secrets.appSecrets());
        } catch (RuntimeException e) {
            return new ReceiveResult.NotStored("checking the signature", e);
        }
        if (verdict != WebhookSignature.Verdict.VALID) {
            return new ReceiveResult.Unauthenticated(verdict);
        }
        var now = clock.instant();
        var delivery = RawDelivery.of(body, now);
        Optional<DeliveryRecord> existing;
        try {
            existing = deliveries.storeIfAbsent(delivery, now.plus(FIRST_RETRY));
        } catch (RuntimeException e) {
            return new ReceiveResult.NotStored("storing the body", e);
        }
        if (existing.isEmpty()) {
            return enqueue(delivery.id());
        }
        var record = existing.get();
        return switch (record.status()) {
            case PROCESSED, DEAD -> new IntakeResult.AlreadyProcessed(record.id());
            case INVALID -> new IntakeResult.Invalid(record.id(), "delivery was rejected before");
            // Not finished yet, or its message was lost: queue it again; claims skip what was done.
            // HELD: Meta sent it again; its account may have been registered since.
            case RECEIVED, FAILED, HELD -> enqueue(record.id());
        };
    }

    private ReceiveResult enqueue(String deliveryId) {
        try {
            queue.enqueue(deliveryId);
            return new ReceiveResult.Accepted(deliveryId, true);
        } catch (RuntimeException e) {
            // Stored with its retry time: the scheduled retry takes it in, so Meta need not resend.
            return new ReceiveResult.Accepted(deliveryId, false);
        }
    }

    /** Takes in a queued delivery, unless it was taken in (or rejected) since it was queued. */
    public IntakeResult takeIn(String deliveryId, Deadline deadline) {
        var stored = deliveries.load(deliveryId);
        if (stored.isEmpty()) {
            return new IntakeResult.NotFound(deliveryId);
        }
        var record = stored.get().record();
        return switch (record.status()) {
            case PROCESSED, DEAD -> new IntakeResult.AlreadyProcessed(deliveryId);
            case INVALID -> new IntakeResult.Invalid(deliveryId, "delivery was rejected before");
            case RECEIVED, FAILED, HELD -> process(stored.get().delivery(), record.attempts(), deadline);
        };
    }

    /** Takes in a stored delivery again, e.g. after a fix to a parser bug, or on a scheduled retry. */
    public IntakeResult replay(String deliveryId, Deadline deadline) {
        var stored = deliveries.load(deliveryId);
        if (stored.isEmpty()) {
            return new IntakeResult.NotFound(deliveryId);
        }
        return process(stored.get().delivery(), stored.get().record().attempts(), deadline);
    }

    /** Replays the deliveries whose retry time has passed, as many as the deadline allows. */
    public List<IntakeResult> retryDue(int limit, Deadline deadline) {
        var results = new ArrayList<IntakeResult>();
        for (String id : deliveries.dueForRetry(clock.instant(), limit)) {
            if (deadline.remaining().compareTo(SAFETY_MARGIN.multipliedBy(2)) < 0) {
                break;
            }
            results.add(replay(id, deadline));
        }
        return results;
    }

    private IntakeResult process(RawDelivery delivery, int previousAttempts, Deadline deadline) {
        List<DeliveryItem> items;
        try {
            items = parser.parse(delivery.body(), delivery.receivedAt());
        } catch (NotAnInstagramDelivery e) {
            deliveries.markInvalid(delivery.id(), e.getMessage());
            return new IntakeResult.Invalid(delivery.id(), e.getMessage());
        }
        var summary = apply(items, deadline);
        try {
            if (summary.succeeded() && summary.held()) {
                deliveries.markHeld(delivery.id(), summary);
            } else if (summary.succeeded()) {
                deliveries.markProcessed(delivery.id(), summary);
            } else if (summary.deadLettered()) {
                // Alert first: a crash before the mark takes the delivery in again, and the alert is not repeated.
                deadDeliveryAlerts.raise(delivery.id(), summary.permanentProblems());
                deliveries.markDead(delivery.id(), summary);
            } else {
                int attempts = previousAttempts + 1;
                Instant retryAt = attempts < MAX_ATTEMPTS ? clock.instant().plus(backoff(attempts)) : null;
                deliveries.markFailed(delivery.id(), summary, retryAt);
            }
        } catch (RuntimeException e) {
            // The body is stored and still due for a retry, which will record the outcome: Meta need not resend.
            var problems = new ArrayList<>(summary.problems());
            problems.add("outcome not recorded: " + ErrorStory.of(e));
            summary = new DeliverySummary(summary.outcomes(), problems, summary.permanentProblems(), summary.complete(),
                    summary.heldFor());
        }
        return new IntakeResult.Processed(delivery.id(), summary);
    }

    /** 5 min, 15 min, 45 min… capped at 6 hours: Meta itself gives up after 36 hours. */
    private static Duration backoff(int attempts) {
        var wait = FIRST_RETRY.multipliedBy((long) Math.pow(3, attempts - 1));
        return wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait;
    }

    private DeliverySummary apply(List<DeliveryItem> items, Deadline deadline) {
        var outcomes = new ConcurrentHashMap<String, Integer>();
        var heldFor = ConcurrentHashMap.<String>newKeySet();
        var problems = new ArrayList<String>();
        var permanentProblems = new ArrayList<String>();
        var conversations = new LinkedHashMap<String, List<Change>>();
        for (DeliveryItem item : items) {
            switch (item) {
                case Malformed malformed -> permanentProblems.add(malformed.location() + ": " + malformed.problem());
                case Change change -> conversations
                        .computeIfAbsent(change.change().conversationKey(), key -> new ArrayList<>())
                        .add(change);
            }
        }
        var stopped = new AtomicBoolean(false);
        var conversationProblems = new TreeMap<String, String>();
        var permanentConversationProblems = new TreeMap<String, String>();
        runConcurrently(conversations.values(), conversation -> {
            conversation.sort(Comparator.comparing((Change c) -> c.change().occurredAt()));
            for (Change change : conversation) {
                if (deadline.remaining().compareTo(SAFETY_MARGIN) < 0) {
                    stopped.set(true);
                    return;
                }
                try {
                    var outcome = ingestion.apply(change.change());
                    outcomes.merge(outcome.kind(), 1, Integer::sum);
                    if (outcome instanceof IngestionOutcome.Held held) {
                        heldFor.add(held.account());
                    }
                } catch (RuntimeException e) {
                    var kept = failures.isPermanent(e) ? permanentConversationProblems : conversationProblems;
                    synchronized (kept) {
                        kept.put(change.location(), ErrorStory.of(e));
                    }
                }
            }
        });
        conversationProblems.forEach((location, problem) -> problems.add(location + ": " + problem));
        permanentConversationProblems.forEach((location, problem) -> permanentProblems.add(location + ": " + problem));
        if (stopped.get()) {
            problems.add("stopped before the function's time limit; the rest is retried");
        }
        return new DeliverySummary(new TreeMap<>(outcomes), problems, permanentProblems, !stopped.get(), heldFor);
    }

    /**
     * Conversations are independent; a big delivery (Meta batches up to 1000 entries) is taken in by
     * several virtual threads at once, while each conversation keeps its order.
     */
    private <T> void runConcurrently(Iterable<T> groups, Consumer<T> work) {
        if (parallelism == 1) {
            groups.forEach(work);
            return;
        }
        var permits = new Semaphore(parallelism);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            for (T group : groups) {
                futures.add(executor.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        work.accept(group);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> future : futures) {
                awaitQuietly(future);
            }
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking in a delivery", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("taking in a conversation failed", e.getCause());
        }
    }
}
