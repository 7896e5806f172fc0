package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /jsonrpc}: JSON-RPC 2.0, single calls and batches, and Odoo's own envelope
 * ({@code {"method":"call","params":{"service":"neutralization","method":"status","args":[]}}}) so existing Odoo
 * JSON-RPC clients can call the agent unchanged.
 *
 * <p>Methods: {@code neutralization.status}, {@code neutralization.plan}, {@code neutralization.apply},
 * {@code agent.health}, {@code agent.version}. Every one but apply answers from the cached snapshot. Parsing is
 * bounded while the body streams in ({@link JsonRpcBodyParser}: nesting depth, string, number and token counts,
 * batches of at most {@value #MAX_BATCH} calls counted as they start; the body size is the server's), so no body
 * can make the agent allocate much.
 */
public final class JsonRpcEndpoint {

    /** The longest batch accepted. */
    public static final int MAX_BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcEndpoint.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final NeutralizationGuard guard;
    private final Environment environment;
    private final FleetGuard fleet;
    private final BearerToken token;

    /**
     * @param guard         the status and apply
     * @param environment   the runtime (apply is refused in prod)
     * @param token         the bearer token apply requires
     */
    public JsonRpcEndpoint(NeutralizationGuard guard, Environment environment, BearerToken token) {
        this.guard = guard;
        this.environment = environment;
        this.fleet = null;
        this.token = token;
    }

    /**
     * Fleet mode: {@code neutralization.status} answers the fleet, or one database given as its parameter;
     * {@code neutralization.plan} and {@code neutralization.apply} need the database: {@code {"db": NAME}} or
     * {@code [NAME]} as JSON-RPC 2.0 params, {@code args: [NAME]} or {@code kwargs: {"db": NAME}} in Odoo's
     * envelope.
     *
     * @param fleet the fleet's guard
     * @param token the bearer token apply requires
     */
    public JsonRpcEndpoint(FleetGuard fleet, BearerToken token) {
        this.guard = null;
        this.environment = null;
        this.fleet = fleet;
        this.token = token;
    }

    /** A parser for the next request body, fed as its bytes arrive. */
    public JsonRpcBodyParser newBody() {
        return new JsonRpcBodyParser(MAX_BATCH);
    }

    /**
     * Answers a parsed body.
     *
     * @param parsed        what the body turned out to be
     * @param authorization the {@code Authorization} header, if any
     * @return the response body, or empty when only notifications were sent (HTTP 204)
     */
    public Optional<byte[]> handle(JsonRpcBodyParser.Parsed parsed, Optional<String> authorization) {
        if (parsed instanceof JsonRpcBodyParser.Malformed m) {
            return Optional.of(write(error(NullNode.instance, RpcError.PARSE_ERROR, m.detail())));
        }
        if (parsed instanceof JsonRpcBodyParser.BatchTooLong) {
            // counted while parsing: nothing after the 101st call was read
            return Optional.of(write(error(NullNode.instance, RpcError.INVALID_REQUEST,
                    "a batch of more than " + MAX_BATCH + " calls is over the limit")));
        }
        JsonNode request = ((JsonRpcBodyParser.Value) parsed).tree();
        if (request.isArray()) {
            if (request.isEmpty()) {
                return Optional.of(write(error(NullNode.instance, RpcError.INVALID_REQUEST, "empty batch")));
            }
            ArrayNode responses = JSON.arrayNode();
            for (JsonNode call : request) {
                call(call, authorization).ifPresent(responses::add);
            }
            return responses.isEmpty() ? Optional.empty() : Optional.of(write(responses));
        }
        return call(request, authorization).map(this::write);
    }

    private Optional<ObjectNode> call(JsonNode call, Optional<String> authorization) {
        if (!call.isObject()) {
            return Optional.of(error(NullNode.instance, RpcError.INVALID_REQUEST, "a call is a JSON object"));
        }
        JsonNode idNode = call.get("id");
        boolean notification = idNode == null;
        if (idNode != null && !(idNode.isTextual() || idNode.isNumber() || idNode.isNull())) {
            return Optional.of(error(NullNode.instance, RpcError.INVALID_REQUEST,
                    "id must be a string, a number or null"));
        }
        JsonNode id = idNode == null ? NullNode.instance : idNode;
        JsonNode version = call.get("jsonrpc");
        if (version == null || !version.isTextual() || !version.asText().equals("2.0")) {
            return Optional.of(error(id, RpcError.INVALID_REQUEST, "jsonrpc must be \"2.0\""));
        }
        JsonNode methodNode = call.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            return Optional.of(error(id, RpcError.INVALID_REQUEST, "method must be a string"));
        }
        JsonNode params = call.get("params");
        if (params != null && !params.isArray() && !params.isObject()) {
            return Optional.of(error(id, RpcError.INVALID_REQUEST, "params must be an array or an object"));
        }
        String method = methodNode.asText();
        if (method.equals("call")) {
            // Odoo's envelope: the real method is params.service + "." + params.method, its arguments params.args
            if (params == null || !params.isObject() || !params.path("service").isTextual()
                    || !params.path("method").isTextual()) {
                return reply(notification, error(id, RpcError.INVALID_PARAMS,
                        "Odoo's call needs params {service, method, args}"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                if (!(k.equals("service") || k.equals("method") || k.equals("args") || k.equals("kwargs"))) {
                    return reply(notification, error(id, RpcError.INVALID_PARAMS,
                            "Odoo's call takes service, method, args and kwargs only"));
                }
            }
            method = params.get("service").asText() + "." + params.get("method").asText();
            JsonNode args = params.get("args");
            JsonNode kwargs = params.get("kwargs");
            if ((args != null && !args.isArray()) || (kwargs != null && !kwargs.isObject())) {
                return reply(notification, error(id, RpcError.INVALID_PARAMS, "args must be an array, kwargs an object"));
            }
            boolean hasArgs = (args != null && !args.isEmpty()) || (kwargs != null && !kwargs.isEmpty());
            params = hasArgs ? (args != null && !args.isEmpty() ? args : kwargs) : null;
        }
        return reply(notification, dispatch(id, method, params, authorization));
    }

    private ObjectNode dispatch(JsonNode id, String method, JsonNode params, Optional<String> authorization) {
        if (fleet != null) {
            return fleetDispatch(id, method, params, authorization);
        }
        try {
            switch (method) {
                case "neutralization.status", "neutralization.plan", "neutralization.apply", "agent.health",
                        "agent.version" -> {
                    if (params != null && !params.isEmpty()) {
                        return error(id, RpcError.INVALID_PARAMS, method + " takes no parameters");
                    }
                }
                default -> {
                    // the name is not echoed: a client may have pasted anything there
                    return error(id, RpcError.METHOD_NOT_FOUND, "no such method; the methods are "
                            + "neutralization.status, neutralization.plan, neutralization.apply, agent.health, "
                            + "agent.version");
                }
            }
            StatusSnapshot s = guard.snapshot();
            return switch (method) {
                case "neutralization.status" -> result(id, StatusDocuments.status(s));
                case "neutralization.plan" -> StatusDocuments.plan(s).map(p -> result(id, p))
                        .orElseGet(() -> error(id, RpcError.INTERNAL_ERROR, "no successful check yet: "
                                + s.error().orElse("database unavailable"), "connection", true));
                case "agent.health" -> result(id, JSON.objectNode().put("status", "UP"));
                case "agent.version" -> result(id, StatusDocuments.version(s));
                default -> apply(id, authorization, guard, environment);
            };
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly: {}", method, e.getClass().getName());
            return error(id, RpcError.INTERNAL_ERROR, "unexpected failure; see the agent's log", "internal", true);
        }
    }

    private ObjectNode fleetDispatch(JsonNode id, String method, JsonNode params, Optional<String> authorization) {
        try {
            switch (method) {
                case "neutralization.status", "neutralization.plan", "neutralization.apply" -> {
                }
                case "agent.health", "agent.version" -> {
                    if (params != null && !params.isEmpty()) {
                        return error(id, RpcError.INVALID_PARAMS, method + " takes no parameters");
                    }
                }
                default -> {
                    return error(id, RpcError.METHOD_NOT_FOUND, "no such method; the methods are "
                            + "neutralization.status, neutralization.plan, neutralization.apply, agent.health, "
                            + "agent.version");
                }
            }
            if (method.equals("agent.health")) {
                return result(id, JSON.objectNode().put("status", "UP"));
            }
            if (method.equals("agent.version")) {
                return result(id, JSON.objectNode().put("agent_version", BuildInfo.VERSION)
                        .put("contract_version", ContractVersion.VALUE).put("mode", "fleet"));
            }
            Optional<String> db;
            try {
                db = databaseParameter(params);
            } catch (IllegalArgumentException e) {
                return error(id, RpcError.INVALID_PARAMS, e.getMessage());
            }
            if (db.isEmpty()) {
                if (method.equals("neutralization.status")) {
                    return result(id, fleet.views().statusDocument());
                }
                return error(id, RpcError.INVALID_PARAMS, method + " needs the database: {\"db\": NAME} or [NAME]");
            }
            String name = db.get();
            Optional<FleetMember> member = fleet.views().member(name);
            if (member.isEmpty()) {
                // the name is not echoed: a client may have pasted anything there
                return error(id, RpcError.INVALID_PARAMS, "this agent's fleet holds no such database");
            }
            Optional<NeutralizationGuard> one = fleet.guard(name);
            return switch (method) {
                case "neutralization.status" -> result(id, FleetViews.document(member.get()));
                case "neutralization.plan" -> one.flatMap(g -> StatusDocuments.plan(g.snapshot()))
                        .map(p -> result(id, p))
                        .orElseGet(() -> error(id, RpcError.INTERNAL_ERROR, "no successful check of this database "
                                + "yet: " + member.get().snapshot().flatMap(StatusSnapshot::error)
                                .or(() -> member.get().unchecked()).orElse("database unavailable"),
                                "connection", true));
                default -> one.isEmpty()
                        ? error(id, RpcError.FORBIDDEN, "refused: " + member.get().unchecked().orElse("not checked"))
                        : apply(id, authorization, one.get(), one.get().snapshot().environment());
            };
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly: {}", method, e.getClass().getName());
            return error(id, RpcError.INTERNAL_ERROR, "unexpected failure; see the agent's log", "internal", true);
        }
    }

    /**
     * The database a fleet call names: {@code {"db": NAME}} or {@code [NAME]}; nothing else is accepted.
     *
     * @throws IllegalArgumentException with the reason, when the parameters are anything else
     */
    private static Optional<String> databaseParameter(JsonNode params) {
        if (params == null || params.isEmpty()) {
            return Optional.empty();
        }
        JsonNode name;
        if (params.isArray()) {
            if (params.size() != 1) {
                throw new IllegalArgumentException("the only parameter is the database name");
            }
            name = params.get(0);
        } else {
            if (params.size() != 1 || !params.has("db")) {
                throw new IllegalArgumentException("the only parameter is \"db\", the database name");
            }
            name = params.get("db");
        }
        if (!name.isTextual() || !DatabaseNames.isSafeIdentifier(name.asText())) {
            throw new IllegalArgumentException("the database must be a name (a-z, 0-9 and _ only, at most 63)");
        }
        return Optional.of(name.asText());
    }

    private ObjectNode apply(JsonNode id, Optional<String> authorization, NeutralizationGuard guard,
                             Environment environment) {
        if (environment == Environment.PROD) {
            refused(guard, "forbidden");
            LOG.warn("neutralization.apply refused: the agent never writes to a prod database");
            return error(id, RpcError.FORBIDDEN, "refused in prod: the agent never writes to a prod database");
        }
        if (!token.configured()) {
            refused(guard, "forbidden");
            LOG.warn("neutralization.apply refused: no ODOOOPS_AGENT_TOKEN or ODOOOPS_AGENT_TOKEN_FILE configured");
            return error(id, RpcError.FORBIDDEN, "refused: no token is configured on this agent");
        }
        if (!token.accepts(authorization)) {
            refused(guard, "unauthorized");
            LOG.warn("neutralization.apply refused: {} bearer token", authorization.isEmpty() ? "no" : "wrong");
            return error(id, RpcError.UNAUTHORIZED, "a valid 'Authorization: Bearer <token>' header is required");
        }
        NeutralizationResult applied = fleet == null ? guard.apply() : fleet.apply(guard);
        if (applied.status() == RunStatus.ERROR) {
            var failure = applied.failure().get();
            return error(id, RpcError.INTERNAL_ERROR, "neutralization failed, nothing was changed: "
                    + failure.message(), failure.kind().wireName(), failure.kind().exitCode().code() == 2);
        }
        return result(id, SummaryLine.toJson(applied));
    }

    private void refused(NeutralizationGuard guard, String outcome) {
        if (fleet == null) {
            guard.refused(outcome);
        } else {
            fleet.refused(guard, outcome);
        }
    }

    private static Optional<ObjectNode> reply(boolean notification, ObjectNode response) {
        return notification ? Optional.empty() : Optional.of(response);
    }

    private static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode o = JSON.objectNode();
        o.put("jsonrpc", "2.0");
        o.set("result", result);
        o.set("id", id);
        return o;
    }

    private static ObjectNode error(JsonNode id, RpcError error, String detail) {
        ObjectNode o = JSON.objectNode();
        o.put("jsonrpc", "2.0");
        ObjectNode e = o.putObject("error");
        e.put("code", error.code());
        e.put("message", error.message());
        e.putObject("data").put("detail", detail);
        o.set("id", id);
        return o;
    }

    private static ObjectNode error(JsonNode id, RpcError error, String detail, String kind, boolean retryable) {
        ObjectNode o = error(id, error, detail);
        ObjectNode data = (ObjectNode) o.get("error").get("data");
        data.put("kind", kind);
        data.put("retryable", retryable);
        return o;
    }

    /** The standard error body for a request over the size limit (sent with HTTP 413). */
    public byte[] tooLarge(int limit) {
        return write(error(NullNode.instance, RpcError.INVALID_REQUEST, "request body over " + limit + " bytes"));
    }

    /**
     * The error body for a request turned away because {@code limit} JSON-RPC requests are in flight (sent with
     * HTTP 503).
     */
    public byte[] busy(int limit) {
        return write(error(NullNode.instance, RpcError.INTERNAL_ERROR, "busy: " + limit
                + " JSON-RPC requests are in flight; retry shortly", "busy", true));
    }

    private byte[] write(JsonNode node) {
        return JsonTrees.write(node);
    }
}
