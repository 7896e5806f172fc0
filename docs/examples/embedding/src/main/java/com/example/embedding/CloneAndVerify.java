package com.example.embedding;

import ai.insightpulse.odooops.lifecycle.Clone;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.CopyStage;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.lifecycle.Verify;
import ai.insightpulse.odooops.lifecycle.VerifyResult;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Secret;
import java.util.List;

/**
 * Refreshes a dev copy the way a console written in Java would, without shelling out: clones a database into a
 * neutralized, verified copy published under the target name, then verifies the target read-only.
 */
public final class CloneAndVerify {

    public static void main(String[] args) {
        String source = args[3];
        String target = args[4];
        NeutralizeConfig neutralization = NeutralizeConfig.builder()
                .environment(Environment.DEV)
                .database(new DatabaseEndpoint(args[0], Integer.parseInt(args[1]), args[2],
                        Secret.of(System.getenv("EXAMPLE_DB_PASSWORD")), target))
                .confirmed(true)
                .build();
        CopyConfig copy = new CopyConfig(neutralization, "postgres", false, List.of());

        CopyResult cloned = Clone.of(copy, source).run(new LifecycleListener() {
            @Override
            public void progress(String message) {
                System.out.println("clone: " + message);
            }

            @Override
            public void reached(CopyStage stage) {
                System.out.println("stage: " + stage);
            }
        });
        System.out.println("published: " + cloned.published());
        cloned.failure().ifPresent(f -> System.out.println("failure: " + f.kind() + " " + f.message()));

        VerifyResult verified = Verify.of(neutralization).run();
        System.out.println("verified neutralized: " + verified.neutralized() + " (exit " + verified.exitCode().code()
                + ")");
        if (!cloned.published() || !verified.neutralized()) {
            throw new IllegalStateException("the clone was not published neutralized");
        }
    }
}
