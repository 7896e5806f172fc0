package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import picocli.CommandLine;

/** {@code odooops --version}: the build and the contract it implements. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String build = OdooOpsCli.class.getPackage().getImplementationVersion();
        return new String[] {
            "odooops " + (build == null ? "development build" : build),
            "neutralization contract " + ContractVersion.VALUE
        };
    }
}
