package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geoprospect.service.SampleService;
import org.geoprospect.service.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate-sample --out DIR}: writes the demo territory and customer files at any size. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = "Write the Maine-et-Loire demo files (maps/*.shp, sample-data/*.csv) into a folder; deterministic for a seed.")
final class GenerateSampleCommand implements Callable<Integer> {
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write maps/ and sample-data/ into.")
    Path out;
    @Option(names = "--households", paramLabel = "N", defaultValue = "20000", description = "Number of households (default: ${DEFAULT-VALUE}).")
    int households;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "49", description = "Random seed; same seed, same files (default: ${DEFAULT-VALUE}).")
    long seed;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (households < 0 || households > 50_000_000) {
            throw new ParameterException(spec.commandLine(), "--households must be between 0 and 50000000.");
        }
        SampleSummary summary = new SampleService().generate(out, households, seed, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter printer = spec.commandLine().getOut();
        if (jsonOption.json) {
            JsonOutput.print(printer, summary);
        } else {
            printer.printf("Wrote %,d households, %d customer-file contacts with their order history, %d competitors and the territory maps into %s%n",
                    summary.households(), summary.contacts(), summary.competitors(), out.toAbsolutePath());
        }
        return 0;
    }
}
