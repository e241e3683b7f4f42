import { isDateLine, isOrgLine } from "./header";
import { readHeading } from "./headings";
import { isMetaLine, isNoiseLine, type SourceLine } from "./lines";

/** Whether a line is page furniture or page metadata (breadcrumbs, footers, 字体 大中小, 来源 …). */
export const isNoise = (l: SourceLine): boolean => isNoiseLine(l.norm) || isMetaLine(l.norm);

/** Where the body of a report starts and ends (line indexes), and the noise lines set aside. */
export interface Zones {
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly noise: ReadonlyArray<{ start: number; end: number; line: number }>;
}

/**
 * Splits the lines into header (to the title and the short lines after it), body, and tail (signature, date,
 * 抄送, 印发).
 */
export function zonesOf(lines: readonly SourceLine[], titleLineIndex: number | undefined): Zones {
  const hasTitle = titleLineIndex !== undefined;
  let bodyStart = hasTitle ? titleLineIndex + 1 : 0;
  while (bodyStart < lines.length) {
    const l = lines[bodyStart] as SourceLine;
    const t = l.norm.trim();
    if (t === "" || isNoise(l)) {
      bodyStart++;
      continue;
    }
    const headerish = /签发人|^[\u4e00-\u9fa5]{2,8}[政发办文函字]\s*(?:〔|\[|（|\()?(?:19|20)\d{2}/.test(t);
    if (hasTitle && (headerish || (t.length < 30 && !/[。；]/.test(t) && !readHeading(l.norm, false)))) {
      bodyStart++;
      continue;
    }
    break;
  }
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart) {
    const l = lines[bodyEnd - 1] as SourceLine;
    const t = l.norm.trim();
    if (
      t === "" ||
      isNoise(l) ||
      isDateLine(t) ||
      isOrgLine(t) ||
      /^(抄送|印发|附件)/.test(t) ||
      /印发$/.test(t)
    )
      bodyEnd--;
    else break;
  }
  const noise = lines
    .filter((l) => l.norm.trim() !== "" && isNoise(l))
    .map((l) => ({ start: l.start, end: l.end, line: l.line }));
  return { bodyStart, bodyEnd, noise };
}
