/** Internals of the agent: the guard, the HTTP server, the JSON-RPC endpoint and the renderings. Not an API. */
package ai.insightpulse.odooops.agent.internal;
