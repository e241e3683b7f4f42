import { readFileSync } from "node:fs";
import { parseReport, type Report } from "../../src/model";

/** The five hand-encoded examples, parsed, in file-name order. */
export const EXAMPLE_NAMES = [
  "2021-pengbao-town",
  "2022-anding-town",
  "2022-huian-county",
  "2023-gongchuan-town",
  "2023-linhe-district",
] as const;

export function example(name: string): Report {
  return parseReport(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8")),
  );
}

export const examples = (): Report[] => EXAMPLE_NAMES.map(example);
