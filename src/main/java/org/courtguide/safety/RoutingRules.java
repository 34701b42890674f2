package org.courtguide.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.courtguide.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The routing rules, replies and crisis contacts read from {@code routing-rules.yaml}, checked as a whole when loaded: a
 * rules file with a mistake is refused rather than half applied, because a rule silently dropped is a crisis missed.
 */
final class RoutingRules {

    static final String CLASSPATH_COPY = "safety/routing-rules.yaml";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A question prepared for matching: zh patterns see {@code compact}, en patterns see {@code spaced}. */
    record Text(String spaced, String compact) {}

    /**
     * One rule; {@code reply} names its entry under {@code replies}: the route's own, or one written for this kind of
     * message (a person thinking of suicide needs the crisis line, not protection-order steps).
     */
    record Rule(
            String id,
            RouteKind route,
            String reply,
            String description,
            List<Pattern> zh,
            List<Pattern> en,
            List<String> examples,
            List<String> counterExamples) {

        boolean matches(Text text) {
            return zh.stream().anyMatch(p -> p.matcher(text.compact()).find())
                    || en.stream().anyMatch(p -> p.matcher(text.spaced()).find());
        }
    }

    record ContactEntry(String number, Map<Language, String> names) {}

    private final String source;
    private final List<Rule> rules;
    private final List<Rule> answerRules;
    private final Map<String, Map<Language, String>> replies;
    private final List<ContactEntry> contacts;
    /** The numbers a reply shows, in its order, for the replies that name them; the others show every contact. */
    private final Map<String, List<ContactEntry>> replyContacts;

