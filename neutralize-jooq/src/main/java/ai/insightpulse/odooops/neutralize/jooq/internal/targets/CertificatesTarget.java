package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.CERTIFICATE_CERTIFICATE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.CERTIFICATE_KEY;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Replaces the passwords of stored certificates and private keys with Odoo's {@code dummy} (certificate,
 * 18.0+), so a copy cannot unlock prod's signing certificates (EDI, fiscal printers).
 */
public final class CertificatesTarget extends RewriteTarget {

    /** The value Odoo writes. */
    public static final String DUMMY = "dummy";

    /** The target. */
    public CertificatesTarget() {
        super(NeutralizationTarget.CERTIFICATES);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(
                ColumnRewrite.of(CERTIFICATE_CERTIFICATE).set(CERTIFICATE_CERTIFICATE.PKCS12_PASSWORD, DUMMY),
                ColumnRewrite.of(CERTIFICATE_KEY).set(CERTIFICATE_KEY.PASSWORD, DUMMY));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("certificate", "certificate_certificate.pkcs12_password, certificate_key.password",
                "passwords set to `dummy`", "18.0–19.0 (skipped before: no such module)");
    }
}
