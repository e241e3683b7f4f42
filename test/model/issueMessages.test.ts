import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { safeParseReport } from "../../src/model";
import { closestKey } from "../../src/model/issueMessages";

const minimal = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL("../fixtures/minimal-report.json", import.meta.url), "utf8"));
const enMessages = (doc: unknown) =>
  safeParseReport(doc, { locale: "en" }).issues?.map((i) => [i.path, i.message]);

describe("closestKey", () => {
  test.each([
    ["titel", ["title", "id"], "title"],
    ["Title", ["title"], "title"],
    ["reportyear", ["reportYear"], "reportYear"],
    ["denominater", ["denominator", "numerator"], "denominator"],
    ["vaule", ["value", "label"], "value"],
    ["colour", ["color", "title"], "color"],
    ["xyz", ["title", "id"], undefined],
    ["idd", ["id"], "id"],
    ["abcd", ["wxyz"], undefined],
    ["summary", ["title", "signer"], undefined],
  ])("%s among %j is %s", (unknown, allowed, expected) => {
    expect(closestKey(unknown, allowed)).toBe(expected);
  });
});

describe("safeParseReport messages", () => {
  test("names each unknown key at its own path, with the key of that object it most likely means", () => {
    const doc = minimal();
    const indicator = (doc.indicators as Record<string, unknown>[])[0] as Record<string, unknown>;
    indicator.vaule = "1";
    doc.relations = [{ id: "r", type: "rate", rate: "a", numerator: ["b"], denominater: ["c"] }];
    doc.zzz = 1;
    expect(enMessages(doc)).toEqual(
      expect.arrayContaining([
        ["/indicators/0/vaule", "unknown key 'vaule' (did you mean 'value'?)"],
        ["/relations/0/denominater", "unknown key 'denominater' (did you mean 'denominator'?)"],
        ["/zzz", "unknown key 'zzz' (put your own data under 'extensions')"],
      ]),
    );
  });

  test("follows nested sections to the keys of a section", () => {
    const doc = minimal();
    const section = (doc.sections as Record<string, unknown>[])[0] as Record<string, unknown>;
    section.children = [{ id: "c", level: 2, paragraphs: [], roles: ["other"], themes: [], chidlren: [] }];
    expect(enMessages(doc)).toContainEqual([
      "/sections/0/children/0/chidlren",
      "unknown key 'chidlren' (did you mean 'children'?)",
    ]);
  });

  test.each([
    ["2023-02-29", "2023-02-29 is not a calendar date"],
    ["2023-13-01", "2023-13-01 is not a calendar date"],
    ["2023年2月7日", '"2023年2月7日" is not a date of the form YYYY-MM-DD'],
  ])("says why the date %s is wrong, at the date", (date, message) => {
    expect(enMessages({ ...minimal(), dates: { print: { date } } })).toEqual([
      ["/dates/print/date", message],
    ]);
  });

  test("a printed date with neither date nor text", () => {
    expect(enMessages({ ...minimal(), dates: { document: {} } })).toEqual([
      ["/dates/document", "a printed date needs its date (YYYY-MM-DD) or its text, or both"],
    ]);
  });
});
