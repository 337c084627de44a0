/**
 * Finding and reading the config: `--config PATH`, or the nearest `whosaid.config.json` or
 * `package.json` with a "whosaid" key from the working directory upwards (lilconfig does the walk).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { ConfigError, lineColumn, validateConfig, type WhosaidConfig } from './schema.js';

/** The config in effect and where it came from (null: none found or --no-config). */
export interface LoadedConfig {
  file: string | null;
  config: WhosaidConfig;
}

/** JSON.parse with the error turned into "file:line:column: message". */
function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const place = position ? `:${lineColumn(content, Number(position[1]))}` : '';
    throw new ConfigError(`${file}${place}: invalid JSON: ${message}`);
  }
}

/** The raw config inside a file: the whole file, or its "whosaid" key for a package.json. */
function configIn(file: string, content: string): unknown {
  const value = parseJson(file, content);
  if (path.basename(file) !== 'package.json') return value;
  return (value as Record<string, unknown> | null)?.whosaid ?? {};
}

/** Read the config as the flags ask: an explicit file, none, or a search upwards from `cwd`. */
export async function loadConfig(options: { cwd: string; explicit?: string | false }): Promise<LoadedConfig> {
  if (options.explicit === false) return { file: null, config: {} };
  if (typeof options.explicit === 'string') {
    const file = path.resolve(options.cwd, options.explicit);
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `${options.explicit}: cannot read config: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`,
      );
    }
    return { file, config: validateConfig(configIn(file, content), options.explicit, content) };
  }
  const contents = new Map<string, string>();
  const searcher = lilconfig('whosaid', {
    searchPlaces: ['whosaid.config.json', 'package.json'],
    packageProp: 'whosaid',
    stopDir: path.parse(options.cwd).root,
    cache: false,
    loaders: {
      '.json': (file, content) => {
        contents.set(file, content);
        return parseJson(file, content);
      },
    },
  });
  const found = await searcher.search(options.cwd);
  if (found === null) return { file: null, config: {} };
  return {
    file: found.filepath,
    config: validateConfig(found.config ?? {}, found.filepath, contents.get(found.filepath)),
  };
}
