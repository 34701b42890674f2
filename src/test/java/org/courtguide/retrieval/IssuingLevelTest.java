package org.courtguide.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Local regulations are recognised by the place that starts their title; national law never is. */
class IssuingLevelTest {

    @ParameterizedTest
    @CsvSource({
        "上海市物业管理条例, 上海",
        "东营市养犬管理条例, 东营",
        "深圳经济特区矛盾纠纷多元化解条例, 深圳",
        "彭水苗族土家族自治县旅游条例, 彭水苗族土家族",
        "延边朝鲜族自治州企业权益保护条例, 延边朝鲜族",
        "中国（上海）自由贸易试验区条例, 上海",
        "内蒙古自治区草原管理条例, 内蒙古",
        "景宁畲族自治县城市管理条例, 景宁畲族"
    })
    void local_regulations_are_recognised_with_their_place(String title, String place) {
        assertThat(IssuingLevel.localPlace(title)).contains(place);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "中华人民共和国民法典",
                "中华人民共和国城市房地产管理法",
                "劳动合同法",
                "城市市容和环境卫生管理条例",
                "城乡规划法",
                "人力资源市场暂行条例",
                "中国公民往来台湾地区管理办法",
                "最高人民法院关于审理民间借贷案件适用法律若干问题的规定",
                "国务院关于职工工作时间的规定",
                "政府信息公开条例",
                ""
            })
    void national_law_is_never_local(String title) {
        assertThat(IssuingLevel.localPlace(title)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"上海市物业管理条例, 物业费交不起怎么办, true", "上海市物业管理条例, 我在上海，物业费交不起怎么办, false", "中华人民共和国民法典, 我在上海，物业费交不起怎么办, false"})
    void a_question_that_names_the_place_keeps_its_local_rules(String title, String question, boolean elsewhere) {
        assertThat(IssuingLevel.isLocalElsewhere(title, question)).isEqualTo(elsewhere);
    }
}
