package id.aduan.slamonitor;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertOutbox;
import id.aduan.core.alert.AlertPublisher;
import id.aduan.core.alert.DueComplaints;
import id.aduan.core.alert.RecordResult;
import id.aduan.core.alert.RecordedAlert;
import id.aduan.core.alert.SlaStore;
import id.aduan.core.complaint.Complaint;
import id.aduan.core.complaint.ComplaintId;
import id.aduan.core.complaint.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures put between the sweep and the real adapters. A {@link Crash} is an Error, which nothing in
 * Aduan catches: the invocation dies there, like a process killed half-way.
 */
final class Faults {

    /** Where the next fault strikes, and how often. */
    enum Point { NONE, BEFORE_RECORDING, AFTER_RECORDING, PUBLISH_FAILS, PUBLISH_CRASHES, AFTER_PUBLISH }

    private volatile Point point = Point.NONE;
    private volatile CyclicBarrier firstRead;
    private volatile Object writes = new Object();
    private final AtomicInteger remaining = new AtomicInteger();
    final ConcurrentLinkedQueue<ComplaintId> recorded = new ConcurrentLinkedQueue<>();

    static final class Crash extends Error {
        Crash(Point point) {
            super("crash injected " + point);
        }
    }

    /**
     * Makes two sweeps race: each waits after its first read until the other has read too, so both
     * hold the same version of a complaint before either writes. Their writes then reach the emulator one
     * at a time: moto undoes a failed transaction by restoring a copy of the whole table, which would
     * also undo any write another sweep made meanwhile (DynamoDB isolates transactions).
     */
    void race(CyclicBarrier bothRead, Object sharedWrites) {
        firstRead = bothRead;
        writes = sharedWrites;
    }

    void strike(Point at, int times) {
        point = at;
        remaining.set(times);
    }

    private void maybe(Point here, boolean crash) {
        if (point == here && remaining.getAndDecrement() > 0) {
            if (crash) {
                throw new Crash(here);
            }
            throw new IllegalStateException("injected failure " + here);
        }
    }

    SlaStore store(SlaStore real) {
        return new SlaStore() {
            @Override
            public DueComplaints dueBy(Instant now) {
                return real.dueBy(now);
            }

            @Override
            public Optional<Complaint> find(ComplaintId id) {
                var found = real.find(id);
                var barrier = firstRead;
                if (barrier != null) {
                    firstRead = null;
                    try {
                        barrier.await();
                    } catch (InterruptedException | BrokenBarrierException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return found;
            }

            @Override
            public RecordResult record(Complaint before, Complaint after, List<TimelineEvent> events,
                                       List<RecordedAlert> alerts) {
                maybe(Point.BEFORE_RECORDING, true);
                RecordResult result;
                synchronized (writes) {
                    result = real.record(before, after, events, alerts);
                }
                if (result instanceof RecordResult.Recorded) {
                    recorded.add(before.id());
                }
                maybe(Point.AFTER_RECORDING, true);
                return result;
            }
        };
    }

    AlertPublisher publisher(AlertPublisher real) {
        return (Alert alert) -> {
            maybe(Point.PUBLISH_FAILS, false);
            maybe(Point.PUBLISH_CRASHES, true);
            real.publish(alert);
        };
    }

    AlertOutbox outbox(AlertOutbox real) {
        return new AlertOutbox() {
            @Override
            public boolean recordIfAbsent(RecordedAlert alert) {
                return real.recordIfAbsent(alert);
            }

            @Override
            public List<RecordedAlert> stranded(Instant now, int limit) {
                return real.stranded(now, limit);
            }

            @Override
            public Optional<RecordedAlert> takeOver(RecordedAlert stranded, Instant until) {
                synchronized (writes) {
                    return real.takeOver(stranded, until);
                }
            }

            @Override
            public void markPublished(RecordedAlert alert, Instant at) {
                maybe(Point.AFTER_PUBLISH, true);
                synchronized (writes) {
                    real.markPublished(alert, at);
                }
            }

            @Override
            public void retryLater(RecordedAlert alert, Instant retryAt) {
                synchronized (writes) {
                    real.retryLater(alert, retryAt);
                }
            }

            @Override
            public boolean claimHour(String group, Instant hour, String groupId) {
                synchronized (writes) {
                    return real.claimHour(group, hour, groupId);
                }
            }

            @Override
            public List<RecordedAlert> raisedOn(LocalDate day) {
                return real.raisedOn(day);
            }
        };
    }
}
