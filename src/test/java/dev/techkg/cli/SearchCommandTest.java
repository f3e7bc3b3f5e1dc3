package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SearchArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import dev.techkg.testing.SharedAnalyzer;

/** {@code techkg search} over articles ingested by {@code techkg ingest}: three groups, matches in brackets. */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
    private Cli cli;

    @BeforeAll
    void ingest(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        cli = new Cli(analyzer, temp.resolve("store"));
        List<String> args = new ArrayList<>(List.of("ingest"));
        SearchArticles.write(temp.resolve("articles")).forEach(p -> args.add(p.toString()));
        Cli.Result ingest = cli.run(args.toArray(String[]::new));
        assertEquals(0, ingest.exitCode(), ingest.err());
    }

    @Test
    void irish_regulator_prints_the_fact_about_the_data_protection_commission_and_its_article() {
        Cli.Result r = cli.run("search", "Irish", "regulator");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("# facts: 1", lines.get(lines.indexOf("# entities: 0") + 1), r.out());
        assertTrue(lines.contains("# articles: 1"), r.out());
        String fact = lines.get(lines.indexOf("# facts: 1") + 1);
        assertTrue(fact.startsWith("data-protection-commission\tregulates\tmeta-platforms\t"
                + "Ireland's Data Protection Commission, the [Irish] [regulator], fined Meta Platforms"), fact);
        String article = lines.get(lines.indexOf("# articles: 1") + 1);
        assertTrue(article.contains("\t[Irish] watchdog fines Meta over data transfers\t"), article);
    }

    @Test
    void commerce_department_and_cloud_find_the_entities_named_so() {
        Cli.Result commerce = cli.run("search", "Commerce Department");
        assertTrue(commerce.out().contains("us-department-of-commerce\tGovernmentBody\tUS [Commerce Department]\n"), commerce.out());
        assertTrue(commerce.out().contains("The US [Commerce] [Department] tightened export rules"), commerce.out());
        Cli.Result cloud = cli.run("search", "--limit", "1", "cloud");
        assertTrue(cloud.out().startsWith("# entities: 1\nalibaba-cloud\tCompany\tAlibaba [Cloud]\n# facts: 1\n"), cloud.out());
    }

    @Test
    void a_bad_limit_or_an_overlong_text_is_refused_with_what_to_give() {
        Cli.Result limit = cli.run("search", "--limit", "0", "cloud");
        assertEquals(2, limit.exitCode());
        assertTrue(limit.err().contains("'--limit': 0 (give 1 to 50)"), limit.err());
        Cli.Result tooLong = cli.run("search", "x".repeat(201));
        assertEquals(1, tooLong.exitCode());
        assertTrue(tooLong.err().contains("201 characters long; give at most 200"), tooLong.err());
    }
}
