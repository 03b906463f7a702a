package org.foiplatform.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The law a request's words suggest, when it is not the one the request was made under: a hint for the officer
 * (assessment-service decides the regime), and for the requester on the portal. Two suggestions:
 * <ul>
 * <li><b>A subject access request</b> ({@code SAR}) when the requester asks for their own personal data ("information
 * you hold about me", "my personal data", "my records", "subject access"): that is their right under UK GDPR Art. 15,
 * and under FOIA it is absolutely exempt (s.40(1): personal data of which the applicant is the data subject). This
 * wins over the other: a requester's own noise complaints are still their personal data.</li>
 * <li><b>The Environmental Information Regulations 2004</b> ({@code EIR}; {@code EIRS}, the Environmental Information
 * (Scotland) Regulations 2004, for a request made under FOISA) when it asks about an environmental subject: EIR
 * reg 2(1) defines environmental information as any information on (a) the state of the elements of the environment
 * (air and atmosphere, water, soil, land, landscape and natural sites, biological diversity), (b) factors such as
 * substances, energy, noise, radiation or waste, including emissions, discharges and other releases, (c) measures
 * such as policies, legislation, plans (planning among them) and programmes affecting them, and (f) the state of human
 * health and safety, built structures and conditions of human life as they are affected by those. FOIA s.39 exempts
 * such information, which the EIR govern instead (EIRS reg 2(1) and FOISA s.39(2) alike).</li>
 * </ul>
 * The words are matched whole, in any case; each suggestion gives the words that suggested it, as written but in lower
 * case with single spaces (at most ten; every term is a few words of bounded length, under the 100 characters the event
 * allows each).
 */
public final class RegimeHints {

    /** The most words one hint gives (RequestReceived's schema allows ten of at most 100 characters). */
    public static final int MOST_WORDS = 10;

    /** A requester's own personal data: UK GDPR Art. 15; FOIA s.40(1). */
    private static final List<Term> OWN_PERSONAL_DATA = List.of(
            new Term("(hold|holds|held|have|has|keep|keeps|kept|store|stores|stored|record|recorded)\\s+(on|about)\\s+(me|myself)"),
            new Term("(data|information|records?)\\s+(about|on|relating\\s+to)\\s+(me|myself)"),
            new Term("my\\s+(own\\s+)?personal\\s+(data|information|details)"),
            new Term("my\\s+(?:[\\p{L}'-]{1,30}\\s+){0,2}(records?|files?|case\\s+notes|data)"),
            new Term("subject\\s+access"));

    /** EIR reg 2(1)(a) to (c) and (f): the elements, the factors, the measures affecting them. */
    private static final List<Term> ENVIRONMENTAL = List.of(
            new Term("air\\s+(quality|pollution|monitoring)"),
            new Term("emissions?|carbon|greenhouse\\s+gas(es)?|climate\\s+change|net\\s+zero"),
            new Term("pollution|pollutants?|polluted|discharges?"),
            new Term("waste|recycling|landfill|fly-?tipping|litter|bin\\s+collections?"),
            new Term("planning\\s+(applications?|permission)|planning|green\\s+belt|land\\s+use"),
            new Term("flood\\s+defences?|flooding|floods?|drainage"),
            new Term("noise|noisy"),
            new Term("contaminated\\s+land|contamination|asbestos"),
            new Term("tree\\s+preservation\\s+orders?|trees?|hedgerows?|woodlands?"),
            new Term("water|rivers?|sewage|sewers?|watercourses?"),
            new Term("energy|solar\\s+panels?|wind\\s+turbines?"),
            new Term("wildlife|biodiversity|habitats?|pesticides?|weed\\s?killers?|glyphosate"),
            new Term("soil|landscape"),
            new Term("radiation|radioactive"));

    private RegimeHints() {
    }

    /** The law the words suggest and the words that suggested it. */
    public record Hint(Regime regime, List<String> because) {
        public Hint {
            because = List.copyOf(because);
        }
    }

    private record Term(Pattern pattern) {
        Term(String regex) {
            this(Pattern.compile("(?<![\\p{L}\\p{N}])(" + regex + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The hint for a request made under {@code madeUnder}; empty when the words suggest that law or none. */
    public static Optional<Hint> suggest(Regime madeUnder, String title, List<String> questions) {
        String text = (title == null ? "" : title) + "\n" + String.join("\n", questions);
        List<String> own = matches(OWN_PERSONAL_DATA, text);
        Hint hint;
        if (!own.isEmpty()) {
            hint = new Hint(Regime.SAR, own);
        } else {
            List<String> environmental = matches(ENVIRONMENTAL, text);
            if (environmental.isEmpty()) {
                return Optional.empty();
            }
            boolean scottish = madeUnder == Regime.FOISA || madeUnder == Regime.EIRS;
            hint = new Hint(scottish ? Regime.EIRS : Regime.EIR, environmental);
        }
        return hint.regime() == madeUnder ? Optional.empty() : Optional.of(hint);
    }

    /** The words matched, in lower case with single spaces, each once, in the order of the terms; at most ten. */
    private static List<String> matches(List<Term> terms, String text) {
        List<String> found = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(text);
            while (m.find() && found.size() < MOST_WORDS) {
                String words = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!found.contains(words)) {
                    found.add(words);
                }
            }
        }
        return found;
    }
}
