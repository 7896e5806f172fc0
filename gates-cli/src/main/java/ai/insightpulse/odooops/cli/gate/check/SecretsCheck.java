package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.SecretFingerprint;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.Kind;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.SettingGroup;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code secrets}: constitution §7.1. Secret settings hold placeholders or references; templates hold
 * placeholders; no file of the repository holds a private key or a token with a known provider prefix. Findings
 * name the key, the kind of token and a {@link SecretFingerprint}, never the value.
 *
 * <p>The whole-repository scan does not follow symlinks (their targets inside the repository are scanned where they
 * are) and skips binary files and files over {@code max_file_bytes}; {@code secrets.ignore} globs skip more.
 */
public final class SecretsCheck implements GateCheck {

    private record TokenKind(String name, Pattern pattern) {
    }

    private static final Pattern PRIVATE_KEY =
            Pattern.compile("-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----");

    private static final List<TokenKind> TOKENS = List.of(
            new TokenKind("GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}")),
            new TokenKind("GitHub fine-grained token", Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{22,}")),
            new TokenKind("GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}")),
            new TokenKind("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
            new TokenKind("Slack webhook URL",
                    Pattern.compile("https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+")),
            new TokenKind("AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new TokenKind("Stripe live key", Pattern.compile("\\b(sk|rk)_live_[0-9A-Za-z]{20,}")),
            new TokenKind("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new TokenKind("SendGrid API key", Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}")),
            new TokenKind("OpenAI or Anthropic API key", Pattern.compile("\\bsk-(proj|ant)-[A-Za-z0-9_-]{20,}")),
            new TokenKind("JSON Web Token (e.g. a Supabase service key)",
                    Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")));

    @Override
    public Gate gate() {
        return Gate.SECRETS;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        SecretKeys keys = new SecretKeys(repo.config().secrets());
        List<Finding> findings = new ArrayList<>();
        for (SettingGroup group : repo.settingGroups()) {
            for (ConfigValue v : group.values()) {
                if (v.value() == null) {
                    continue;
                }
                if (SecretKeys.isSecretKey(v.key()) && !keys.isPlaceholder(v.value())) {
                    Rule rule = group.kind() == Kind.TEMPLATE
                            ? Rule.SECRETS_TEMPLATE_NOT_PLACEHOLDER : Rule.SECRETS_COMMITTED_VALUE;
                    findings.add(Finding.at(rule, v.file(), v.line(), v.key() + " holds a value that is not a "
                            + "placeholder or a reference (" + SecretFingerprint.of(v.value()) + ")"));
                }
                String urlPassword = SecretKeys.urlPassword(v.value());
                if (urlPassword != null && !keys.isPlaceholder(urlPassword)) {
                    findings.add(Finding.at(group.kind() == Kind.TEMPLATE
                            ? Rule.SECRETS_TEMPLATE_NOT_PLACEHOLDER : Rule.SECRETS_COMMITTED_VALUE, v.file(), v.line(),
                            (v.key() == null ? "a value" : v.key()) + " holds a URL with an embedded password ("
                                    + SecretFingerprint.of(urlPassword) + ")"));
                }
            }
        }
        List<PathMatcher> ignored = repo.config().secrets().ignore().stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        for (String path : repo.allFiles()) {
            if (ignored.stream().anyMatch(m -> m.matches(Path.of(path)))) {
                continue;
            }
            Optional<TextFile> file = repo.files().readIfText(path);
            file.ifPresent(f -> scan(f, findings));
        }
        return findings;
    }

    private static void scan(TextFile file, List<Finding> findings) {
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PRIVATE_KEY.matcher(line).find()) {
                findings.add(Finding.at(Rule.SECRETS_PRIVATE_KEY, file.path(), i + 1, "a private key"));
            }
            for (TokenKind kind : TOKENS) {
                Matcher m = kind.pattern().matcher(line);
                while (m.find()) {
                    findings.add(Finding.at(Rule.SECRETS_KNOWN_TOKEN, file.path(), i + 1, "a " + kind.name()
                            + " (" + SecretFingerprint.of(m.group()) + ")"));
                }
            }
        }
    }
}
