package org.pactgraph.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"pactgraph " + (v == null ? "development" : v) + " (Apache Jena 6.2.0, Java " + Runtime.version() + ")"};
    }
}
