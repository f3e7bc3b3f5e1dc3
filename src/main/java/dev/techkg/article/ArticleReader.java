package dev.techkg.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads article files: {@code .txt} (UTF-8, optional header lines) and {@code .html}/{@code .htm}, with the
 * publication date when one is found ({@link DateSource} says where). Thread-safe (stateless).
 */
public final class ArticleReader {
    /** File name endings this reader accepts. */
    public static final List<String> SUPPORTED = List.of(".txt", ".html", ".htm");
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final TextArticleParser text = new TextArticleParser();
    private final HtmlArticleParser html = new HtmlArticleParser();
    /** Gives the day of reading, the latest a dateline without a year can mean. */
    private final Clock clock;

    /** A reader whose day of reading is today in UTC. */
    public ArticleReader() {
        this(Clock.systemUTC());
    }

    /** A reader whose day of reading comes from the clock (in its zone). */
    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * The article files under the given paths: each file as given (whatever its type, so that an
     * unsupported one is reported), and inside each folder, recursively, the supported files in name order.
     *
     * @throws ArticleException when a path does not exist
     */
    public List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::isSupported).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ArticleException("Cannot list folder " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new ArticleException("No such file or folder: " + path);
            }
        }
        return files;
    }

    /** Whether the file name ends in a supported extension. */
    public static boolean isSupported(Path file) {
        return isSupportedName(file.getFileName().toString());
    }

    /** Whether a file name ends in a supported extension. */
    public static boolean isSupportedName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads one file as an article. Its source is the path as given.
     *
     * @throws ArticleException naming the file and the reason when it is unsupported, unreadable, empty or not text
     */
    public Article read(Path file) {
        String source = file.toString();
        if (!isSupported(file)) {
            throw new UnsupportedContentException("Unsupported file type for " + source + " (supported: " + String.join(", ", SUPPORTED) + ")");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ArticleException(source + ": " + size + " bytes is over the limit of " + MAX_FILE_BYTES + " bytes per article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(source + ": cannot read the file: " + e.getMessage(), e);
        }
        return parse(bytes, source, baseName(file));
    }

    /**
     * Parses article bytes whose kind is given by the source's extension (".html"/".htm" → HTML, else text).
     *
     * @param fallbackTitle the title when the content has none
     */
    public Article parse(byte[] bytes, String source, String fallbackTitle) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm")
                ? parseHtml(bytes, source, fallbackTitle) : parseText(bytes, source, fallbackTitle);
    }

    /** Parses HTML bytes (charset from the page, else UTF-8) as an article from this source. */
    public Article parseHtml(byte[] bytes, String source, String fallbackTitle) {
        TextDecoder.checkLooksLikeText(bytes, source);
        return html.parse(bytes, source, fallbackTitle, LocalDate.now(clock));
    }

    /** Parses text bytes (UTF-8, or UTF-16 with a byte-order mark) as an article from this source. */
    public Article parseText(byte[] bytes, String source, String fallbackTitle) {
        return text.parse(TextDecoder.decode(bytes, source), source, fallbackTitle, LocalDate.now(clock));
    }

    /**
     * An article from text given with its metadata (as an API caller does): the text is only normalised
     * into paragraphs; no header lines or headline are looked for. Without a date, one in a URL source's path
     * or a dateline opening the text is taken.
     *
     * @param title the headline, or blank to use the first line of the text
     * @param date  the publication date, or null
     */
    public Article fromText(String text, String source, String title, LocalDate date) {
        String clean = Paragraphs.normalize(text);
        if (clean.isBlank()) {
            throw new ArticleException(source + ": the text is empty");
        }
        String headline = title == null || Paragraphs.line(title).isEmpty() ? clean.lines().findFirst().orElse(source) : Paragraphs.line(title);
        PublicationDates.Found found = date != null ? new PublicationDates.Found(date, DateSource.GIVEN)
                : TextArticleParser.firstNonNull(PublicationDates.fromUrl(source), PublicationDates.fromDateline(clean, LocalDate.now(clock)));
        return new Article(source, headline.length() > 200 ? headline.substring(0, 200) + "…" : headline,
                found == null ? null : found.date(), clean, found == null ? null : found.source());
    }

    /**
     * Checks, without parsing, what can be judged of a file at once: its type, size and that it is not
     * empty or binary.
     *
     * @throws ArticleException naming the file and the reason
     */
    public void precheck(String fileName, byte[] bytes) {
        if (!isSupportedName(fileName)) {
            throw new UnsupportedContentException("Unsupported file type for " + fileName + " (supported: " + String.join(", ", SUPPORTED) + ")");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ArticleException(fileName + ": " + bytes.length + " bytes is over the limit of " + MAX_FILE_BYTES + " bytes per article");
        }
        TextDecoder.checkLooksLikeText(bytes, fileName);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
