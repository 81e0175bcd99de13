package dev.plumb.bench;

/** The hello-world of the cold-start comparison; bench/run puts it alone in a tiny jar. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
