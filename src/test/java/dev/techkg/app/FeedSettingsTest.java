package dev.techkg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** --feed-interval reads seconds, minutes and hours; a bare number is minutes. */
class FeedSettingsTest {
    @Test
    void intervals_are_read_in_seconds_minutes_and_hours() {
        assertEquals(Duration.ofSeconds(90), FeedSettings.parseInterval("90s"));
        assertEquals(Duration.ofMinutes(30), FeedSettings.parseInterval("30m"));
        assertEquals(Duration.ofHours(1), FeedSettings.parseInterval("1h"));
        assertEquals(Duration.ofMinutes(45), FeedSettings.parseInterval("45"));
        assertEquals(Duration.ofHours(2), FeedSettings.parseInterval(" 2H "));
        assertEquals(Duration.ofMinutes(30), FeedSettings.none().interval());
        for (String bad : new String[] {"", "m", "1.5h", "-3m", "10d", "1h30m"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedSettings.parseInterval(bad));
            assertEquals("--feed-interval must be a number with s, m or h (90s, 30m, 1h), was '" + bad + "'", e.getMessage());
        }
    }
}
