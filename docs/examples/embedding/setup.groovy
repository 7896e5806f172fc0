// Before the example builds: a seeded Odoo 18 database on the test PostgreSQL, named as the example expects.
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed
import ai.insightpulse.odooops.neutralize.testing.TestPostgres

def db = OdooDatabase.create("18.0", "odoo_dev_t_embedding_example")
ProdLikeSeed.seed(db)
db.connection().close()
def pg = TestPostgres.get()
def props = new File(basedir, "test.properties")
props.text = "example.db.host=${pg.host()}\nexample.db.port=${pg.port()}\nexample.db.user=${pg.user()}\n"
return true
