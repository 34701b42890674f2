package org.courtguide.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * Each table row is: text in | text out. Each positive row holds exactly one item of the kind under test, so the count
 * is checked too. The numbers are made up; the ID and card numbers carry valid check digits unless a row says otherwise.
 */
class PiiRedactorTest {

    private final PiiRedactor redactor = new PiiRedactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            我的身份证号是110105199001011232，请问怎么立案      | 我的身份证号是[身份证号]，请问怎么立案
            身份证：44030419851231002X                      | 身份证：[身份证号]
            身份证尾号是小写x：44030419851231002x也要隐去         | 身份证尾号是小写x：[身份证号]也要隐去
            身份证号码 110105 19900101 1232 丢了怎么办          | 身份证号码 [身份证号] 丢了怎么办
            老身份证110105900101123能用吗                    | 老身份证[身份证号]能用吗
            校验位写错了110105199001011237也算                | 校验位写错了[身份证号]也算
            My ID number is 110105199001011232, how do I file? | My ID number is [ID number], how do I file?
            ID card no. 44030419851231002X was lost           | ID card no. [ID number] was lost
            身份证 4403 0419 8512 3100 2X 在哪里补办            | 身份证 [身份证号] 在哪里补办
            我的身份证是440304 19851231 002X                  | 我的身份证是[身份证号]
            证件 110105-19900101-1232 被别人借用了              | 证件 [身份证号] 被别人借用了
            身份证１１０１０５１９９００１０１１２３２怎么办         | 身份证[身份证号]怎么办
            My ID is 4403 0419 8512 3100 2x, can I file online? | My ID is [ID number], can I file online?
            ID 110105 1990 0101 1232 was stolen               | ID [ID number] was stolen
            """)
    void redacts_resident_id_numbers(String input, String expected) {
        assertRedacted(input, expected, PiiKind.ID_NUMBER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            我的电话是13812345678，法院会打给我吗                | 我的电话是[电话号码]，法院会打给我吗
            手机：138-1234-5678                             | 手机：[电话号码]
            联系我 +86 138 1234 5678 就行                    | 联系我 [电话号码] 就行
            座机010-12345678有人接                           | 座机[电话号码]有人接
            深圳的号码0755-1234567                           | 深圳的号码[电话号码]
            (010)87654321是我家电话                          | [电话号码]是我家电话
            Call me on 13912345678 after six                  | Call me on [phone number] after six
            My number is +44 20 7946 0958.                    | My number is [phone number].
            Phone: 8765 4321                                  | Phone: [phone number]
            电话+86 139-1234-5678，请回电                      | 电话[电话号码]，请回电
            我的手机0086 139 1234 5678                        | 我的手机[电话号码]
            单位电话(010) 1234 5678，工作日有人                  | 单位电话[电话号码]，工作日有人
            打（０１０）８７６５ ４３２１找我                     | 打[电话号码]找我
            手机１３９１２３４５６７８，谢谢                        | 手机[电话号码]，谢谢
            手机号：１３９－１２３４－５６７８                     | 手机号：[电话号码]
            +86 (10) 8765 4321 is the office                  | [phone number] is the office
            Call me on +86 139-1234-5678 tonight              | Call me on [phone number] tonight
            My mobile is 0086 139 1234 5678.                  | My mobile is [phone number].
            Office line (010) 1234 5678, ask for the clerk    | Office line [phone number], ask for the clerk
            Text me at １３９１２３４５６７８ please             | Text me at [phone number] please
            """)
    void redacts_phone_numbers(String input, String expected) {
        assertRedacted(input, expected, PiiKind.PHONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            邮箱：zhangsan_1990@qq.com                       | 邮箱：[邮箱]
            请发到li.wei@example.com.cn，谢谢                 | 请发到[邮箱]，谢谢
            Email me at jane.doe+court@example.org thanks     | Email me at [email] thanks
            (anna@mail.example.co.uk)                         | ([email])
            """)
    void redacts_email_addresses(String input, String expected) {
        assertRedacted(input, expected, PiiKind.EMAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            工资卡6222021234567890128被冻结了                | 工资卡[银行卡号]被冻结了
            卡号 6228 4800 1234 5678 903 怎么解冻             | 卡号 [银行卡号] 怎么解冻
            银行卡号：1234567890123456（没有校验也隐去）        | 银行卡号：[银行卡号]（没有校验也隐去）
            像身份证的卡号也算622202199001011235               | 像身份证的卡号也算[银行卡号]
            My card 4111-1111-1111-1111 was charged twice     | My card [bank card number] was charged twice
            Account number: 6217000012345678907               | Account number: [bank card number]
            I paid with 4532015112830366 yesterday            | I paid with [bank card number] yesterday
            银行卡号6222021234567890123，钱被扣了              | 银行卡号[银行卡号]，钱被扣了
            银行卡号 6222 0212 3456 7890 123 被冻结            | 银行卡号 [银行卡号] 被冻结
            转账到6222 0212 3456 7890 123（校验位不对也隐去）     | 转账到[银行卡号]（校验位不对也隐去）
            工资打到6222-0212-3456-7890了                     | 工资打到[银行卡号]了
            卡是６２２２０２１２３４５６７８９０１２３，怎么挂失       | 卡是[银行卡号]，怎么挂失
            信用卡 6222　0212　3456　7890 逾期了               | 信用卡 [银行卡号] 逾期了
            bank card 6222 0212 3456 7890 123 was frozen      | bank card [bank card number] was frozen
            card 6222-0212-3456-7890-123 (the check digit is wrong) | card [bank card number] (the check digit is wrong)
            Is 4111111111111112 a valid account?              | Is [bank card number] a valid account?
            My card is 622202 1234567890 123, blocked         | My card is [bank card number], blocked
            credit card 4111 1111 1111 1112                   | credit card [bank card number]
            """)
    void redacts_bank_card_numbers(String input, String expected) {
        assertRedacted(input, expected, PiiKind.BANK_CARD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            案号是（2023）京0105民初1234号，怎么查进度          | 案号是[案号]，怎么查进度
            二审案号(2024)沪01民终567号                       | 二审案号[案号]
            （2019）最高法民申1234号是再审                     | [案号]是再审
            〔2022〕粤03执456号执行不了                        | [案号]执行不了
            My case (2024)沪01民终567号 is on appeal          | My case [case number] is on appeal
            Case (2023) Jing 0105 Min Chu No. 1234 was closed | Case [case number] was closed
            """)
    void redacts_court_case_numbers(String input, String expected) {
        assertRedacted(input, expected, PiiKind.CASE_NUMBER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            我叫张三，想问离婚怎么起诉                          | 我叫[姓名]，想问离婚怎么起诉
            我是王小明，今年35岁                              | 我是[姓名]，今年35岁
            本人李四想咨询一下                                | 本人[姓名]想咨询一下
            姓名：欧阳娜娜 性别：女                            | 姓名：[姓名] 性别：女
            我的名字叫小红想咨询                               | 我的名字叫[姓名]想咨询
            原告张三诉至法院                                  | 原告[姓名]诉至法院
            被告王小明拖欠工资                                | 被告[姓名]拖欠工资
            被告人赵强被判刑后能上诉吗                          | 被告人[姓名]被判刑后能上诉吗
            My name is John Smith and I need help             | My name is [name] and I need help
            I am Zhang San, the plaintiff                     | I am [name], the plaintiff
            I'm Mr Li and my landlord kept the deposit        | I'm Mr [name] and my landlord kept the deposit
            Name: Li Wei                                      | Name: [name]
            my name is 张伟, can I sue in Beijing?            | my name is [name], can I sue in Beijing?
            """)
    void redacts_names_after_cue_words(String input, String expected) {
        assertRedacted(input, expected, PiiKind.NAME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            我住在北京市朝阳区建国路88号2单元301室，归哪个法院管  | 我住在北京市朝阳区[地址]，归哪个法院管
            地址：上海市浦东新区世纪大道100号                    | 地址：上海市浦东新区[地址]
            成都市武侯区人民南路三段17号                        | 成都市武侯区[地址]
            住在阳光小区3栋2单元301室                          | 住在[地址]
            房子在5号楼1单元101室                              | 房子在[地址]
            I live at 12 High Street, London. Can I sue here? | I live at [address], London. Can I sue here?
            My address is Flat 3, 45 Baker Street, and I rent | My address is [address], and I rent
            Send it to 88 Jianguo Road, Chaoyang District     | Send it to [address], Chaoyang District
            address: No. 7 Lane 123, Pudong                   | address: [address]
            """)
    void redacts_addresses_from_the_street_down(String input, String expected) {
        assertRedacted(input, expected, PiiKind.ADDRESS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            上诉期限是15天吗
            诉讼费100000元怎么算
            民事诉讼法第一百七十一条怎么理解
            2024年1月1日之后起诉还来得及吗
            开庭时间是2024-03-15 09:30
            借了13800000000元能要回来吗
            标的额1,000,000元的案件交多少诉讼费
            道路交通安全法第76条规定的赔偿
            法释〔2022〕11号规定了什么
            申请人身安全保护令需要什么材料
            拨打12368或12348可以咨询吗
            我是原告，被告是我前夫，怎么申请执行
            我是被告，原告起诉我借款，怎么办
            被告不出庭怎么办
            原告方认为被告方违约
            我是高中生，能起诉吗
            我是江西人，在广东打工
            我叫他还钱他不还
            原告向法院提交证据的期限
            被告何时答辩
            被告人有哪些权利
            原告张某诉被告李某某
            我住在北京市朝阳区，去哪个法院起诉
            How do I appeal within 15 days under Article 171?
            The claim is 1,000,000 yuan and the hearing is on 2024-03-15.
            I am Chinese and I live in Beijing
            I am the defendant in a contract case
            My name is on the contract but I never signed it
            I live at home with my parents and 3 siblings
            Article 12 of the Road Traffic Safety Law
            The Supreme People's Court issued Interpretation No. 11
            欠款１５０００元，上诉期限１５天
            案件受理费 1 000 元，开庭 2024-03-15 09:30
            The card was lost on 2024-03-15, fee 50,000 yuan
            The 3 cards cost 120 yuan
            """)
    void leaves_ordinary_legal_questions_untouched(String question) {
        Redaction result = redactor.redact(question);

        assertThat(result.text()).isEqualTo(question);
        assertThat(result.found()).isEmpty();
        assertThat(result.redacted()).isFalse();
    }

    @Test
    void redacts_every_kind_in_one_message_and_counts_them() {
        String message = "我叫张三，身份证110105199001011232，电话13812345678，邮箱zs@qq.com，"
                + "卡号6222021234567890128，住在北京市朝阳区建国路88号2单元301室，案号（2023）京0105民初1234号，"
                + "被告李四的电话是13987654321";

        Redaction result = redactor.redact(message);

        assertThat(result.text())
                .isEqualTo("我叫[姓名]，身份证[身份证号]，电话[电话号码]，邮箱[邮箱]，卡号[银行卡号]，" + "住在北京市朝阳区[地址]，案号[案号]，被告[姓名]的电话是[电话号码]");
        assertThat(result.found())
                .containsExactly(
                        Map.entry(PiiKind.ID_NUMBER, 1),
                        Map.entry(PiiKind.PHONE, 2),
                        Map.entry(PiiKind.EMAIL, 1),
                        Map.entry(PiiKind.BANK_CARD, 1),
                        Map.entry(PiiKind.CASE_NUMBER, 1),
                        Map.entry(PiiKind.NAME, 2),
                        Map.entry(PiiKind.ADDRESS, 1));
    }

    @Test
    void the_message_from_the_report_keeps_no_name_phone_or_card_in_clear() {
        String english = "My name is John Smith, phone +86 139 1234 5678, card 6222 0212 3456 7890 123. "
                + "How do I pay court fees?";
        String chinese = "我叫张三，电话+86 139 1234 5678，银行卡 6222 0212 3456 7890 123。诉讼费怎么交？";

        Redaction en = redactor.redact(english);
        Redaction zh = redactor.redact(chinese);

        assertThat(en.text())
                .isEqualTo("My name is [name], phone [phone number], card [bank card number]. "
                        + "How do I pay court fees?");
        assertThat(en.found())
                .containsExactly(
                        Map.entry(PiiKind.PHONE, 1), Map.entry(PiiKind.BANK_CARD, 1), Map.entry(PiiKind.NAME, 1));
        assertThat(zh.text()).isEqualTo("我叫[姓名]，电话[电话号码]，银行卡 [银行卡号]。诉讼费怎么交？");
        assertThat(zh.found())
                .containsExactly(
                        Map.entry(PiiKind.PHONE, 1), Map.entry(PiiKind.BANK_CARD, 1), Map.entry(PiiKind.NAME, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            6222021234567890123
            6222 0212 3456 7890 123
            6222-0212-3456-7890-123
            6222 0212 3456 7890
            622202 1234567890 123
            4111111111111112
            4111 1111 1111 1111 111
            ６２２２ ０２１２ ３４５６ ７８９０ １２３
            """)
    void no_digit_of_a_card_like_number_is_left_whatever_its_check_digit(String card) {
        for (String text : List.of("卡号" + card, "转账到" + card + "了", "card " + card + ".", card)) {
            String redacted = redactor.redact(text).text();

            assertThat(PiiRedactor.asciiDigits(redacted)).as(text).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void chooses_placeholders_by_the_language_of_what_is_not_personal_data() {
        assertThat(redactor.redact("电话13812345678").text()).isEqualTo("电话[电话号码]");
        assertThat(redactor.redact("Phone 13812345678").text()).isEqualTo("Phone [phone number]");
        // the Latin letters of an e-mail address do not make a Chinese sentence English, nor a Chinese case number an
        // English one Chinese
        assertThat(redactor.redact("邮箱：zhangsan_1990@qq.com").text()).isEqualTo("邮箱：[邮箱]");
        assertThat(redactor.redact("My case (2024)沪01民终567号 is on appeal").text())
                .isEqualTo("My case [case number] is on appeal");
        // nothing but personal data: the text as a whole decides
        assertThat(redactor.redact("北京建国路88号").text()).isEqualTo("[地址]");
        assertThat(redactor.redact("jane@example.org").text()).isEqualTo("[email]");
        assertThat(PiiKind.values()).allSatisfy(kind -> {
            assertThat(kind.placeholder(org.courtguide.Language.ZH))
                    .startsWith("[")
                    .endsWith("]");
            assertThat(kind.placeholder(org.courtguide.Language.EN))
                    .startsWith("[")
                    .endsWith("]");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    void treats_null_and_empty_text_as_empty(String text) {
        Redaction result = redactor.redact(text);

        assertThat(result.text()).isEmpty();
        assertThat(result.found()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("personalTexts")
    void redacting_a_redacted_text_changes_nothing(String text) {
        Redaction once = redactor.redact(text);
        Redaction twice = redactor.redact(once.text());

        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.found()).isEmpty();
    }

    static Stream<String> personalTexts() {
        return Stream.of(
                "我叫张三，身份证110105199001011232，电话13812345678",
                "住在北京市朝阳区建国路88号2单元301室，被告王小明拖欠工资",
                "（2023）京0105民初1234号 6222021234567890128 zs@qq.com",
                "My name is John Smith, I live at 12 High Street, phone +44 20 7946 0958",
                "Name: Li Wei Address: 12 High Street",
                "姓名：欧阳娜娜 性别：女 卡号 6228 4800 1234 5678 903",
                "13812345678@qq.com",
                "我是王小明13812345678",
                "被告张三住在人民路1号");
    }

    @Test
    void never_throws_and_stays_idempotent_on_random_text() {
        Random random = new Random(20260504);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            samples.add(randomText(random));
        }

        Assertions.assertTimeout(Duration.ofSeconds(30), () -> {
            for (String text : samples) {
                assertThatCode(() -> {
                            Redaction once = redactor.redact(text);
                            assertThat(once.text()).isNotNull();
                            assertThat(redactor.redact(once.text()).text())
                                    .as("idempotent for %s", text)
                                    .isEqualTo(once.text());
                        })
                        .as("input %s", text)
                        .doesNotThrowAnyException();
            }
        });
    }

    @Test
    void handles_long_repetitive_input_in_linear_time() {
        List<String> inputs = List.of(
                "1 ".repeat(5000),
                "1-".repeat(5000),
                "建".repeat(5000) + "路1号",
                "a.".repeat(5000) + "@b",
                "我叫".repeat(3000),
                "I live at 1 ".repeat(1000),
                "(2023)" + "京".repeat(5000),
                "My name is " + "Abc ".repeat(3000),
                "x@" + "a-".repeat(5000) + ".com",
                "小区1栋".repeat(2000));

        Assertions.assertTimeout(Duration.ofSeconds(10), () -> inputs.forEach(redactor::redact));
    }

    /** Text built from the pieces the patterns look for, so that near-misses and overlaps are common. */
    private static final String[] PIECES = {
        "1",
        "3",
        "8",
        "0",
        "9",
        "X",
        "x",
        "13812345678",
        "110105",
        "19900101",
        "6222",
        " ",
        "-",
        "+86",
        "(",
        ")",
        "（",
        "）",
        "〔",
        "@",
        ".",
        "com",
        "号",
        "路",
        "88",
        "室",
        "单元",
        "栋",
        "小区",
        "市",
        "区",
        "京",
        "民初",
        "我叫",
        "我是",
        "本人",
        "原告",
        "被告",
        "姓名：",
        "张",
        "王",
        "欧阳",
        "小",
        "明",
        "想",
        "，",
        "。",
        "My name is ",
        "I am ",
        "Name: ",
        "John",
        "Smith",
        "Street",
        "Road",
        "I live at ",
        "address: ",
        "Flat",
        "No.",
        "[姓名]",
        "[phone number]",
        "元",
        "\n",
        "\t",
        "\uD83D\uDE00",
        "\uD800",
        "Ⅻ",
        "ＡＢＣ",
        "١٢٣"
    };

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(5) == 0) {
                b.appendCodePoint(random.nextInt(0x3_0000)); // anything, including lone surrogates and controls
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private void assertRedacted(String input, String expected, PiiKind kind) {
        Redaction result = redactor.redact(input);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.found()).containsExactly(Map.entry(kind, 1));
    }
}
