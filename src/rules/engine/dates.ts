import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import type { PrintedDate } from "../../model";

/** The calendar date of a printed date, when it has an ISO reading. */
export function dateOf(d: PrintedDate | undefined): Date | undefined {
  if (!d || !("date" in d) || !d.date) return undefined;
  const parsed = parseISO(d.date);
  return isValid(parsed) ? parsed : undefined;
}

/** The ISO string of a printed date, when it has one. */
export function isoOf(d: PrintedDate | undefined): string | undefined {
  return d && "date" in d ? d.date : undefined;
}
