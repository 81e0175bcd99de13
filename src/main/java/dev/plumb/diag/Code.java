package dev.plumb.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic code plumb reports. Codes are stable: P1xx syntax, P2xx names and types, P3xx
 * shell safety and straight-line, P4xx pack structure and resolution, P5xx values and the
 * compile-time evaluation that uses them, P6xx a pack's own tests ({@code plumb test}). Each has a
 * long explanation in {@code explain/CODE.md} (shown by {@code plumb explain}).
 */
public enum Code {
  P101("syntax error"),
  P102("unclosed hole"),
  P103("malformed string literal"),
  P104("unknown directive"),
  P105("directive block never closed"),
  P106("directive without its opening"),
  P107("missing or misplaced header"),
  P108("number or size out of range"),
  P109("unreadable source text"),
  P110("nesting too deep"),
  P111("chained comparison"),
  P112("malformed name"),
  P113("line of another template language"),

  P201("unknown name"),
  P202("unknown function"),
  P203("wrong number of arguments"),
  P204("type mismatch"),
  P205("condition is not a bool"),
  P206("%each over a value that is not a list"),
  P207("optional value used without narrowing"),
  P208("value cannot be written into the script"),
  P209("word is not in the enum"),
  P210("unknown field"),
  P211("bare word without an enum to belong to"),
  P212("name declared twice"),
  P213("unknown axis or axis value"),
  P214("unknown type"),
  P215("default value does not fit its type"),
  P216("invalid range"),
  P217("secret used at compile time"),
  P218("variable never used"),
  P219("fragment never included"),
  P220("code no cell reaches"),
  P221("precondition that always or never holds"),
  P222("override identical to its parent"),

  P301("shell control flow"),
  P302("command group or subshell"),
  P303("shell conditional operator"),
  P304("background job"),
  P305("command substitution"),
  P306("arithmetic expansion"),
  P307("parameter expansion with an operator"),
  P308("process substitution"),
  P309("forbidden builtin"),
  P310("bash-only syntax"),
  P311("hole inside single quotes"),
  P312("hole inside a comment"),
  P313("list hole not a whole argument"),
  P314("value would end a here-document"),
  P315("unterminated quote"),
  P316("continued command without a final line"),
  P317("here-document never ended"),
  P318("secret where the shell cannot expand it"),
  P319("ShellCheck finding"),
  P320("here-document not open where it was checked (retired)"),
  P321("incomplete command"),
  P322("value read as code or as a variable name"),
  P323("value that a shell here-document would run"),
  P324("here-document with values that looks like shell"),
  P325("secret in the arguments of a command"),

  P401("pack cannot be read"),
  P402("unknown operation"),
  P403("ambiguous cell"),
  P404("unsupported cell"),
  P405("malformed cell"),
  P406("duplicate template"),
  P407("directive not available here"),
  P408("parent template not found"),
  P409("block not in the parent"),
  P410("text outside blocks in a child template"),
  P411("inheritance cycle"),
  P412("parent does not serve the child's cells"),
  P413("include cycle"),
  P414("output cannot be written"),
  P415("matrix too large to list"),
  P416("template for excluded cells only"),
  P417("support taken over"),
  P418("operation never supported"),
  P419("support not expected"),
  P420("version to compare against cannot be read"),

  P501("unknown value name"),
  P502("missing required value"),
  P503("value of the wrong type"),
  P504("value out of range"),
  P505("values file cannot be read"),
  P506("precondition failed"),
  P507("index out of range"),
  P508("inexact unit conversion"),
  P509("script too large"),
  P510("arithmetic overflow"),
  P511("undecodable argument or file name"),
  P512("more errors than shown"),
  P513("--set path that does not reach a value"),

  P601("script differs from its snapshot"),
  P602("snapshot missing"),
  P603("snapshot of nothing built"),
  P604("test case fails"),
  P605("malformed test case"),
  P606("template coverage below the minimum");

  private final String title;

  Code(String title) {
    this.title = title;
  }

  /** A code no longer reported, kept so that it never comes to mean something else. */
  public boolean retired() {
    return this == P320;
  }

  /** A short description, the title of the code in SARIF and in {@code plumb explain}. */
  public String title() {
    return title;
  }

  public static Optional<Code> parse(String text) {
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
