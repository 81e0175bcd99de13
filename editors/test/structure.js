// What every token must be, whatever the snapshots say: a second reading of each file that
// follows grammar/PlumbLexer.g4 (not the TextMate grammar), character by character. It knows
// which lines are directives, template comments, escaped lines and text, where each hole
// opens and closes (the first }} outside a string, or the end of the line), and which parts of a
// manifest are comments; the tokens must agree. So a change of the shell grammar, or of a
// rule, that lets the shell swallow a hole's {{ fails here with the line and column.
'use strict';

const HOLE = 'meta.embedded.hole.plumb';
const SHELL = 'meta.embedded.line.shell';

/** A template (or fragment) starts, after blank lines, with a line whose first non-blank is %. */
function isTemplate(lines) {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && /^[ \t]*%/.test(first);
}

/** The holes of a text line from column `from`, as the lexer: [[start, end (exclusive), closed]]. */
function holes(line, from) {
  const found = [];
  let i = line.indexOf('{{', from);
  while (i >= 0) {
    let k = i + 2;
    let end = line.length;
    let closed = false;
    while (k < line.length) {
      if (line.startsWith('}}', k)) {
        end = k + 2;
        closed = true;
        break;
      }
      if (line[k] === '"') {
        k++;
        while (k < line.length && line[k] !== '"') k += line[k] === '\\' ? 2 : 1;
        k = Math.min(k + 1, line.length);
        continue;
      }
      k++;
    }
    found.push([i, end, closed]);
    i = line.indexOf('{{', end);
  }
  return found;
}

/** The #-comments of a manifest line: the column of a # outside strings, or -1. */
function manifestComment(line) {
  for (let k = 0; k < line.length; k++) {
    if (line[k] === '#') return k;
    if (line[k] === '"') {
      k++;
      while (k < line.length && line[k] !== '"') k += line[k] === '\\' ? 2 : 1;
    }
  }
  return -1;
}

/** The scopes of each character of a tokenized line. */
function scopesByColumn(tokens) {
  const cols = [];
  for (const t of tokens) for (let k = 0; k < t.text.length; k++) cols.push(t.scopes);
  return cols;
}

const has = (scopes, prefix) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

/** Every disagreement between the tokens and the lexer's reading: ["line:col: …"]. */
function check(tokenized) {
  const lines = tokenized.map((l) => l.line);
  const problems = [];
  const template = isTemplate(lines);
  tokenized.forEach(({ line, tokens }, n) => {
    const cols = scopesByColumn(tokens);
    const at = (k, what) => problems.push(`${n + 1}:${k + 1}: ${what} in: ${line}`);
    const expect = (from, to, ok, what) => {
      for (let k = from; k < to; k++) {
        if (!ok(cols[k] || [])) {
          at(k, `${what} (scopes: ${(cols[k] || []).join(' ')})`);
          return;
        }
      }
    };
    if (!template) {
      const c = manifestComment(line);
      if (c >= 0) expect(c, line.length, (s) => has(s, 'comment.line.number-sign'), 'a comment');
      expect(0, line.length, (s) => !s.some((x) => x.startsWith('meta.embedded')), 'no shell, no hole');
      return;
    }
    const lead = line.match(/^[ \t]*/)[0].length;
    if (line.startsWith('%#', lead)) {
      expect(lead, line.length, (s) => has(s, 'comment.line.percentage') && !has(s, HOLE), 'a template comment');
    } else if (line.startsWith('%%', lead)) {
      expect(lead, lead + 1, (s) => has(s, 'constant.character.escape.percent'), 'the escaping %');
      textLine(lead + 1);
    } else if (line[lead] === '%') {
      expect(lead, line.length, (s) => s.some((x) => x.startsWith('meta.directive.')) && !has(s, HOLE), 'a directive');
    } else if (line.trim() !== '') {
      textLine(0);
    }

    function textLine(from) {
      let k = from;
      for (const [start, end, closed] of holes(line, from)) {
        expect(k, start, (s) => has(s, SHELL) && !has(s, HOLE), 'shell text');
        expect(start, start + 2, (s) => has(s, 'punctuation.section.embedded.begin'), 'a hole\'s {{');
        expect(start, end, (s) => has(s, HOLE), 'a hole');
        if (closed) {
          expect(end - 2, end, (s) => has(s, 'punctuation.section.embedded.end'), 'a hole\'s }}');
        }
        k = end;
      }
      expect(k, line.length, (s) => has(s, SHELL) && !has(s, HOLE), 'shell text');
    }
  });
  return problems;
}

module.exports = { check, isTemplate, holes };
