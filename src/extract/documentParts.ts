import type { Locale } from "../locales";
import type { ReportInput } from "../model";
import { findDocNumber, findLabelled, findPublication, isDateLine, isOrgLine, readDate } from "./header";
import type { SourceLine } from "./lines";
import { type ExtractWarning, warning } from "./warnings";

/** What the header and tail of a document say: 文号, 签发人, 主送, 抄送, dates and the page's publisher. */
export type DocumentParts = Pick<ReportInput, "docNumber" | "signer" | "addressees" | "copyTo" | "dates"> & {
  readonly publisher?: string;
};

/** Reads the header (lines before the body) and the tail (lines after it); warns of garbled numbers and dates. */
export function documentParts(
  lines: readonly SourceLine[],
  bodyStart: number,
  bodyEnd: number,
  titleIdx: number,
  warnings: ExtractWarning[],
  locale: Locale,
): DocumentParts {
  const headerLines = lines.slice(0, bodyStart);
  const tailLines = lines.slice(bodyEnd);
  const docNumber = findDocNumber(headerLines);
  if (docNumber?.garbled) warnings.push(warning("garbledDocNumber", locale, docNumber.raw));
  const signer = findLabelled(headerLines, /签发人\s*[:：]\s*([\u4e00-\u9fa5]{2,4})/);
  const copyTo = findLabelled(tailLines, /^\s*抄\s*送\s*[:：]\s*(.+)$/);
  const publication = findPublication(lines.slice(0, Math.max(bodyStart, 12)));
  const addressee = headerLines
    .slice(titleIdx + 1)
    .find((l) => isOrgLine(l.norm) && !/文件$/.test(l.norm.trim()));
  const dateLine = tailLines.find((l) => isDateLine(l.norm));
  const printLine = tailLines.find((l) => /印发\s*$/.test(l.norm.trim()));
  const docDateText = dateLine?.raw.trim();
  const metaDate = /(?:公文生成日期|成文日期)\s*[:：]\s*((?:19|20)\d{2}-\d{2}-\d{2})/.exec(
    headerLines.map((l) => l.norm).join("\n"),
  )?.[1];
  const docIso = docDateText ? (readDate(docDateText) ?? metaDate) : undefined;
  if (dateLine && !readDate(dateLine.raw))
    warnings.push(
      warning("garbledDate", locale, { start: dateLine.start, end: dateLine.end, line: dateLine.line }),
    );
  const printText = printLine ? /(\S+)印发\s*$/.exec(printLine.raw.trim())?.[1] : undefined;
  const pubIso = publication.date ? readDate(publication.date.value) : undefined;
  const printIso = printText ? readDate(printText) : undefined;
  const dates: NonNullable<ReportInput["dates"]> = {
    ...(docDateText
      ? { document: docIso ? { date: docIso, text: docDateText } : { text: docDateText } }
      : {}),
    ...(publication.date
      ? {
          publication: pubIso
            ? { date: pubIso, text: publication.date.value }
            : { text: publication.date.value },
        }
      : {}),
    ...(printText ? { print: printIso ? { date: printIso, text: printText } : { text: printText } } : {}),
  };
  return {
    ...(docNumber
      ? {
          docNumber: {
            raw: docNumber.raw.value,
            ...(docNumber.agencyCode ? { agencyCode: docNumber.agencyCode } : {}),
            ...(docNumber.year ? { year: docNumber.year } : {}),
            ...(docNumber.serial !== undefined ? { serial: docNumber.serial } : {}),
          },
        }
      : {}),
    ...(signer ? { signer: signer.value } : {}),
    ...(addressee ? { addressees: [addressee.norm.trim().replace(/[:：]$/, "")] } : {}),
    ...(copyTo
      ? {
          copyTo: copyTo.value
            .split(/[，,、]/)
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    ...(publication.publisher ? { publisher: publication.publisher.value } : {}),
  };
}
