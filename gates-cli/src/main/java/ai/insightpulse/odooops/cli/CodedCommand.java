package ai.insightpulse.odooops.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A command whose picocli model is built in code ({@link CodedOptions}) rather than read from annotations: the
 * commands of the path a {@code neutralize} run takes. {@link OdooOpsCli} registers its {@link #model}.
 */
interface CodedCommand {

    /** The command's model, built once, with this command as what picocli runs. */
    CommandSpec model();
}
