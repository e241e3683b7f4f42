import { readFileSync } from "node:fs";
import { z } from "zod";
import { ROUNDING_MODES, ruleCatalogue, type ValidateOptions } from "../index";
import type { Locale } from "../locales";
import { cliText } from "./messages";

const Severity = z.enum(["error", "warning", "info"]);

/** The `--config` file: options of `validateReport` that suit a file. */
export const CliConfig = z.strictObject({
  severityOverrides: z.record(z.string(), z.union([Severity, z.literal("off")])).optional(),
  disabledRules: z.array(z.string()).optional(),
  roundingMode: z.enum(ROUNDING_MODES).optional(),
  denominators: z
    .strictObject({ reconsiderationCorrection: z.strictObject({ excludeRejected: z.boolean() }).optional() })
    .optional(),
  referenceDate: z.iso.date().optional(),
});
export type CliConfig = z.infer<typeof CliConfig>;

/**
 * Reads and checks a config file (a byte order mark is allowed); throws an Error with a one-line message when it is
 * unreadable, invalid, or names a rule that does not exist.
 */
export function loadConfig(path: string, locale: Locale = "en"): Partial<ValidateOptions> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = CliConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: /${issue?.path.join("/") ?? ""} ${issue?.message ?? ""}`);
  }
  const c = parsed.data;
  const known = new Set(ruleCatalogue("en").map((r) => r.id));
  const unknown = [...(c.disabledRules ?? []), ...Object.keys(c.severityOverrides ?? {})].find(
    (id) => !known.has(id),
  );
  if (unknown !== undefined) throw new Error(cliText(locale).unknownRuleInConfig(path, unknown));
  return {
    ...(c.severityOverrides ? { severityOverrides: c.severityOverrides } : {}),
    ...(c.disabledRules ? { disabledRules: c.disabledRules } : {}),
    ...(c.roundingMode ? { roundingMode: c.roundingMode } : {}),
    ...(c.denominators?.reconsiderationCorrection
      ? { denominators: { reconsiderationCorrection: c.denominators.reconsiderationCorrection } }
      : {}),
    ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}),
  };
}
