/** Runs the built CLI (dist/cli.js) as a user would, for the end-to-end tests. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const root = new URL("../../", import.meta.url).pathname;
export const cli = join(root, "dist/cli.js");

/** Runs `fazhi <args>` in the repository root, without colour; returns exit code, stdout and stderr. */
export function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    input,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
