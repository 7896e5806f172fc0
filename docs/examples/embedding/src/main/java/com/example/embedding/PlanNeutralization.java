package com.example.embedding;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;

/** Plans (dry-run) the neutralization of a dev database and prints what would change. */
public final class PlanNeutralization {

    public static void main(String[] args) {
        NeutralizeConfig config = NeutralizeConfig.builder()
                .environment(Environment.DEV)
                .database(new DatabaseEndpoint(args[0], Integer.parseInt(args[1]), args[2],
                        Secret.of(System.getenv("EXAMPLE_DB_PASSWORD")), args[3]))
                .dryRun(true)
                .build();

        NeutralizationResult result = JooqNeutralizer.create().neutralize(config);

        System.out.println("status: " + result.status());
        System.out.println("odoo series: " + result.odooSeries().orElse("unknown"));
        for (TargetResult target : result.targets()) {
            System.out.println("target " + target.target().id() + ": " + target.outcome().wireName()
                    + " " + target.rows());
        }
        System.out.println("unresolved allowlist: " + result.unresolvedAllowlist());
        result.failure().ifPresent(f -> System.out.println("failure: " + f.kind() + " " + f.message()));
        if (result.exitCode().code() != 0) {
            throw new IllegalStateException("the dry run did not succeed");
        }
    }
}
