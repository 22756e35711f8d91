package org.shopsuite.desktop.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopsuite.model.Page;

/**
 * A list loaded page by page with the server's keyset cursor: first page, then "load more". A new
 * first page (the user typed another letter) supersedes whatever was still loading: late answers
 * to older requests are dropped, so the list always shows the newest request's rows.
 */
public final class Paging<T> {
    private final Tasks tasks;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private String cursor;
    private long generation;
    private boolean loadingMore;

    public Paging(Tasks tasks) {
        this.tasks = tasks;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public BooleanProperty moreProperty() {
        return more;
    }

    /** True while a first page is being fetched (the view shows that it is searching). */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Loads the first page, replacing what is shown; {@code fetch} gets the cursor (null first). */
    public void first(Function<String, Page<T>> fetch, Consumer<Throwable> failed) {
        generation++;
        loadingMore = false;
        loading.set(true);
        load(() -> fetch.apply(null), false, failed);
    }

    /** Appends the next page, if there is one. */
    public void next(Function<String, Page<T>> fetch, Consumer<Throwable> failed) {
        if (cursor != null && !loadingMore) {
            String from = cursor;
            loadingMore = true;
            load(() -> fetch.apply(from), true, failed);
        }
    }

    private void load(Callable<Page<T>> call, boolean append, Consumer<Throwable> failed) {
        long asked = generation;
        tasks.run(
                call,
                page -> {
                    if (asked != generation) {
                        return;
                    }
                    loadingMore = false;
                    loading.set(false);
                    if (append) {
                        rows.addAll(page.items());
                    } else {
                        rows.setAll(page.items());
                    }
                    cursor = page.nextCursor();
                    more.set(cursor != null);
                },
                failure -> {
                    if (asked == generation) {
                        loadingMore = false;
                        loading.set(false);
                        failed.accept(failure);
                    }
                });
    }
}
