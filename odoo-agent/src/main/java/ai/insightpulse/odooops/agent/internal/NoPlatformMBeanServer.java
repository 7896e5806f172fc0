package ai.insightpulse.odooops.agent.internal;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * Keeps the platform MBean server out of the agent process. XNIO (under Undertow) registers an MBean for its
 * provider, its worker and every server channel, unconditionally; the first registration creates the JVM's platform
 * MBean server, which registers every platform MXBean and the JVM's diagnostic commands: some 250 classes and ~3 MiB
 * of a sidecar's memory for beans nobody reads (the agent exports its own metrics at {@code /metrics}, and HikariCP's
 * MBeans are off). With this builder named in {@code javax.management.builder.initial} the platform server cannot be
 * created; XNIO catches the failure of each registration and goes on without its MBeans. Only the agent's
 * {@code main} installs it: an application embedding the agent keeps its JMX.
 */
public final class NoPlatformMBeanServer extends MBeanServerBuilder {

    /** The system property {@link javax.management.MBeanServerFactory} reads its builder's class name from. */
    public static final String BUILDER_PROPERTY = "javax.management.builder.initial";

    /** Used by {@link javax.management.MBeanServerFactory}. */
    public NoPlatformMBeanServer() {
    }

    /** Names this builder for the process, unless the operator named one ({@code -D}). */
    public static void install() {
        if (System.getProperty(BUILDER_PROPERTY) == null) {
            System.setProperty(BUILDER_PROPERTY, NoPlatformMBeanServer.class.getName());
        }
    }

    @Override
    public MBeanServerDelegate newMBeanServerDelegate() {
        throw new UnsupportedOperationException("odooops-agent runs without an MBean server");
    }

    @Override
    public MBeanServer newMBeanServer(String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
        throw new UnsupportedOperationException("odooops-agent runs without an MBean server");
    }
}
