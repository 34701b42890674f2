package org.courtguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Chinese text uses full-width punctuation, joins included ("建议的途径: 调解", "第六条, 第十二条" were half-width);
 * each destination has one name in each language; search snippets read as words, without Markdown list markers.
 */
@QuarkusTest
class WordingTest {

    /** ASCII : , ; ? ! between two Chinese characters (or a placeholder), spaces allowed around it. */
    private static final Pattern HALF_WIDTH_IN_CHINESE = Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef}] ?[:,;?!] ?(?=[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef{])");

    private static List<String> halfWidth(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = HALF_WIDTH_IN_CHINESE.matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 8), Math.min(text.length(), m.end() + 8)));
        }
        return found;
    }

    private static Document zh(String path) {
        return Jsoup.parse(given().cookie("cg_lang", "zh")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void the_chinese_message_bundles_use_full_width_punctuation() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().endsWith("_zh.properties"))
                    .toList()) {
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#")) {
                        halfWidth(line.substring(eq + 1)).forEach(h -> found.add(bundle.getFileName() + ": " + h));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void chinese_pages_join_their_parts_with_full_width_punctuation() {
        Document guide = zh("/guides/appeal-retrial-zh");
        assertThat(guide.select("article dd li").eachText())
                .anySatisfy(line -> assertThat(line).contains("中华人民共和国民事诉讼法（2023年修正）：第一百七十一条、第一百七十二条"));

        Document review = Jsoup.parse(CsrfForm.given()
                .cookie("cg_lang", "zh")
                .formParams(intake())
                .when()
                .post("/triage")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(review.select("#suggested-heading").text()).startsWith("建议的途径：");

        List<String> found = new ArrayList<>();
        for (Document page : List.of(
                guide,
                review,
                zh("/"),
                zh("/ask?q=" + "怎么上诉？"),
                zh("/contact"),
                zh("/disclosure"),
                zh("/guides?q=上诉"))) {
            halfWidth(page.select("main").text()).forEach(h -> found.add(page.title() + ": " + h));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void every_link_to_a_destination_uses_its_one_name() {
        for (String lang : List.of("zh", "en")) {
            String person = lang.equals("zh") ? "联系工作人员" : "Talk to a person";
            String dispute = lang.equals("zh") ? "化解纠纷" : "Resolve a dispute";
            List<Document> pages = Stream.of("/", "/guides", "/help", "/ask?q=" + "离婚后孩子的抚养权怎么判？")
                    .map(path -> Jsoup.parse(given().cookie("cg_lang", lang)
                            .when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString()))
                    .toList();
            for (Document page : pages) {
                assertThat(page.select("a[href=/contact]").eachText())
                        .as("links to /contact on %s", page.title())
                        .isNotEmpty()
                        .containsOnly(person);
                assertThat(page.select("a[href=/triage]").eachText())
                        .as("links to /triage on %s", page.title())
                        .isNotEmpty()
                        .allSatisfy(text -> assertThat(text).startsWith(dispute));
            }
            Document contact = Jsoup.parse(given().cookie("cg_lang", lang)
                    .when()
                    .get("/contact")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(contact.select("h1").text()).isEqualTo(person);
        }
    }

    @Test
    void search_snippets_read_as_words_without_markdown_markers() {
        List<String> snippets = given().queryParam("q", "legal aid for wages, work injury or support for parents")
                .queryParam("language", "en")
                .queryParam("k", 10)
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.snippet");
        Document library = Jsoup.parse(given().cookie("cg_lang", "en")
                .queryParam("q", "legal aid wages work injury")
                .when()
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> all = new ArrayList<>(snippets);
        all.addAll(library.select(".guide-list p.meta").eachText());

        // a list item follows its lead-in on the same line, as words
        assertThat(all)
                .isNotEmpty()
                .anySatisfy(s -> assertThat(s).contains("): claiming state compensation; claiming"));
        assertThat(all)
                .allSatisfy(s -> assertThat(s)
                        .doesNotStartWith("- ")
                        .doesNotContain("\n- ")
                        .doesNotContain("**")
                        .doesNotContainPattern("(^|\\s)#+ "));
    }

    /** The answers of every intake step, as the form sends them on its last step. */
    private static Map<String, Object> intake() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "loans");
        form.put("description", "借给朋友两万元，说好去年底还，一直没还。");
        form.put("other_party", "individual");
        form.put("amount", "20000");
        form.put("province", "guangdong");
        form.put("tried", "talked");
        form.put("debt", "yes");
        form.put("facts", "yes");
        form.put("urgency", "normal");
        form.put("contact", "email");
        form.put("contact_detail", "someone@example.org");
        form.put("step", "needs");
        form.put("go", "next");
        return form;
    }
}
