package org.courtguide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the JSON-lines files the commands take (question sets, answer checks): one JSON object a line, blank lines
 * skipped. A line that does not parse stops the reading with an {@link InputFileException} naming the file, the line
 * and the column, so a stray {@code NaN} in line 3 is reported as such instead of as a parser stack trace.
 */
public final class JsonLines {

    private JsonLines() {}

    /** The first {@code limit} records of {@code file} (0 = all). */
    public static <T> List<T> read(ObjectMapper json, Path file, Class<T> type, int limit) {
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null && (limit <= 0 || records.size() < limit)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                T record;
                try {
                    record = json.readValue(line, type);
                } catch (JsonProcessingException e) {
                    throw new InputFileException(
                            where(file, number, e) + " is not valid JSON" + why(e) + "; fix or remove that line.");
                }
                if (record == null) {
                    throw new InputFileException(file + " line " + number + " holds null instead of a JSON object.");
                }
                records.add(record);
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + " does not exist.");
        } catch (IOException e) {
            throw new InputFileException(
                    file + " cannot be read (" + e.getClass().getSimpleName() + ").");
        }
        return records;
    }

    private static String where(Path file, int line, JsonProcessingException e) {
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return file + " line " + line + (column > 0 ? " (column " + column + ")" : "");
    }

    /** The usual culprit named in plain words; the parser's own text is long and mentions its settings. */
    private static String why(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("'nan'") || lower.contains("infinity")) {
            return ": NaN and Infinity are not JSON numbers";
        }
        if (lower.contains("unexpected end-of-input")) {
            return ": the line ends before the JSON does";
        }
        if (lower.contains("cannot deserialize") || lower.contains("mismatchedinput")) {
            return ": a field has the wrong type";
        }
        return "";
    }
}
