package ai.insightpulse.odooops.neutralize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a system parameter ({@code ir_config_parameter}) a credential: the words its key is made of, or a
 * value that is itself a secret URL. Modules we know nothing of keep their API keys, tokens and webhook URLs there
 * (the seeds' customer sends its production mail through {@code ipai_zoho_mail_api} and
 * {@code ipai_mailgun_bridge}, keyed this way); emptying them is what stops such a bridge in a copy.
 *
 * <p>A key is cut into words at {@code .}, {@code _}, {@code -}, any other non-alphanumeric character and
 * camelCase boundaries ({@code ipai_zoho.apiKey} reads {@code ipai zoho api key}). It is a credential when a
 * {@linkplain #words() credential word} (one or more words, e.g. {@code api_key}) appears among its words, in
 * order and adjacent, and it is not {@linkplain #keep() kept}. A value is a credential, whatever its key, when it
 * is a URL carrying a password ({@code scheme://user:password@host}) or a webhook URL (a host {@code hooks.…},
 * or {@code webhook} anywhere in the URL). Odoo's own non-credential keys that contain such words
 * ({@code auth_signup.reset_password}, {@code auth_totp.policy}, …) are on the default keep-list, checked against
 * the parameters of fresh 16.0–19.0 databases.
 *
 * <p>Both lists can be extended ({@code IPAI_CREDENTIAL_WORDS}, {@code IPAI_CREDENTIAL_KEEP}); neither can be
 * emptied from the environment. Immutable.
 */
public final class CredentialParameters {

    /** The words that name a credential. */
    public static final List<String> DEFAULT_WORDS = List.of("api_key", "apikey", "secret", "token", "password",
            "passwd", "private_key", "client_secret", "access_key", "auth", "webhook");

    /**
     * Odoo's own keys that contain a credential word and hold none: signup, two-factor and password-policy
     * switches. An entry ending in {@code *} keeps every key that starts with what precedes it.
     */
    public static final List<String> DEFAULT_KEEP = List.of("auth_signup.*", "auth_totp.*", "auth_totp_mail.*",
            "auth_password_policy.*");

    /**
     * A URL that carries a password, or a webhook URL, as a regular expression that PostgreSQL ({@code ~*}) and
     * Java (case-insensitive) read alike.
     */
    public static final String SECRET_URL = "^[a-z][a-z0-9+.-]*://[^/?#@ ]*:[^/?#@ ]*@"
            + "|^https?://([^/?# ]*[.])?hooks[.][^/?# ]+/"
            + "|^https?://[^ ]*webhook";

    private static final Pattern SECRET_URL_PATTERN = Pattern.compile(SECRET_URL, Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:\\-]+\\*?");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_ENTRY = 256;

    private static final CredentialParameters DEFAULT = new CredentialParameters(DEFAULT_WORDS, DEFAULT_KEEP);

    private final List<String> words;
    private final List<String> keep;

    private CredentialParameters(Collection<String> words, Collection<String> keep) {
        this.words = List.copyOf(new LinkedHashSet<>(words));
        this.keep = List.copyOf(new LinkedHashSet<>(keep));
    }

    /** The default words and keep-list. */
    public static CredentialParameters defaults() {
        return DEFAULT;
    }

    /** The words that name a credential, lower case, words joined by {@code _}. */
    public List<String> words() {
        return words;
    }

    /** Keys never emptied: exact keys, or prefixes ending in {@code *}. */
    public List<String> keep() {
        return keep;
    }

    /** The keep-list entries that are exact keys. */
    public Set<String> keptKeys() {
        Set<String> out = new LinkedHashSet<>();
        keep.stream().filter(k -> !k.endsWith("*")).forEach(out::add);
        return Collections.unmodifiableSet(out);
    }

    /** The keep-list entries that are prefixes, without their {@code *}. */
    public Set<String> keptPrefixes() {
        Set<String> out = new LinkedHashSet<>();
        keep.stream().filter(k -> k.endsWith("*")).map(k -> k.substring(0, k.length() - 1)).forEach(out::add);
        return Collections.unmodifiableSet(out);
    }

    /**
     * These rules with more credential words.
     *
     * @throws ConfigException when a word is not lower-case letters and digits joined by {@code _}
     */
    public CredentialParameters withWords(Collection<String> more) {
        List<String> all = new ArrayList<>(words);
        for (String w : more) {
            String word = w.strip().toLowerCase(Locale.ROOT);
            if (word.length() > 64 || !WORD.matcher(word).matches()) {
                throw new ConfigException("credential word '" + ConfigException.printable(w)
                        + "' is not lower-case letters and digits joined by _ (e.g. api_key)");
            }
            all.add(word);
        }
        return new CredentialParameters(all, keep);
    }

    /**
     * These rules with more keys to keep.
     *
     * @throws ConfigException when an entry is not a parameter key (optionally ending in {@code *})
     */
    public CredentialParameters withKept(Collection<String> more) {
        List<String> all = new ArrayList<>(keep);
        for (String k : more) {
            String key = k.strip();
            if (key.length() > MAX_ENTRY || !KEY.matcher(key).matches() || key.equals("*")) {
                throw new ConfigException("credential keep-list entry '" + ConfigException.printable(k)
                        + "' is not a parameter key (letters, digits, . _ - :, optionally ending in *)");
            }
            all.add(key);
        }
        return new CredentialParameters(words, all);
    }

    /**
     * Splits a comma- or space-separated list from a variable or flag.
     *
     * @throws ConfigException when the value holds no entry
     */
    public static List<String> parseList(String variable, String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.strip().split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(variable + " is set but empty");
        }
        return out;
    }

    /**
     * A key as the word matching sees it: camelCase split, lower case, every run of other characters one
     * {@code _}, and a {@code _} at both ends ({@code ipai_zoho.apiKey} becomes {@code _ipai_zoho_api_key_}).
     * The engine computes the same in SQL; a test holds the two to each other.
     */
    public static String normalizedKey(String key) {
        String split = CAMEL.matcher(key).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
        return "_" + SEPARATORS.matcher(split).replaceAll("_") + "_";
    }

    /** A credential word as it must appear inside a {@linkplain #normalizedKey normalized key}. */
    public static String normalizedWord(String word) {
        return "_" + word + "_";
    }

    /** Whether the key is on the keep-list. */
    public boolean isKept(String key) {
        return keptKeys().contains(key) || keptPrefixes().stream().anyMatch(key::startsWith);
    }

    /** Whether a word of the key names a credential (keep-list not applied). */
    public boolean namesCredential(String key) {
        String normalized = normalizedKey(key);
        return words.stream().anyMatch(w -> normalized.contains(normalizedWord(w)));
    }

    /** Whether a value is a secret URL. */
    public static boolean isSecretUrl(String value) {
        return value != null && SECRET_URL_PATTERN.matcher(value).find();
    }

    /** Whether this parameter is a credential to empty (keys other targets own are the engine's business). */
    public boolean isCredential(String key, String value) {
        return !isKept(key) && (namesCredential(key) || isSecretUrl(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CredentialParameters other && words.equals(other.words) && keep.equals(other.keep);
    }

    @Override
    public int hashCode() {
        return words.hashCode() * 31 + keep.hashCode();
    }

    @Override
    public String toString() {
        return "CredentialParameters{words=" + words + ", keep=" + keep + "}";
    }
}
