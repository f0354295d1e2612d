// File names as messages show them: a name can hold anything but `/` and NUL, so a newline in it
// could forge a separate `error:` line in the log and an ANSI escape could recolour the terminal.

import { INVISIBLE, showInvisible } from "./invisible.ts";

/** Letters, digits and the punctuation file names usually hold: shown as they are. */
const PLAIN = /^[\p{L}\p{M}\p{N}._\-/+@,~%=]+$/u;

/**
 * `seeds/a.txt` stays as it is; anything else is double-quoted with `"`, `\`, control codes and
 * invisible characters escaped: `"seeds/a\nerror: b.txt"`, `"seeds/\u{202e}txt.md"`.
 */
export function quotePath(name: string): string {
  if (PLAIN.test(name) && !INVISIBLE.test(name)) return name;
  return `"${showInvisible(name.replace(/["\\\n\r\t]/g, (char) => ESCAPES[char]!))}"`;
}

const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\" };
