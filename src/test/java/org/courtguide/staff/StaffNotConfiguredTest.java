package org.courtguide.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.courtguide.testsupport.CsrfForm;
import org.junit.jupiter.api.Test;

/** The default, embedded run: no identity server, so the staff workspace is closed and says why. */
@QuarkusTest
class StaffNotConfiguredTest {

    @Test
    void staff_pages_say_sign_in_is_not_configured_instead_of_opening() {
        given().header("Accept-Language", "en")
                .redirects()
                .follow(false)
                .when()
                .get("/staff/cases")
                .then()
                .statusCode(503)
                .header("Cache-Control", "no-store")
                .body(containsString("Staff sign-in is not configured"))
                .body(org.hamcrest.Matchers.not(containsString("Case queue")));
        given().redirects()
                .follow(false)
                .when()
                .get("/staff/cases/any-id?lang=zh")
                .then()
                .statusCode(503)
                .body(containsString("尚未配置工作人员登录"));
    }

    @Test
    void staff_changes_and_the_api_are_refused_too() {
        CsrfForm.given()
                .formParam("version", 0)
                .when()
                .post("/staff/cases/any-id/assign")
                .then()
                .statusCode(503);
        given().when()
                .get("/api/staff/cases")
                .then()
                .statusCode(503)
                .header("Cache-Control", "no-store")
                .body("code", equalTo("staff_sign_in_not_configured"));
        given().header("Authorization", "Bearer forged")
                .when()
                .get("/api/staff/audit")
                .then()
                .statusCode(503);
    }
}
