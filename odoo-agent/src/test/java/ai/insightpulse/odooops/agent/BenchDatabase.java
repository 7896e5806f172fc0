package ai.insightpulse.odooops.agent;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;

/**
 * Creates and seeds a prod-like Odoo 18.0 database for {@code bench/agent.sh} and leaves it in place (the script
 * drops it). Usage: {@code java -cp … BenchDatabase odoo_dev_bench_123} with {@code ODOOOPS_TEST_PG_URL} set.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Creates {@code args[0]}. */
    public static void main(String[] args) {
        OdooDatabase db = OdooDatabase.create("18.0", args[0]);
        ProdLikeSeed.seed(db);
        System.out.println(db.name());
        // not closed on purpose: closing drops the database
    }
}
