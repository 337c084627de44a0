/**
 * The CLI's only door to the outside world: everything the program writes goes through an Io,
 * so tests can run the whole CLI in-process and read what it printed.
 */
export interface Io {
  /** Write results. */
  out(chunk: string): void;
  /** Write progress, warnings and errors. */
  err(chunk: string): void;
  /**
   * Read all of standard input: a pipe, a file, or a terminal until Ctrl-D (see stdinIsTTY); null when there
   * is no standard input to read.
   */
  readStdin(): Promise<Buffer | null>;
  /** Standard input as a stream, for line-by-line readers (`--input ndjson`); null when there is none. Absent: readStdin is used. */
  stdinStream?(): NodeJS.ReadableStream | null;
  /** Whether standard input is a terminal: reading it waits for the user to type and end with Ctrl-D. */
  stdinIsTTY?: boolean;
  /** Resolves once the results written so far have been taken by the reader (backpressure for streaming output). */
  drained?(): Promise<void>;
  /** Whether stdout / stderr are terminals. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width for tables (columns), when known. */
  columns: number | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The one line said before waiting for text typed at a terminal (on stderr, so the output stays clean). */
export const TERMINAL_HINT =
  'whosaid: reading from the terminal; paste or type the text, then press Ctrl-D on a new line\n';

/** An Io that records everything, for tests and for library users. */
export interface MemoryIo extends Io {
  stdout: string;
  stderr: string;
}

/**
 * Build an in-memory Io; `stdin` is what a pipe would deliver, `terminal` what a user types at a terminal
 * before Ctrl-D (neither: no standard input).
 */
export function memoryIo(
  options: {
    stdin?: string | Buffer;
    terminal?: string;
    env?: Record<string, string | undefined>;
    cwd?: string;
    tty?: boolean;
    columns?: number;
  } = {},
): MemoryIo {
  const io: MemoryIo = {
    stdout: '',
    stderr: '',
    out(chunk) {
      io.stdout += chunk;
    },
    err(chunk) {
      io.stderr += chunk;
    },
    readStdin: async () => {
      const typed = options.stdin ?? options.terminal;
      return typed === undefined ? null : Buffer.from(typed);
    },
    stdinIsTTY: options.terminal !== undefined,
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    columns: options.columns,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  return io;
}
