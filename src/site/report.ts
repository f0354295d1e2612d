import type { InputWarning } from "../model/schema.ts";

/** One line per problem, naming the file: `error: seeds/x.txt: the file is empty`. */
export function formatWarning(warning: InputWarning): string {
  return `${warning.level}: ${warning.file}: ${warning.message}`;
}
