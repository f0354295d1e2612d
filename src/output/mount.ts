// A mount point (a container volume, a network share) cannot be renamed away: the output is then
// updated file by file instead.
import { statSync } from "node:fs";
import path from "node:path";

export function isMountPoint(folder: string): boolean {
  const own = statSync(folder);
  const parent = statSync(path.dirname(folder));
  return own.dev !== parent.dev || own.ino === parent.ino;
}
