package com.stratum.ui.data;

import com.stratum.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagedRowListTest {

    private final List<Long> fetched = new ArrayList<>();

    /** Row i holds the single value i, so a test sees which row it got. */
    private PagedRowList list(long rows, int pageSize, int maxPages) {
        return new PagedRowList(rows, pageSize, maxPages, (offset, limit) -> {
            fetched.add(offset);
            List<Object[]> page = new ArrayList<>();
            for (long i = offset; i < Math.min(rows, offset + limit); i++) {
                page.add(new Object[] {i});
            }
            return page;
        }, new CurrentThreadTaskExecutor());
    }

    @Test
    void fetchesOnlyThePagesAskedFor() {
        PagedRowList rows = list(10_000_000, 500, 4);
        assertThat(rows.size()).isEqualTo(10_000_000);
        assertThat(rows.get(0).value(0)).isEqualTo(0L);
        assertThat(rows.get(499).value(0)).isEqualTo(499L);
        assertThat(rows.get(9_999_999).value(0)).isEqualTo(9_999_999L);
        // rows 0 and 499 share page 0; the last row is on page 19,999 (offset 9,999,500)
        assertThat(fetched).containsExactly(0L, 9_999_500L);
    }

    @Test
    void keepsAtMostMaxPagesInMemory() {
        PagedRowList rows = list(10_000, 100, 3);
        for (int i = 0; i < 10_000; i += 100) {
            rows.get(i);
        }
        assertThat(rows.cachedPages()).isEqualTo(3);
        assertThat(rows.fetchCount()).isEqualTo(100);
        rows.get(9_950); // page 99 is among the three most recent
        assertThat(rows.fetchCount()).isEqualTo(100);
        rows.get(0); // page 0 was evicted: fetched again
        assertThat(rows.fetchCount()).isEqualTo(101);
    }

    @Test
    void aRowWhosePageIsLoadingIsMarkedSo() {
        PagedRowList rows = new PagedRowList(10, 5, 2, (o, l) -> {
            throw new IllegalStateException("database gone");
        }, failingQuietly());
        DataRow r = rows.get(3);
        assertThat(r.isLoaded()).isFalse();
        assertThat(r.value(0)).isNull();
    }

    /** Pages 0 and 1 both fail (rows 3 and 7): the failure is told once, with the loader's exception. */
    @Test
    void aPageThatCannotBeLoadedIsToldOnce() {
        IllegalStateException damaged = new IllegalStateException("dataset damaged");
        PagedRowList rows = new PagedRowList(10, 5, 2, (o, l) -> {
            throw damaged;
        }, failingQuietly());
        List<Throwable> told = new ArrayList<>();
        rows.setOnFailure(told::add);
        rows.get(3);
        rows.get(7);
        rows.get(3);
        assertThat(rows.fetchCount()).isEqualTo(3);
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).isSameAs(damaged);
    }

    private static CurrentThreadTaskExecutor failingQuietly() {
        CurrentThreadTaskExecutor t = new CurrentThreadTaskExecutor();
        t.setDefaultFailureHandler(e -> { });
        return t;
    }
}
