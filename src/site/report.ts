import type { InputWarning } from "../model/schema.ts";
import { quotePath } from "../text/quote-path.ts";

/** One line per problem, naming the file: `error: seeds/x.txt: the file is empty`. A file name holding a newline or an escape code is quoted, so it can neither forge a line nor recolour the terminal. */
export function formatWarning(warning: InputWarning): string {
  return `${warning.level}: ${quotePath(warning.file)}: ${warning.message}`;
}
