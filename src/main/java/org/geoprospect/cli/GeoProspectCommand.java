package org.geoprospect.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code geoprospect} command: runs one sub-command headless, without starting JavaFX.
 * Exit codes: 0 success, 1 failure (one sentence on stderr), 2 bad usage.
 */
@Command(name = "geoprospect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Geomarketing prospecting: customer file on a map, prospect potential, lawful target lists.",
        subcommands = {
                CommandLine.HelpCommand.class,
                InitCommand.class,
                LayersCommand.class,
                StatsCommand.class,
                ImportCommand.class,
                FeaturesCommand.class,
                ExportCommand.class,
                AuditCommand.class,
                PurgeCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                RenderCommand.class,
                GenerateSampleCommand.class,
                TargetCommand.class,
                RankCommand.class,
                SegmentsCommand.class,
                SectorsCommand.class,
                BenchCommand.class,
                TourCommand.class,
                ChainCommand.class
        })
public final class GeoProspectCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of the commands below.");
    }

    /**
     * Runs the command line and returns the process exit code.
     *
     * @param out where results go (stdout)
     * @param err where the one-sentence errors and usage help go (stderr)
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        ConsolePassphrase.install();
        CommandLine commandLine = new CommandLine(new GeoProspectCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + ErrorMessages.sentenceFor(failure));
            cmd.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((failure, parsedArgs) -> {
            CommandLine cmd = failure.getCommandLine();
            cmd.getErr().println("geoprospect: " + failure.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            cmd.getErr().flush();
            return 2;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error error) {
            // picocli hands only Exceptions to the handler; an Error (out of memory, a broken install)
            // still gets one sentence rather than a stack trace.
            err.println("geoprospect: " + ErrorMessages.sentenceFor(error));
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }
}
