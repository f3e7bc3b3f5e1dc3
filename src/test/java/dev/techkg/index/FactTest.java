package dev.techkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techkg.index.GraphIndex.Statement;
import dev.techkg.rdf.TK;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a fact keeps at each write matches its statements: those as of a day, found by binary search in its
 * newest-first list, are those a filter of every statement keeps, whatever the days look like (undated, a year only,
 * a date with a time, no date at all), and so is its timeline as of that day; its number of outlets is that of the
 * distinct known hosts.
 */
class FactTest {
    private static final List<String> DAYS = List.of("2024-03-05", "2024-03-05", "2024-03-06", "2024-02-29", "2023-12-31",
            "2024-03-05T10:15:00Z", "2025-01-01", "2024");
    private static final List<String> AS_OF = List.of("2024-03-05", "2024-03-04", "2024-03-06", "2023-01-01", "2026-01-01", "2024-02-29",
            "2024", "2024-03-05T00", "");

    @Test
    void its_outlets_are_the_distinct_known_hosts_of_its_statements() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(round % 2 == 0 ? 5 : 30); i++) {
                int host = random.nextInt(7);
                statements.add(new Statement(TK.ENTITY_BASE + "arm", TK.NAMESPACE + "partnersWith", TK.ENTITY_BASE + "nokia",
                        TK.ARTICLE_BASE + "a" + i, 0.7, "2024-01-01", host == 0 ? null : "site" + host + ".example.com", "copy" + i));
            }
            long expected = statements.stream().map(Statement::host).filter(java.util.Objects::nonNull).distinct().count();
            assertEquals(expected, Fact.of(statements).outlets(), statements.toString());
        }
    }

    @Test
    void statements_reported_by_a_day_are_those_a_filter_of_every_statement_keeps() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Statement> statements = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            boolean regular = round % 2 == 0; // half the facts have only whole dates and undated statements
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(DAYS.size() + 2);
                String day = pick >= DAYS.size() ? (pick == DAYS.size() ? null : "not a date") : DAYS.get(pick);
                if (regular && day != null && day.length() != 10) {
                    day = random.nextBoolean() ? null : "2024-01-0" + (1 + random.nextInt(9));
                }
                statements.add(new Statement(TK.ENTITY_BASE + "arm", TK.NAMESPACE + "partnersWith", TK.ENTITY_BASE + "nokia",
                        TK.ARTICLE_BASE + "a" + random.nextInt(8), 0.7, day, random.nextBoolean() ? "example.com" : null, "copy" + random.nextInt(3)));
            }
            Fact fact = Fact.of(statements);
            for (String asOf : AS_OF) {
                List<Statement> expected = fact.statements().stream()
                        .filter(s -> s.day() != null && s.day().length() >= 10 && s.day().substring(0, 10).compareTo(asOf) <= 0).toList();
                assertEquals(expected, fact.reportedBy(asOf), "as of '" + asOf + "': " + fact.statements());
                assertEquals(Timeline.of(fact.statements(), asOf), fact.timeline(asOf), "timeline as of '" + asOf + "'");
            }
        }
    }
}
