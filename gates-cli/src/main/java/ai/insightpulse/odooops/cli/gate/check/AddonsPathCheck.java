package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code addons-path}: constitution §5.2. Every place that states the addons path (odoo.conf {@code addons_path},
 * compose {@code --addons-path} and {@code ADDONS_PATH}, the devcontainer, the docs) states the canonical one, in
 * its order: Odoo resolves a module from the first directory that has it, so the order decides which code runs.
 */
public final class AddonsPathCheck implements GateCheck {

    private static final Set<String> PATH_VARIABLES = Set.of("ADDONS_PATH", "ODOO_ADDONS_PATH");
    private static final Pattern FLAG = Pattern.compile("--addons-path[= ]+([^\\s\"'`]+)");
    private static final Pattern CONF_LINE = Pattern.compile("^\\s*addons_path\\s*[=:]\\s*([^\\s\"'`]+)");

    @Override
    public Gate gate() {
        return Gate.ADDONS_PATH;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        List<String> canonical = repo.config().addonsPath();
        List<Finding> findings = new ArrayList<>();
        for (Environment env : repo.environments()) {
            int stated = 0;
            List<CustomerRepo.PlacedOdooConf> confs = repo.odooConfs(env);
            for (CustomerRepo.PlacedOdooConf conf : confs) {
                var option = conf.conf().option("addons_path");
                if (option.isPresent()) {
                    stated++;
                    compare(option.get(), option.get().value(), canonical, findings);
                }
            }
            List<CustomerRepo.PlacedService> services = repo.services(env, true);
            for (CustomerRepo.PlacedService service : services) {
                stated += serviceStatements(service, canonical, findings);
            }
            if (stated == 0 && (!confs.isEmpty() || !services.isEmpty())) {
                String file = !confs.isEmpty() ? confs.get(0).path() : services.get(0).path();
                findings.add(Finding.at(Rule.ADDONS_PATH_MISSING, file, 0, "the " + env.ipaiName()
                        + " environment states no addons path (odoo.conf addons_path or compose --addons-path)"));
            }
        }
        // a file or service of no known environment still states the path of whichever runs it
        for (CustomerRepo.PlacedOdooConf conf : repo.odooConfs()) {
            if (conf.placement().environment().isEmpty()) {
                conf.conf().option("addons_path").ifPresent(o -> compare(o, o.value(), canonical, findings));
            }
        }
        for (CustomerRepo.PlacedService service : repo.services()) {
            if (service.odoo() && service.environment().isEmpty()) {
                serviceStatements(service, canonical, findings);
            }
        }
        repo.devcontainer().ifPresent(devcontainer -> {
            int stated = 0;
            for (ConfigValue v : devcontainer.values()) {
                if (v.key() != null && PATH_VARIABLES.contains(v.key())) {
                    stated++;
                    compare(v, v.value(), canonical, findings);
                } else {
                    stated += flags(v, canonical, findings);
                }
            }
            if (stated == 0) {
                findings.add(Finding.at(Rule.ADDONS_PATH_MISSING, devcontainer.path(), 0,
                        "the devcontainer states no addons path (--addons-path or ODOO_ADDONS_PATH)"));
            }
        });
        for (TextFile doc : repo.docs()) {
            for (int i = 0; i < doc.lines().size(); i++) {
                String line = doc.lines().get(i);
                ConfigValue at = new ConfigValue(doc.path(), i + 1, null, line);
                flags(at, canonical, findings);
                Matcher conf = CONF_LINE.matcher(line);
                if (conf.find()) {
                    compare(at, conf.group(1), canonical, findings);
                }
            }
        }
        return findings;
    }

    /** The addons paths an Odoo service states (ADDONS_PATH, --addons-path), compared; how many it states. */
    private static int serviceStatements(CustomerRepo.PlacedService placed, List<String> canonical,
                                         List<Finding> findings) {
        int stated = 0;
        for (ConfigValue v : placed.service().environment().values()) {
            if (v.key() != null && PATH_VARIABLES.contains(v.key()) && v.value() != null) {
                stated++;
                compare(v, v.value(), canonical, findings);
            }
        }
        for (ConfigValue v : placed.service().commandLines()) {
            stated += flags(v, canonical, findings);
        }
        return stated;
    }

    private static int flags(ConfigValue v, List<String> canonical, List<Finding> findings) {
        int stated = 0;
        Matcher m = FLAG.matcher(v.value());
        while (m.find()) {
            stated++;
            compare(v, m.group(1), canonical, findings);
        }
        return stated;
    }

    private static void compare(ConfigValue where, String value, List<String> canonical, List<Finding> findings) {
        List<String> paths = Arrays.stream(value.split(","))
                .map(p -> p.strip().replaceAll("/+$", ""))
                .filter(p -> !p.isEmpty())
                .toList();
        if (paths.equals(canonical)) {
            return;
        }
        String what = new HashSet<>(paths).equals(new HashSet<>(canonical))
                ? "the canonical directories in another order" : "other directories than the canonical ones";
        findings.add(Finding.at(Rule.ADDONS_PATH_ORDER, where.file(), where.line(), "addons path "
                + String.join(",", paths) + " states " + what + "; canonical: " + String.join(",", canonical)));
    }
}
