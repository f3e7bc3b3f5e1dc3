package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.validation.ValidationReport;
import dev.techkg.validation.Violation;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every article graph against the SHACL shapes of ontology/shapes.ttl. Exit code 1 when any does not conform."})
final class ValidateCommand extends StoreCommand {
    @Override
    int run(Wiring wiring) {
        ValidationReport report = wiring.validator().validate();
        for (Violation v : report.violations()) {
            context.out().println(v.severity() + " in <" + v.graph() + ">: <" + v.focus() + ">"
                    + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message());
        }
        context.out().println(report.conforming() + " of " + report.graphs() + " graphs conform"
                + (report.conforms() ? "." : "; " + report.violations().size() + " results."));
        return report.conforms() ? 0 : Main.EXIT_FAILURE;
    }
}
