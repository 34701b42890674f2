package org.courtguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatuteReaderTest {

    @Test
    void splits_long_articles_at_sentence_ends_without_losing_text() {
        String text = "第一句话。".repeat(30) + "最后一句。";

        List<String> parts = StatuteReader.split(text, 40);

        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40))
                .allSatisfy(p -> assertThat(p).endsWith("。"));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void keeps_short_articles_whole() {
        assertThat(StatuteReader.split("短条文。", 600)).containsExactly("短条文。");
    }
}
