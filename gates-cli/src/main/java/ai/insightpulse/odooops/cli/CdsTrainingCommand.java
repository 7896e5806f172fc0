package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Hidden: the training run the build uses to make the launcher's class-data-sharing archive. It loads what a real
 * run loads (configuration, jOOQ rendering of every target, the driver, the summary line) and prints nothing.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JooqNeutralizer.warmUp();
        var config = ConfigVariables.read(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev_training"), true);
        NeutralizationResult result = NeutralizationResult.configError(config.environment().ipaiName(),
                config.database().database(), true, "training", Duration.ZERO);
        StringWriter sink = new StringWriter();
        new PrintWriter(sink).println(SummaryLine.render(result));
        spec.root().commandLine().usage(new PrintWriter(new StringWriter()));
        return 0;
    }
}
