// Errors about an input file that the user can fix. The build reports them as one line,
// `FILE: REASON`, never with a stack trace: the reader is an editor, not a programmer.

export class InputError extends Error {
  /** Path of the input file, relative to the project root. */
  readonly file: string;
  /** What is wrong with it, in one line. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    // A reason quoted from a parser can span lines; the message must stay on one.
    const oneLine = reason.replace(/\s*\n\s*/g, " ").trim();
    super(`${file}: ${oneLine}`);
    this.name = "InputError";
    this.file = file;
    this.reason = oneLine;
  }
}

/** True for errors that should be shown as a one-line `FILE: REASON` message. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
