package org.courtguide.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtguide.Language;
import org.courtguide.privacy.ChineseNames.Cue;
import org.jboss.logging.Logger;

/**
 * Replaces personal data in a Chinese or English text with placeholders ({@code [身份证号]}, {@code [phone number]}…) in
 * the language of the text, before the text is stored, logged or sent to a model.
 * <p>
 * The patterns describe formats (ID numbers, phone numbers, case numbers) and cue words ("我叫", "my name is"); they do
 * not understand the text. Every run of 16 to 19 digits, written together or in groups apart by spaces or dashes, is
 * taken for a card (or an ID, when shaped like one) whether or not its check digit is valid: a mistyped card number is
 * still somebody's card, and replacing a number that was not one costs far less than storing one that was. Shorter
 * numbers are only replaced when their shape or a cue says so, so amounts, dates and article numbers stay as they are.
 * Digits of other scripts (full-width １３９…) are read as the ASCII digits they stand for. Place names down to the
 * district are kept because they decide which court is competent; the street, number, building and room are replaced.
 * <p>
 * NOTE: never throws, and redacting a redacted text changes nothing.
 */
@ApplicationScoped
public class PiiRedactor {

    private static final Logger LOG = Logger.getLogger(PiiRedactor.class);

    private record Hit(PiiKind kind, int start, int end) {}

    /** One kind of pattern: where it matches in a text, {@code judge} says whether (and which span) to replace. */
    private record Step(Pattern pattern, BiFunction<Matcher, String, Hit> judge) {}

    private static final String AFTER_CUE = "\\s*(?:是|为|:|：|#)?\\s*";

