#!/bin/sh
# entrypoint-hook.sh — runs before Odoo in every Odoo container: fail closed.
#
#   entrypoint-hook.sh COMMAND [ARGS...]      e.g. entrypoint-hook.sh /entrypoint.sh odoo
#
# 1. Outside prod, waits (bounded) until the database answers a real query.
# 2. Runs `odooops neutralize`. Outside prod it neutralizes the database (idempotent: a no-op when it already is);
#    in prod it does not connect, but still refuses a prod container pointed at any database but odoo_prod.
#    A database whose Odoo core tables the run cannot see (not Odoo, or a role that may not read them) fails it.
# 3. Only when that succeeded, replaces itself with COMMAND (exec: Odoo gets PID and signals). When it failed, exits
#    with its exit code and Odoo never starts: a stage or dev Odoo must not run on a copy that may still send mail.
#
# Reads what `odooops neutralize` reads (IPAI_ENV or ODOO_STAGE, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or
# DB_PASSWORD_FILE, DB_NAME, IPAI_NEUTRALIZE_CONFIRM, IPAI_CRON_ALLOWLIST, ...), plus:
#   ODOOOPS_BIN               the odooops launcher (default: odooops on PATH)
#   ODOOOPS_DB_WAIT_SECONDS   longest wait for the database (default 60)
# Exit codes: COMMAND's own once it runs; otherwise odooops's (1 configuration, 2 database) or 2 when the database
# never answered, or 64 when no COMMAND was given.
set -eu

log() { echo "odooops-hook: $*" >&2; }

if [ "$#" -eq 0 ]; then
  log "usage: entrypoint-hook.sh COMMAND [ARGS...]"
  exit 64
fi

odooops=${ODOOOPS_BIN:-odooops}
wait_seconds=${ODOOOPS_DB_WAIT_SECONDS:-60}
case $wait_seconds in
  ''|*[!0-9]*) log "ODOOOPS_DB_WAIT_SECONDS='$wait_seconds' is not a number of seconds"; exit 1 ;;
esac

prod=no
if [ "${IPAI_ENV:-}" = prod ] || { [ -z "${IPAI_ENV:-}" ] && [ "${ODOO_STAGE:-}" = production ]; }; then
  prod=yes
fi

if [ "$prod" = no ]; then
  # `odooops verify` is a real round trip on the Odoo database itself, read-only: exit 2 means not reachable yet
  # (server starting, database being restored); 0 or 3 mean it answered; 1 is a configuration error, final.
  # Exit 2 with error kind not_odoo or permission means it answered but its Odoo tables cannot be seen as Odoo's
  # own connection would (fail closed): waiting does not fix that, and neutralize below refuses it.
  deadline=$(( $(date +%s) + wait_seconds ))
  while :; do
    set +e
    summary=$("$odooops" verify 2>/dev/null)
    code=$?
    set -e
    case $code in
      0|3) break ;;
      1) break ;; # neutralize below reports the configuration error itself
    esac
    case $summary in
      *'"kind":"not_odoo"'*|*'"kind":"permission"'*)
        log "the database answered, but Odoo's tables cannot be seen as Odoo's own connection would"
        break ;;
    esac
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "the database did not answer within ${wait_seconds} s; not starting Odoo"
      "$odooops" verify >/dev/null || true
      exit 2
    fi
    sleep 1
  done
fi

set +e
"$odooops" neutralize
code=$?
set -e
if [ "$code" -ne 0 ]; then
  log "odooops neutralize failed (exit $code); not starting Odoo"
  exit "$code"
fi
log "database ready and neutralized per the contract (or prod); starting: $*"
exec "$@"
