package org.foiplatform.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a request typed as one block of numbered questions ("1. ...", "2) ...", "(3) ...") into its questions,
 * so that each can be answered and referred to on its own. Only numbers that run 1, 2, 3... at the start of lines
 * count, so a "2)" in the middle of a sentence, or a list that starts at 4, leaves the text whole. Text before the
 * first number (an introduction such as "Please tell me:") stays with the first question.
 */
public final class QuestionSplitter {

    private static final Pattern NUMBER = Pattern.compile("^[ \\t]*(?:\\((\\d{1,2})\\)|(\\d{1,2})[.)])[ \\t]+",
            Pattern.MULTILINE);

    private QuestionSplitter() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher m = NUMBER.matcher(text);
        List<int[]> starts = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (n == expected) {
                starts.add(new int[] { m.start(), m.end() });
                expected++;
            }
        }
        if (starts.size() < 2) {
            return List.of(text.strip());
        }
        List<String> questions = new ArrayList<>();
        String preamble = text.substring(0, starts.get(0)[0]).strip();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String question = text.substring(starts.get(i)[1], end).strip();
            if (i == 0 && !preamble.isEmpty()) {
                question = preamble + "\n" + question;
            }
            questions.add(question);
        }
        return questions;
    }
}
