package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.Kind;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.SettingGroup;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code db-name}: the seeds' {@code odoo-dbname-gate.yml}, with the contract's own ENV_DB_MAP
 * ({@link DatabaseNames}): only {@code odoo_prod}, {@code odoo_stage}, {@code odoo_dev[_<suffix>]}, each in its
 * environment's files. Files of no single environment ({@code .env}, templates) may name any allowed database.
 */
public final class DbNameCheck implements GateCheck {

    private static final Pattern DATABASE_FLAG = Pattern.compile("(?:^|\\s)(?:-d|--database)[= ]+([^\\s\"']+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?[A-Za-z_].*");

    @Override
    public Gate gate() {
        return Gate.DB_NAME;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        for (SettingGroup group : repo.settingGroups()) {
            for (ConfigValue v : group.values()) {
                if (v.value() == null || v.key() == null) {
                    continue;
                }
                if (group.kind() == Kind.ODOO_CONF ? v.key().equals("db_name")
                        : CustomerRepo.DATABASE_VARIABLES.contains(v.key())) {
                    // Odoo 17+ reads a comma-separated db_name list; False is configparser's "unset"
                    for (String name : v.value().split(",")) {
                        name(group, v, name.strip(), findings);
                    }
                } else if ("command".equals(v.key()) || "entrypoint".equals(v.key())) {
                    Matcher m = DATABASE_FLAG.matcher(v.value());
                    while (m.find()) {
                        name(group, v, m.group(1), findings);
                    }
                }
            }
        }
        return findings;
    }

    private static void name(SettingGroup group, ConfigValue v, String name, List<Finding> findings) {
        if (name.isEmpty() || name.equalsIgnoreCase("false") || REFERENCE.matcher(name).matches()) {
            return;
        }
        Optional<Environment> of = DatabaseNames.environmentOf(name);
        if (of.isEmpty()) {
            findings.add(Finding.at(Rule.DB_NAME_NOT_ALLOWED, v.file(), v.line(), "database '" + name + "' in "
                    + v.key() + "; allowed: odoo_prod, odoo_stage, odoo_dev, odoo_dev_<suffix>"));
        } else if (group.environment().isPresent() && group.environment().get() != of.get()) {
            Environment env = group.environment().get();
            findings.add(Finding.at(Rule.DB_NAME_WRONG_ENVIRONMENT, v.file(), v.line(), "database '" + name
                    + "' (" + of.get().ipaiName() + ") in " + v.key() + " of a " + env.ipaiName() + " file"
                    + group.placement().map(p -> " (" + p.reason() + ")").orElse("") + "; expected "
                    + DatabaseNames.expectation(env)));
        }
    }
}
