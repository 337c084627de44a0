/**
 * Ignore files for directories and globs: `.gitignore` and `.whosaidignore` (gitignore syntax, read with
 * the `ignore` package, as ESLint and ripgrep honour theirs). Each file's patterns are relative to its
 * directory; deeper files override shallower ones (a `!pattern` re-includes), and nothing inside an
 * ignored directory is taken. Rules start at the top of the git work tree (the nearest ancestor holding
 * `.git`), else at the directory or working directory being expanded. Files named on the command line
 * are always read.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The ignore files read in every directory, in this order (later lines win). */
export const IGNORE_FILES = ['.gitignore', '.whosaidignore'];

async function readRules(directory: string): Promise<Ignore | null> {
  let rules: Ignore | null = null;
  for (const name of IGNORE_FILES) {
    let content: string;
    try {
      content = await readFile(path.join(directory, name), 'utf8');
    } catch {
      continue; // absent (or unreadable): no rules from it
    }
    rules = (rules ?? ignore()).add(content);
  }
  return rules;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** The directory whose ignore files are the first to apply below `start`. */
async function topOf(start: string): Promise<string> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Decides, for absolute paths below a start directory, whether the ignore files exclude them. */
export class IgnoreFilter {
  private readonly rules = new Map<string, Promise<Ignore | null>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();

  /**
   * `from` is where the user pointed (a directory argument, or the working directory of a glob): it and the
   * directories above it are not judged, so `whosaid build/` reads an ignored build/.
   */
  private constructor(
    private readonly top: string,
    private readonly from: string,
  ) {}

  /** A filter for paths below `from` (absolute). */
  static async below(from: string): Promise<IgnoreFilter> {
    const filter = new IgnoreFilter(await topOf(from), from);
    // A directory the rules above it exclude was named on purpose: only its own and deeper rules apply.
    if (filter.top !== from && (await filter.excludedItself(from, true))) return new IgnoreFilter(from, from);
    return filter;
  }

  private rulesOf(directory: string): Promise<Ignore | null> {
    let rules = this.rules.get(directory);
    if (rules === undefined) {
      rules = readRules(directory);
      this.rules.set(directory, rules);
    }
    return rules;
  }

  /** Whether the rule files from the top down exclude an absolute path (a directory when `isDirectory`). */
  private async excludedItself(absolute: string, isDirectory: boolean): Promise<boolean> {
    let ignored = false;
    const parent = path.dirname(absolute);
    // Every directory from the top down to the parent may hold rules about this path; deeper ones win.
    const chain: string[] = [];
    for (let dir = parent; ; dir = path.dirname(dir)) {
      chain.unshift(dir);
      if (dir === this.top || path.dirname(dir) === dir) break;
    }
    for (const dir of chain) {
      const rules = await this.rulesOf(dir);
      if (rules === null) continue;
      const relative = path.relative(dir, absolute).split(path.sep).join('/');
      const verdict = rules.test(isDirectory ? `${relative}/` : relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** Whether a directory below `from` is excluded, itself or through a parent (cached). */
  private directoryExcluded(absolute: string): Promise<boolean> {
    if (!isBelow(absolute, this.from)) return Promise.resolve(false);
    let verdict = this.verdicts.get(absolute);
    if (verdict === undefined) {
      verdict = (async () =>
        (await this.directoryExcluded(path.dirname(absolute))) || (await this.excludedItself(absolute, true)))();
      this.verdicts.set(absolute, verdict);
    }
    return verdict;
  }

  /** Whether a path below `from` is excluded, by its own name or because a directory it is in is. */
  async excludes(absolute: string, isDirectory: boolean): Promise<boolean> {
    return (await this.directoryExcluded(path.dirname(absolute))) || this.excludedItself(absolute, isDirectory);
  }
}

/** Whether `child` is strictly inside `parent`. */
function isBelow(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
