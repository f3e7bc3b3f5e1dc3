package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.TechKgException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** serve checks its heap at start: too small to serve is refused, too small for uploads is a warning; a small one runs fewer queries at once. */
class ServeHeapCheckTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void a_heap_under_192_MB_is_refused_saying_which_heap_to_give() {
        TechKgException e = assertThrows(TechKgException.class, () -> ServeCommand.checkHeap(128L << 20, true, errStream));
        assertTrue(e.getMessage().contains("128 MB") && e.getMessage().contains("-Xmx256m"), e.getMessage());
    }

    @Test
    void a_small_heap_is_enough_read_only_and_warned_about_with_uploads() {
        ServeCommand.checkHeap(256L << 20, true, errStream);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        ServeCommand.checkHeap(256L << 20, false, errStream);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("-Xmx2g"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        ServeCommand.checkHeap(2048L << 20, false, errStream);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_small_heap_runs_fewer_queries_at_once_unless_told_otherwise() {
        assertEquals(1, ServeCommand.defaultMaxQueries(192L << 20));
        assertEquals(2, ServeCommand.defaultMaxQueries(256L << 20));
        assertEquals(4, ServeCommand.defaultMaxQueries(512L << 20));
        assertEquals(4, ServeCommand.defaultMaxQueries(8192L << 20));
    }
}
