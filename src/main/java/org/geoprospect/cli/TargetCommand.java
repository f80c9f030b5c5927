package org.geoprospect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.analysis.definition.TargetDefinitionJson;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetCounts;
import org.geoprospect.service.TargetService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code target save|run|list|show|rename|delete}: saved, re-runnable target definitions. {@code save} and
 * {@code run} print {@code {"name", "households", "clients"}} with {@code --json}.
 */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Save a target (map shapes + criteria) by name in the project and re-run it on updated data.",
        subcommands = {TargetCommand.Save.class, TargetCommand.Run.class, TargetCommand.ListTargets.class,
                TargetCommand.Show.class, TargetCommand.Rename.class, TargetCommand.Delete.class})
final class TargetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing sub-command: choose save, run, list, show, rename or delete.");
    }

    static void printCounts(PrintWriter out, TargetCounts counts, boolean json) {
        if (json) {
            JsonOutput.print(out, counts);
        } else {
            out.printf("target %s: %,d households, %,d clients%n", counts.name(), counts.households(), counts.clients());
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Save a target definition under NAME, after running it once on the project.",
                    "All options must hold (AND); a list option holds when any of its values does; shape options "
                            + "(--polygon, --bbox, --around, --within-km) intersect each other."})
    static final class Save implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The target's name.")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Mixin
        CriteriaOptions criteria;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TargetCounts counts = new TargetService().save(projectOption.project, name,
                    criteria.definition(spec.commandLine()), new ConsoleProgress(spec.commandLine().getErr()));
            printCounts(spec.commandLine().getOut(), counts, jsonOption.json);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a saved target on the project's current data.")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TargetCounts counts = new TargetService().run(projectOption.project, name,
                    new ConsoleProgress(spec.commandLine().getErr()));
            printCounts(spec.commandLine().getOut(), counts, jsonOption.json);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved targets.")
    static final class ListTargets implements Callable<Integer> {
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<SavedTargetInfo> targets = new TargetService().list(projectOption.project);
            PrintWriter out = spec.commandLine().getOut();
            if (jsonOption.json) {
                JsonOutput.print(out, Map.of("targets", targets.stream().map(t -> summary(t)).toList()));
            } else if (targets.isEmpty()) {
                out.println("No saved target.");
            } else {
                targets.forEach(t -> out.printf("%s  (saved %s)%n", t.name(), t.updatedAt()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a saved target's definition (JSON).")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Mixin
        JsonOption jsonOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            SavedTargetInfo target = new TargetService().show(projectOption.project, name);
            PrintWriter out = spec.commandLine().getOut();
            String definition = TargetDefinitionJson.write(target.definition());
            if (jsonOption.json) {
                Map<String, Object> document = summary(target);
                document.put("definition", new ObjectMapper().readTree(definition));
                JsonOutput.print(out, document);
            } else {
                out.println(target.name());
                out.println(definition);
            }
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a saved target.")
    static final class Rename implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;
        @Mixin
        ProjectOption projectOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            new TargetService().rename(projectOption.project, oldName, newName);
            spec.commandLine().getOut().println("Renamed target " + oldName + " to " + newName + ".");
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved target.")
    static final class Delete implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Mixin
        ProjectOption projectOption;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            new TargetService().delete(projectOption.project, name);
            spec.commandLine().getOut().println("Deleted target " + name + ".");
            return 0;
        }
    }

    private static Map<String, Object> summary(SavedTargetInfo target) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", target.name());
        row.put("createdAt", String.valueOf(target.createdAt()));
        row.put("updatedAt", String.valueOf(target.updatedAt()));
        return row;
    }
}
