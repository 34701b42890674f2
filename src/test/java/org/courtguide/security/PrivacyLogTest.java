package org.courtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.courtguide.testsupport.CsrfForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions full of personal data leave no trace of it, or of the question text, in the logs. */
@QuarkusTest
class PrivacyLogTest {

    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "110101199003074578";
    private static final String NAME = "张伟";
    private static final String QUESTION = "我叫" + NAME + "，电话" + PHONE + "，身份证号" + ID_NUMBER + "，邻居欠钱不还怎么起诉？";
    private static final String EN_QUESTION = "My name is Mary Wong, phone 13987654321, how do I sue my landlord?";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(formatter.formatMessage(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        org.jboss.logging.Logger.getLogger(PrivacyLogTest.class).info("capture check");
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void asking_with_personal_data_logs_none_of_it() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", QUESTION))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("question", EN_QUESTION))
                .when()
                .post("/api/ask")
                .then()
                .statusCode(200);
        CsrfForm.given()
                .formParam("question", QUESTION)
                .redirects()
                .follow(false)
                .when()
                .post("/ask")
                .then()
                .statusCode(303);
        given().queryParam("q", QUESTION).when().get("/api/search").then().statusCode(200);
        given().queryParam("q", QUESTION).when().get("/guides").then().statusCode(200);
        // refused input is not logged either
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"" + PHONE + "\" ")
                .when()
                .post("/api/ask")
                .then()
                .statusCode(400);
        CsrfForm.given()
                .formParam("traceId", PHONE)
                .formParam("reason", QUESTION)
                .when()
                .post("/feedback")
                .then()
                .statusCode(400);

        assertThat(lines).as("the capture sees application logs").contains("capture check");
        assertThat(lines)
                .noneMatch(l -> l.contains(PHONE))
                .noneMatch(l -> l.contains(ID_NUMBER))
                .noneMatch(l -> l.contains(NAME))
                .noneMatch(l -> l.contains("13987654321"))
                .noneMatch(l -> l.contains("Mary Wong"))
                .noneMatch(l -> l.contains("邻居欠钱不还"))
                .noneMatch(l -> l.contains("sue my landlord"));
    }
}
