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
import java.util.Map;
import java.util.Optional;

/**
 * {@code bucket-prefix}: the seeds' {@code check_supabase_bucket_env.py} (odooops-platform.md): staging writes only
 * to {@code staging-*} buckets, production only to {@code prod-*}. Exit codes as the seed's: 0 ok, 1 prefix
 * mismatch, 2 variable missing.
 *
 * <p>Two modes. Over the repository (the default, and in {@code gate all}): the bucket variable where an
 * environment's compose and dotenv files set it, and nowhere else. The seeds' guard protects the ops console's
 * deploy jobs, not the Odoo services, so a repository (or an environment) that sets no bucket has nothing to check.
 * In a deploy job ({@code --deploy-env}): the variable of the process environment, as the seed's script reads it,
 * with its exit code 2 when it is missing.
 */
public final class BucketPrefixCheck implements GateCheck {

    private final Optional<String> deployEnv;
    private final Map<String, String> processEnvironment;

    /**
     * Checks the repository files when {@code deployEnv} is empty, else the process environment of a deploy to
     * {@code deployEnv} ({@code preview}, {@code staging}/{@code stage}, {@code production}/{@code prod}).
     */
    public BucketPrefixCheck(Optional<String> deployEnv, Map<String, String> processEnvironment) {
        this.deployEnv = deployEnv;
        this.processEnvironment = Map.copyOf(processEnvironment);
    }

    @Override
    public Gate gate() {
        return Gate.BUCKET_PREFIX;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        GatesConfig.Bucket bucket = repo.config().bucket();
        List<Finding> findings = new ArrayList<>();
        if (deployEnv.isPresent()) {
            deploy(bucket, findings);
            return findings;
        }
        for (Environment env : repo.environments()) {
            String prefix = bucket.prefixes().get(env);
            if (prefix == null) {
                continue;
            }
            for (SettingGroup group : repo.settingGroups()) {
                if (group.kind() == Kind.TEMPLATE || group.environment().filter(env::equals).isEmpty()) {
                    continue;
                }
                for (ConfigValue v : group.values()) {
                    if (!bucket.variable().equals(v.key()) || v.value() == null || v.value().startsWith("$")) {
                        continue;
                    }
                    if (!v.value().startsWith(prefix)) {
                        findings.add(Finding.at(Rule.BUCKET_PREFIX_MISMATCH, v.file(), v.line(), bucket.variable()
                                + "=" + v.value() + " in a " + env.ipaiName() + " file; must start with " + prefix));
                    }
                }
            }
        }
        return findings;
    }

    private void deploy(GatesConfig.Bucket bucket, List<Finding> findings) {
        String target = deployEnv.orElseThrow();
        if (target.equals("preview")) {
            return; // the seeds' mapping: pull-request previews may use any bucket
        }
        Environment env = Environment.fromIpaiEnv(target).or(() -> Environment.fromOdooStage(target))
                .orElseThrow(() -> new IllegalArgumentException(target));
        String value = processEnvironment.get(bucket.variable());
        if (value == null || value.isBlank()) {
            findings.add(Finding.at(Rule.BUCKET_VARIABLE_MISSING, null, 0, bucket.variable()
                    + " is not set in the deploy job's environment"));
            return;
        }
        String prefix = bucket.prefixes().get(env);
        if (prefix != null && !value.startsWith(prefix)) {
            findings.add(Finding.at(Rule.BUCKET_PREFIX_MISMATCH, null, 0, bucket.variable() + "=" + value
                    + " for a " + env.odooStageName() + " deploy; must start with " + prefix));
        }
    }
}
