import {
  type DocumentAnalysis,
  type Locale,
  RELATION_BASES,
  type Severity,
  type ValidateOptions,
} from "../index";
import { type CheckedText, runCheck } from "./extract";
import { cliText } from "./messages";
import { type CiChoices, renderAs } from "./render";
import { selectTexts } from "./texts";
import type { ValidateCommand } from "./validate";

/** Options of `fazhi check`. */
export interface CheckCommand {
  readonly inputs: readonly string[];
  readonly format: ValidateCommand["format"];
  readonly locale: Locale;
  readonly failOn: Severity;
  readonly options: ValidateOptions;
  readonly maxBytes: number;
  readonly color: boolean;
  readonly recursive: boolean;
  /** `--exclude` patterns. */
  readonly exclude?: readonly string[];
  readonly ci?: CiChoices;
}

/**
 * Runs `fazhi check`: analyzes each text, then renders the findings (and, in text, the rates recomputed); the
 * extractor's warnings go to stderr. Exit 2 when a text gave nothing usable, else 1 when a finding reaches
 * --fail-on, else 0.
 */
export async function runCheckCommand(
  cmd: CheckCommand,
): Promise<{ output: string; exitCode: number; warnings: string }> {
  // files, folders (their texts), globs and `-`, selected as `validate` selects them; report JSON is refused
  const selected = await selectTexts(
    cmd.inputs,
    {
      locale: cmd.locale,
      maxBytes: cmd.maxBytes,
      recursive: cmd.recursive,
      ...(cmd.exclude ? { exclude: cmd.exclude } : {}),
    },
    "check",
  );
  const checked: CheckedText[] = selected.refused.map((r) => ({ file: r, warnings: "", nothing: true }));
  for (const file of selected.files) {
    try {
      checked.push(await runCheck(file, cmd.locale, cmd.options, cmd.maxBytes));
    } catch (error) {
      // One text that breaks the extractor costs that text, not the others.
      const message = `${cliText(cmd.locale).internal}: ${error instanceof Error ? error.message : String(error)}`;
      checked.push({ file: { file, error: { message, code: "internal" } }, warnings: "", nothing: true });
    }
  }
  const files = checked.map((c) => c.file);
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const failing = files.some((f) => f.result?.findings.some((x) => rank[x.severity] <= rank[cmd.failOn]));
  const rendered = renderAs(cmd.format, files, cmd.locale, cmd.failOn, cmd.color, cmd.ci);
  const rates = checked
    .map((c) => {
      const text = c.analysis ? ratesWithQuotes(c.analysis, cmd.locale) : "";
      return text ? `${c.file.file}\n${text}` : "";
    })
    .join("");
  return {
    output: cmd.format === "text" && rates ? `${rendered}\n${rates}` : rendered,
    exitCode: checked.some((c) => c.nothing) ? 2 : failing ? 1 : 0,
    warnings: selected.notes + checked.map((c) => c.warnings).join(""),
  };
}

/** How the text says a relation holds, in a locale (codelists/relationBases.ts). */
function basisLabel(code: string, locale: Locale): string {
  const entry = RELATION_BASES.find((b) => b.code === code);
  return entry ? (locale === "en" ? entry.en : entry.zh) : code;
}

/**
 * The rates a draft states, recomputed, each with how the text relates it to its counts and each figure with its
 * line and quote; then the rates the text gives no base for, as not recomputable.
 */
export function ratesWithQuotes({ report, rates }: DocumentAnalysis, locale: Locale): string {
  if (!report) return "";
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const relations = new Map(report.relations.map((r) => [r.id, r]));
  const figure = (id: string) => {
    const ev = byId.get(id)?.evidence?.[0];
    return ev ? `      ${ev.line ? `${ev.line}:` : ""} ${ev.quote}` : `      ${id}`;
  };
  const out: string[] = [];
  for (const r of rates) {
    const relation = relations.get(r.relationId);
    if (relation?.type !== "rate") continue;
    const head = r.check
      ? `${{ pass: "✓", passOtherMode: "≈", fail: "✗" }[r.check.status]} ${locale === "en" ? r.check.explanation.en : r.check.explanation.zh}`
      : `- ${r.notApplicable ?? ""}`;
    const basis = relation.basis ? ` [${basisLabel(relation.basis, locale)}]` : "";
    out.push(`    ${head}${basis}`);
    const ids = [
      relation.rate,
      ...relation.numerator,
      ...relation.denominator,
      ...(relation.denominatorExcludes ?? []),
    ];
    for (const id of [...new Set(ids)]) out.push(figure(id));
  }
  // Rates the text gives no base for: listed, not judged.
  const linked = new Set(report.relations.flatMap((r) => (r.type === "rate" ? [r.rate] : [])));
  const unlinked = report.indicators.filter((i) => i.unit === "%" && !linked.has(i.id));
  for (const ind of unlinked) {
    const ev = ind.evidence?.[0];
    out.push(
      `    - ${cliText(locale).notRecomputable}`,
      `      ${ev?.line ? `${ev.line}:` : ""} ${ev?.quote ?? ind.id}`,
    );
  }
  if (out.length === 0) return "";
  return `  ${cliText(locale).ratesRecomputed}\n${out.join("\n")}\n`;
}
