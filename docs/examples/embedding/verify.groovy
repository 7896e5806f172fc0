// After the example ran: it printed the result of a successful dry run, of a clone and of a verify; then the
// databases are dropped.
import ai.insightpulse.odooops.neutralize.testing.TestPostgres

def log = new File(basedir, "build.log").text
try {
    assert log.contains("status: DRY_RUN")
    assert log.contains("odoo series: 18.0")
    assert log.contains("target mail_servers: would_change 3")
    assert log.contains("target crons: would_change 5")
    assert log.contains("unresolved allowlist: [mail.mail_gc_notifications, base_automation.autovacuum, base.ir_cron_auto_vacuum]")
    // the lifecycle API: a clone published under the target name, then verified read-only
    assert log.contains("stage: PUBLISHED")
    assert log.contains("published: true")
    assert log.contains("verified neutralized: true (exit 0)")
    return true
} finally {
    TestPostgres.get().admin().withCloseable { c ->
        c.createStatement().execute("DROP DATABASE IF EXISTS odoo_dev_t_embedding_example WITH (FORCE)")
        c.createStatement().execute("DROP DATABASE IF EXISTS odoo_dev_t_embedding_example_copy WITH (FORCE)")
    }
}
