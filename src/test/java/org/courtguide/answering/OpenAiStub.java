package org.courtguide.answering;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-JVM stand-in for an OpenAI-compatible chat-completions server ({@code POST /v1/chat/completions}): the remote
 * model is the one thing faked in the model tests; the real quarkus-langchain4j client talks to it over HTTP. It
 * records every request body and answers with the replies queued by the test (a model answer, streamed chunks, a
 * status code, a delay).
 */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    /**
     * One queued reply: {@code content} (or {@code chunks} when streamed) after {@code delayMs}, or an error status; or
     * {@code computed} from the request (a reply written to the sources that were sent).
     */
    public record Reply(
            int status, String content, List<String> chunks, long delayMs, Function<JsonObject, Reply> computed) {

        Reply(int status, String content, List<String> chunks, long delayMs) {
            this(status, content, chunks, delayMs, null);
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)\\]");

    static final List<JsonObject> REQUESTS = new CopyOnWriteArrayList<>();
    private static final ConcurrentLinkedDeque<Reply> REPLIES = new ConcurrentLinkedDeque<>();

    private Vertx vertx;
    private HttpServer server;

    /** The model answers with this typed result (the JSON the AI service asked for). */
    static void answer(String text, Integer... sources) {
        REPLIES.add(new Reply(
                200,
                new JsonObject()
                        .put("answer", text)
                        .put("sources", new JsonArray(List.of(sources)))
                        .encode(),
                null,
                0));
    }

    /** The model answers with this raw content. */
    public static void content(String content) {
        REPLIES.add(new Reply(200, content, null, 0));
    }

    /** The model writes its typed answer to the sources it was sent, and lists the sources it cites. */
    public static void answerFrom(Function<PromptSources, String> text) {
        REPLIES.add(new Reply(200, null, null, 0, request -> {
            String answer = text.apply(PromptSources.of(request));
            List<Integer> cited = new java.util.ArrayList<>();
            Matcher m = MARKER.matcher(answer);
            while (m.find()) {
                cited.add(Integer.parseInt(m.group(1)));
            }
            return new Reply(
                    200,
                    new JsonObject()
                            .put("answer", answer)
                            .put("sources", new JsonArray(cited))
                            .encode(),
                    null,
                    0);
        }));
    }

    /** The model streams chunks written to the sources it was sent. */
    public static void streamFrom(Function<PromptSources, List<String>> chunks) {
        REPLIES.add(new Reply(
                200, null, null, 0, request -> new Reply(200, null, chunks.apply(PromptSources.of(request)), 0)));
    }

    static void stream(String... chunks) {
        REPLIES.add(new Reply(200, null, List.of(chunks), 0));
    }

    static void status(int status) {
        REPLIES.add(new Reply(status, null, null, 0));
    }

    static void slow(long delayMs, String text, Integer... sources) {
        REPLIES.add(new Reply(
                200,
                new JsonObject()
                        .put("answer", text)
                        .put("sources", new JsonArray(List.of(sources)))
                        .encode(),
                null,
                delayMs));
    }

    /** The model answers with this raw content after {@code delayMs}. */
    public static void slowContent(long delayMs, String content) {
        REPLIES.add(new Reply(200, content, null, delayMs));
    }

    /** The request bodies received so far, oldest first. */
    public static List<JsonObject> requests() {
        return List.copyOf(REQUESTS);
    }

    public static void reset() {
        REQUESTS.clear();
        REPLIES.clear();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    if (!request.path().equals("/v1/chat/completions")) {
                        request.response().setStatusCode(404).end();
                        return;
                    }
                    REQUESTS.add(body.toJsonObject());
                    Reply reply = REPLIES.poll();
                    if (reply == null) {
                        reply = new Reply(500, null, null, 0);
                    } else if (reply.computed() != null) {
                        reply = reply.computed().apply(body.toJsonObject());
                    }
                    Reply r = reply;
                    if (r.delayMs() > 0) {
                        vertx.setTimer(r.delayMs(), t -> respond(request.response(), r));
                    } else {
                        respond(request.response(), r);
                    }
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        return Map.of("court-guide.model.base-url", "http://127.0.0.1:" + server.actualPort() + "/v1");
    }

    private static void respond(HttpServerResponse response, Reply reply) {
        if (response.closed()) {
            return;
        }
        if (reply.status() != 200) {
            response.setStatusCode(reply.status())
                    .putHeader("content-type", "application/json")
                    .end(new JsonObject()
                            .put(
                                    "error",
                                    new JsonObject()
                                            .put("message", "stub failure")
                                            .put("type", "server_error"))
                            .encode());
            return;
        }
        if (reply.chunks() != null) {
            response.setChunked(true).putHeader("content-type", "text/event-stream");
            for (String chunk : reply.chunks()) {
                response.write("data: "
                        + new JsonObject()
                                .put("id", "chatcmpl-stub")
                                .put("object", "chat.completion.chunk")
                                .put("created", 1)
                                .put("model", "stub-model")
                                .put(
                                        "choices",
                                        new JsonArray()
                                                .add(new JsonObject()
                                                        .put("index", 0)
                                                        .put("delta", new JsonObject().put("content", chunk))))
                                .encode()
                        + "\n\n");
            }
            response.write("data: "
                    + new JsonObject()
                            .put("id", "chatcmpl-stub")
                            .put("object", "chat.completion.chunk")
                            .put("created", 1)
                            .put("model", "stub-model")
                            .put(
                                    "choices",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("index", 0)
                                                    .put("delta", new JsonObject())
                                                    .put("finish_reason", "stop")))
                            .encode()
                    + "\n\n");
            response.end("data: [DONE]\n\n");
            return;
        }
        response.putHeader("content-type", "application/json")
                .end(new JsonObject()
                        .put("id", "chatcmpl-stub")
                        .put("object", "chat.completion")
                        .put("created", 1)
                        .put("model", "stub-model")
                        .put(
                                "choices",
                                new JsonArray()
                                        .add(new JsonObject()
                                                .put("index", 0)
                                                .put(
                                                        "message",
                                                        new JsonObject()
                                                                .put("role", "assistant")
                                                                .put("content", reply.content()))
                                                .put("finish_reason", "stop")))
                        .put(
                                "usage",
                                new JsonObject()
                                        .put("prompt_tokens", 1)
                                        .put("completion_tokens", 1)
                                        .put("total_tokens", 2))
                        .encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
        }
    }
}
