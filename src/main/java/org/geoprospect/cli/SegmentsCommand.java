package org.geoprospect.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geoprospect.analysis.rfm.RfmOptions;
import org.geoprospect.analysis.rfm.RfmScores;
import org.geoprospect.model.CodeWords;
import org.geoprospect.service.SegmentService;
import org.geoprospect.service.SegmentService.Segmentation;
import org.geoprospect.service.SegmentService.SegmentTotal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code segments}: the clients' RFM scores and segments from their orders (the method is in {@code RfmScorer}). */
@Command(name = "segments", mixinStandardHelpOptions = true, description = {
        "Score the clients with orders on recency, frequency and monetary value (quintiles 1-5; equal values take",
        "the score of the first of them) over the period, and name their segment (docs/ARCHITECTURE.md has the table).",
        "clv: average margin per order x orders per year in the period x --expected-years."})
final class SegmentsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption projectOption;
    @Mixin
    JsonOption jsonOption;
    @Option(names = "--period-months", paramLabel = "N", defaultValue = "24",
            description = "Months of orders looked at, up to --today (default ${DEFAULT-VALUE}).")
    int periodMonths;
    @Option(names = "--by", paramLabel = "margin|revenue", defaultValue = "margin",
            description = "What the monetary score counts (default ${DEFAULT-VALUE}).")
    String by;
    @Option(names = "--expected-years", paramLabel = "Y", defaultValue = "3",
            description = "Years a client is expected to stay, for the lifetime value (default ${DEFAULT-VALUE}).")
    double expectedYears;
    @Option(names = "--today", paramLabel = "yyyy-MM-dd", description = "The day recency is counted from (default: today).")
    LocalDate today;
    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en", description = "Language of the text output's segment names.")
    String lang;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RfmOptions options;
        try {
            if (!by.equals("margin") && !by.equals("revenue")) {
                throw new IllegalArgumentException("--by is margin or revenue, not '" + by + "'.");
            }
            options = new RfmOptions(today != null ? today : LocalDate.now(), periodMonths, by.equals("revenue"), expectedYears);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Segmentation result = new SegmentService().segments(projectOption.project, options);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("clients", result.clients().stream().map(SegmentsCommand::row).toList());
            document.put("segments", result.segments().stream().map(SegmentsCommand::total).toList());
            JsonOutput.print(out, document);
            return 0;
        }
        CodeWords words = CodeWords.segments(lang.equalsIgnoreCase("fr") ? Locale.FRENCH : Locale.ENGLISH);
        TextTable segments = new TextTable("segment", ">clients", by.equals("revenue") ? ">revenue" : ">margin");
        for (SegmentTotal s : result.segments()) {
            segments.row(words.word(s.segment().code()), s.clients(), TextTable.euros(s.margin()));
        }
        segments.print(out);
        out.println();
        TextTable clients = new TextTable("code", ">R", ">F", ">M", "segment", ">lifetime value");
        for (RfmScores s : result.clients()) {
            clients.row(s.clientCode(), s.r(), s.f(), s.m(), words.word(s.segment().code()), TextTable.euros(s.lifetimeValue()));
        }
        clients.print(out);
        return 0;
    }

    private static Map<String, Object> row(RfmScores s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", s.clientCode());
        row.put("r", s.r());
        row.put("f", s.f());
        row.put("m", s.m());
        row.put("segment", s.segment().code());
        row.put("clv", Math.round(s.lifetimeValue() * 100) / 100.0);
        return row;
    }

    private static Map<String, Object> total(SegmentTotal s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("segment", s.segment().code());
        row.put("clients", s.clients());
        row.put("margin", Math.round(s.margin() * 100) / 100.0);
        return row;
    }
}
