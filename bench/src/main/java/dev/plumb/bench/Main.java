package dev.plumb.bench;

import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("plumb-bench-eq");
    Engines e = new Engines(Long.parseLong(args[0]), dir);
    System.out.println(dir);
    e.assertEqualOutputs();
    System.out.println("equal");
  }
}
