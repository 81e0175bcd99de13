package dev.plumb.editor;

import dev.plumb.ast.Manifest;
import dev.plumb.ast.TypeRef;
import dev.plumb.ast.Walk;
import dev.plumb.editor.Tokens.Kind;
import dev.plumb.editor.Tokens.Token;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic tokens of a manifest: each declaration's keyword and the name it declares (a
 * variable, a type, an axis, the pack), types and their bounds, an enum's words, operations, axis
 * values, the expressions of defaults and {@code let}s as in templates, doc strings and comments.
 */
final class ManifestTokens {
  private ManifestTokens() {}

  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(pack|axis|operation|type|var|let|exclude)\\b\\s*([\\w.-]*)");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  static List<Token> of(Manifest manifest) {
    List<Token> all = new ArrayList<>();
    // the expressions first: a default's string is the default's, not a doc string
    for (Manifest.Var var : manifest.vars()) {
      type(var.type(), all);
      if (var.defaultValue() != null) {
        Walk.subexpressions(var.defaultValue(), e -> Tokens.expression(e, all));
      }
    }
    manifest.lets().forEach(l -> Walk.subexpressions(l.value(), e -> Tokens.expression(e, all)));
    for (Manifest.RecordDecl record : manifest.types()) {
      for (Manifest.FieldDecl field : record.fields()) {
        all.add(at(field.span(), field.name().length(), Kind.PROPERTY));
        type(field.type(), all);
      }
    }
    manifest.operations().forEach(op -> all.add(at(op.span(), op.name().length(), Kind.FUNCTION)));
    for (Manifest.Axis axis : manifest.axes()) {
      // `axis NAME = v | …`: the keyword and the name are the line's, below
      List<Token> words = SelectorTokens.words(axis.span(), Kind.ENUM_MEMBER);
      all.addAll(words.subList(Math.min(2, words.size()), words.size()));
    }
    manifest.excludes().forEach(x -> SelectorTokens.add(x.cells(), all));
    SourceFile file = manifest.file();
    for (int n = 1; n <= file.lineCount(); n++) {
      line(n, file.line(n), all);
    }
    return Tokens.ordered(all);
  }

  /** A line's declaration keyword and declared name, its strings and its comment. */
  private static void line(int n, String text, List<Token> all) {
    Matcher declaration = DECLARATION.matcher(text);
    if (declaration.find()) {
      all.add(token(n, text, declaration.start(1), declaration.end(1), Kind.KEYWORD));
      Kind named = named(declaration.group(1));
      if (named != null && declaration.end(2) > declaration.start(2)) {
        all.add(token(n, text, declaration.start(2), declaration.end(2), named));
      }
    }
    Matcher strings = STRING.matcher(text);
    int comment = -1;
    int from = 0;
    while (comment < 0) {
      int hash = text.indexOf('#', from);
      boolean found = strings.find();
      if (found && (hash < 0 || strings.start() < hash)) {
        all.add(token(n, text, strings.start(), strings.end(), Kind.STRING));
        from = strings.end();
      } else {
        comment = hash < 0 ? text.length() : hash;
      }
    }
    if (comment < text.length()) {
      all.add(token(n, text, comment, text.length(), Kind.COMMENT));
    }
  }

  /** What a declaration's name is, or null for those that name nothing. */
  private static Kind named(String keyword) {
    return switch (keyword) {
      case "pack" -> Kind.NAMESPACE;
      case "axis" -> Kind.ENUM;
      case "type" -> Kind.TYPE;
      case "var", "let" -> Kind.VARIABLE;
      default -> null;
    };
  }

  private static void type(TypeRef type, List<Token> all) {
    if (type instanceof TypeRef.Named named) {
      all.add(at(named.span(), named.name().length(), Kind.TYPE));
      for (TypeRef.Bound bound : new TypeRef.Bound[] {named.min(), named.max()}) {
        if (bound != null) {
          all.add(at(bound.span(), bound.span().endColumn() - bound.span().column(), Kind.NUMBER));
        }
      }
    } else if (type instanceof TypeRef.Enum e) {
      all.addAll(SelectorTokens.words(e.span(), Kind.ENUM_MEMBER));
    } else if (type instanceof TypeRef.ListOf list) {
      all.add(at(list.span(), "list".length(), Kind.TYPE));
      type(list.element(), all);
    } else if (type instanceof TypeRef.Optional optional) {
      type(optional.inner(), all);
    }
  }

  private static Token at(Span span, int length, Kind kind) {
    return new Token(span.line(), span.column(), length, kind);
  }

  private static Token token(int n, String text, int start, int end, Kind kind) {
    return new Token(n, text.codePointCount(0, start) + 1, text.codePointCount(start, end), kind);
  }
}
