/**
 * The odoo-agent sidecar: {@link ai.insightpulse.odooops.agent.OdooAgent} (entry point and {@code main}) and its
 * one immutable {@link ai.insightpulse.odooops.agent.AgentConfig}. Everything else is in {@code …agent.internal}.
 */
package ai.insightpulse.odooops.agent;
