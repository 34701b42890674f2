package org.courtguide.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

/** The report as a console table: each figure, its ratio to the raw embedding figure of the same run, the target. */
final class BenchmarkTable {

    private static final String ROW = "%-40s %14s %10s %8s   %s%n";

    private BenchmarkTable() {}

    static String render(JsonNode r) {
        JsonNode raw = r.path("raw");
        JsonNode query = raw.path("queryEmbedding");
        JsonNode one = r.path("oneClient");
        JsonNode load = r.path("concurrent");
        JsonNode base = r.path("baseline");
        StringBuilder out = new StringBuilder(String.format(ROW, "figure", "app", "vs raw", "target", "baseline"));
        row(
                out,
                "raw query embedding p50 / p95 ms",
                pair(query, "p50Ms", "p95Ms"),
                "",
                "",
                pair(base.path("raw").path("queryEmbedding"), "p50Ms", "p95Ms"));
        row(
                out,
                "raw query embedding per s",
                text(query, "perSecond"),
                "",
                "",
                text(base.path("raw").path("queryEmbedding"), "perSecond"));
        row(
                out,
                "raw batch embedding passages/s",
                text(raw.path("batchEmbedding"), "passagesPerSecond"),
                "",
                "",
                text(base.path("raw").path("batchEmbedding"), "passagesPerSecond"));
        row(
                out,
                "1 client /api/search p50 / p95 ms",
                pair(one.path("search"), "p50Ms", "p95Ms"),
                text(one, "searchP95VsRawQueryP95"),
                "<= 1.25",
                base.isMissingNode() ? "" : pair(base.path("oneClientRetrieve"), "p50Ms", "p95Ms") + " (in-process)");
        row(
                out,
                "1 client /api/ask p50 / p95 ms",
                pair(one.path("ask"), "p50Ms", "p95Ms"),
                text(one, "askP95VsRawQueryP95"),
                "<= 1.5",
                "");
        int clients = r.path("clients").asInt();
        row(
                out,
                clients + " clients /api/search req/s (errors)",
                rate(load.path("search")),
                text(load, "searchRateVsRawQueryRate"),
                ">= 0.8",
                rate(base.path("concurrentRetrieve")));
        if (load.has("ask")) {
            row(
                    out,
                    clients + " clients /api/ask req/s (errors)",
                    rate(load.path("ask")),
                    text(load, "askRateVsRawQueryRate"),
                    ">= 0.8",
                    "");
        }
        JsonNode ingest = r.path("ingest");
        row(
                out,
                "ingest chunks/s",
                text(ingest, "chunksPerSecond"),
                text(ingest, "vsRawBatchRate"),
                ">= 0.9",
                text(base.path("ingest"), "chunksPerSecond"));
        row(
                out,
                "heap used after opening the index MB",
                text(ingest, "heapUsedAfterOpenMb"),
                "",
                "",
                base.isMissingNode()
                        ? ""
                        : "+" + base.path("ingest").path("heapGrowthMb").asText() + " (store)");
        row(
                out,
                "restart to first /api/search s",
                text(r.path("restart"), "seconds"),
                "",
                "<= 5",
                text(base, "restartSeconds") + (base.isMissingNode() ? "" : " (re-ingest)"));
        out.append("load average (1 min) during the run: ")
                .append(r.path("loadAverage1m"))
                .append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, String app, String ratio, String target, String base) {
        out.append(String.format(ROW, figure, app, ratio.isEmpty() ? "" : ratio + "x", target, base));
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : "";
    }

    private static String pair(JsonNode node, String first, String second) {
        return node.has(first) ? text(node, first) + " / " + text(node, second) : "";
    }

    private static String rate(JsonNode node) {
        return node.has("requestsPerSecond") ? text(node, "requestsPerSecond") + " (" + text(node, "errors") + ")" : "";
    }
}
