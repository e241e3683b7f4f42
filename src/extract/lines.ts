/**
 * A line of the source text with its offsets: `text` is the line as printed, `start`/`end` offsets into it.
 * @example
 * const [first]: SourceLine[] = splitLines("一、总体情况\n正文");
 * first?.raw //=> "一、总体情况"
 */
export interface SourceLine {
  readonly index: number;
  /** 1-based line number. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** The line with full-width digits and letters folded to ASCII and odd spaces made plain, same length as `raw`. */
  readonly norm: string;
}

/**
 * Folds a string one character for one so that offsets stay valid: full-width ASCII forms (０-９, Ａ-Ｚ, ％, ．,
 * ：) become ASCII, U+3000 and no-break spaces become spaces, zero-width characters become spaces.
 *
 * @example
 * foldWidth("１２．５％　件") //=> "12.5% 件"
 */
export function foldWidth(s: string): string {
  // A text with nothing to fold is returned as it is; otherwise the codes are folded into a typed array and
  // turned back into a string in chunks: never a string built one character at a time, nor a callback a character.
  if (!NEEDS_FOLDING.test(s)) return s;
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] =
      (c >= 0xff10 && c <= 0xff19) ||
      (c >= 0xff21 && c <= 0xff3a) ||
      (c >= 0xff41 && c <= 0xff5a) ||
      c === 0xff05 ||
      c === 0xff0e ||
      c === 0xff1a
        ? c - 0xfee0
        : c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x09
          ? 0x20
          : c;
  }
  let text = "";
  for (let i = 0; i < out.length; i += 8192)
    text += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return text;
}

/** Full-width digits and letters, ％ ． ：, U+3000, no-break and zero-width spaces, byte order marks, tabs. */
const NEEDS_FOLDING = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff1a\u3000\u00a0\u200b\ufeff\t]/;

/**
 * Splits text into lines (LF, CRLF or CR), keeping offsets into the original. `convert`, when given, is applied to
 * each line before width folding and must keep its length (a Traditional-to-Simplified reading).
 *
 * @example
 * splitLines("一、总体情况\r\n正文")[1]?.start //=> 8
 */
export function splitLines(text: string, convert?: (line: string) => string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      const raw = text.slice(start, i);
      const read = convert ? convert(raw) : raw;
      const norm = foldWidth(read.length === raw.length ? read : raw);
      out.push({ index: n, line: n + 1, start, end: i, raw, norm });
      n++;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

// Each pattern runs in time linear in the line: no two unbounded quantifiers over the same characters stand side
// by side (a run of spaces after 字体 must not be split in every possible way). test/perf/linear.test.ts guards it.
const NOISE_PATTERNS: readonly RegExp[] = [
  /当前位置|首页\s*[>＞»]|^\s*您[^。，,]{0,6}位置\s*[:：]/,
  /字体[\s:：【[]*大[\s】\]【[]*中/,
  /^[\s•·]*(索\s*引\s*号|备注\s*\/?\s*文号|文\s*号|发布机构|公文生成日期|生成日期|组配分类|主题分类|体裁分类|成文日期|发文机关|信息来源|浏览次数|有效性)\s*[:：]/,
  /^\s*名\s*称\s*[:：].{0,80}文\s*号\s*[:：]/,
  /字体\s*[:：]\s*[【[]/,
  /语音播报|朗读|分享到|打印本页|关闭窗口|收藏本页|扫一扫|微信扫描|【打印】|【关闭】/,
  /^\s*(主办|承办|协办|技术支持|联系电话|电话|邮编|地址)\s*[:：]/,
  /ICP备|公网安备|网站标识码|网站地图|网站支持IPv6|版权所有|Copyright/i,
  /^\s*(附件下载|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|相关链接|上一篇|下一篇)\s*$/,
  /今天是[\s:：]*\d{4}\s*年|^[^。，,]{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$|^\s*(中文版|English|繁体版|简体版|无障碍)(\s*\|.*)?$/,
  /^[\s|｜/]*(?:(?:无障碍|简体版?|繁体版?|English|中文版|长者模式|关怀版|适老化|登录|注册)[\s|｜/]*)+$/,
  /^[|｜\s]+$/,
  /^\s*-{3,}\s*$/,
  /^\s*[（(]此页无正文[）)]\s*$/,
];

/**
 * Whether a line is web-page or print furniture rather than report text: breadcrumbs, font-size switches, index
 * tables, share buttons, footers, separators, "(此页无正文)".
 *
 * @example
 * isNoiseLine("当前位置:首页>专题专栏>法治政府") //=> true
 * isNoiseLine("一、夯实法治政府建设基础") //=> false
 */
export function isNoiseLine(norm: string): boolean {
  return NOISE_PATTERNS.some((p) => p.test(norm));
}

/** Whether a line carries page metadata: 日期 / 时间 / 来源 / 发布时间 with a date. */
export function isMetaLine(norm: string): boolean {
  return (
    /^\s*(日期|时间|发布时间|发布日期|更新时间|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|点击数)\s*[:：]/.test(
      norm,
    ) ||
    (norm.length < 160 &&
      !/[。；]/.test(norm) &&
      /(来源|发布|更新)[^。]{0,60}?[:：]\s*(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/.test(norm))
  );
}
