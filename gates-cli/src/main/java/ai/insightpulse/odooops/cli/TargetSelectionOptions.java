package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which crons stay, which targets run and which system parameters are credentials: flags shared by every command
 * that neutralizes. A picocli mixin.
 */
public final class TargetSelectionOptions {

    @Option(names = "--cron-allowlist", paramLabel = "IDS",
            description = "Cron xml ids to keep, comma separated, or 'none' (IPAI_CRON_ALLOWLIST).")
    private String cronAllowlist;

    @Option(names = "--targets", paramLabel = "IDS",
            description = "Run only these targets, comma separated (IPAI_NEUTRALIZE_TARGETS).")
    private String targets;

    @Option(names = "--skip-targets", paramLabel = "IDS",
            description = "Leave these targets out (IPAI_NEUTRALIZE_SKIP_TARGETS); mail and crons cannot be left out.")
    private String skipTargets;

    @Option(names = "--credential-words", paramLabel = "WORDS",
            description = "More words that make a system parameter key a credential, comma separated, added to the "
                    + "defaults (IPAI_CREDENTIAL_WORDS).")
    private String credentialWords;

    @Option(names = "--credential-keep", paramLabel = "KEYS",
            description = "System parameter keys (or prefix*) never emptied as credentials, comma separated, added to "
                    + "the defaults (IPAI_CREDENTIAL_KEEP).")
    private String credentialKeep;

    @Option(names = "--sanitize",
            description = "Also sanitize: personal data masked, passwords replaced, API keys and tokens removed, in the "
                    + "same transaction as neutralization (IPAI_SANITIZE=YES).")
    private boolean sanitize;

    @Option(names = "--staging-password-file", paramLabel = "FILE",
            description = "With --sanitize: file holding the one password every user gets; without it every "
                    + "password is disabled (IPAI_STAGING_PASSWORD_FILE).")
    private String stagingPasswordFile;

    @Option(names = "--keep-login", paramLabel = "LOGINS",
            description = "With --sanitize: logins kept as they are besides admin, comma separated "
                    + "(IPAI_SANITIZE_KEEP_LOGINS).")
    private String keepLogins;

    /** Used by picocli. */
    public TargetSelectionOptions() {
    }

    /** Lays these flags over {@code vars}. */
    public void applyTo(Map<String, String> vars) {
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CRON_ALLOWLIST, cronAllowlist);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_TARGETS, targets);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_SKIP_TARGETS, skipTargets);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CREDENTIAL_WORDS, credentialWords);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_CREDENTIAL_KEEP, credentialKeep);
        if (sanitize) {
            vars.put(ConfigVariables.IPAI_SANITIZE, "YES");
        }
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_STAGING_PASSWORD_FILE, stagingPasswordFile);
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_SANITIZE_KEEP_LOGINS, keepLogins);
    }
}
