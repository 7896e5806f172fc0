package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Set;

/**
 * Deletes the cloud-storage provider choice and its Azure/Google credentials (cloud_storage*, 18.0+): a copy
 * that keeps them writes attachments into, and can delete from, prod's bucket.
 */
public final class CloudStorageTarget extends ConfigParameterTarget {

    /** The config parameters this target deletes. */
    public static final List<String> KEYS = List.of("cloud_storage_provider",
            "cloud_storage_azure_account_name", "cloud_storage_azure_container_name", "cloud_storage_azure_tenant_id",
            "cloud_storage_azure_client_id", "cloud_storage_azure_client_secret",
            "cloud_storage_google_bucket_name", "cloud_storage_google_account_info");

    /** The target. */
    public CloudStorageTarget() {
        super(NeutralizationTarget.CLOUD_STORAGE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(ConfigParameters.delete(context, KEYS));
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.copyOf(KEYS);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("cloud_storage, cloud_storage_azure, cloud_storage_google", "ir_config_parameter `cloud_storage_provider`, `cloud_storage_azure_*`, `cloud_storage_google_*`",
                "provider choice and Azure/Google credentials deleted (attachments stay in the database)",
                "18.0–19.0 (no-op where the keys are absent)");
    }
}
