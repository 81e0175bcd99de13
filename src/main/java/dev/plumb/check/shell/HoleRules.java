package dev.plumb.check.shell;

import dev.plumb.ast.Node;
import dev.plumb.diag.Code;
import dev.plumb.types.Type;

/**
 * The checks that need a hole's type as well as its place: lists that are not whole arguments,
 * multi-line values in comments, and secrets where the shell cannot expand them.
 */
final class HoleRules {
  private HoleRules() {}

  static void check(Report report, HoleRef ref, HoleContext context, boolean beforeRedirection) {
    Type type = ref.type();
    // an unknown type was already reported by the type checker: say nothing more
    if (type == null || type instanceof Type.Invalid) {
      return;
    }
    Node.Hole hole = ref.hole();
    Quoting q = context.quoting();
    if (isSecret(type) && context.shellBody()) {
      report.error(
          Code.P318,
          hole.span(),
          "secret "
              + text(hole)
              + " in a here-document declared as shell would be written into"
              + " the file",
          "write the secret to a file of its own (printf '%s' "
              + text(hole).replace("'", "")
              + " > FILE, with a umask of 077) and have the shell file read that file");
    } else if (isSecret(type) && (q == Quoting.COMMENT || q == Quoting.HEREDOC_LITERAL)) {
      String where = q == Quoting.COMMENT ? "a comment" : "a quoted here-document";
      report.error(
          Code.P318,
          hole.span(),
          "secret " + text(hole) + " in " + where + " would never be expanded by the shell",
          q == Quoting.COMMENT
              ? "move the secret out of the comment"
              : "use an unquoted delimiter (<<EOF) so that the shell expands it");
    } else if (q == Quoting.COMMENT && !isSingleLine(type)) {
      report.error(
          Code.P312,
          hole.span(),
          "hole "
              + text(hole)
              + " of type '"
              + type.display()
              + "' in a comment could end the"
              + " comment with a newline",
          "move the value out of the comment, or use a type that cannot hold a newline");
    } else if (isList(type) && !isWholeArgument(context)) {
      report.error(Code.P313, hole.span(), listMessage(hole, context), listHint(context));
    } else if (beforeRedirection && canBeDigits(type)) {
      report.error(
          Code.P313,
          hole.span(),
          "hole "
              + text(hole)
              + " right before a redirection: a value of digits would become"
              + " its file descriptor ('2>')",
          "put a blank between the hole and the redirection");
    }
  }

  /** Whether a value of the type can be written as digits alone ({@code 2}, {@code 1024}). */
  private static boolean canBeDigits(Type type) {
    if (type instanceof Type.ListOf l) {
      return canBeDigits(l.element());
    }
    if (type instanceof Type.OptionalOf o) {
      return canBeDigits(o.inner());
    }
    return type instanceof Type.Scalar s
        && (s.isText() && s.kind() != Type.Kind.MAC && s.kind() != Type.Kind.IPV4
            || s.kind() == Type.Kind.INT
            || s.kind() == Type.Kind.SIZE);
  }

  private static boolean isWholeArgument(HoleContext context) {
    return context.quoting() == Quoting.UNQUOTED
        && context.role() == Role.ARGUMENT
        && context.wholeWord();
  }

  private static String listMessage(Node.Hole hole, HoleContext context) {
    String list = "list hole " + text(hole);
    switch (context.quoting()) {
      case DOUBLE_QUOTED:
        return list + " inside double quotes would become one word";
      case HEREDOC_EXPANDING:
      case HEREDOC_LITERAL:
        return list + " in a here-document must be a whole argument";
      case COMMENT:
        return list + " in a comment must be a whole argument";
      default:
        break;
    }
    switch (context.role()) {
      case COMMAND_NAME:
        return list + " cannot be the command name";
      case ASSIGNMENT_VALUE:
        return list + " cannot be the value of an assignment";
      case REDIRECT_TARGET:
        return list + " cannot be the target of a redirection";
      default:
        return list + " is joined to other text in one word";
    }
  }

  private static String listHint(HoleContext context) {
    if (context.quoting() == Quoting.UNQUOTED && context.role() == Role.ARGUMENT) {
      return "leave blanks around the hole so that each element is its own argument";
    }
    if (context.role() == Role.COMMAND_NAME) {
      return "write the command name literally and pass the list as its arguments";
    }
    return "make one string of it with join(list, \" \")";
  }

  static boolean isList(Type type) {
    return type instanceof Type.ListOf
        || type instanceof Type.EmptyList
        || (type instanceof Type.OptionalOf o && isList(o.inner()));
  }

  static boolean isSecret(Type type) {
    return (type instanceof Type.Scalar s && s.kind() == Type.Kind.SECRET)
        || (type instanceof Type.OptionalOf o && isSecret(o.inner()));
  }

  /** No value can hold a newline: a list or optional of single-line values is single-line too. */
  static boolean isSingleLine(Type type) {
    if (type instanceof Type.ListOf l) {
      return isSingleLine(l.element());
    }
    if (type instanceof Type.OptionalOf o) {
      return isSingleLine(o.inner());
    }
    if (type instanceof Type.RecordOf r) {
      return r.fields().values().stream().allMatch(HoleRules::isSingleLine);
    }
    return type instanceof Type.EmptyList || type instanceof Type.Word || type.isSingleLine();
  }

  /** The hole as written, {@code '{{ vm.disks }}'}, for messages. */
  private static String text(Node.Hole hole) {
    String text = hole.span().text();
    return text.isEmpty() ? "" : "'" + text + "'";
  }
}
