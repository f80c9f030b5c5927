package org.geoprospect.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch: print a machine-readable result on stdout instead of text. */
final class JsonOption {
    @Option(names = "--json", description = "Print a machine-readable JSON result on stdout.")
    boolean json;
}
