import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-report-');

/*
 * Two directories: "council" holds gender-alternating (Dana Whitfield, "she"; Marcus Reid, "he"), "library"
 * holds gender-first-name (Margaret Ellison and Jordan Price, no gender in the text) and gender-spokeswoman
 * (Marisol Vega, "She"; "the spokeswoman" is a group of its own).
 */
function corpusDir(): string {
  const dir = tempDir();
  for (const [sub, names] of [
    ['council', ['gender-alternating']],
    ['library', ['gender-first-name', 'gender-spokeswoman']],
  ] as const) {
    mkdirSync(path.join(dir, sub));
    for (const name of names) copyFileSync(`fixtures/${name}.txt`, path.join(dir, sub, `${name}.txt`));
  }
  return dir;
}

describe('whosaid report', () => {
  test('--group-by dir -f json: people by gender per directory', async () => {
    const io = memoryIo({ cwd: corpusDir() });
    expect(await run(['report', '--group-by', 'dir', '-f', 'json', '.'], io)).toBe(0);
    expect(io.stderr).toBe('');
    const out = JSON.parse(io.stdout);
    expect(out.groupBy).toBe('dir');
    expect(
      out.groups.map((g: { group: string; documents: number; people: object }) => [g.group, g.documents, g.people]),
    ).toEqual([
      ['council', 1, { female: 1, male: 1, unknown: 0 }],
      ['library', 2, { female: 1, male: 0, unknown: 2 }],
    ]);
    expect(out.overall.shareWomen).toBeCloseTo(2 / 3, 12);
  });

  test('--gender-names gives Margaret her first name’s gender, and Jordan none', async () => {
    const io = memoryIo({ cwd: corpusDir() });
    expect(await run(['report', '--gender-names', '-f', 'json', 'library'], io)).toBe(0);
    expect(JSON.parse(io.stdout).overall.people).toEqual({ female: 2, male: 0, unknown: 1 });
  });

  test('--input ndjson from stdin, grouped by a record field; csv parses back', async () => {
    const records = [
      { id: 'a', outlet: 'Ledger', text: '“We are full,” said Ms. Dana Cole, who runs the shelter.' },
      { id: 'b', outlet: 'Courier', text: '“Fares will rise,” said Tom Baird, a spokesman for the line.' },
      { id: 'c', text: 'Officials said the road would reopen.' },
    ];
    const io = memoryIo({ stdin: records.map((r) => JSON.stringify(r)).join('\n') });
    expect(await run(['report', '--input', 'ndjson', '--group-by', 'outlet', '-f', 'csv'], io)).toBe(0);
    const rows = parse(io.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.group, r.documents, r.people_female, r.people_male, r.top_people])).toEqual([
      ['all', '3', '1', '1', 'Dana Cole (1, woman); Tom Baird (1, man)'],
      ['(none)', '1', '0', '0', ''],
      ['Courier', '1', '0', '1', 'Tom Baird (1, man)'],
      ['Ledger', '1', '1', '0', 'Dana Cole (1, woman)'],
    ]);
  });

  test('html and markdown come out whole', async () => {
    const dir = corpusDir();
    const html = memoryIo({ cwd: dir });
    expect(await run(['report', '-f', 'html', '--group-by', 'dir', '.'], html)).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const md = memoryIo({ cwd: dir });
    expect(await run(['report', '-f', 'markdown', '.'], md)).toBe(0);
    expect(md.stdout).toContain('## whosaid report: 3 documents');
  });

  test('nothing readable: the errors, no report, exit 2', async () => {
    const io = memoryIo();
    expect(await run(['report', 'no/such.txt'], io)).toBe(2);
    expect(io.stderr).toContain('whosaid: no/such.txt:');
    expect(io.stdout).toBe('');
  });

  test('grouping files by a record field warns: files have no fields', async () => {
    const io = memoryIo();
    expect(await run(['report', '--group-by', 'outlet', '-f', 'json', 'fixtures/gender-alternating.txt'], io)).toBe(0);
    expect(io.stderr).toBe(
      'whosaid: warning: --group-by outlet reads a field of NDJSON records (--input ndjson); files have none, use --group-by dir\n',
    );
    expect(JSON.parse(io.stdout).groups.map((g: { group: string }) => g.group)).toEqual(['(none)']);
  });

  test('a format report has not: exit 2', async () => {
    const io = memoryIo();
    expect(await run(['report', '-f', 'github', 'fixtures/gender-alternating.txt'], io)).toBe(2);
    expect(io.stderr).toBe("whosaid: report: --format must be one of table, json, csv, markdown, html, not 'github'\n");
  });

  test('--output is refused (claim reports only): exit 2, no report, no file', async () => {
    const dir = tempDir();
    const io = memoryIo({ cwd: dir });
    const input = path.resolve('fixtures/gender-alternating.txt');
    expect(await run(['report', '-o', 'json=corpus.json', input], io)).toBe(2);
    expect(io.stderr).toBe(
      'whosaid: report: --output writes claim reports of the default command; use --format and redirect\n',
    );
    expect(io.stdout).toBe('');
    expect(existsSync(path.join(dir, 'corpus.json'))).toBe(false);
  });

  test('an input that cannot be read: an error line, the others still counted, exit 2', async () => {
    const io = memoryIo();
    expect(await run(['report', '-f', 'json', 'fixtures/gender-alternating.txt', 'no/such.txt'], io)).toBe(2);
    expect(io.stderr).toContain('whosaid: no/such.txt:');
    expect(JSON.parse(io.stdout).overall.documents).toBe(1);
  });
});
