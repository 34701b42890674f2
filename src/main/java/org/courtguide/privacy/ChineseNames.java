package org.courtguide.privacy;

import java.util.List;
import java.util.Set;

/**
 * Tells where a Chinese personal name ends after a cue such as 我叫 or 原告. Chinese is written without spaces, so the
 * name is bounded by what usually surrounds it: a common surname in front, and punctuation or a function word such as
 * 想, 在 or 的 after it.
 */
final class ChineseNames {

    /** How much evidence a cue needs before the text after it is taken for a name. */
    enum Cue {
        /** 姓名： on a form: whatever follows is a name. */
        FORM(false, false),
        /** 我叫, 名字叫: a name, but without a known surname it must end cleanly ("我叫小明，…"). */
        SELF(false, true),
        /** 我是, 本人: usually a role or description ("我是原告"); only a surname plus a cleanly ending name counts. */
        WEAK(true, true),
        /** 原告, 被告: a party, named when a known surname follows. */
        ROLE(true, false);

        final boolean surnameRequired;
        final boolean boundaryRequired;

        Cue(boolean surnameRequired, boolean boundaryRequired) {
            this.surnameRequired = surnameRequired;
            this.boundaryRequired = boundaryRequired;
        }
    }

    // Common surnames, minus a few that are far more often ordinary words after these cues (向, 于, 方, 文, 施, 和, 常).
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤乔赖庞樊兰殷"
            + "洪葛温牛岳齐康伍俞章鲁欧辛柳耿关纪包穆祝苗";

    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙", "夏侯", "司徒", "申屠", "端木", "独孤", "南宫",
            "轩辕", "澹台");

    /** Characters that end a name: function words and verbs that typically follow one. */
    private static final String STOP =
            "的了是在和与跟及或等要想会能将把被让叫给对向从为因所就才又再也都还已曾却先后今去来到上下说问请" + "告诉称认欠借打拖不没无很太这那哪你我他她它们吗呢吧啊呀嘛住现于自之每各其此某今年岁申起提主支返偿赔签收交";

    /** Characters that do not occur inside a name but do in the place words that follow these cues (江西人, 郑州). */
    private static final String NOT_IN_NAME = STOP + "州省市县区国人镇村路街号元块月日条款项章节律师法院公司方家属";

    /** Words that begin with a surname character but are not names. */
    private static final List<String> NOT_NAMES = List.of(
            "高中", "高管", "高三", "高龄", "高兴", "金融", "金额", "马上", "白领", "孙子", "孙女", "曾经", "任职", "任何", "周一", "周二", "周三", "周四",
            "周五", "周六", "周日", "周末", "许多", "许可", "程序", "江苏", "江西", "武汉", "黄石", "石家庄", "龙岩", "韩国", "何时", "何地", "何处", "陆续",
            "余额", "余下", "毛病", "谢谢", "黄金", "林业", "田地", "夏天", "石头", "严重", "严格", "钱款", "钱财", "万一", "万元", "宋体", "熊孩子", "关于",
            "关系", "齐全", "康复", "包括", "章程", "欧洲", "鲁莽", "纪律", "柳州", "岳父", "岳母", "牛奶", "伍佰", "乔迁", "苗头", "祝福", "穆斯林", "辛苦",
            "关键", "包工头", "雷同", "戴罪", "邱比特", "史上", "兰州", "温州", "郑州", "徐州", "苏州", "许昌", "洪水", "温馨", "陈述", "胡说", "胡乱",
            "高额", "高利", "董事", "周围", "余款", "石油", "林场", "金钱", "田园", "龙头", "江河", "汪洋", "黎明", "杜绝", "唐突");

    private ChineseNames() {}

    /** The length of the name starting at {@code start}, or 0 when what follows the cue is not taken for a name. */
    static int nameLength(CharSequence text, int start, Cue cue) {
        if (start >= text.length() || !isHan(text.charAt(start))) {
            return 0;
        }
        for (String word : NOT_NAMES) {
            if (startsWith(text, start, word)) {
                return 0;
            }
        }
        int surname = surnameLength(text, start);
        if (surname == 0 && cue.surnameRequired) {
            return 0;
        }
        int minGiven = surname == 0 ? 2 : 1;
        int maxGiven = surname == 0 ? 3 : 2;
        int given = 0;
        while (given < maxGiven
                && start + surname + given < text.length()
                && nameChar(text.charAt(start + surname + given))) {
            given++;
        }
        if (given < minGiven) {
            return 0;
        }
        boolean boundaryRequired = cue.boundaryRequired && !(cue == Cue.SELF && surname > 0);
        for (int g = given; g >= minGiven; g--) {
            if (endsCleanly(text, start + surname + g)) {
                return surname + g;
            }
        }
        // no clean end: a surname plus one character is taken, the most a bounded guess can claim
        return boundaryRequired ? 0 : surname + minGiven;
    }

    private static int surnameLength(CharSequence text, int start) {
        if (start + 2 <= text.length()
                && COMPOUND_SURNAMES.contains(text.subSequence(start, start + 2).toString())) {
            return 2;
        }
        return SURNAMES.indexOf(text.charAt(start)) >= 0 ? 1 : 0;
    }

    private static boolean endsCleanly(CharSequence text, int end) {
        return end >= text.length() || !isHan(text.charAt(end)) || STOP.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean nameChar(char c) {
        return isHan(c) && NOT_IN_NAME.indexOf(c) < 0;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean startsWith(CharSequence text, int start, String word) {
        if (start + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(start + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
