package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.infrastructure.persistence.ActionFiguresChanges;
import org.junit.jupiter.api.Test;

class DashboardFiguresCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private final DashboardFiguresCache cache = new DashboardFiguresCache();
    private final AtomicInteger counted = new AtomicInteger();

    private DashboardFiguresCache.Counted count() {
        int n = counted.incrementAndGet();
        return new DashboardFiguresCache.Counted(List.of(), List.of(), List.of((long) n), n, List.of(), 0);
    }

    private static Reader delegate(long userId, long organisationId) {
        return new Reader(userId, "delegate-" + userId, Role.DELEGATE, organisationId);
    }

    private static Reader secretariat(long userId) {
        return new Reader(userId, "secretariat-" + userId, Role.SECRETARIAT, null);
    }

    @Test
    void figuresAreCountedOnceUntilARecordTheyAreCountedFromChanges() {
        Reader reader = delegate(1, 10);
        DashboardFiguresCache.Counted first = cache.figures(reader, DAY, this::count);
        assertThat(cache.figures(reader, DAY, this::count)).isSameAs(first);
        assertThat(counted).hasValue(1);

        ActionFiguresChanges.recordsChangedOutsideJpa();
        assertThat(cache.figures(reader, DAY, this::count).overdueCount()).isEqualTo(2);
        assertThat(cache.figures(reader, DAY, this::count).overdueCount()).isEqualTo(2);
        assertThat(counted).hasValue(2);
    }

    @Test
    void eachReaderHasFiguresOfTheirOwnButTheSecretariatSharesOne() {
        cache.figures(delegate(1, 10), DAY, this::count);
        cache.figures(delegate(2, 10), DAY, this::count); // the same organisation, but confidential access is personal
        cache.figures(delegate(1, 11), DAY, this::count); // moved to another organisation
        assertThat(counted).hasValue(3);

        cache.figures(secretariat(3), DAY, this::count);
        cache.figures(secretariat(4), DAY, this::count);
        assertThat(counted).hasValue(4);
    }

    @Test
    void aNewDayIsCountedAgainAsOverdueMovesWithIt() {
        Reader reader = delegate(1, 10);
        cache.figures(reader, DAY, this::count);
        cache.figures(reader, DAY.plusDays(1), this::count);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aCountStartedBeforeAChangeNeverReplacesOneStartedAfterIt() {
        Reader reader = delegate(1, 10);
        DashboardFiguresCache.Counted[] fresh = new DashboardFiguresCache.Counted[1];
        // While this count runs, a change is committed and another request counts and keeps the newer figures.
        DashboardFiguresCache.Counted stale = cache.figures(reader, DAY, () -> {
            DashboardFiguresCache.Counted old = count();
            ActionFiguresChanges.recordsChangedOutsideJpa();
            fresh[0] = cache.figures(reader, DAY, this::count);
            return old;
        });
        assertThat(stale).isNotSameAs(fresh[0]);
        assertThat(cache.figures(reader, DAY, this::count)).isSameAs(fresh[0]);
        assertThat(counted).hasValue(2);
    }

    @Test
    void memoryIsBoundedWhateverTheNumberOfReaders() {
        for (long user = 0; user < DashboardFiguresCache.MOST_KEPT * 3L; user++) {
            cache.figures(delegate(user, 10), DAY, this::count);
            assertThat(cache.size()).isLessThanOrEqualTo(DashboardFiguresCache.MOST_KEPT);
        }
    }
}
