const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Readonly<Record<string, bigint>> = {
  十: 10n,
  拾: 10n,
  百: 100n,
  佰: 100n,
  千: 1000n,
  仟: 1000n,
};
const SECTIONS: Readonly<Record<string, bigint>> = {
  万: 10_000n,
  萬: 10_000n,
  亿: 100_000_000n,
  億: 100_000_000n,
};

/**
 * Reads a number written in Chinese numerals: 十, 三十二, 两千, 一百零五, 一万二千, 两亿三千万, financial forms
 * (壹贰叁…拾佰仟), and digit-by-digit forms (二〇二三).
 *
 * @example
 * parseChineseNumeral("三十二") //=> 32n
 * parseChineseNumeral("二〇二三") //=> 2023n
 * parseChineseNumeral("两亿三千万") //=> 230000000n
 * parseChineseNumeral("三x") //=> undefined
 */
export function parseChineseNumeral(s: string): bigint | undefined {
  if (s.length === 0 || s.length > 40) return undefined;
  const chars = [...s];
  if (chars.every((c) => DIGITS[c] !== undefined)) {
    return BigInt(chars.map((c) => DIGITS[c]).join(""));
  }
  let total = 0n;
  let section = 0n;
  let digit: bigint | undefined;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = BigInt(d);
      continue;
    }
    const unit = UNITS[c];
    if (unit !== undefined) {
      section += (digit ?? 1n) * unit;
      digit = undefined;
      continue;
    }
    const big = SECTIONS[c];
    if (big === undefined) return undefined;
    section += digit ?? 0n;
    if (section === 0n && total === 0n) return undefined;
    // 万 after 亿 scales only its own section (一亿零五万); otherwise it scales all before it (一万亿).
    if (big === 10_000n && total % 100_000_000n === 0n) total += section * big;
    else total = (total + section) * big;
    section = 0n;
    digit = undefined;
  }
  return total + section + (digit ?? 0n);
}

/**
 * Turns full-width digits (０-９) and the full-width point (．) into ASCII, one character for one, so offsets into
 * the result are offsets into the input.
 *
 * @example
 * normalizeDigits("１２．５％") //=> "12.5％"
 */
export function normalizeDigits(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code === 0xff0e) out += ".";
    else out += s[i];
  }
  return out;
}
