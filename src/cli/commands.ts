import {
  explainRule,
  type Locale,
  type RoundingMode,
  reportJsonSchema,
  ruleCatalogue,
  safeRate,
} from "../index";
import { RULES_DOC_URL } from "../output";
import { cliText } from "./messages";

type Result = { output: string; exitCode: number };

/** `fazhi rate <numerator> <denominator>`: one calculation with its explanation. */
export function runRate(
  args: readonly string[],
  precision: number,
  mode: RoundingMode,
  locale: Locale,
): Result {
  const [n, d] = args;
  if (n === undefined || d === undefined || args.length !== 2) {
    return { output: "fazhi rate: expects <numerator> <denominator>\n", exitCode: 2 };
  }
  const r = safeRate(n, d, { precision, mode });
  if (!r.success) return { output: `fazhi rate: ${r.issues[0]?.code}\n`, exitCode: 2 };
  const e = r.value.explanation;
  return { output: `${r.value.value}%\n${locale === "en" ? e.en : e.zh}\n`, exitCode: 0 };
}

/** `fazhi rules`: the catalogue as a table, JSON or Markdown. */
export function runRules(format: string, locale: Locale): Result {
  const rules = ruleCatalogue(locale);
  if (format === "json") return { output: `${JSON.stringify(rules, null, 2)}\n`, exitCode: 0 };
  if (format === "md") return { output: rulesMarkdown(locale), exitCode: 0 };
  const lines = rules.map(
    (r) => `${r.id.padEnd(16)} ${r.severity.padEnd(8)} ${r.category.padEnd(13)} ${r.title}`,
  );
  return { output: `${lines.join("\n")}\n`, exitCode: 0 };
}

/** The rule catalogue as Markdown (also written to docs/rules.md). */
export function rulesMarkdown(locale: Locale): string {
  const en = ruleCatalogue("en");
  const zh = ruleCatalogue("zh-CN");
  const rows = en.map((r, i) => {
    const z = zh[i];
    return `## ${r.id}\n\n**${r.title}**\n\n${z?.title ?? ""}\n\n- Severity: ${r.severity}\n- Category: ${r.category}\n- Version: ${r.version}\n${r.basis ? `- Basis: ${r.basis} / ${z?.basis ?? ""}\n` : ""}\n${r.rationale}\n\n${z?.rationale ?? ""}\n\nMessage: \`${r.message}\` / \`${z?.message ?? ""}\`\n`;
  });
  void locale;
  return `# Rules\n\nGenerated from the rule catalogue by \`fazhi rules --format md\` (npm run gen:docs). Do not edit by hand. Each rule's heading is its id, so that its anchor (\`#fz-rate-002\`) is stable: SARIF output links each rule to it (\`helpUri\`, under ${RULES_DOC_URL}).\n\n${rows.join("\n")}`;
}

/** `fazhi explain <ruleId>`. */
export function runExplain(id: string | undefined, locale: Locale): Result {
  const rule = id ? explainRule(id, locale) : undefined;
  if (!rule) return { output: `fazhi explain: ${cliText(locale).unknownRule(id ?? "")}\n`, exitCode: 2 };
  const basis = rule.basis ? `\n${locale === "en" ? "Basis" : "依据"}: ${rule.basis}` : "";
  return {
    output: `${rule.id} ${rule.title}\n${rule.severity} · ${rule.category} · v${rule.version}\n\n${rule.rationale}${basis}\n\n${locale === "en" ? "Message" : "消息"}: ${rule.message}\n`,
    exitCode: 0,
  };
}

/** `fazhi schema`. */
export function runSchema(draft: string): Result {
  if (draft !== "2020-12" && draft !== "07")
    return { output: "fazhi schema: --draft is 2020-12 or 07\n", exitCode: 2 };
  return { output: `${JSON.stringify(reportJsonSchema(draft), null, 2)}\n`, exitCode: 0 };
}
