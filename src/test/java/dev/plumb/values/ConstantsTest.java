package dev.plumb.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumb.ast.Expr;
import dev.plumb.check.Constants;
import dev.plumb.diag.Diagnostic;
import dev.plumb.source.SourceFile;
import dev.plumb.source.Span;
import dev.plumb.types.Type;
import dev.plumb.types.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Manifest defaults: converted by the same rules as values, P215 where they do not fit. */
class ConstantsTest {
  private static final SourceFile PACK = new SourceFile("pack.plumb", "");
  private static final Type.Scalar CPUS = new Type.Scalar(Type.Kind.INT, 1L, 64L);
  private static final Type.Scalar MEMORY =
      new Type.Scalar(Type.Kind.SIZE, 64 * Fixture.M, Fixture.T);
  private static final Type.EnumOf BOOT = new Type.EnumOf(null, List.of("bios", "uefi"));

  private final List<Diagnostic> errors = new ArrayList<>();

  private static Span at(int column) {
    return Span.of(PACK, 7, column, column + 1);
  }

  private static Expr.Text text(String value, int column) {
    return new Expr.Text(value, at(column));
  }

  private Value convert(Expr e, Type type) {
    return Constants.convert(e, type, errors);
  }

  private List<String> errors() {
    return errors.stream().map(Fixture::render).toList();
  }

  @Test
  void literalsOfEveryType() {
    assertEquals(new Value.Int(1), convert(new Expr.IntLit(1, at(20)), CPUS));
    assertEquals(
        new Value.Int(-3),
        convert(
            new Expr.Unary(Expr.UnaryOp.NEGATE, new Expr.IntLit(3, at(21)), at(20)),
            Type.Scalar.INT));
    assertEquals(
        new Value.Size(512 * Fixture.M),
        convert(new Expr.SizeLit(512 * Fixture.M, at(20)), MEMORY));
    assertEquals(new Value.Bool(true), convert(new Expr.BoolLit(true, at(20)), Type.Scalar.BOOL));
    assertEquals(new Value.Text("/vm"), convert(text("/vm", 20), Type.Scalar.PATH));
    assertEquals(
        new Value.Text("/dev/x"),
        convert(text("/dev/x", 20), new Type.OptionalOf(Type.Scalar.PATH)));
    assertEquals(new Value.Text(""), convert(text("", 20), Type.Scalar.STRING));
    assertEquals(
        new Value.Text("58:9c:fc:00:00:0a"),
        convert(text("58:9C:FC:00:00:0A", 20), Type.Scalar.MAC));
    assertEquals(new Value.Text("10.0.0.5"), convert(text("10.0.0.5", 20), Type.Scalar.IPV4));
    assertEquals(new Value.Word("bios"), convert(new Expr.Name("bios", at(20)), BOOT));
    assertEquals(
        new Value.ListOf(List.of()),
        convert(new Expr.ListLit(List.of(), at(20)), new Type.ListOf(Fixture.NIC)));
    Expr nic =
        new Expr.RecordLit(
            List.of(
                new Expr.FieldInit("mac", text("58:9C:FC:00:00:01", 30), at(25)),
                new Expr.FieldInit("tap", text("tap0", 40), at(35)),
                new Expr.FieldInit("bridge", text("br0", 50), at(45))),
            at(20));
    assertEquals(
        new Value.RecordOf(
            Map.of(
                "tap",
                new Value.Text("tap0"),
                "mac",
                new Value.Text("58:9c:fc:00:00:01"),
                "bridge",
                new Value.Text("br0"))),
        convert(nic, Fixture.NIC));
    assertEquals(
        List.of("tap", "mac", "bridge"),
        List.copyOf(((Value.RecordOf) convert(nic, Fixture.NIC)).fields().keySet()));
    assertEquals(List.of(), errors());
  }

