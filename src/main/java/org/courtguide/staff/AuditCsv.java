package org.courtguide.staff;

import java.util.List;

/**
 * The audit trail as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class AuditCsv {

    /** The most events one export holds. */
    static final int MAX_ROWS = 10_000;

    private AuditCsv() {}

    static String write(List<AuditLog.Entry> entries, StaffViews views) {
        StringBuilder csv = new StringBuilder("time,actor,action,subject_type,subject,detail\r\n");
        for (AuditLog.Entry e : entries) {
            csv.append(cell(views.exactTime(e.at())))
                    .append(',')
                    .append(cell(e.actor()))
                    .append(',')
                    .append(cell(e.action().name()))
                    .append(',')
                    .append(cell(e.subjectType().name()))
                    .append(',')
                    .append(cell(e.subjectId()))
                    .append(',')
                    .append(cell(e.detail()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
