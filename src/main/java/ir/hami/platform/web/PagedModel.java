package ir.hami.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model that reads one page at a time from a service: what every growing table of the
 * portal needs (never a whole table in memory). Built from a count, a page loader and the row key; all three are
 * Serializable, so the model can live in a view-scoped bean that moves between nodes.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Pager<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** A row's stable key (its id). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Pager<T> pager;
    private final Key<T> key;

    public PagedModel(Counter counter, Pager<T> pager, Key<T> key) {
        this.counter = counter;
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return pager.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    /** Sends the table with this client id back to its first page (after its filter changed). */
    public static void firstPage(String tableClientId) {
        var root = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot();
        if (root != null && root.findComponent(tableClientId) instanceof org.primefaces.component.datatable.DataTable t) {
            t.setFirst(0);
        }
    }

    /** The row with this key on the current page, or null. */
    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null ? null : page.stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
