package org.geoprospect.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code import layer|households|clients|competitors|objections|results|orders FILE --project DIR}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a map layer (shapefile, GeoJSON) or a customer file (CSV) into a project.",
        subcommands = {ImportLayerCommand.class, ImportCustomersCommand.Households.class,
                ImportCustomersCommand.Clients.class, ImportCustomersCommand.Competitors.class,
                ImportCustomersCommand.Objections.class, ImportResultsCommand.class, ImportCustomersCommand.Orders.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Say what to import: layer, households, clients, competitors, objections, results or orders.");
    }
}
