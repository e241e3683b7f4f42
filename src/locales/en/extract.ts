import type { extract as zhCN } from "../zh-CN/extract";

/** The extractor's warnings: what it could not read, or read with doubt. */
export const extract: typeof zhCN = {
  warnings: {
    empty: "the text is empty",
    binary: "the input holds binary data (NUL bytes), not text",
    html: "the input is an HTML page read as plain text, tags included; pass htmlToText from fazhi-report/html",
    htmlRead:
      "the input is an HTML page; its text was read (tags and scripts set aside), quotes and offsets point into the page",
    traditional:
      "the text has Traditional characters; keywords are matched in Simplified, so some may be missed",
    traditionalConverted:
      "the text has Traditional characters; read through a Simplified conversion, quotes and offsets stay those of the original",
    noTitle: "no report title found",
    noYear: "neither the title nor the body states the report year",
    noJurisdiction: "could not read the reporting body from the title",
    noHeadings: "no headings found",
    noNumbers: "no figures found",
    garbledDocNumber: "the document number lost its brackets; kept as printed",
    garbledDate: "the date cannot be read; kept as printed",
    mayNotBeReport:
      "no report title and few parts of a report: this may not be a rule-of-law government report; read as one all the same",
    notAReport: "the text does not look like a rule-of-law government report",
  },
};
