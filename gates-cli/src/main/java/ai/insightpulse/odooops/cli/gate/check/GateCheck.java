package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import java.util.List;

/** One gate: reads what it needs from the customer repository and returns its findings (empty: it passes). */
public interface GateCheck {

    /** The gate this check implements. */
    Gate gate();

    /**
     * Runs the gate.
     *
     * @throws ai.insightpulse.odooops.cli.gate.GateInputException if an input cannot be read or parsed
     */
    List<Finding> check(CustomerRepo repo);
}
