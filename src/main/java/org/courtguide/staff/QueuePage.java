package org.courtguide.staff;

import java.util.List;

/** One page of the queue and how many cases match in all, so that nothing beyond the page goes unnoticed. */
public record QueuePage(List<CaseItem> items, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
