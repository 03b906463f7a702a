package org.foiplatform.intake.infrastructure.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The request form as the browser posted it: every value a string, as typed, so that it can be shown back. A blank
 * question box keeps its place until the requester continues.
 */
public record PortalForm(String name, String email, String organisation, String title, List<String> questions,
        String preferredFormat, String consent, String replyBy, String postalAddress) {

    public PortalForm {
        questions = questions == null || questions.isEmpty() ? List.of("") : List.copyOf(questions);
        // By email unless post is chosen; the address box (shown beside "By post") counts only for post.
        replyBy = "post".equals(replyBy) ? "post" : "email";
        postalAddress = replyBy.equals("post") && postalAddress != null ? postalAddress : "";
    }

    public boolean byPost() {
        return replyBy.equals("post");
    }

    static PortalForm empty() {
        return new PortalForm("", "", "", "", List.of(""), "", "", "email", "");
    }

    PortalForm withQuestions(List<String> replaced) {
        return new PortalForm(name, email, organisation, title, replaced, preferredFormat, consent, replyBy,
                postalAddress);
    }

    PortalForm withAnotherQuestion() {
        List<String> more = new ArrayList<>(questions);
        more.add("");
        return withQuestions(more);
    }

    /** Without question {@code number} (counted from 1); the last box is never removed. */
    PortalForm withoutQuestion(int number) {
        if (questions.size() <= 1 || number < 1 || number > questions.size()) {
            return this;
        }
        List<String> fewer = new ArrayList<>(questions);
        fewer.remove(number - 1);
        return withQuestions(fewer);
    }
}
