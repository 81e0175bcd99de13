package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.ast.Template;
import dev.plumb.ast.Unit;
import dev.plumb.diag.Diagnostic;
import dev.plumb.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one template or fragment in its own order, to report what is wrong in its text wherever it
 * is used: every branch of an {@code %if} from where the {@code %if} stands, an {@code %each} body
 * once, and each block of a child template as a region of its own. The path a cell really takes is
 * read again when it is compiled (and by lint), where fragments, overrides and skipped branches
 * join the text around them.
 */
public final class FileReading implements Node.Visitor<Void> {
  private final Map<Integer, Type> types;
  private final Map<Integer, LineStart> starts = new HashMap<>();
  private final Map<Integer, Integer> commands = new HashMap<>();
  private int command = -1;
  private final Set<Diagnostic> found = new LinkedHashSet<>();
  private final ReadListener listener =
      new ReadListener() {
        @Override
        public void hole(HoleRef hole, HoleContext context) {
          // only what the rules say of it matters here
        }

        @Override
        public void report(Diagnostic d) {
          found.add(d);
        }
      };
  private ShellReader reader = ShellReader.script(listener);
  private boolean directiveBefore;

  private FileReading(Map<Integer, Type> types) {
    this.types = types;
  }

  /** What the reading found: the findings, and the unit's text as path readings need it. */
  public record Result(UnitText text, List<Diagnostic> diagnostics) {}

  /** Reads {@code unit}, whose holes have the static {@code types} (by index). */
  public static Result read(Unit unit, Map<Integer, Type> types) {
    FileReading reading = new FileReading(types);
    if (unit instanceof Template t && t.parent() != null) {
      for (Node node : t.body()) {
        if (node instanceof Node.Block block) {
          // a child's block replaces its parent's: a region of the script of its own
          reading.reader = ShellReader.script(reading.listener);
          reading.command++;
          reading.body(block.body());
          reading.reader.endRegion();
        }
      }
    } else {
      reading.body(unit.body());
      // a fragment, an override or a parent's block after the last text line may complete its
      // command: then only the paths can tell
      if (unit instanceof Template && !reading.directiveBefore) {
        reading.reader.end();
      } else {
        reading.reader.endRegion();
      }
    }
    return new Result(
        new UnitText(types, reading.starts, reading.commands), List.copyOf(reading.found));
  }

  private void body(List<Node> nodes) {
    for (Node node : nodes) {
      node.accept(this);
    }
  }

  private Void directive(List<Node> nested) {
    directiveBefore = true;
    body(nested);
    directiveBefore = true;
    return null;
  }

  @Override
  public Void visitText(Node.TextLine n) {
    List<HoleRef> refs = new ArrayList<>();
    for (Node.Part part : n.parts()) {
      if (part instanceof Node.Hole hole) {
        refs.add(new HoleRef(hole, types.get(hole.index())));
      }
    }
    LineStart start = reader.lineStart();
    command += start == LineStart.FRESH || command < 0 ? 1 : 0;
    starts.put(n.id(), start);
    commands.put(n.id(), command);
    reader.line(n, refs, directiveBefore);
    directiveBefore = false;
    return null;
  }

  @Override
  public Void visitIf(Node.If n) {
    // each branch goes on from where the %if stands; the file goes on after the last one
    State before = reader.state();
    for (Node.Branch branch : n.branches()) {
      reader = ShellReader.resume(before, listener);
      directive(branch.body());
    }
    if (n.otherwise() != null) {
      reader = ShellReader.resume(before, listener);
      directive(n.otherwise());
    }
    directiveBefore = true;
    return null;
  }

  @Override
  public Void visitEach(Node.Each n) {
    return directive(n.body());
  }

  @Override
  public Void visitLet(Node.Let n) {
    return directive(List.of());
  }

  @Override
  public Void visitRequire(Node.Require n) {
    return directive(List.of());
  }

  @Override
  public Void visitBlock(Node.Block n) {
    return directive(n.body());
  }

  @Override
  public Void visitSuper(Node.Super n) {
    return directive(List.of());
  }

  @Override
  public Void visitInclude(Node.Include n) {
    return directive(List.of());
  }

  @Override
  public Void visitUnsupported(Node.Unsupported n) {
    return directive(List.of());
  }
}
