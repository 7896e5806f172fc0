package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.has;
import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.table;
import static ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeColumns.text;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.Sanitization;
import ai.insightpulse.odooops.neutralize.StagingPassword;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableRewrite;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Users' ways in removed in one statement on {@code res_users} plus one delete per key table: email logins masked
 * to the same address as the partner holding that address ({@code admin} and kept logins stay), every password
 * replaced by the staging password's hash or emptied (Odoo refuses a login against an empty hash), TOTP secrets
 * and OAuth access tokens cleared, API keys and trusted 2FA devices deleted.
 */
public final class SanitizeUsersTarget implements Target {

    private static final Table<?> USERS = table("res_users");
    private static final Table<?> API_KEYS = table("res_users_apikeys");
    private static final Table<?> TOTP_DEVICES = table("auth_totp_device");

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.SANITIZE_USERS;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(USERS, API_KEYS, TOTP_DEVICES);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return SanitizeColumns.require(schema, USERS, "id", "login", "password");
    }

    @Override
    public List<Step> steps(RunContext context) {
        ProbedSchema schema = context.schema();
        Sanitization sanitization = context.sanitization();
        Set<String> kept = new HashSet<>(sanitization.keptLogins());
        kept.add(Sanitization.ADMIN_LOGIN);
        Field<String> login = text(USERS, "login");
        Condition loginDue = login.like("%@%").and(login.notLike(Masking.MASKED_EMAIL_LIKE))
                .and(login.notIn(kept));
        Field<String> password = text(USERS, "password");
        Field<String> hash = DSL.val(sanitization.stagingPassword().map(StagingPassword::odooHash).orElse(null),
                String.class);
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        List<Condition> pending = new ArrayList<>();
        Map<String, Condition> perColumn = new LinkedHashMap<>();
        set.put(login, DSL.when(loginDue, Masking.maskedEmail(login)).otherwise(login));
        // the same values for a table rewrite (see SanitizePartnersTarget): each leaves a row not pending as it is
        Map<String, Field<?>> rewritten = new LinkedHashMap<>();
        rewritten.put("login", DSL.when(loginDue, Masking.maskedEmail(login, Masking.settingSeed())).otherwise(login));
        pending.add(loginDue);
        perColumn.put("login", loginDue);
        set.put(password, hash);
        pending.add(password.isDistinctFrom(hash));
        perColumn.put("password", password.isDistinctFrom(hash));
        for (String secret : List.of("totp_secret", "oauth_access_token")) {
            if (has(schema, USERS, secret)) {
                set.put(text(USERS, secret), DSL.inline((String) null));
                pending.add(text(USERS, secret).isNotNull());
                perColumn.put(secret, text(USERS, secret).isNotNull());
            }
        }
        List<Step> steps = new ArrayList<>();
        set.forEach((column, value) -> rewritten.putIfAbsent(column.getName(), value));
        steps.add(Step.update(context.dsl(), USERS, set, DSL.or(pending), perColumn)
                .withRewrite(new TableRewrite(USERS, rewritten, Masking.setSeed(), null)));
        for (Table<?> keys : List.of(API_KEYS, TOTP_DEVICES)) {
            if (schema.has(keys)) {
                steps.add(Step.deleteCounted(context.dsl(), keys, DSL.trueCondition()));
            }
        }
        return steps;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("sanitize (opt-in, `--sanitize`; no Odoo equivalent)",
                "res_users login, password, totp_secret, oauth_access_token; res_users_apikeys; auth_totp_device",
                "a login that is an email address → its masked address (`admin` and `--keep-login` logins kept); "
                        + "every password → the staging password's hash (pbkdf2-sha512), or NULL without "
                        + "`--staging-password-file` (Odoo refuses any login against an empty hash); `totp_secret`, "
                        + "`oauth_access_token` NULL; `res_users_apikeys`, `auth_totp_device` emptied",
                "16.0–19.0 (key tables where installed)");
    }
}
