package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.Resources;
import dev.techkg.rdf.TK;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example sentence of {@code review-phrasings.txt} is caught by the section it stands above; plain sentences by none. */
class ReviewPhrasingsTest {
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. \"([^\"]+)\"");
    private final ReviewQueue queue = new ReviewQueue(null, null);

    /** Each example with the section of the next pattern line after it. */
    private static List<String[]> examples() {
        List<String[]> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String line : Resources.text(ReviewQueue.class, "review-phrasings.txt").split("\n")) {
            if (line.startsWith("#")) {
                Matcher m = EXAMPLE.matcher(line);
                while (m.find()) {
                    pending.add(m.group(1));
                }
            } else if (line.contains(":")) {
                String section = line.substring(0, line.indexOf(':'));
                pending.forEach(e -> out.add(new String[] {section, e}));
                pending.clear();
            }
        }
        return out;
    }

    @Test
    void each_example_is_caught_by_its_section() {
        List<String[]> examples = examples();
        assertTrue(examples.size() >= 15, "examples found: " + examples.size());
        for (String[] example : examples) {
            String section = example[0];
            String sentence = example[1];
            if (section.equals("ceo")) {
                continue; // read from evidence sentences, not from article text
            }
            List<ReviewQueue.Hit> hits = queue.hitsIn(sentence);
            assertEquals(1, hits.size(), section + ": " + sentence);
            if (section.equals("independent")) {
                assertTrue(hits.get(0).independence(), sentence);
            } else {
                String relation = TK.relation(section.substring("not-".length())).getURI();
                assertTrue(hits.get(0).denied().contains(relation), section + ": " + sentence + " -> " + hits.get(0).denied());
            }
        }
    }

    @Test
    void plain_statements_of_facts_are_no_hits() {
        for (String sentence : List.of("Orbitline acquires Quillfeather.", "Lisa Tran, the chief executive of Orbitline, called it a fit.",
                "Orbitline partners with Brightwave on chips.", "Orbitline, based in Lisbon, supplies memory to Brightwave.",
                "The Trade Office fined Orbitline for late filings.")) {
            assertEquals(List.of(), queue.hitsIn(sentence), sentence);
        }
    }
}
