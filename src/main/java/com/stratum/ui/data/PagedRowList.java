package com.stratum.ui.data;

import com.stratum.ui.task.BackgroundTask;
import com.stratum.ui.task.TaskExecutor;
import javafx.collections.ObservableListBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only list of a dataset's rows for a virtualized TableView: its size is the dataset's row
 * count, but only the pages the table asks for are fetched (off the FX thread) and only the most
 * recently used {@code maxPages} pages are kept. A row whose page is not loaded yet is returned as
 * a "loading" row; when the page arrives the list reports those rows replaced, so the table redraws.
 */
public final class PagedRowList extends ObservableListBase<DataRow> {

    /** Fetches rows {@code offset .. offset+limit-1}; runs off the FX thread. */
    @FunctionalInterface
    public interface PageLoader {
        List<Object[]> load(long offset, int limit) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PagedRowList.class);

    private final int size;
    private final int pageSize;
    private final PageLoader loader;
    private final TaskExecutor tasks;
    private final Map<Integer, List<Object[]>> pages;
    private final Set<Integer> pending = new HashSet<>();
    private int fetches;
    private boolean insideGet;
    private java.util.function.Consumer<Throwable> onFailure = e -> { };
    private boolean failureShown;

    public PagedRowList(long rowCount, int pageSize, int maxPages, PageLoader loader, TaskExecutor tasks) {
        if (pageSize < 1 || maxPages < 1) {
            throw new IllegalArgumentException("pageSize and maxPages must be positive");
        }
        this.size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, rowCount));
        this.pageSize = pageSize;
        this.loader = loader;
        this.tasks = tasks;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<Object[]>> eldest) {
                return size() > maxPages;
            }
        };
    }

    @Override
    public DataRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<Object[]> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page); // a synchronous executor (tests) has loaded it already
        }
        int at = index - page * pageSize;
        if (rows == null || at >= rows.size()) {
            return DataRow.loading(index);
        }
        return new DataRow(index, rows.get(at));
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Told the first time a page cannot be loaded (a damaged dataset, a workspace gone): once per
     * list, so scrolling over many such pages shows one message, not one per page.
     */
    public void setOnFailure(java.util.function.Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** How many pages are held now (never more than maxPages). */
    public int cachedPages() {
        return pages.size();
    }

    /** How many page fetches were started. */
    public int fetchCount() {
        return fetches;
    }

    private void request(int page) {
        if (!pending.add(page)) {
            return;
        }
        fetches++;
        long offset = (long) page * pageSize;
        insideGet = true;
        try {
            BackgroundTask.wrap(p -> loader.load(offset, pageSize))
                    .onSuccess(rows -> loaded(page, rows))
                    .onFailure(e -> {
                        pending.remove(page);
                        LOG.warn("Loading rows {}..{} failed: {}", offset, offset + pageSize, e.getMessage());
                        if (!failureShown) {
                            failureShown = true;
                            onFailure.accept(e);
                        }
                    })
                    .executeWith(tasks);
        } finally {
            insideGet = false;
        }
    }

    private void loaded(int page, List<Object[]> rows) {
        pending.remove(page);
        pages.put(page, rows);
        if (insideGet) {
            return; // loaded synchronously inside get(): the caller gets the real row, nothing to redraw
        }
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, DataRow.loading(i));
        }
        endChange();
    }
}
