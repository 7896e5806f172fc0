/**
 * SQL text as PostgreSQL's lexer sees it: {@link ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader}
 * splits a script into statements (dollar quoting, comments, strings). Shared by the engine (modules'
 * {@code neutralize.sql}) and the command line (plain-SQL dumps), so there is one splitter.
 */
package ai.insightpulse.odooops.neutralize.jooq.sql;
