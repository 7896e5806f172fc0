package ai.insightpulse.odooops.agent.internal;

/** The JSON-RPC 2.0 error codes the agent answers with: the standard five and two of its own for apply. */
public enum RpcError {
    /** The body is not JSON (or breaks the parser's limits: nesting, number length). */
    PARSE_ERROR(-32700, "Parse error"),
    /** Valid JSON that is not a request (or a batch that is empty or too long). */
    INVALID_REQUEST(-32600, "Invalid Request"),
    /** No such method (or Odoo-envelope service/method pair). */
    METHOD_NOT_FOUND(-32601, "Method not found"),
    /** The method takes no such parameters. */
    INVALID_PARAMS(-32602, "Invalid params"),
    /** The call was valid but could not be carried out now (database unreachable, run failed). */
    INTERNAL_ERROR(-32603, "Internal error"),
    /** {@code neutralization.apply} without the right bearer token. */
    UNAUTHORIZED(-32001, "Unauthorized"),
    /** {@code neutralization.apply} in prod, or with no token configured on the agent. */
    FORBIDDEN(-32002, "Forbidden");

    private final int code;
    private final String message;

    RpcError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The numeric code. */
    public int code() {
        return code;
    }

    /** The standard message. */
    public String message() {
        return message;
    }
}
