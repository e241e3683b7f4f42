import { expect } from "vitest";
import { FazhiError } from "../../src/error";

/** What `run` throws: a `FazhiError`, as `[code, path of each issue]`; fails the test when it throws anything else. */
export function thrown(run: () => unknown): [string, string[]] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FazhiError);
    const e = error as FazhiError;
    return [e.code, e.issues.map((i) => i.path)];
  }
  throw new Error("did not throw");
}
