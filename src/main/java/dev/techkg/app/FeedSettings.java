package dev.techkg.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news feeds a server polls ({@code serve --feed URL --feed-interval 30m}).
 *
 * @param urls     the feeds' http(s) URLs; empty for none
 * @param interval the time between two polls of the feeds (default {@link #DEFAULT_INTERVAL}, at least {@link #MIN_INTERVAL})
 */
public record FeedSettings(List<String> urls, Duration interval) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);
    /** Polling faster than this gains nothing and burdens the feeds' servers. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,9})\\s*(s|m|h)?");

    public FeedSettings {
        urls = List.copyOf(urls);
    }

    /** No feeds. */
    public static FeedSettings none() {
        return new FeedSettings(List.of(), DEFAULT_INTERVAL);
    }

    /**
     * Checks the URLs (http or https, with a host) and the interval. Whether a feed's address may be fetched is
     * decided at each poll, under the URL fetcher's rules: a feed that cannot be reached is reported, not fatal.
     *
     * @throws IllegalArgumentException naming the option and the bad value
     */
    public FeedSettings validated() {
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (Exception e) {
                throw new IllegalArgumentException("--feed must be an http(s) URL, was '" + url + "'");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("--feed must be an http(s) URL with a host, was '" + url + "'");
            }
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("--feed-interval must be at least " + MIN_INTERVAL.toSeconds() + "s, was "
                    + interval.toSeconds() + "s");
        }
        return this;
    }

    /**
     * An interval as the command line gives it: a number with {@code s}, {@code m} or {@code h} ({@code 90s},
     * {@code 30m}, {@code 1h}); a bare number is minutes.
     *
     * @throws IllegalArgumentException naming the value and the forms accepted
     */
    public static Duration parseInterval(String text) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--feed-interval must be a number with s, m or h (90s, 30m, 1h), was '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "m" : m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
