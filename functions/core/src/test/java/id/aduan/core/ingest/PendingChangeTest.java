package id.aduan.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingChangeTest {

    private static final Instant T1 = Instant.parse("2026-08-05T04:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void laterEditWinsWhicheverOrderTheyArrive() {
        var first = PendingChange.edit("satu", 1, T1);
        var second = PendingChange.edit("dua", 2, T2);

        assertThat(first.merge(second)).isEqualTo(new PendingChange("dua", 2, false, T2));
        assertThat(second.merge(first)).isEqualTo(new PendingChange("dua", 2, false, T2));
    }

    @Test
    void unsentStaysUnsentAndKeepsTheLatestEdit() {
        var merged = PendingChange.edit("satu", 1, T1).merge(PendingChange.unsend(T2));

        assertThat(merged.unsent()).isTrue();
        assertThat(merged.text()).isEqualTo("satu");
        assertThat(merged.hasEdit()).isTrue();
    }

    @Test
    void redeliveredChangeIsCovered() {
        var held = PendingChange.edit("dua", 2, T2).merge(PendingChange.unsend(T1));

        assertThat(held.covers(PendingChange.edit("satu", 1, T1))).isTrue();
        assertThat(held.covers(PendingChange.unsend(T1))).isTrue();
        assertThat(PendingChange.edit("satu", 1, T1).covers(PendingChange.unsend(T2))).isFalse();
    }
}
