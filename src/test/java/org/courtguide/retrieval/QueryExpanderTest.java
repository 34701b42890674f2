package org.courtguide.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryExpanderTest {

    @TempDir
    Path dir;

    private QueryExpander expander(String lines) throws IOException {
        Path file = dir.resolve("lay-terms.tsv");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return new QueryExpander(QueryExpander.load(file));
    }

    @Test
    void addsTheLegalTermsOfEveryLayWordInTheOrderOfTheLexicon() throws IOException {
        // enough entries that a hash-ordered map would not keep the file's order: the expansion is embedded as text,
        // so its order must not change from one start to the next
        StringBuilder lexicon = new StringBuilder("# comment\n");
        for (int i = 0; i < 40; i++) {
            lexicon.append("词").append(i).append("号\t").append("术语").append(i).append('\n');
        }
        QueryExpander expander = expander(lexicon.toString());
        StringBuilder question = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 39; i >= 0; i -= 3) {
            question.append("词").append(i).append("号，");
        }
        for (int i = 0; i < 40; i++) {
            if ((39 - i) % 3 == 0) {
                expected.append(expected.length() == 0 ? "" : " ").append("术语").append(i);
            }
        }
        assertEquals(expected.toString(), expander.expansion(question.toString()));
    }

    @Test
    void leavesOutTermsTheQuestionAlreadyHasAndMatchesEnglishInAnyCase() throws IOException {
        QueryExpander expander = expander("房东\t出租人 租赁\nLandlord\tlessor lease\n");
        assertEquals("出租人", expander.expansion("房东不退租赁押金"));
        assertEquals("lessor lease", expander.expansion("My LANDLORD kept my deposit"));
        assertEquals("", expander.expansion("怎么起诉"));
    }

    @Test
    void aMissingLexiconOrALineWithoutATabMeansNoExpansionNotAFailure() throws IOException {
        assertEquals(0, QueryExpander.load(dir.resolve("absent.tsv")).size());
        QueryExpander expander = expander("房东 出租人\n押金\t担保\n");
        assertEquals(1, expander.size());
        assertEquals("担保", expander.expansion("房东不退押金"));
    }
}
