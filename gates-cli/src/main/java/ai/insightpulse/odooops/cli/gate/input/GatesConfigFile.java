package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.neutralize.Environment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code odooops-gates.yaml} with Jackson YAML: snake_case keys, unknown keys refused (a typo must not
 * silently fall back to a default), every key optional. A key given replaces its default whole (a list is not
 * appended to).
 */
public final class GatesConfigFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    record RawEnvironment(String compose, String odooConf, List<String> envFiles, String proxyConf,
                          List<String> bootHooks) {
    }

    record RawMail(List<Integer> allowedPorts, List<String> sinkHosts, List<String> personalDomains) {
    }

    record RawLimits(Integer workersMin, Integer workersMax, Integer maxRequestMb, Integer dbMaxconn,
                     Integer cronTimeLimitSeconds) {
    }

    record RawSecrets(List<String> placeholders, List<String> ignore) {
    }

    record RawBucket(String variable, Map<String, String> prefixes) {
    }

    record RawPromotion(String mainBranch, String productionBranch) {
    }

    record RawConfig(Map<String, RawEnvironment> environments, List<String> proxyDirs, String devcontainer,
                     List<String> envFiles,
                     List<String> templates, List<String> docs, List<String> odooServices, List<String> addonsPath,
                     RawMail mail, RawLimits production, RawLimits staging, RawSecrets secrets, RawBucket bucket,
                     RawPromotion promotion, Long maxFileBytes) {
    }

    private GatesConfigFile() {
    }

    /**
     * The configuration of the repository read by {@code files}: {@code odooops-gates.yaml} over the defaults, or
     * the defaults alone when there is no such file.
     *
     * @throws GateInputException if the file is not valid YAML or has an unknown key or a wrong value
     */
    public static GatesConfig read(RepoFiles files) {
        Optional<TextFile> file = files.read(GatesConfig.FILE_NAME);
        if (file.isEmpty()) {
            return GatesConfig.defaults();
        }
        String text = String.join("\n", file.get().lines());
        if (text.isBlank()) {
            return GatesConfig.defaults();
        }
        RawConfig raw;
        try {
            raw = YAML.readValue(text, RawConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new GateInputException(GatesConfig.FILE_NAME, line(e), "unknown key '" + path(e) + "'");
        } catch (JsonMappingException e) {
            throw new GateInputException(GatesConfig.FILE_NAME, line(e), "wrong value for '" + path(e) + "': "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw new GateInputException(GatesConfig.FILE_NAME, line(e), "invalid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return merge(raw == null ? emptyRaw() : raw);
    }

    private static RawConfig emptyRaw() {
        return new RawConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static GatesConfig merge(RawConfig raw) {
        GatesConfig d = GatesConfig.defaults();
        Map<Environment, GatesConfig.EnvironmentFiles> environments = d.environments();
        if (raw.environments() != null) {
            environments = new EnumMap<>(Environment.class);
            for (Map.Entry<String, RawEnvironment> e : raw.environments().entrySet()) {
                Environment env = environment(e.getKey(), "environments");
                RawEnvironment r = e.getValue() == null
                        ? new RawEnvironment(null, null, null, null, null) : e.getValue();
                environments.put(env, new GatesConfig.EnvironmentFiles(r.compose(), r.odooConf(), r.envFiles(),
                        r.proxyConf(), r.bootHooks()));
            }
        }
        GatesConfig.Mail mail = d.mail();
        if (raw.mail() != null) {
            mail = new GatesConfig.Mail(or(raw.mail().allowedPorts(), mail.allowedPorts()),
                    or(raw.mail().sinkHosts(), mail.sinkHosts()), or(raw.mail().personalDomains(), mail.personalDomains()));
        }
        GatesConfig.Secrets secrets = d.secrets();
        if (raw.secrets() != null) {
            secrets = new GatesConfig.Secrets(or(raw.secrets().placeholders(), secrets.placeholders()),
                    or(raw.secrets().ignore(), secrets.ignore()));
        }
        GatesConfig.Bucket bucket = d.bucket();
        if (raw.bucket() != null) {
            Map<Environment, String> prefixes = bucket.prefixes();
            if (raw.bucket().prefixes() != null) {
                prefixes = raw.bucket().prefixes().entrySet().stream().collect(Collectors.toMap(
                        e -> environment(e.getKey(), "bucket.prefixes"), Map.Entry::getValue));
            }
            bucket = new GatesConfig.Bucket(or(raw.bucket().variable(), bucket.variable()), prefixes);
        }
        GatesConfig.Promotion promotion = d.promotion();
        if (raw.promotion() != null) {
            promotion = new GatesConfig.Promotion(or(raw.promotion().mainBranch(), promotion.mainBranch()),
                    or(raw.promotion().productionBranch(), promotion.productionBranch()));
        }
        return new GatesConfig(environments, or(raw.proxyDirs(), d.proxyDirs()),
                or(raw.devcontainer(), d.devcontainer()), or(raw.envFiles(), d.envFiles()),
                or(raw.templates(), d.templates()), or(raw.docs(), d.docs()), or(raw.odooServices(), d.odooServices()),
                or(raw.addonsPath(), d.addonsPath()), mail, limits(raw.production(), d.production()),
                limits(raw.staging(), d.staging()), secrets, bucket, promotion,
                raw.maxFileBytes() == null ? d.maxFileBytes() : raw.maxFileBytes());
    }

    private static GatesConfig.Limits limits(RawLimits raw, GatesConfig.Limits d) {
        if (raw == null) {
            return d;
        }
        return new GatesConfig.Limits(or(raw.workersMin(), d.workersMin()), or(raw.workersMax(), d.workersMax()),
                or(raw.maxRequestMb(), d.maxRequestMb()), or(raw.dbMaxconn(), d.dbMaxconn()),
                or(raw.cronTimeLimitSeconds(), d.cronTimeLimitSeconds()));
    }

    private static Environment environment(String name, String where) {
        return Environment.fromIpaiEnv(name).orElseThrow(() -> new GateInputException(GatesConfig.FILE_NAME, 0,
                "unknown environment '" + name + "' in " + where + " (expected prod, stage or dev)"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
