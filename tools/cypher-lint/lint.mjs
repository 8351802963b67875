#!/usr/bin/env node
// Lints Cypher files with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
//
//   node tools/cypher-lint/lint.mjs <file or folder>...
//
// Folders are searched recursively for *.cypher, *.cyp, *.cql and *.cy files. Each file is split into statements
// (on semicolons outside string literals, backtick names and comments) and every statement is linted on its own,
// against the graph vocabulary in schema.json. Prints `file:line:col: severity: message` (1-based line and column).
//
// Exit code: 0 when clean, 1 when any diagnostic of severity error or warning was found, 2 on usage/IO errors.
// Errors are syntax and semantic errors (undefined variables, wrong types, invalid clause order).
// Warnings fail too: they are deprecations (the statement would break on an upgrade) and labels, relationship types
// or property keys missing from schema.json (a label or type outside the GraphVocabulary whitelist, or a typo).
// "Parameter $x is not defined" is ignored: templates take their parameters at run time, not from `:param`.
// Performance hints reported as warnings (a cartesian product between disconnected patterns, as in the export's
// `MATCH (a {key: …}), (b {key: …}) MERGE (a)-[:T]->(b)`) are shown as info: they are not errors.
// Information and hints are printed but do not fail.
// Template placeholders (schema.json "placeholders": ENTITY_LABEL, EVENT_TYPE) stand for a whitelisted label or type
// that the writer substitutes when it loads the template: a statement holding one is linted once per value, each
// finding naming the value (positions after the placeholder are shifted by the length difference).
//
// Speed: semantic analysis costs tens of milliseconds per statement, so statements are linted in a normalised form
// (string contents and numbers replaced by same-length placeholders, so every offset stays valid) and identical
// normalised statements are linted once. An export of thousands of MERGE statements has only a few shapes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const CYPHER_EXTENSIONS = new Set(['.cypher', '.cyp', '.cql', '.cy']);
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const FAILING = new Set(['error', 'warning']);
const PERFORMANCE_HINTS = [/^If a part of a query contains multiple disconnected patterns/];

/** Splits Cypher text into statements: [{ text, offset }] where offset is the statement's start in the file. */
export function splitStatements(source) {
  const statements = [];
  let start = 0;
  let i = 0;
  const n = source.length;
  const push = (end) => {
    const text = source.slice(start, end);
    if (hasCode(text)) {
      statements.push({ text, offset: start });
    }
  };
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const newline = source.indexOf('\n', i);
      i = newline < 0 ? n : newline + 1;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === "'" || c === '"') {
      i = skipQuoted(source, i, c);
    } else if (c === '`') {
      // A backtick inside a backtick name is written twice, which this loop reads as close + reopen.
      const close = source.indexOf('`', i + 1);
      i = close < 0 ? n : close + 1;
    } else if (c === ';') {
      push(i);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  push(n);
  return statements;
}

function skipQuoted(source, openAt, quote) {
  let i = openAt + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
    } else if (c === quote) {
      return i + 1;
    } else {
      i++;
    }
  }
  return source.length;
}

/** True when the text holds something other than whitespace and comments. */
function hasCode(text) {
  const stripped = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return stripped.trim().length > 0;
}

function lineStarts(source) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

function position(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/**
 * The statement with string contents replaced by 'x' and number digits by '0', same length (offsets stay valid).
 * The parser does not look inside strings, and values never change which diagnostics a statement gets.
 */
export function normalise(statement) {
  let out = '';
  let i = 0;
  const n = statement.length;
  while (i < n) {
    const c = statement[i];
    const next = statement[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? statement.indexOf('\n', i) : statement.indexOf('*/', i + 2);
      const stop = end < 0 ? n : next === '/' ? end : end + 2;
      out += statement.slice(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      const stop = skipQuoted(statement, i, c);
      const closed = stop <= n && statement[stop - 1] === c && stop - 1 > i;
      const inner = statement.slice(i + 1, closed ? stop - 1 : stop).replace(/[^\n]/g, 'x');
      out += c + inner + (closed ? c : '');
      i = stop;
    } else if (c === '`') {
      const close = statement.indexOf('`', i + 1);
      const stop = close < 0 ? n : close + 1;
      out += statement.slice(i, stop);
      i = stop;
    } else if (c >= '0' && c <= '9' && !/[A-Za-z0-9_$]/.test(statement[i - 1] ?? ' ')) {
      let stop = i;
      while (stop < n && statement[stop] >= '0' && statement[stop] <= '9') stop++;
      // "0" stays (so 0x…/0o… literals stay valid); longer runs become 10…0 (no leading zero: not octal).
      out += stop - i === 1 ? statement[i] === '0' ? '0' : '1' : '1' + '0'.repeat(stop - i - 1);
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Lints one file's text; returns [{ line, column, severity, message }]. */
export function lintText(source, dbSchema, cache = new Map()) {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const starts = lineStarts(text);
  const findings = [];
  for (const statement of splitStatements(text)) {
    for (const { shape, as } of expandPlaceholders(normalise(statement.text), dbSchema.placeholders ?? {})) {
    let diagnostics = cache.get(shape);
    if (diagnostics === undefined) {
      diagnostics = lintCypherQuery(shape, dbSchema).diagnostics.filter(isNotParamError);
      cache.set(shape, diagnostics);
    }
    for (const diagnostic of diagnostics) {
      const at = position(starts, statement.offset + (diagnostic.offsets?.start ?? 0));
      const message = diagnostic.message.replace(/\s+/g, ' ') + as;
      let severity = SEVERITY[diagnostic.severity] ?? 'error';
      if (severity === 'warning' && PERFORMANCE_HINTS.some((hint) => hint.test(message))) severity = 'info';
      findings.push({ ...at, severity, message });
    }
    }
  }
  return findings;
}

/** The statement once per value of each placeholder it holds (placeholders are whole words outside strings). */
export function expandPlaceholders(shape, placeholders) {
  let variants = [{ shape, as: '' }];
  for (const [name, values] of Object.entries(placeholders)) {
    const word = new RegExp(`\\b${name}\\b`, 'g');
    if (!word.test(shape)) continue;
    variants = variants.flatMap((variant) =>
      values.map((value) => ({ shape: variant.shape.replace(word, value), as: `${variant.as} (as ${name} = ${value})` })));
  }
  return variants;
}

function collectFiles(path, into) {
  const stats = statSync(path);
  if (stats.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const child = join(path, entry);
      if (statSync(child).isDirectory() || CYPHER_EXTENSIONS.has(extname(entry).toLowerCase())) {
        collectFiles(child, into);
      }
    }
  } else {
    into.push(path);
  }
}

function loadSchema() {
  const schemaPath = fileURLToPath(new URL('./schema.json', import.meta.url));
  return JSON.parse(readFileSync(schemaPath, 'utf8'));
}

function main(args) {
  if (args.length === 0) {
    console.error('usage: node tools/cypher-lint/lint.mjs <file or folder>...');
    return 2;
  }
  const files = [];
  for (const arg of args) {
    try {
      collectFiles(arg, files);
    } catch (error) {
      console.error(`${arg}: cannot read: ${error.message}`);
      return 2;
    }
  }
  const dbSchema = loadSchema();
  const cache = new Map();
  let failing = 0;
  let total = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    for (const finding of lintText(readFileSync(file, 'utf8'), dbSchema, cache)) {
      total++;
      if (FAILING.has(finding.severity)) failing++;
      console.log(`${shown}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`);
    }
  }
  console.error(`cypher-lint: ${files.length} file(s), ${total} finding(s), ${failing} failing`);
  return failing > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