    // -- e-mail
    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
                    + "(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z0-9-])");

    // -- court case numbers: （2023）京0105民初1234号, (2019)最高法民申1234号, (2023) Jing 0105 Min Chu No. 1234
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "[（(〔\\[【]\\s*(?:19|20)\\d{2}\\s*[）)〕\\]】]\\s*\\p{IsHan}{1,4}\\s*\\d{0,6}\\s*\\p{IsHan}{1,6}\\s*\\d{1,6}\\s*"
                    + "(?:之[一二三四五六七八九十]{1,3})?\\s*号"
                    + "|\\(\\s*(?:19|20)\\d{2}\\s*\\)\\s*(?:[A-Z][a-z]{1,8}\\s*){1,3}\\d{0,6}\\s*(?:[A-Z][a-z]{1,8}\\s*){1,4}"
                    + "No\\.?\\s*\\d{1,6}");

    // -- resident ID numbers: 6-digit area, birth date, sequence, check character; the old 15-digit form has a 2-digit
    // year
    private static final Pattern ID_AFTER_CUE = Pattern.compile("(?i:身份证(?:号码|号)?|公民身份号码|证件号(?:码)?"
            + "|\\bID\\s*(?:card\\s*)?(?:number|no\\.?)|identity\\s+card\\s+(?:number|no\\.?))" + AFTER_CUE
            + "(?<pii>\\d{6}[ -]?\\d{8}[ -]?\\d{3}[0-9Xx]|\\d{15})(?![0-9])");
    private static final Pattern ID_SHAPE = Pattern.compile("(?<![0-9])(?<pii>"
            + "[1-9]\\d{5}[ -]?(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[ -]?\\d{3}[0-9Xx]"
            + "|[1-9]\\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3})(?![0-9])");

    // -- bank cards: any 12–19 digits after a cue; any run of 16–19 digits (see DIGIT_RUN) without one
    private static final Pattern CARD_AFTER_CUE = Pattern.compile("(?i:银行卡号?|银行账号|银行账户|卡号|账号|帐号"
            + "|(?<![a-z])(?:(?:bank|credit|debit|debit/credit)\\s+)?card(?:\\s*(?:number|no\\.?))?(?![a-z])"
            + "|account\\s*(?:number|no\\.?))" + AFTER_CUE + "(?<pii>\\d(?:[ -]?\\d){11,18})(?![0-9])");
    /**
     * A whole run of digits, written together or in groups apart by single spaces or dashes, with the X an ID number
     * may end in. The run is taken whole, so that a card typed "6222 0212 3456 7890 123" is judged by all its 19 digits.
     */
    private static final Pattern DIGIT_RUN =
            Pattern.compile(CardLikeNumbers.RUN.pattern() + "(?<x>[ -]?[Xx](?![A-Za-z]))?");

    private static final Pattern ID_DIGITS =
            Pattern.compile("[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])" + "(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]");

    // -- phones: mainland mobiles with optional +86, landlines with area code, international numbers; not amounts
    private static final String MOBILE = "(?:(?:\\+|00)86[ -]?|[(（]\\+?86[)）][ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}";
    private static final String LOCAL_NUMBER = "[1-9]\\d{2,3}[ -]?\\d{4}";
    private static final String LANDLINE_INTL = "(?:(?:\\+|00)86[ -]?|[(（]\\+?86[)）][ -]?)(?:[(（]0?[1-9]\\d{1,2}[)）]"
            + "|0?[1-9]\\d{1,2})[ -]?" + LOCAL_NUMBER;
    private static final String LANDLINE = "(?:[(（]0\\d{2,3}[)）]|0\\d{2,3})\\s?[ -]?\\s?" + LOCAL_NUMBER;
    private static final String INTERNATIONAL = "\\+[1-9]\\d{0,3}(?:[ -]?\\d{2,5}){2,4}";
    private static final String NOT_AN_AMOUNT = "(?!\\s*(?:元|块|万|亿|千|百|美元|人民币|(?i:yuan|rmb|usd|dollars?)))";
    private static final Pattern PHONE_SHAPE = Pattern.compile("(?<![0-9+])(?<pii>" + MOBILE + "|" + LANDLINE_INTL + "|"
            + LANDLINE + "|" + INTERNATIONAL + ")(?![0-9])" + NOT_AN_AMOUNT);
    private static final Pattern PHONE_AFTER_CUE = Pattern.compile("(?i:电话号码|电话|手机号码|手机号|手机|联系方式|座机"
            + "|\\btel\\b|\\bphone(?:\\s*number)?|\\bmobile(?:\\s*number)?|\\bcall\\s+me\\s+(?:at|on))" + AFTER_CUE
            + "(?<pii>\\+?\\d[\\d -]{5,16}\\d)(?![0-9])" + NOT_AN_AMOUNT);

    // -- addresses, from the street (or the residential compound) down to the room
    private static final String ZH_NAME_CHAR = "[\\p{IsHan}&&[^省市区县旗镇乡村在住于是的到了我你他她从去来和与及或每个]]";
    private static final String ZH_NUMBER = "(?:\\d{1,5}|[零〇一二三四五六七八九十百]{1,6})";
    private static final String ZH_BUILDING_PART =
            "(?:[A-Za-z]?\\d{1,5}[A-Za-z]?(?:号楼|号院|栋|幢|座|单元|层|楼|室|房|号)" + "|[A-Za-z]座|[-－]\\d{1,5})";
    private static final String ZH_COMPOUND = "(?:小区|花园|家园|公寓|大厦|新村|社区|公馆|苑|村)";
    private static final Pattern ZH_ADDRESS =
            Pattern.compile(ZH_NAME_CHAR + "{1,8}?(?:大街|大道|路|街|巷|胡同|弄)(?:[东西南北中]?[一二三四五六七八九十\\d]{1,3}段)?" + ZH_NUMBER
                    + "(?:[-－之]\\d{1,5})?号(?:院)?(?:" + ZH_NAME_CHAR + "{1,10}?" + ZH_COMPOUND + ")?(?:\\s?"
                    + ZH_BUILDING_PART + "){0,6}"
                    + "|" + ZH_NAME_CHAR + "{2,10}?" + ZH_COMPOUND + "(?:\\s?" + ZH_BUILDING_PART + "){1,6}"
                    + "|(?<![0-9A-Za-z])\\d{1,4}(?:号楼|栋|幢|座)\\s?(?:\\d{1,3}单元(?:\\s?\\d{1,5}(?:室|房|号)?)?"
                    + "|\\d{1,5}(?:室|房|号))");
    private static final String EN_UNIT = "(?:Flat|Apt|Apartment|Unit|Suite|Room|Rm)\\.?\\s*#?[A-Za-z0-9-]{1,6}";
    private static final String EN_STREET_TYPE = "(?:(?:Street|Road|Avenue|Lane|Boulevard|Way|Terrace|Crescent|Square"
            + "|Highway)\\b|(?:St|Rd|Ave|Ln|Blvd|Hwy)\\b\\.?)";
    private static final Pattern EN_ADDRESS = Pattern.compile("\\b(?:" + EN_UNIT
            + ",?\\s+)?(?:No\\.?\\s*)?\\d{1,5}[A-Za-z]?"
            + "(?:[-/]\\d{1,5})?,?\\s+(?:(?:[A-Z][A-Za-z'-]{1,20}|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}" + EN_STREET_TYPE
            + "(?:,?\\s*" + EN_UNIT + ")?");
    private static final Pattern EN_ADDRESS_AFTER_CUE =
            Pattern.compile("(?i:\\bmy\\s+(?:home\\s+|current\\s+)?address\\s+is"
                    + "|\\baddress\\s*[:：]|\\b(?:I|we)\\s+(?:live|lived|reside|resided|stay|am\\s+living|are\\s+living)\\s+(?:at|on))\\s*"
                    + "(?<pii>(?:(?i:No\\.?|Flat|Apt\\.?|Apartment|Unit|Room|Suite|Building)\\s*#?)?\\d[^\\n;?!。；？！]{0,98}?)"
                    + "(?=\\s*(?:[\\n;?!。；？！]|\\.(?:\\s|$)|$)|,?\\s+(?i:and|but|with|where|which|because|so|since|for|how|what"
                    + "|can|could|should)\\b)");

    // -- names after cue words
    private static final Pattern ZH_NAME_CUE = Pattern.compile("(?<form>姓名\\s*[:：])"
            + "|(?<self>我的名字叫|我的名字是|我名字叫|名字叫|名字是|姓名是|姓名叫|我名叫|我叫|本人叫)"
            + "|(?<weak>本人是|本人|我是)|(?<role>被上诉人|上诉人|被申请人|申请人|被告人|原告|被告)");
    private static final String EN_NAME_WORD = "(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]{2,15})(?![A-Za-z])";
    private static final Pattern EN_NAME_CUE =
            Pattern.compile("(?<![A-Za-z])(?:(?<strong>(?i:my\\s+(?:full\\s+)?name\\s+is"
                    + "|my\\s+name's|(?:full\\s+)?name\\s*[:：]))|(?<iam>I\\s+am|I'm|I’m))\\s*(?<title>(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
                    + "(?<pii>\\p{IsHan}{2,4}|" + EN_NAME_WORD + "(?:\\s+" + EN_NAME_WORD + "){0,3})");
    /** Capitalised words after "I am" that describe rather than name ("I am Chinese", "I am The plaintiff"). */
    private static final Set<String> EN_NOT_NAMES = Set.of(
            "a",
            "an",
            "the",
            "not",
            "in",
            "at",
            "on",
            "from",
            "chinese",
            "english",
            "american",
            "british",
            "canadian",
            "australian",
            "indian",
            "plaintiff",
            "defendant",
            "applicant",
            "appellant",
            "respondent",
            "going",
            "trying",
            "writing",
            "asking",
            "living",
            "working",
            "still",
            "also",
            "very",
            "so",
            "being",
            "here",
            "unable",
            "ok",
            "sorry",
            "confused",
            "worried",
            "afraid",
            "pregnant",
            "married",
            "divorced",
            "unemployed",
            "retired",
            "disabled",
            "please",
            "just",
            "now");
    /** Capitalised words that end a name because a new field or clause starts ("Name: John Smith Address: …"). */
    private static final Set<String> EN_AFTER_NAME = Set.of(
            "address",
            "phone",
            "tel",
            "email",
            "mobile",
            "id",
            "and",
            "from",
            "in",
            "at",
            "age",
            "born",
            "case",
            "i",
            "my",
            "the",
            "plaintiff",
            "defendant");

    private final List<Step> steps = List.of(
            new Step(EMAIL, (m, t) -> whole(PiiKind.EMAIL, m)),
            new Step(CASE_NUMBER, (m, t) -> whole(PiiKind.CASE_NUMBER, m)),
            new Step(ID_AFTER_CUE, (m, t) -> group(PiiKind.ID_NUMBER, m)),
            new Step(ID_SHAPE, (m, t) -> idOrCard(m)),
            new Step(CARD_AFTER_CUE, (m, t) -> group(PiiKind.BANK_CARD, m)),
            new Step(DIGIT_RUN, (m, t) -> cardOrIdByLength(m)),
            new Step(PHONE_SHAPE, (m, t) -> phoneIfPlausible(m)),
            new Step(PHONE_AFTER_CUE, (m, t) -> phoneIfPlausible(m)),
            new Step(ZH_ADDRESS, (m, t) -> whole(PiiKind.ADDRESS, m)),
            new Step(EN_ADDRESS, (m, t) -> whole(PiiKind.ADDRESS, m)),
            new Step(EN_ADDRESS_AFTER_CUE, (m, t) -> group(PiiKind.ADDRESS, m)),
            new Step(ZH_NAME_CUE, PiiRedactor::chineseName),
            new Step(EN_NAME_CUE, PiiRedactor::englishName));

    /** The text with personal data replaced; {@code null} gives an empty text. */
    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction("", Map.of());
        }
        Map<PiiKind, Integer> found = new EnumMap<>(PiiKind.class);
        try {
            String current = text;
            // a replacement can change what borders a later match; repeating until nothing changes makes redact
            // idempotent
            for (int round = 0; round < 4; round++) {
                String next = current;
                for (Step step : steps) {
                    next = apply(step, next, found);
                }
                if (next.equals(current)) {
                    break;
                }
                current = next;
            }
            return new Redaction(inLanguageOfText(text, current), found);
        } catch (RuntimeException | StackOverflowError e) {
            // the patterns are bounded, so this should not happen; if it does, no digits get through rather than all
            LOG.warnf(
                    "Redaction failed (%s); every digit masked instead",
                    e.getClass().getSimpleName());
            return new Redaction(maskDigits(text), Map.of());
        }
    }

    /**
     * Placeholders are written in English while redacting, then put into the language of what is left: the personal
     * data itself (an e-mail address in a Chinese sentence, a Chinese case number in an English one) says nothing about
     * the language the person writes in. When nothing but personal data is left, the whole text decides.
     */
    private static String inLanguageOfText(String original, String redacted) {
        String rest = redacted;
        for (PiiKind kind : PiiKind.values()) {
            rest = rest.replace(kind.placeholder(Language.EN), " ");
        }
        boolean anyWords = rest.codePoints().anyMatch(Character::isLetter);
        if (Language.detect(anyWords ? rest : original) == Language.EN) {
            return redacted;
        }
        String text = redacted;
        for (PiiKind kind : PiiKind.values()) {
            text = text.replace(kind.placeholder(Language.EN), kind.placeholder(Language.ZH));
        }
        return text;
    }

    private static String apply(Step step, String original, Map<PiiKind, Integer> found) {
        // matched on ASCII digits and separators, replaced in the original: both have the same length
        String text = asciiDigits(original);
        Matcher m = step.pattern().matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            Hit hit = step.judge().apply(m, text);
            from = m.end() > m.start() ? m.end() : m.end() + 1;
            if (hit == null || hit.start() < copied || hit.end() <= hit.start()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(original, copied, hit.start()).append(hit.kind().placeholder(Language.EN));
            copied = hit.end();
            from = Math.max(from, hit.end());
            found.merge(hit.kind(), 1, Integer::sum);
        }
        return out == null
                ? original
                : out.append(original, copied, original.length()).toString();
    }

    /**
     * The text with every decimal digit of any script (full-width １３９, Arabic-Indic…) as its ASCII digit, and
     * full-width plus, dashes and spaces as their ASCII forms; each replacement is one char for one, so positions keep.
     */
    static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c;
            if (c > 127 && Character.isDigit(c)) {
                ascii = (char) ('0' + Character.digit(c, 10));
            } else if (c == '＋') {
                ascii = '+';
            } else if (c == '－' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—' || c == '−') {
                ascii = '-';
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u202F') {
                ascii = ' ';
            }
            if (ascii != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ascii;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static Hit whole(PiiKind kind, Matcher m) {
        return new Hit(kind, m.start(), m.end());
    }

    private static Hit group(PiiKind kind, Matcher m) {
        return new Hit(kind, m.start("pii"), m.end("pii"));
    }

    /** An 18-digit number shaped like an ID is a card only when it fails the ID check digit and passes Luhn. */
    private static Hit idOrCard(Matcher m) {
        String digits = Checksums.digitsOnly(m.group("pii"));
        boolean card = digits.length() == 18 && !Checksums.validResidentId(digits) && Checksums.luhn(digits);
        return group(card ? PiiKind.BANK_CARD : PiiKind.ID_NUMBER, m);
    }

    /**
     * A run of 16–19 digits is a card, valid check digit or not; one shaped like a resident ID (17 digits and an X
     * included) is an ID unless only the card check fits. Longer runs are several numbers side by side, left to the
     * patterns that know each; shorter ones are not cards without a cue.
     */
    private static Hit cardOrIdByLength(Matcher m) {
        String digits = Checksums.digitsOnly(m.group("pii"));
        String withX = m.group("x") == null ? digits : digits + m.group("x").strip();
        if (withX.length() == 18 && ID_DIGITS.matcher(withX).matches()) {
            boolean card = !Checksums.validResidentId(withX) && Checksums.luhn(withX);
            return new Hit(card ? PiiKind.BANK_CARD : PiiKind.ID_NUMBER, m.start(), m.end());
        }
        if (CardLikeNumbers.cardLength(digits)) {
            return group(PiiKind.BANK_CARD, m);
        }
        return null;
    }

    private static Hit phoneIfPlausible(Matcher m) {
        int digits = Checksums.digitsOnly(m.group("pii")).length();
        return digits >= 7 && digits <= 15 ? group(PiiKind.PHONE, m) : null;
    }

    private static Hit chineseName(Matcher m, String text) {
        Cue cue = m.group("form") != null
                ? Cue.FORM
                : m.group("self") != null ? Cue.SELF : m.group("weak") != null ? Cue.WEAK : Cue.ROLE;
        int start = m.end();
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int length = ChineseNames.nameLength(text, start, cue);
        return length == 0 ? null : new Hit(PiiKind.NAME, start, start + length);
    }

    private static Hit englishName(Matcher m, String text) {
        if (ChineseNames.isHan(m.group("pii").charAt(0))) {
            return group(PiiKind.NAME, m);
        }
        String[] words = m.group("pii").split("\\s+");
        int kept = 0;
        while (kept < words.length && (kept == 0 || !EN_AFTER_NAME.contains(words[kept].toLowerCase(Locale.ROOT)))) {
            kept++;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (EN_NOT_NAMES.contains(first) || EN_AFTER_NAME.contains(first)) {
            return null;
        }
        // "I am" is far more often followed by a description than a name: it needs two capitalised words or a title
        if (m.group("iam") != null && m.group("title") == null && kept < 2) {
            return null;
        }
        int end = m.start("pii");
        for (int i = 0; i < kept; i++) {
            end = text.indexOf(words[i], end) + words[i].length();
        }
        return new Hit(PiiKind.NAME, m.start("pii"), end);
    }

    private static String maskDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c >= '0' && c <= '9' ? '*' : c);
        }
        return b.toString();
    }
}
