import { DOMAINS, RATE_KINDS, UNITS, type UnitEntry } from "../codelists";
import {
  type Magnitude,
  parseChineseNumeral,
  type Qualifier,
  qualifierFromMarkers,
  qualifierSuffixes,
} from "../numbers";

/**
 * A number stated in the text: value as printed, unit, magnitude, qualifier, label and where it stands.
 * @example
 * const [m]: Mention[] = mentionsIn("调解成功8881件", 0);
 * m?.value //=> "8881"
 */
export interface Mention {
  readonly value: string;
  readonly unit?: string;
  readonly magnitude?: Magnitude;
  readonly qualifier: Qualifier;
  readonly kind: "count" | "amount" | "rate" | "percentagePoints" | "change" | "duration";
  readonly direction?: "increase" | "decrease";
  readonly label: string;
  readonly rateKind?: string;
  readonly domain?: string;
  /** Offsets into the original text of the quote (label + number + unit) and of the number itself. */
  readonly start: number;
  readonly end: number;
  readonly numberStart: number;
  /** Index of the sentence within its line, and parenthesis depth, for relations. */
  readonly sentence: number;
  readonly depth: number;
  /** Offset (in the line) just after the mention's unit and qualifier. */
  readonly after: number;
  /** The words just after the figure, to the next delimiter or figure ("其中1150项进驻中心" → "进驻中心"). */
  readonly tail: string;
}

type Measures = UnitEntry["measures"];
/** Unit spellings not read after a number: a date word (5日), a form written before it (百分之), 回 (回复). */
const NOT_AFTER_NUMBER = new Set(["日", "百分之", "回"]);
let units: { readonly re: RegExp; readonly measures: ReadonlyMap<string, Measures> } | undefined;

/** Every code and Simplified alias of the unit code list, longest first, as one sticky pattern (built on first use). */
function unitReader(): { readonly re: RegExp; readonly measures: ReadonlyMap<string, Measures> } {
  if (units) return units;
  const measures = new Map<string, Measures>();
  for (const u of UNITS) {
    for (const s of [u.code, ...u.aliases]) if (!NOT_AFTER_NUMBER.has(s)) measures.set(s, u.measures);
  }
  const spellings = [...measures.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "y");
  units = { re, measures };
  return units;
}
const DELIMS = '，,。；;：:、（）()“”"！？!?【】《》';
const CN_NUM = "〇零一二两三四五六七八九十百千";
const CN_VERBS = /(为期|共计|共有|共|累计|达到|达|开展|举办|组织|召开|参加|培训|新增|设立|建立|印发|出台)$/;
const NAME_AFTER =
  /^(是|项制度|下基层|网通办|降一保|五普法|七普法|进|到位|集中|个专窗|级|批|方面|体系|化|大|中|小)/;

/** Whether the figure at [from, to) fills a table cell on its own: `| 21 |`. */
function isTableCell(line: string, from: number, to: number): boolean {
  let a = from - 1;
  while (a >= 0 && line[a] === " ") a--;
  let b = to;
  while (b < line.length && line[b] === " ") b++;
  return (line[a] === "|" || line[a] === "｜") && (b === line.length || line[b] === "|" || line[b] === "｜");
}

/** The words after a figure, up to 16 characters, to the next delimiter or digit. */
function tailAt(line: string, from: number): string {
  let to = from;
  while (to < line.length && to - from < 16) {
    const c = line[to] ?? "";
    if (DELIMS.includes(c) || (c >= "0" && c <= "9")) break;
    to++;
  }
  return line.slice(from, to).trim();
}

function unitAt(line: string, i: number): string | undefined {
  const { re } = unitReader();
  re.lastIndex = i;
  return re.exec(line)?.[0];
}

function kindOf(unit: string | undefined, label: string): Pick<Mention, "kind" | "direction"> {
  const measures = unit ? unitReader().measures.get(unit) : undefined;
  if (measures === "percentagePoints") return { kind: "percentagePoints" };
  if (measures === "rate") {
    if (/同比|增长|下降|减少|提高|上升|降低|增幅|降幅|涨幅/.test(label.slice(-8))) {
      return {
        kind: "change",
        direction: /下降|减少|降低|降幅/.test(label.slice(-8)) ? "decrease" : "increase",
      };
    }
    return { kind: "rate" };
  }
  if (measures === "amount" || measures === "duration") return { kind: measures };
  return { kind: "count" };
}

function rateKindOf(label: string): string {
  let best: [string, number] = ["other", 0];
  for (const k of RATE_KINDS) {
    for (const alias of [k.zh, ...k.aliases]) {
      if (alias.length > best[1] && label.includes(alias)) best = [k.code, alias.length];
    }
  }
  return best[1] > 0 ? best[0] : /占|比例|比重/.test(label) ? "share" : "other";
}

function domainOf(context: string): string | undefined {
  for (const d of DOMAINS) if ([d.zh, ...d.aliases].some((a) => context.includes(a))) return d.code;
  return undefined;
}

/**
 * Finds the quantities stated in one line of text: Arabic numbers (with thousands commas, decimals, 万/亿) and
 * Chinese numerals after a counting verb (为期两天), with their unit, qualifier (约, 余, 以上, 近 …) and label.
 * Years, dates, document numbers, ordinals (一是) and numbers without a unit are not quantities, except in a
 * table cell (`| 21 |`, or a whole line when `cell` says the line is a count cell of a table). Linear in the
 * length of the line.
 *
 * @example
 * mentionsIn("调解成功8881件，成功率81%", 0).map((m) => [m.value, m.unit, m.label]) //=> [["8881","件","调解成功"],["81","%","成功率"]]
 */
