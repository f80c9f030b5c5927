package org.geoprospect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.io.csv.CsvMapping;
import org.geoprospect.model.Channel;
import org.geoprospect.service.ResultsImportService;
import org.geoprospect.service.ResultsImportSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import results FILE.csv --project DIR [--chain NAME --step STEP] [--channel C] [--mapping FILE.json]}:
 * a campaign's results back into the contact history; JSON {@code {"read","stored","duplicates",
 * "matchedBy":{"code","email","phone"},"objections","rejected","rejectsFile"}}.
 */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Read back what an emailing tool, a call centre or a mail house returns (code, e-mail or phone;"
                + " date; outcome in French or English) into the contact history. Unsubscribes and \"do not call\""
                + " also record an objection on their channel. Importing the same file twice adds nothing.")
final class ImportResultsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The results file (separator and encoding are detected).")
    Path file;
    @Option(names = "--mapping", paramLabel = "FILE.json", description = "JSON file mapping canonical columns to the file's headers.")
    Path mapping;
    @Option(names = "--channel", paramLabel = "C", description = "Channel of rows without a channel column: email, sms, phone or postal.")
    String channel;
    @Option(names = "--chain", paramLabel = "NAME", description = "The marketing chain the results belong to.")
    String chain;
    @Option(names = "--step", paramLabel = "STEP", description = "The chain's step the results belong to.")
    String step;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (step != null && chain == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--step needs --chain: say which chain the step is of.");
        }
        ResultsImportService.Request request = new ResultsImportService.Request(
                mapping == null ? CsvMapping.NONE : CsvMapping.read(mapping), channel(), chain, step);
        ResultsImportSummary s = new ResultsImportService(Clock.systemDefaultZone()).importFile(projectOption.project, file,
                request, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("read", s.read());
            json.put("stored", s.stored());
            json.put("duplicates", s.duplicates());
            json.put("matchedBy", Map.of("code", s.byCode(), "email", s.byEmail(), "phone", s.byPhone()));
            json.put("objections", s.objections());
            json.put("rejected", s.rejected());
            json.put("rejectsFile", s.rejectsFile());
            JsonOutput.print(out, json);
            return 0;
        }
        out.printf("results: %,d rows read, %,d events stored, %,d already in the history, %,d rejected%n", s.read(),
                s.stored(), s.duplicates(), s.rejected());
        out.printf("  matched by code: %,d, by e-mail: %,d, by phone: %,d%n", s.byCode(), s.byEmail(), s.byPhone());
        if (s.objections() > 0) {
            out.printf("  %,d objection%s recorded (unsubscribes and \"do not call\"); every export honours them%n",
                    s.objections(), s.objections() == 1 ? "" : "s");
        }
        if (s.rejectsFile() != null) {
            out.println("Rejected rows, with the reason, are in " + s.rejectsFile());
        }
        return 0;
    }

    private Channel channel() {
        if (channel == null) {
            return null;
        }
        try {
            return Channel.fromCode(channel);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--channel " + channel
                    + " is not a channel; use email, sms, phone or postal.");
        }
    }
}
