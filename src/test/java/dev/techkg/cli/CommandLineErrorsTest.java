package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wrong command line exits 2 with one line naming the option and the bad value, before any store is opened or
 * server started: the wiring factory of these runs fails the test if it is ever asked for.
 */
class CommandLineErrorsTest {
    private record Run(int exitCode, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, Map.of(), config -> {
                throw new AssertionError("a wrong command line must not open the store or start a server");
            });
        }
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    private static void assertUsageError(Run run, String expected) {
        assertEquals(Main.EXIT_USAGE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("techkg: error: ") && run.err().contains(expected), run.err());
    }

    @Test
    void serve_with_a_port_out_of_range_exits_2_naming_the_port() {
        Run run = run("serve", "--port", "99999");
        assertUsageError(run, "--port must be between 0 and 65535, was 99999");
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("techkg serve --help"), run.err());
    }

    @Test
    void serve_refuses_a_feed_that_is_not_an_http_url_a_bad_interval_and_feeds_on_a_read_only_server() {
        assertUsageError(run("serve", "--feed", "ftp://files.example/news.xml"),
                "--feed must be an http(s) URL with a host, was 'ftp://files.example/news.xml'");
        assertUsageError(run("serve", "--feed", "https://news.example/rss", "--feed-interval", "soon"),
                "--feed-interval must be a number with s, m or h (90s, 30m, 1h), was 'soon'");
        assertUsageError(run("serve", "--feed", "https://news.example/rss", "--feed-interval", "5s"),
                "--feed-interval must be at least 10s, was 5s");
        assertUsageError(run("serve", "--read-only", "--feed", "https://news.example/rss"),
                "--feed ingests the feeds' items, which a --read-only server cannot: drop one of them");
    }

    @Test
    void serve_refuses_bad_counts_short_tokens_and_an_open_network_bind_with_exit_2() {
        assertUsageError(run("serve", "--workers", "0"), "--workers must be at least 1, was 0");
        assertUsageError(run("serve", "--query-timeout", "0"), "--query-timeout must be at least 1, was 0");
        assertUsageError(run("serve", "--max-queries", "0"), "--max-queries must be at least 1, was 0");
        assertUsageError(run("serve", "--article-time-limit", "0"), "--article-time-limit must be at least 1, was 0");
        assertUsageError(run("serve", "--api-token", "short"), "--api-token must be at least 16 characters long");
        assertUsageError(run("serve", "--update-token", "short"), "--update-token must be at least 16 characters long");
        assertUsageError(run("serve", "--bind", "0.0.0.0"), "Refusing to listen on 0.0.0.0 without protection");
        assertUsageError(run("serve", "--host", "http://kg.lan/"), "Not a host name for --host");
    }

    @Test
    void a_value_picocli_cannot_convert_exits_2_on_one_line() {
        Run run = run("serve", "--port", "seventy");
        assertUsageError(run, "--port");
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void other_commands_check_their_options_before_opening_the_store() {
        assertUsageError(run("ingest", "--threads", "0", "x.txt"), "--threads must be at least 1, was 0");
        assertUsageError(run("export", "--format", "docx"), "Unknown export format 'docx'");
        assertUsageError(run("backup", "--server", "ftp://example.org/"), "--server must be the http(s) address of a TechKG server");
    }
}