  @Test
  void scalarsThatDoNotFit() {
    convert(text("x", 20), Type.Scalar.MAC);
    convert(text("-x", 20), Type.Scalar.PATH);
    convert(text("web 1", 20), Type.Scalar.NAME);
    convert(text("a\u0000", 20), Type.Scalar.STRING);
    convert(text("4", 20), CPUS);
    convert(new Expr.IntLit(512, at(20)), MEMORY);
    convert(text("true", 20), Type.Scalar.BOOL);
    convert(new Expr.IntLit(5, at(20)), Type.Scalar.STRING);
    assertEquals(
        List.of(
            "pack.plumb:7:20: P215: default \"x\" is not a valid mac: expected six hex pairs like 58:9c:fc:00:00:01",
            "pack.plumb:7:20: P215: default \"-x\" is not a valid path: expected non-empty text without NUL or line"
                + " breaks, not starting with '-'",
            "pack.plumb:7:20: P215: default \"web 1\" is not a valid name: expected letters, digits, '.', '_' and '-',"
                + " starting with a letter or digit, at most 64 characters",
            "pack.plumb:7:20: P215: default \"a\\u0000\" is not a valid string: expected text without NUL characters or"
                + " unpaired surrogates",
            "pack.plumb:7:20: P215: default \"4\" is not a valid int: expected a whole number like 42 or -3",
            "pack.plumb:7:20: P215: default 512 is not a valid size: expected a number with a unit B, K, M, G or T,"
                + " like 512M or 2G",
            "pack.plumb:7:20: P215: default \"true\" is not a valid bool: expected true or false",
            "pack.plumb:7:20: P215: default 5 is not a valid string: expected text without NUL characters or"
                + " unpaired surrogates"),
        errors());
  }

  @Test
  void rangesAndEnums() {
    convert(new Expr.IntLit(100, at(20)), CPUS);
    convert(new Expr.SizeLit(32 * Fixture.M, at(20)), MEMORY);
    convert(new Expr.Name("bio", at(20)), BOOT);
    convert(text("bios", 20), BOOT);
    assertEquals(
        List.of(
            "pack.plumb:7:20: P215: default 100 is above the maximum 64",
            "pack.plumb:7:20: P215: default 32M is below the minimum 64M",
            "pack.plumb:7:20: P215: default bio is not one of bios, uefi [did you mean 'bios'?]",
            "pack.plumb:7:20: P215: default \"bios\" is not one of bios, uefi"),
        errors());
  }

  @Test
  void listsAndRecordsAreCheckedInside() {
    convert(
        new Expr.ListLit(List.of(text("/a", 21), text("-b", 27)), at(20)),
        new Type.ListOf(Type.Scalar.PATH));
    convert(text("/a", 20), new Type.ListOf(Type.Scalar.PATH));
    convert(
        new Expr.RecordLit(
            List.of(
                new Expr.FieldInit("tap", text("tap0", 30), at(25)),
                new Expr.FieldInit("mca", text("x", 40), at(35)),
                new Expr.FieldInit("bridge", text("b r", 50), at(45))),
            at(20)),
        Fixture.NIC);
    assertEquals(
        List.of(
            "pack.plumb:7:27: P215: default \"-b\" is not a valid path: expected non-empty text without NUL or line"
                + " breaks, not starting with '-'",
            "pack.plumb:7:20: P215: default \"/a\" is not a valid list<path>: expected a list like [a, b] of path",
            "pack.plumb:7:35: P215: unknown field 'mca' of nic [did you mean 'mac'?]",
            "pack.plumb:7:50: P215: default \"b r\" is not a valid name: expected letters, digits, '.', '_' and '-',"
                + " starting with a letter or digit, at most 64 characters",
            "pack.plumb:7:20: P215: default is missing the field 'mac' of nic [declared as 'mac : mac']"),
        errors());
  }

  @Test
  void secretsHaveNoDefault() {
    convert(text("hunter2", 20), Type.Scalar.SECRET);
    convert(new Expr.BoolLit(true, at(20)), new Type.OptionalOf(Type.Scalar.SECRET));
    assertEquals(
        List.of(
            "pack.plumb:7:20: P215: a secret cannot have a default: it is supplied when the script runs"
                + " [remove the default, or declare it 'secret?']",
            "pack.plumb:7:20: P215: a secret cannot have a default: it is supplied when the script runs"
                + " [remove the default]"),
        errors());
  }

  @Test
  void onlyLiteralsAreDefaults() {
    Expr sum =
        new Expr.Binary(
            Expr.BinaryOp.ADD, new Expr.IntLit(1, at(20)), new Expr.IntLit(2, at(24)), at(20));
    assertEquals(null, convert(sum, CPUS));
    assertEquals(
        List.of(
            "pack.plumb:7:20: P215: a default must be a literal, not an expression [to compute a"
                + " value from others, declare 'let NAME = …' in pack.plumb and use NAME]"),
        errors());
  }
}
