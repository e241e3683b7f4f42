import {
  eq,
  normalizeDigits,
  parseChineseNumeral,
  parseDecimal,
  type Rational,
  rational,
} from "../../numbers";
import { withValue } from "../engine/fixtureBase";
import { quoteScanRule } from "../engine/textScanRule";

const NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";

/** Every number written in the text, in Arabic (full- or half-width, with thousands commas) or Chinese numerals. */
function numbersIn(text: string): Rational[] {
  const plain = normalizeDigits(text).replace(/(\d)[,，](?=\d{3})/g, "$1");
  const out: Rational[] = [];
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/g)) {
    const r = parseDecimal(m[0]);
    if (r) out.push(r);
  }
  let run = "";
  for (const ch of `${plain} `) {
    if (NUMERAL_CHARS.includes(ch)) run += ch;
    else if (run) {
      // A magnitude on its own stands for one of it: 万余人次 is "1 万 or more".
      const n = "万亿千百".includes(run) ? 1n : parseChineseNumeral(run);
      if (n !== undefined) out.push(rational(n));
      run = "";
    }
  }
  return out;
}

const isDigitOrPoint = (c: string | undefined) =>
  c !== undefined && ((c >= "0" && c <= "9") || (c >= "０" && c <= "９") || c === "." || c === "．");

/**
 * Whether the value's own decimal string stands in the quote as a whole number (not inside a longer one): the
 * common case, decided without reading every number of the quote.
 */
function writtenAsIs(quote: string, value: string): boolean {
  for (let at = quote.indexOf(value); at !== -1; at = quote.indexOf(value, at + 1)) {
    const before = quote[at - 1];
    const after = quote[at + value.length];
    const afterNext = quote[at + value.length + 1];
    const continues = isDigitOrPoint(after) && !(after === "." && !isDigitOrPoint(afterNext));
    if (
      !isDigitOrPoint(before) &&
      before !== "-" &&
      !continues &&
      !(after === "," && isDigitOrPoint(afterNext))
    )
      return true;
  }
  return false;
}

/** FZ-EVID-001: an indicator's value is written in its own evidence quote. */
export const valueInQuote = quoteScanRule({
  id: "FZ-EVID-001",
  category: "evidence",
  severity: "warning",
  version: "1.0.0",
  scan: () => (ind) => {
    const value = parseDecimal(ind.value);
    if (!value) return undefined;
    return (ev) =>
      writtenAsIs(ev.quote, ind.value) || numbersIn(ev.quote).some((n) => eq(n, value))
        ? undefined
        : { id: ind.id, stated: ind.value, quote: ev.quote };
  },
  fixtures: {
    pass: (r) => r,
    fail: withValue("mediated", "11"),
    notApplicable: (r) => ({ ...r, indicators: r.indicators.map(({ evidence: _e, ...x }) => x) }),
  },
});
