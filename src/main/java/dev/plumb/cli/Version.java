package dev.plumb.cli;

import picocli.CommandLine;

/** The version, from the jar's manifest (or "development" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  static String get() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"plumb " + get()};
  }
}
