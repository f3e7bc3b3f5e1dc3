package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.curation.Correction;
import dev.techkg.query.CurationService;
import dev.techkg.query.CurationService.Request;
import dev.techkg.query.ReviewQueue;
import dev.techkg.rdf.IriMinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code techkg curate reject|confirm|add|merge|split|retype|alias|undo|list|flags|dismiss}: corrections made on the
 * command line, attributed to the local user. Each prints the new correction's id on stdout; {@code flags} lists the
 * review queue.
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Corrects the graph: corrections live in their own named graph, survive re-ingest, backup and restore, "
                + "and can be undone. Entities by slug (nvidia), prefixed name (id:nvidia) or IRI."},
        subcommands = {CurateCommand.Reject.class, CurateCommand.Confirm.class, CurateCommand.Add.class, CurateCommand.Merge.class,
                CurateCommand.Split.class, CurateCommand.Retype.class, CurateCommand.Alias.class, CurateCommand.Undo.class,
                CurateCommand.ListCorrections.class, CurateCommand.Flags.class, CurateCommand.Dismiss.class})
final class CurateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR|URL", description = "The store, as for every command (also accepted after the correction).")
    String store;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing correction: give one of reject, confirm, add, merge, split, retype, alias, undo, list, flags, dismiss");
    }

    /** A correction command: builds a request, submits it, prints the id. */
    abstract static class Correcting extends StoreCommand {
        @CommandLine.ParentCommand
        CurateCommand parent;

        @Override
        String parentStore() {
            return parent == null ? null : parent.store;
        }

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (for add: the evidence, required).")
        String note;

        abstract Request request();

        @Override
        final int run(Wiring wiring) {
            Correction c = wiring.curationService().submit(request(), CurationService.LOCAL_USER);
            context.out().println(c.id());
            context.err().println("Stored " + c.kind().label() + " correction " + c.id() + " (undo with: techkg curate undo " + c.id() + ")");
            return 0;
        }
    }

    /** SUBJECT RELATION OBJECT */
    abstract static class FactCommand extends Correcting {
        @Parameters(index = "0", paramLabel = "SUBJECT") String subject;
        @Parameters(index = "1", paramLabel = "RELATION", description = "e.g. leads, tk:leads") String relation;
        @Parameters(index = "2", paramLabel = "OBJECT") String object;
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a fact: hidden from the curated view, even when later articles state it.")
    static final class Reject extends FactCommand {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article's statement of it (id or IRI).")
        String article;

        @Override
        Request request() {
            return new Request("reject", subject, relation, object, article, null, null, null, null, null, null, note);
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirms a fact a person checked.")
    static final class Confirm extends FactCommand {
        @Override
        Request request() {
            return Request.fact("confirm", subject, relation, object, note);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a fact a person states; --note is its evidence.")
    static final class Add extends FactCommand {
        @Override
        Request request() {
            return Request.fact("add", subject, relation, object, note);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges FROM into INTO: one node; FROM's names become INTO's aliases.")
    static final class Merge extends Correcting {
        @Parameters(index = "0", paramLabel = "FROM") String from;
        @Parameters(index = "1", paramLabel = "INTO") String into;

        @Override
        Request request() {
            return Request.merge(from, into, note);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Ends the merge of FROM: two entities again.")
    static final class Split extends Correcting {
        @Parameters(index = "0", paramLabel = "FROM") String from;

        @Override
        Request request() {
            return new Request("split", null, null, null, null, from, null, null, null, null, null, note);
        }
    }

    @Command(name = "retype", mixinStandardHelpOptions = true, description = "Gives ENTITY the class TYPE (Company, GovernmentBody, Person, Place, Product).")
    static final class Retype extends Correcting {
        @Parameters(index = "0", paramLabel = "ENTITY") String entity;
        @Parameters(index = "1", paramLabel = "TYPE") String type;

        @Override
        Request request() {
            return new Request("retype", null, null, null, null, null, null, entity, type, null, null, note);
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true, description = "Adds or removes a name of ENTITY.")
    static final class Alias extends Correcting {
        @Parameters(index = "0", paramLabel = "add|remove") String action;
        @Parameters(index = "1", paramLabel = "ENTITY") String entity;
        @Parameters(index = "2", paramLabel = "NAME") String alias;

        @Override
        void checkOptions() {
            if (!action.equals("add") && !action.equals("remove")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown alias action '" + action + "': add or remove");
            }
        }

        @Override
        Request request() {
            return new Request("alias-" + action, null, null, null, null, null, null, entity, null, alias, null, note);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undoes the correction with this id (as list shows it).")
    static final class Undo extends Correcting {
        @Parameters(index = "0", paramLabel = "ID") String id;

        @Override
        Request request() {
            return new Request("undo", null, null, null, null, null, null, null, null, null, id, note);
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true, description = "Dismisses the review-queue flag with this id (as flags shows it): nothing to change.")
    static final class Dismiss extends Correcting {
        @Parameters(index = "0", paramLabel = "FLAG") String flag;

        @Override
        Request request() {
            return new Request("dismiss", null, null, null, null, null, null, null, null, null, flag, note);
        }
    }

    @Command(name = "flags", mixinStandardHelpOptions = true, description = {"Lists the review queue's open flags: possible contradictions "
            + "and merge suggestions. One line per flag (id, kind, summary), then one indented line per piece of evidence.",
            "Resolve one with reject, merge or dismiss."})
    static final class Flags extends StoreCommand {
        @CommandLine.ParentCommand
        CurateCommand parent;

        @Override
        String parentStore() {
            return parent == null ? null : parent.store;
        }

        @Override
        int run(Wiring wiring) {
            for (ReviewQueue.Flag f : wiring.curationService().flags()) {
                context.out().println(String.join("\t", f.id(), f.kind(), f.summary()));
                for (ReviewQueue.Evidence e : f.evidence()) {
                    String what = e.entity() != null ? e.entity() + " (" + e.label() + ", " + e.type() + ", " + e.articles() + " articles)"
                            : (e.subject() != null ? e.subject() + " " + e.relation() + " " + e.object() + ": " : "") + "\"" + e.sentence() + "\""
                            + " (article " + e.article() + (e.date() == null ? "" : ", " + e.date()) + ")";
                    context.out().println("\t" + what);
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the corrections, newest first: id, kind, what, who, when, state.")
    static final class ListCorrections extends StoreCommand {
        @CommandLine.ParentCommand
        CurateCommand parent;

        @Override
        String parentStore() {
            return parent == null ? null : parent.store;
        }

        @Override
        int run(Wiring wiring) {
            for (CurationService.Entry e : wiring.curationService().log()) {
                Correction c = e.correction();
                context.out().println(String.join("\t", c.id(), c.kind().label(), what(c), c.by(), c.at(),
                        e.active() ? "active" : "undone by " + e.undoneBy()) + (c.note() == null ? "" : "\t" + c.note()));
            }
            return 0;
        }

        private static String what(Correction c) {
            return switch (c.kind()) {
                case REJECT, CONFIRM, ADD -> slug(c.subject()) + " " + IriMinter.localName(c.relation()) + " " + slug(c.object())
                        + (c.article() == null ? "" : " in " + IriMinter.articleIdOf(c.article()));
                case MERGE, SPLIT -> slug(c.from()) + " into " + slug(c.into());
                case RETYPE -> slug(c.entity()) + " as " + IriMinter.localName(c.type());
                case ALIAS_ADD, ALIAS_REMOVE -> slug(c.entity()) + " '" + c.alias() + "'";
                case UNDO -> c.undoes();
                case DISMISS -> "flag " + c.flag();
            };
        }

        private static String slug(String iri) {
            return IriMinter.slugOf(iri);
        }
    }
}
