package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code techkg} command. */
@Command(name = "techkg", mixinStandardHelpOptions = true, version = "TechKG 0.1.0",
        description = "Turns tech-industry news into a queryable RDF knowledge graph.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, LoadCommand.class,
                DeleteCommand.class, ValidateCommand.class, EvalCommand.class, ServeCommand.class, BackupCommand.class,
                RestoreCommand.class, CurateCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for a run that failed or partly failed. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for a wrong command line. */
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Wiring::create));
    }

    /**
     * Runs a command line with the given streams, environment and way of wiring services (tests pass one
     * that shares a single CoreNLP analyzer).
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                          Function<Config, Wiring> wiring) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(new Context(out, err, environment, wiring)));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        // Read only when the help is shown: the saved queries' headers, as the web form and the API read them.
        commandLine.getSubcommands().get("query").getHelpSectionMap()
                .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> QueryCommand.savedQueriesHelp());
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILURE);
        // A wrong command line, found by picocli or by a command's checkOptions(): one line, and where to look.
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("techkg: error: " + e.getMessage() + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof TechKgException) {
                err.println("techkg: error: " + e.getMessage());
            } else {
                LOG.debug("Unexpected failure", e);
                err.println("techkg: error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            return EXIT_FAILURE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of ingest, query, export, load, delete, validate, eval, serve, backup, restore, curate");
    }

    /** What every command gets: streams, environment and the wiring factory. */
    record Context(PrintStream out, PrintStream err, Map<String, String> environment, Function<Config, Wiring> wiring) {}

    /** Builds commands with the context; picocli calls it for every command object. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (StoreCommand.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((StoreCommand) command).context = context;
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
