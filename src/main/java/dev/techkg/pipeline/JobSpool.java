package dev.techkg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.DateSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps accepted ingest jobs on disk until they are finished, so that an upload the server has answered
 * 202 for survives a crash: each job is a folder {@code <spool>/<job id>/} with a {@code job.json}
 * manifest and the uploaded bytes, written to a temporary folder, forced to disk and then renamed into
 * place (the rename is the commit). A finished job's folder is deleted. Thread-safe (one folder per job).
 */
final class JobSpool {
    private static final Logger LOG = LoggerFactory.getLogger(JobSpool.class);
    private static final String MANIFEST = "job.json";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * A job read back from the spool.
     *
     * @param replace  whether its articles may replace stored ones of the same source
     * @param attempts for each input, how often a worker started on it (a crash or stop during it leaves a count)
     * @param givenUp  for each input, why it is not to be tried again, or null
     */
    record SpooledJob(String id, List<JobInput> inputs, boolean replace, int[] attempts, String[] givenUp) {}

    JobSpool(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TechKgException("Cannot create the upload spool folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes the job durably; when this returns, the job survives a crash. */
    void save(String id, List<JobInput> inputs, boolean replace) {
        Path partial = folder.resolve(".partial-" + id);
        try {
            Files.createDirectories(partial);
            ArrayNode manifest = json.createArrayNode();
            for (int i = 0; i < inputs.size(); i++) {
                JobInput input = inputs.get(i);
                ObjectNode entry = manifest.addObject();
                entry.put("replace", replace);
                if (input instanceof JobInput.File file) {
                    String data = "input-" + i + ".bin";
                    write(partial.resolve(data), file.bytes());
                    entry.put("kind", "file").put("name", file.name()).put("data", data);
                } else if (input instanceof JobInput.Text text) {
                    Article a = text.article();
                    entry.put("kind", "text").put("source", a.source()).put("title", a.title()).put("text", a.text())
                            .put("date", a.date() == null ? null : a.date().toString())
                            .put("dateSource", a.dateSource() == null ? null : a.dateSource().name());
                } else {
                    JobInput.Url url = (JobInput.Url) input;
                    entry.put("kind", "url").put("url", url.name()).put("feedTitle", url.feedTitle())
                            .put("feedDate", url.feedDate() == null ? null : url.feedDate().toString());
                }
            }
            write(partial.resolve(MANIFEST), json.writeValueAsBytes(manifest));
            force(partial);
            try {
                Files.move(partial, folder.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, folder.resolve(id));
            }
            force(folder);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new TechKgException("Cannot keep the upload on disk (" + folder + "): " + e.getMessage(), e);
        }
    }

    /**
     * Notes that a worker starts on input {@code index} of a job, durably, so that an input that stops the
     * process every time is not started forever.
     *
     * @return how many times it was started, this time included
     */
    int started(String id, int index) {
        Path file = folder.resolve(id).resolve("attempts-" + index);
        try {
            int before = Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
            write(file, String.valueOf(before + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return before + 1;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Cannot count the attempts of job {} input {}", id, index, e);
            return 1;
        }
    }

    /** Notes that input {@code index} of a job is not to be tried again, and why. */
    void giveUp(String id, int index, String reason) {
        Path job = folder.resolve(id);
        if (!Files.isDirectory(job)) {
            return;
        }
        try {
            write(job.resolve("given-up-" + index), reason.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Cannot note that job {} input {} is given up", id, index, e);
        }
    }

    /** Forgets a finished job. */
    void remove(String id) {
        deleteQuietly(folder.resolve(id));
    }

    /** The jobs accepted but not finished, oldest first; half-written ones (never answered 202) are dropped. */
    List<SpooledJob> pending() {
        List<SpooledJob> jobs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> folders = entries.filter(Files::isDirectory).sorted(Comparator.comparing(JobSpool::modified)).toList();
            for (Path job : folders) {
                String name = job.getFileName().toString();
                if (name.startsWith(".partial-")) {
                    deleteQuietly(job);
                    continue;
                }
                try {
                    List<JobInput> inputs = read(job);
                    int[] attempts = new int[inputs.size()];
                    String[] givenUp = new String[inputs.size()];
                    for (int i = 0; i < inputs.size(); i++) {
                        Path count = job.resolve("attempts-" + i);
                        attempts[i] = Files.exists(count) ? Integer.parseInt(Files.readString(count).strip()) : 0;
                        Path reason = job.resolve("given-up-" + i);
                        givenUp[i] = Files.exists(reason) ? Files.readString(reason) : null;
                    }
                    jobs.add(new SpooledJob(name, inputs, replace(job), attempts, givenUp));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Cannot read spooled job {}; leaving it in place for inspection", job, e);
                }
            }
        } catch (IOException e) {
            throw new TechKgException("Cannot read the upload spool folder " + folder + ": " + e.getMessage(), e);
        }
        return jobs;
    }

    private boolean replace(Path job) throws IOException {
        JsonNode manifest = json.readTree(Files.readAllBytes(job.resolve(MANIFEST)));
        return manifest.size() > 0 && manifest.get(0).path("replace").asBoolean(false);
    }

    private List<JobInput> read(Path job) throws IOException {
        List<JobInput> inputs = new ArrayList<>();
        for (JsonNode entry : json.readTree(Files.readAllBytes(job.resolve(MANIFEST)))) {
            switch (entry.get("kind").asText()) {
                case "file" -> inputs.add(new JobInput.File(entry.get("name").asText(), Files.readAllBytes(job.resolve(entry.get("data").asText()))));
                case "text" -> inputs.add(new JobInput.Text(new Article(entry.get("source").asText(), entry.get("title").asText(),
                        entry.hasNonNull("date") ? LocalDate.parse(entry.get("date").asText()) : null, entry.get("text").asText(),
                        // A spool written before date sources were kept: its date was given with the text.
                        !entry.hasNonNull("date") ? null : entry.hasNonNull("dateSource")
                                ? DateSource.valueOf(entry.get("dateSource").asText()) : DateSource.GIVEN)));
                case "url" -> inputs.add(new JobInput.Url(entry.get("url").asText(),
                        entry.hasNonNull("feedTitle") ? entry.get("feedTitle").asText() : null, entry.hasNonNull("feedDate") ? LocalDate.parse(entry.get("feedDate").asText()) : null));
                default -> throw new IOException("unknown input kind " + entry.get("kind"));
            }
        }
        return inputs;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (its new names) to disk. */
    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the files themselves are synced.
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", path, e);
        }
    }
}
