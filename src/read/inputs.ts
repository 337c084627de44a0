/**
 * Inputs: paths as given, directories (expanded by extension, sorted), quoted globs (tinyglobby,
 * sorted, node_modules and .git skipped), "-" for stdin. Directories and globs honour .gitignore and
 * .whosaidignore (see ignore-files.ts) unless `ignore` is false; a file named as an argument is always read.
 * Each input becomes either a text or an error; one bad input never stops the others.
 */
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { decode, DecodeError } from './decode.js';
import { IgnoreFilter } from './ignore-files.js';

/** One input ready for extraction, or the reason it could not be read. */
export type Input = { path: string; text: string } | { path: string; error: string };

export interface ReadOptions {
  /** Extensions taken from directories, with the dot. */
  extensions: string[];
  lenient: boolean;
  cwd: string;
  readStdin: () => Promise<Buffer | null>;
  /** Honour .gitignore and .whosaidignore in directories and globs (default true; `--no-ignore` turns it off). */
  ignore?: boolean;
}

/** Directories never descended into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** Human reason for a file-system error, like the shell's ("No such file or directory"). */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e instanceof DecodeError) return e.message;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return e?.message ?? String(error);
  }
}

async function walk(
  directory: string,
  options: ReadOptions,
  found: string[],
  filter: IgnoreFilter | null,
): Promise<void> {
  const absolute = path.resolve(options.cwd, directory);
  const entries = await readdir(absolute, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(directory, entry.name);
    const isDirectory = entry.isDirectory();
    if (
      isDirectory
        ? SKIPPED_DIRECTORIES.has(entry.name)
        : !options.extensions.includes(path.extname(entry.name).toLowerCase())
    )
      continue;
    if (filter !== null && (await filter.excludes(path.join(absolute, entry.name), isDirectory))) continue;
    if (isDirectory) await walk(child, options, found, filter);
    else found.push(child);
  }
}

/** The ignore-file filter for an expansion from `from`, or null with --no-ignore. */
function filterFor(from: string, options: ReadOptions): Promise<IgnoreFilter | null> {
  return options.ignore === false ? Promise.resolve(null) : IgnoreFilter.below(path.resolve(options.cwd, from));
}

/** Byte order of paths, so results are the same on every machine and locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The directory part of a glob before its first pattern character: what the user pointed at. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

/** Files a glob matches, sorted; filtered by extension only when the pattern's last part names none. */
async function expandGlob(pattern: string, options: ReadOptions): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob([pattern], {
    cwd: options.cwd,
    absolute: path.isAbsolute(pattern),
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
    expandDirectories: false,
  });
  // "articles/**/*.txt" chose its files; "articles/**" did not, so it gets the usual extensions.
  const namesExtension = path.extname(pattern.split('/').pop() ?? '') !== '';
  const matching = found.filter((f) => namesExtension || options.extensions.includes(path.extname(f).toLowerCase()));
  const filter = await filterFor(globBase(pattern), options);
  const kept: string[] = [];
  for (const file of matching) {
    if (filter === null || !(await filter.excludes(path.resolve(options.cwd, file), false))) kept.push(file);
  }
  return kept.sort(byCodeUnit);
}

/** Expand one argument to the file paths it names (a directory gives its matching files, a glob its matches). */
export async function expand(argument: string, options: ReadOptions): Promise<string[]> {
  if (argument === '-') return ['-'];
  try {
    const info = await stat(path.resolve(options.cwd, argument));
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(argument, options, found, await filterFor(argument, options));
      return found;
    }
    return [argument];
  } catch {
    // Not a file: a glob, or a missing file reported when it is read, with the reason.
  }
  // The glob library is loaded only for an argument that names no file or directory (start-up of the common case).
  const { isDynamicPattern } = await import('tinyglobby');
  if (isDynamicPattern(argument)) return expandGlob(argument, options);
  return [argument];
}

/** Read one path (or "-") into an Input. */
export async function readInput(file: string, options: ReadOptions): Promise<Input> {
  try {
    if (file === '-') {
      const bytes = await options.readStdin();
      if (bytes === null) return { path: file, error: 'standard input is a terminal; pipe text in or give a file' };
      return { path: file, text: decode(bytes, { lenient: options.lenient }) };
    }
    // Open without blocking and check what was opened, not what the path named a moment before: a FIFO
    // swapped in after listing must be refused, not waited on for a writer that never comes.
    const handle = await open(path.resolve(options.cwd, file), constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return { path: file, error: 'is a directory' };
      if (!info.isFile()) return { path: file, error: 'not a regular file' };
      return { path: file, text: decode(await handle.readFile(), { lenient: options.lenient }) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { path: file, error: describeError(error) };
  }
}
