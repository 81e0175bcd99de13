package dev.plumb;

import dev.plumb.editor.Stdio;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code plumb lsp}: the language server editors start, over a pair of streams. It lints the pack
 * of each open file as the user types (unsaved text over the disk's), and answers hover and
 * go-to-definition. Only this class leads to the protocol's library: no other command loads it.
 */
public final class LanguageServer {
  private LanguageServer() {}

  /**
   * Serves one client on {@code in} and {@code out} until it asks to exit or closes the input.
   *
   * @return the exit code the protocol asks for: 0 after a shutdown request, else 1
   */
  public static int serve(InputStream in, OutputStream out) {
    return Stdio.serve(in, out);
  }
}
