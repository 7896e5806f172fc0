package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.Kind;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.SettingGroup;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code email-policy}: architecture §4 (port 25 is closed; only 465/587; no personal mailboxes) and the Odoo fact
 * that with no active mail server record Odoo sends through the {@code smtp_server} of its configuration file, so
 * a staging or dev {@code odoo.conf} naming a real relay defeats neutralization.
 */
public final class EmailPolicyCheck implements GateCheck {

    private static final Pattern PORT_KEY = Pattern.compile("(?i)(^|_)smtp_?port$");
    private static final Pattern SERVER_KEY = Pattern.compile("(?i)(^|_)smtp_?(server|host)$");
    private static final Pattern URL_PORT_25 = Pattern.compile("(?i)\\bsmtps?://(?:[^\\s/@]*@)?[^\\s/:@]+:25(?!\\d)");
    private static final Pattern FLAG_PORT_25 = Pattern.compile("--smtp-port[= ]+25(?!\\d)");
    private static final Pattern FLAG_SERVER = Pattern.compile("--smtp[= ]+([^\\s\"']+)");
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]+@(?<domain>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    @Override
    public Gate gate() {
        return Gate.EMAIL_POLICY;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        GatesConfig.Mail mail = repo.config().mail();
        List<Finding> findings = new ArrayList<>();
        for (SettingGroup group : repo.settingGroups()) {
            Optional<ConfigValue> server = group.values().stream()
                    .filter(v -> v.key() != null && SERVER_KEY.matcher(v.key()).find() && v.value() != null)
                    .reduce((a, b) -> b);
            for (ConfigValue v : group.values()) {
                if (v.value() == null) {
                    continue;
                }
                if (v.key() != null && PORT_KEY.matcher(v.key()).find()) {
                    port(group, v, server, mail, findings);
                }
                if (URL_PORT_25.matcher(v.value()).find()) {
                    findings.add(Finding.at(Rule.EMAIL_SMTP_PORT_25, v.file(), v.line(),
                            "an SMTP URL on port 25 in " + keyOf(v)));
                }
                if (FLAG_PORT_25.matcher(v.value()).find()) {
                    findings.add(Finding.at(Rule.EMAIL_SMTP_PORT_25, v.file(), v.line(),
                            "--smtp-port 25 in " + keyOf(v)));
                }
                if (!SecretKeys.isSecretKey(v.key())) {
                    Matcher address = ADDRESS.matcher(v.value());
                    while (address.find()) {
                        if (mail.personalDomains().contains(address.group("domain").toLowerCase(Locale.ROOT))) {
                            findings.add(Finding.at(Rule.EMAIL_PERSONAL_MAILBOX, v.file(), v.line(),
                                    "personal mailbox " + address.group() + " in " + keyOf(v)));
                        }
                    }
                }
            }
            realRelay(group, mail, findings);
        }
        return findings;
    }

    private static void port(SettingGroup group, ConfigValue v, Optional<ConfigValue> server, GatesConfig.Mail mail,
                             List<Finding> findings) {
        String port = v.value().strip();
        if (port.equals("25")) {
            findings.add(Finding.at(Rule.EMAIL_SMTP_PORT_25, v.file(), v.line(), v.key() + " = 25"));
            return;
        }
        if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)
                || mail.allowedPorts().contains(Integer.parseInt(port))) {
            return;
        }
        // Odoo's smtp_server defaults to localhost, a sink; an env file naming no host says nothing about a relay
        String host = server.map(ConfigValue::value).orElse(null);
        if (host != null && !MailHosts.isSink(host, mail.sinkHosts())) {
            findings.add(Finding.at(Rule.EMAIL_SMTP_PORT_NOT_ALLOWED, v.file(), v.line(), v.key() + " = " + port
                    + " for relay " + host + " in " + group.label() + "; allowed: " + mail.allowedPorts()));
        }
    }

    private static void realRelay(SettingGroup group, GatesConfig.Mail mail, List<Finding> findings) {
        if (group.environment().filter(Environment::requiresNeutralization).isEmpty()) {
            return;
        }
        if (group.kind() == Kind.ODOO_CONF) {
            group.value("smtp_server").filter(s -> !MailHosts.isSink(s.value(), mail.sinkHosts())).ifPresent(s ->
                    findings.add(Finding.at(Rule.EMAIL_REAL_RELAY_OUTSIDE_PROD, s.file(), s.line(),
                            "smtp_server = " + s.value() + " in " + group.environment().get().ipaiName()
                                    + "'s odoo.conf" + group.placement().map(p -> " (" + p.reason() + ")").orElse("")
                                    + ": Odoo sends through it when no mail server record is active")));
        } else if (group.kind() == Kind.COMPOSE_SERVICE) {
            for (ConfigValue v : group.values()) {
                if (("command".equals(v.key()) || "entrypoint".equals(v.key())) && v.value() != null) {
                    Matcher m = FLAG_SERVER.matcher(v.value());
                    while (m.find()) {
                        if (!MailHosts.isSink(m.group(1), mail.sinkHosts())) {
                            findings.add(Finding.at(Rule.EMAIL_REAL_RELAY_OUTSIDE_PROD, v.file(), v.line(),
                                    "--smtp " + m.group(1) + " in " + group.environment().get().ipaiName() + "'s "
                                            + group.label() + group.placement().map(p -> " (" + p.reason() + ")")
                                            .orElse("") + ": Odoo sends through it when no mail server record is"
                                            + " active"));
                        }
                    }
                }
            }
        }
    }

    private static String keyOf(ConfigValue v) {
        return v.key() == null ? "a value" : v.key();
    }
}
