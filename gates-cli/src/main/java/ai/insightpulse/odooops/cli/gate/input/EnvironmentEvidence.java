package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.neutralize.Environment;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One piece of evidence of the environment a file belongs to, and where it comes from, e.g. stage from "its name
 * (.staging)" or prod from "service odoo of docker/compose/prod.yml mounts it". The source is what a finding about
 * a conflict names.
 */
public record EnvironmentEvidence(Environment environment, String source) {

    /**
     * The words that name an environment in a file name, a directory or a host name label. A name carries an
     * environment only through one of these whole words (split at {@code . - _}): {@code odoo.conf.staging},
     * {@code erp.staging.insightpulseai.net}, {@code prod.conf}.
     */
    static final Map<String, Environment> WORDS = Map.ofEntries(
            Map.entry("prod", Environment.PROD), Map.entry("production", Environment.PROD),
            Map.entry("prd", Environment.PROD), Map.entry("live", Environment.PROD),
            Map.entry("stage", Environment.STAGE), Map.entry("staging", Environment.STAGE),
            Map.entry("stg", Environment.STAGE), Map.entry("preprod", Environment.STAGE),
            Map.entry("dev", Environment.DEV), Map.entry("development", Environment.DEV),
            Map.entry("devel", Environment.DEV), Map.entry("local", Environment.DEV));

    /** The environment a single word names, if it is one of {@link #WORDS}. */
    static Optional<Environment> ofWord(String word) {
        return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The environment the repository-relative {@code path} names by its file name's words or a directory named
     * after an environment; empty when it names none, or several different ones (no evidence rather than a guess).
     */
    static Optional<EnvironmentEvidence> ofPath(String path) {
        String[] parts = path.split("/");
        Environment found = null;
        String word = null;
        for (int i = 0; i < parts.length; i++) {
            boolean fileName = i == parts.length - 1;
            String[] words = fileName ? parts[i].split("[._-]") : new String[] {parts[i]};
            for (String w : words) {
                Optional<Environment> env = ofWord(w);
                if (env.isPresent()) {
                    if (found != null && found != env.get()) {
                        return Optional.empty();
                    }
                    found = env.get();
                    word = w;
                }
            }
        }
        return found == null ? Optional.empty()
                : Optional.of(new EnvironmentEvidence(found, "its name ('" + word + "')"));
    }

    @Override
    public String toString() {
        return environment.ipaiName() + " by " + source;
    }
}
