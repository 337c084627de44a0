/**
 * The CLI's only door to the outside world: everything the program writes goes through an Io,
 * so tests can run the whole CLI in-process and read what it printed.
 */
export interface Io {
  /** Write results. */
  out(chunk: string): void;
  /** Write progress, warnings and errors. */
  err(chunk: string): void;
  /** Read all of standard input, or null when stdin is a terminal (nothing piped). */
  readStdin(): Promise<Buffer | null>;
  /** Standard input as a stream, for line-by-line readers (`--input ndjson`); null when it is a terminal. Absent: readStdin is used. */
  stdinStream?(): NodeJS.ReadableStream | null;
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

/** An Io that records everything, for tests and for library users. */
export interface MemoryIo extends Io {
  stdout: string;
  stderr: string;
}

/** Build an in-memory Io; `stdin` is what a pipe would deliver (undefined = a terminal). */
export function memoryIo(
  options: {
    stdin?: string | Buffer;
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
    readStdin: async () => (options.stdin === undefined ? null : Buffer.from(options.stdin)),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    columns: options.columns,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  return io;
}
