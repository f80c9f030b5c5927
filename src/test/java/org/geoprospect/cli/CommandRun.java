package org.geoprospect.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, in process, with what it printed on stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GeoProspectCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** True when stderr shows a stack trace or an exception class name instead of a sentence. */
    boolean errShowsInternals() {
        return err.contains("\tat ") || err.contains("Exception") || err.contains("java.");
    }
}