    private RoutingRules(
            String source,
            List<Rule> rules,
            List<Rule> answerRules,
            Map<String, Map<Language, String>> replies,
            List<ContactEntry> contacts,
            Map<String, List<ContactEntry>> replyContacts) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.answerRules = List.copyOf(answerRules);
        this.replies = replies;
        this.contacts = List.copyOf(contacts);
        this.replyContacts = Map.copyOf(replyContacts);
    }

    /** The file if it exists, else the packaged copy. */
    static RoutingRules load(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Safety routing rules " + file + " unreadable", e);
            }
        }
        return fromClasspath();
    }

    static RoutingRules fromClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CLASSPATH_COPY)) {
            if (in == null) {
                throw new IllegalStateException("Safety routing rules not found on the classpath at " + CLASSPATH_COPY);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + CLASSPATH_COPY);
        } catch (IOException e) {
            throw new UncheckedIOException("Safety routing rules unreadable on the classpath", e);
        }
    }

    /** Reads and checks a rules file; every problem found is reported at once. */
    static RoutingRules parse(String yaml, String source) {
        List<String> problems = new ArrayList<>();
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Safety routing rules " + source + " are not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new IllegalStateException("Safety routing rules " + source + " must be a YAML mapping");
        }
        Map<String, Map<Language, String>> replies = replies(root.get("replies"), problems);
        List<ContactEntry> contacts = contacts(root.get("contacts"), problems);
        List<Rule> rules = rules(root.get("rules"), problems);
        // optional: a rules file written before answers were checked has none
        List<Rule> answerRules =
                root.get("answer_rules") == null ? List.of() : rules(root.get("answer_rules"), problems);
        checkReplyNames(rules, replies, problems);
        Map<String, List<ContactEntry>> replyContacts = replyContacts(root.get("replies"), contacts, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Safety routing rules " + source + " have problems:\n- " + String.join("\n- ", problems));
        }
        return new RoutingRules(source, rules, answerRules, replies, contacts, replyContacts);
    }

    /**
     * NFKC turns full-width letters and punctuation into ASCII, so "ＫＩＬＬ" and "，" match "kill" and ","; typographic
     * apostrophes become plain ones, as patterns are written with those.
     */
    static Text normalize(String question) {
        String text = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
        String spaced = text.replaceAll("\\s+", " ").strip();
        return new Text(spaced, text.replaceAll("\\s+", ""));
    }

    String source() {
        return source;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Rules for what an answer must not say (outcome language, text from outside the answer); no reply of their own. */
    List<Rule> answerRules() {
        return answerRules;
    }

    /** The reply named {@code name} ({@link #key} of a route, or a rule's own), or empty if there is none. */
    String reply(String name, Language language) {
        Map<Language, String> texts = replies.get(name);
        return texts == null ? "" : texts.get(language);
    }

    List<ContactEntry> contacts() {
        return contacts;
    }

    /** The contacts the reply named {@code name} shows, in order: its own list, or every contact. */
    List<ContactEntry> contacts(String name) {
        return replyContacts.getOrDefault(name, contacts);
    }

    /**
     * A reply's optional {@code contacts}: numbers from the top-level list, so that each kind of crisis shows the
     * services that fit it, first the one to call first. A number not in that list is a typo, and refused.
     */
    private static Map<String, List<ContactEntry>> replyContacts(
            Object node, List<ContactEntry> contacts, List<String> problems) {
        Map<String, List<ContactEntry>> byReply = new LinkedHashMap<>();
        if (!(node instanceof Map<?, ?> map)) {
            return byReply;
        }
        for (Map.Entry<?, ?> reply : map.entrySet()) {
            if (!(reply.getValue() instanceof Map<?, ?> entry) || !entry.containsKey("contacts")) {
                continue;
            }
            String name = String.valueOf(reply.getKey());
            List<ContactEntry> listed = new ArrayList<>();
            for (String number : strings(name, "contacts", entry.get("contacts"), problems)) {
                contacts.stream()
                        .filter(c -> c.number().equals(number.strip()))
                        .findFirst()
                        .ifPresentOrElse(
                                listed::add,
                                () -> problems.add(
                                        "replies." + name + ".contacts: " + number + " is not under 'contacts'"));
            }
            if (listed.isEmpty()) {
                problems.add("replies." + name + ".contacts must list at least one number");
            }
            byReply.put(name, listed);
        }
        return byReply;
    }

    /** Every route's reply, and any further reply a rule names; each in both languages. */
    private static Map<String, Map<Language, String>> replies(Object node, List<String> problems) {
        Map<String, Map<Language, String>> replies = new LinkedHashMap<>();
        if (!(node instanceof Map<?, ?> map)) {
            problems.add("'replies' must be a mapping of route → {zh, en}");
            return replies;
        }
        Set<String> names = new LinkedHashSet<>();
        for (RouteKind kind : RouteKind.values()) {
            if (kind != RouteKind.PROCEED) {
                names.add(key(kind));
            }
        }
        map.keySet().forEach(name -> names.add(String.valueOf(name)));
        for (String name : names) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            Object entry = map.get(name);
            for (Language language : Language.values()) {
                String text = entry instanceof Map<?, ?> byLanguage ? string(byLanguage.get(language.code())) : null;
                if (text == null || text.isBlank()) {
                    problems.add("replies." + name + "." + language.code() + " is missing");
                } else {
                    texts.put(language, text.strip());
                }
            }
            replies.put(name, texts);
        }
        return replies;
    }

    /** A rule naming a reply that does not exist, or a reply no route or rule uses, is a typo somewhere. */
    private static void checkReplyNames(
            List<Rule> rules, Map<String, Map<Language, String>> replies, List<String> problems) {
        Set<String> unused = new LinkedHashSet<>(replies.keySet());
        for (RouteKind kind : RouteKind.values()) {
            unused.remove(key(kind));
        }
        for (Rule rule : rules) {
            unused.remove(rule.reply());
            if (!replies.containsKey(rule.reply())) {
                problems.add(rule.id() + ": reply " + rule.reply() + " is not under 'replies'");
            }
        }
        unused.forEach(name -> problems.add("replies." + name + " is used by no rule"));
    }

    private static List<ContactEntry> contacts(Object node, List<String> problems) {
        List<ContactEntry> contacts = new ArrayList<>();
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            problems.add("'contacts' must list at least one number for crisis replies");
            return contacts;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || blank(string(map.get("number")))) {
                problems.add("every contact needs a number: " + item);
                continue;
            }
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String name = string(map.get(language.code()));
                if (blank(name)) {
                    problems.add("contact " + map.get("number") + " has no " + language.code() + " name");
                } else {
                    names.put(language, name.strip());
                }
            }
            contacts.add(new ContactEntry(string(map.get("number")).strip(), names));
        }
        return contacts;
    }

    private static List<Rule> rules(Object node, List<String> problems) {
        List<Rule> rules = new ArrayList<>();
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            problems.add("'rules' must be a non-empty list");
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                problems.add("a rule must be a mapping: " + item);
                continue;
            }
            String id = string(map.get("id"));
            if (blank(id)) {
                problems.add("a rule has no id: " + map);
                continue;
            }
            if (!ids.add(id)) {
                problems.add("rule id " + id + " is used twice");
            }
            RouteKind route = route(string(map.get("route")));
            if (route == null) {
                problems.add(id + ": route must be crisis, prediction or abuse, not " + map.get("route"));
                continue;
            }
            boolean regex = Boolean.TRUE.equals(map.get("regex"));
            Object patterns = map.get("patterns");
            if (!(patterns instanceof Map<?, ?> byLanguage)) {
                problems.add(id + ": 'patterns' must be a mapping with zh and/or en lists");
                continue;
            }
            List<Pattern> zh = patterns(id, "zh", byLanguage.get("zh"), regex, problems);
            List<Pattern> en = patterns(id, "en", byLanguage.get("en"), regex, problems);
            if (zh.isEmpty() && en.isEmpty()) {
                problems.add(id + ": no patterns");
            }
            String reply = blank(string(map.get("reply")))
                    ? key(route)
                    : string(map.get("reply")).strip();
            rules.add(new Rule(
                    id,
                    route,
                    reply,
                    string(map.get("description")),
                    zh,
                    en,
                    strings(id, "examples", map.get("examples"), problems),
                    strings(id, "counter_examples", map.get("counter_examples"), problems)));
        }
        return rules;
    }

    private static List<Pattern> patterns(
            String id, String language, Object node, boolean regex, List<String> problems) {
        List<Pattern> patterns = new ArrayList<>();
        for (String source : strings(id, "patterns." + language, node, problems)) {
            if (source.isBlank()) {
                problems.add(id + ": empty " + language + " pattern");
                continue;
            }
            try {
                patterns.add(
                        regex
                                ? Pattern.compile(Normalizer.normalize(source, Normalizer.Form.NFKC), FLAGS)
                                : plain(source, language));
            } catch (PatternSyntaxException e) {
                problems.add(id + ": " + language + " pattern " + source + " is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        return patterns;
    }

    /** A plain pattern: a substring, and for English a whole word or phrase ("kill me" must not match "skill me"). */
    private static Pattern plain(String source, String language) {
        Text normalized = normalize(source);
        if ("zh".equals(language)) {
            return Pattern.compile(Pattern.quote(normalized.compact()), FLAGS);
        }
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(normalized.spaced()) + "(?![a-z0-9])", FLAGS);
    }

    private static List<String> strings(String id, String field, Object node, List<String> problems) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list)) {
            problems.add(id + ": " + field + " must be a list");
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String || item instanceof Number) {
                strings.add(String.valueOf(item));
            } else {
                // e.g. "- no" (a YAML boolean) or "- text:" (a mapping): the author meant text and must quote it
                problems.add(id + ": " + field + " holds " + item + ", which YAML did not read as text; quote it");
            }
        }
        return List.copyOf(strings);
    }

    private static RouteKind route(String value) {
        if (value == null) {
            return null;
        }
        for (RouteKind kind : RouteKind.values()) {
            if (kind != RouteKind.PROCEED && key(kind).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    static String key(RouteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