export function mentionsIn(norm: string, lineStart: number, context = "", cell = false): Mention[] {
  const out: Mention[] = [];
  let sentence = 0;
  let depth = 0;
  let i = 0;
  while (i < norm.length) {
    const ch = norm[i] ?? "";
    if ("。；;!?！？".includes(ch)) sentence++;
    if (ch === "(" || ch === "（") depth++;
    if ((ch === ")" || ch === "）") && depth > 0) depth--;
    const isDigit = ch >= "0" && ch <= "9";
    const isCn = CN_NUM.includes(ch) || (ch === "万" && /^万[余多]/.test(norm.slice(i, i + 2)));
    if (!isDigit && !isCn) {
      i++;
      continue;
    }
    let j = i;
    let value: string | undefined;
    if (isDigit) {
      while (j < norm.length && /[\d,.]/.test(norm[j] ?? "")) j++;
      while (j > i && /[,.]/.test(norm[j - 1] ?? "")) j--;
      const digits = norm.slice(i, j).replace(/,(?=\d{3})/g, "");
      const prev = norm[i - 1] ?? "";
      if (/[A-Za-z〔[\-/_第]/.test(prev) || !/^\d+(\.\d+)?$/.test(digits)) {
        i = j;
        continue;
      }
      value = digits;
    } else {
      while (j < norm.length && (CN_NUM.includes(norm[j] ?? "") || norm[j] === "万")) j++;
      const run = norm.slice(i, j);
      const before = norm.slice(Math.max(0, i - 4), i);
      if (run === "万") value = "1";
      else if (CN_VERBS.test(before) && !NAME_AFTER.test(norm.slice(j, j + 8))) {
        const n = parseChineseNumeral(run.replace(/万$/, ""));
        value = n === undefined ? undefined : String(n);
        if (run.endsWith("万") && value) j--;
      }
      if (!value) {
        i = j;
        continue;
      }
      // 万余人次: the magnitude stands alone for "1 万"; let the magnitude step below read it.
      if (run === "万") j = i;
    }
    let k = j;
    while (norm[k] === " ") k++;
    let magnitude: Mention["magnitude"];
    if (norm.startsWith("万", k) && !norm.startsWith("万元", k - 1)) {
      magnitude = "万";
      k++;
    } else if (norm.startsWith("亿", k)) {
      magnitude = "亿";
      k++;
    }
    const suffixStart = k;
    if (/[余多]/.test(norm[k] ?? "") && !norm.startsWith("多措", k) && !norm.startsWith("多元", k)) k++;
    while (norm[k] === " ") k++;
    // a count written without its unit in a list of shares: "行政处罚2100,占收到申请总数的33.9%"
    const bare =
      isDigit &&
      (/^[,，、]\s*占/.test(norm.slice(k, k + 8)) ||
        isTableCell(norm, i, k) ||
        (cell && norm.slice(0, i).trim() === "" && norm.slice(k).trim() === ""))
        ? ""
        : undefined;
    const unit = unitAt(norm, k) ?? bare;
    if (unit === undefined) {
      i = Math.max(j, i + 1);
      continue;
    }
    const nextAfterUnit = norm.slice(k + unit.length, k + unit.length + 2);
    if (unit !== "%" && /^(年|月|日)/.test(nextAfterUnit)) {
      i = j;
      continue;
    }
    if (isCn && NAME_AFTER.test(norm.slice(k, k + 8))) {
      i = j;
      continue;
    }
    k += unit.length;
    const durationWithin = norm[k] === "内" && unitReader().measures.get(unit) === "duration";
    // After the unit: a marker of two characters (98%以上); 余/多 stand before the unit, 内 only after a duration.
    const post = durationWithin
      ? "内"
      : (qualifierSuffixes().find(([m]) => m.length === 2 && norm.startsWith(m, k))?.[0] ?? "");
    k += post.length;
    const suffix = norm.slice(suffixStart, k - unit.length - post.length) + post;
    let from = i;
    while (from > 0 && !DELIMS.includes(norm[from - 1] ?? "") && i - from < 30) from--;
    // A quote starts at a word, not at the blanks before it (an HTML page's tags read as blanks).
    while (from < i && norm[from] === " ") from++;
    // 直接纠错(包括撤销、确认违法…)1639件: the name stands before the bracket
    if (from === i && (norm[i - 1] === ")" || norm[i - 1] === "）")) {
      const open = Math.max(norm.lastIndexOf("(", i - 1), norm.lastIndexOf("（", i - 1));
      if (open > 0 && i - open < 60) {
        from = open;
        while (from > 0 && !DELIMS.includes(norm[from - 1] ?? "") && open - from < 30) from--;
      }
    }
    const rawLabel = norm
      .slice(from, i)
      .trim()
      .replace(/[(（][^()（）]*[)）]$/, "");
    const label = rawLabel
      .replace(/(约|大约|近|将近|超过|逾|达到|达|共计|共|累计|为|有|是|至|总数是|总数为)+$/, "")
      .trim();
    const qualifier = qualifierFromMarkers(rawLabel, suffix);
    const kinds = kindOf(unit, label);
    const isRate = kinds.kind === "rate";
    const domain = domainOf(`${context}${label}`);
    out.push({
      value: value ?? "0",
      ...(unit ? { unit } : {}),
      ...(magnitude ? { magnitude } : {}),
      qualifier,
      ...kinds,
      label: label || unit || "",
      ...(isRate ? { rateKind: rateKindOf(label) } : {}),
      ...(domain ? { domain } : {}),
      start: lineStart + from,
      end: lineStart + k,
      numberStart: lineStart + i,
      sentence,
      depth,
      after: k,
      tail: tailAt(norm, k),
    });
    i = k;
  }
  return out;
}
