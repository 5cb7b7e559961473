package id.aduan.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.core.triage.Triage;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelRefreshTest {

    private static final Instant NOW = Instant.parse("2026-08-10T19:00:00Z");
    private static final LocalDate YESTERDAY = LocalDate.parse("2026-08-09");

    private final InMemoryModels models = new InMemoryModels();
    private UnitCatalog configured = UnitCatalog.DEFAULT;
    private final Map<LocalDate, List<RoutingExample>> confirmed = new HashMap<>();
    private final List<LocalDate> daysRead = new ArrayList<>();
    private final RoutingExamples examples = day -> {
        daysRead.add(day);
        return confirmed.getOrDefault(day, List.of());
    };

    @Test
    void firstRefreshLearnsTheLastNinetyDaysUpToYesterday() {
        confirmed.put(YESTERDAY, List.of(new RoutingExample("KOMINFO", "wifi taman mati")));
        confirmed.put(YESTERDAY.minusDays(89), List.of(new RoutingExample("PERHUBUNGAN", "lampu merah mati")));

        var outcome = refresh(NOW);

        assertThat(outcome.daysLearned()).isEqualTo(ModelRefresh.FIRST_RUN_DAYS);
        assertThat(outcome.examplesLearned()).isEqualTo(2);
        assertThat(outcome.saved()).isTrue();
        assertThat(models.stored.learnedThrough()).isEqualTo(YESTERDAY);
        assertThat(models.stored.model().documentCount()).isEqualTo(2);
    }

    @Test
    void eachDayIsLearnedOnce() {
        confirmed.put(YESTERDAY, List.of(new RoutingExample("KOMINFO", "wifi taman mati")));
        refresh(NOW);
        daysRead.clear();

        var sameDay = refresh(NOW.plus(Duration.ofHours(3)));
        var nextDay = refresh(NOW.plus(Duration.ofDays(1)));

        assertThat(sameDay.daysLearned()).isZero();
        assertThat(nextDay.daysLearned()).isEqualTo(1);
        assertThat(daysRead).containsExactly(YESTERDAY.plusDays(1));
        assertThat(models.stored.model().documentCount()).isEqualTo(1);
    }

    @Test
    void refreshThatLostTheRaceToAnotherSavesNothing() {
        models.stored = StoredModel.none();
        models.rejectNextSave = true;

        var outcome = refresh(NOW);

        assertThat(outcome.saved()).isFalse();
    }

    @Test
    void routingsConfirmedToAUnitAdminsAddedAreLearned() {
        var units = new ArrayList<>(UnitCatalog.DEFAULT.units());
        units.add(new Unit("PARIWISATA", "Dinas Pariwisata", "objek wisata"));
        configured = new UnitCatalog(units);
        confirmed.put(YESTERDAY, List.of(new RoutingExample("PARIWISATA", "toilet di objek wisata kotor")));

        var outcome = refresh(NOW);

        assertThat(outcome.examplesLearned()).isEqualTo(1);
        assertThat(models.stored.model().units()).contains("PARIWISATA");
    }

    private ModelRefresh.Outcome refresh(Instant at) {
        return new ModelRefresh(models, examples, Triage.builtIn(), () -> configured, Clock.fixed(at, ZoneOffset.UTC))
                .refresh();
    }

    private static final class InMemoryModels implements TriageModelStore {
        StoredModel stored;
        boolean rejectNextSave;

        public Optional<StoredModel> load() {
            return Optional.ofNullable(stored);
        }

        public long currentVersion() {
            return stored == null ? 0 : stored.version();
        }

        public boolean save(StoredModel model, long expectedVersion) {
            if (rejectNextSave || currentVersion() != expectedVersion) {
                rejectNextSave = false;
                return false;
            }
            stored = model;
            return true;
        }
    }
}
