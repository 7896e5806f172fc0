package ai.insightpulse.odooops.cli.gate.report;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.GateReport;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.UnreadableInput;
import ai.insightpulse.odooops.neutralize.ContractVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/** How {@code odooops gate} prints its report on stdout ({@code --format}). */
public enum ReportFormat {
    /** Human text: one block per finding, then a summary line. */
    TEXT,
    /** One JSON document: gates with their status, findings, exit code. */
    JSON,
    /** GitHub Actions workflow commands: one {@code ::error file=…,line=…,title=…::} annotation per finding. */
    GITHUB,
    /** SARIF 2.1.0, for GitHub code scanning ({@code github/codeql-action/upload-sarif}). */
    SARIF;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Prints {@code report}. */
    public void print(GateReport report, PrintWriter out) {
        switch (this) {
            case TEXT -> text(report, out);
            case JSON -> out.println(write(json(report)));
            case GITHUB -> github(report, out);
            case SARIF -> out.println(write(sarif(report)));
        }
        out.flush();
    }

    /**
     * Prints what a reader of this format needs about an input that could not be read; the one-line message on
     * stderr is printed by the command in every format.
     */
    public void printInputError(GateInputException e, PrintWriter out) {
        if (this == GITHUB) {
            out.println("::error " + properties(e.file(), e.line(), "odooops gate: unreadable input") + "::"
                    + escapeData(e.reason()));
        } else if (this == JSON) {
            ObjectNode root = JSON_MAPPER.createObjectNode();
            root.put("exit_code", 2);
            ObjectNode error = root.putObject("input_error");
            error.put("file", e.file());
            error.put("line", e.line());
            error.put("message", e.reason());
            root.putArray("input_errors").add(error.deepCopy());
            out.println(write(root));
        }
        out.flush();
    }

    private static void text(GateReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println(f.location() + ": " + f.rule().id() + ": " + f.message());
            out.println("    fix: " + f.fix());
        }
        StringBuilder gates = new StringBuilder();
        for (Gate g : report.gates()) {
            gates.append(gates.length() == 0 ? "" : ", ").append(g.cliName())
                    .append(report.stopped(g) ? " UNREADABLE" : report.passed(g) ? " ok" : " FAILED");
        }
        String outcome;
        if (report.findings().isEmpty() && report.unreadable().isEmpty()) {
            outcome = "passed";
        } else {
            outcome = report.findings().size() + " finding(s)" + (report.unreadable().isEmpty() ? ""
                    : ", " + report.unreadable().size() + " unreadable input(s)");
        }
        out.println("odooops gate: " + outcome + " (" + gates + "); exit " + report.exitCode());
    }

    private static ObjectNode json(GateReport report) {
        ObjectNode root = JSON_MAPPER.createObjectNode();
        root.put("exit_code", report.exitCode());
        ArrayNode gates = root.putArray("gates");
        for (Gate g : report.gates()) {
            gates.addObject().put("gate", g.cliName()).put("status", report.status(g));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("gate", f.gate().cliName());
            n.put("rule", f.rule().id());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("message", f.message());
            n.put("fix", f.fix());
        }
        if (!report.unreadable().isEmpty()) {
            ArrayNode errors = root.putArray("input_errors");
            for (UnreadableInput u : report.unreadable()) {
                ObjectNode n = errors.addObject();
                n.put("file", u.file());
                n.put("line", u.line());
                n.put("message", u.reason());
                ArrayNode stopped = n.putArray("gates");
                u.gates().forEach(g -> stopped.add(g.cliName()));
            }
        }
        return root;
    }

    private static void github(GateReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println("::error " + properties(f.file(), f.line(), f.rule().id()) + "::"
                    + escapeData(f.message() + ". Fix: " + f.fix()));
        }
        for (UnreadableInput u : report.unreadable()) {
            out.println("::error " + properties(u.file(), u.line(), "odooops gate: unreadable input") + "::"
                    + escapeData(u.reason()));
        }
        if (report.findings().isEmpty() && report.unreadable().isEmpty()) {
            out.println("::notice title=odooops gate::passed: " + String.join(", ",
                    report.gates().stream().map(Gate::cliName).toList()));
        }
    }

    private static String properties(String file, int line, String title) {
        StringBuilder p = new StringBuilder();
        if (file != null) {
            p.append("file=").append(escapeProperty(file)).append(',');
            if (line > 0) {
                p.append("line=").append(line).append(',');
            }
        }
        return p.append("title=").append(escapeProperty(title)).toString();
    }

    /** GitHub's escaping of a workflow command's message (actions/toolkit, command.ts). */
    public static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a workflow command's property value. */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static ObjectNode sarif(GateReport report) {
        ObjectNode root = JSON_MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "odooops-gates");
        driver.put("semanticVersion", ContractVersion.VALUE);
        driver.put("informationUri", "https://github.com/Insightpulseai/odooops-neutralizer/blob/main/docs/GATES.md");
        Set<Rule> rules = new LinkedHashSet<>();
        for (Gate g : report.gates()) {
            for (Rule r : Rule.values()) {
                if (r.gate() == g) {
                    rules.add(r);
                }
            }
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        for (Rule r : rules) {
            ObjectNode n = ruleNodes.addObject();
            n.put("id", r.id());
            n.putObject("shortDescription").put("text", r.requirement());
            n.putObject("help").put("text", r.fix());
            n.putObject("defaultConfiguration").put("level", "error");
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.unreadable().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (UnreadableInput u : report.unreadable()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", "cannot read " + u.describe() + " (stops "
                    + String.join(", ", u.gates().stream().map(Gate::cliName).toList()) + ")");
            ObjectNode location = n.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", u.file()).put("uriBaseId", "%SRCROOT%");
            if (u.line() > 0) {
                location.putObject("region").put("startLine", u.line());
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode n = results.addObject();
            n.put("ruleId", f.rule().id());
            n.put("ruleIndex", rules.stream().toList().indexOf(f.rule()));
            n.put("level", "error");
            n.putObject("message").put("text", f.message() + ". Fix: " + f.fix());
            if (f.file() != null) {
                ObjectNode location = n.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", f.file()).put("uriBaseId", "%SRCROOT%");
                if (f.line() > 0) {
                    location.putObject("region").put("startLine", f.line());
                }
            }
        }
        return root;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON_MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
