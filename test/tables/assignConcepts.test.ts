import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseReport } from "../../src/model";
import { assignConcepts } from "../../src/tables";
import { conceptsOf } from "../../src/tables/assignConcepts";

const tongzhou2021 = parseReport(
  JSON.parse(readFileSync("examples/pairs/2021-tongzhou-reconsideration.json", "utf8")),
);

describe("conceptsOf", () => {
  test("does not give a code the report carries for a year to another figure of that year", () => {
    const codes = conceptsOf(tongzhou2021);
    expect(codes.get("recon-received")).toBe("reconsiderationReceived");
    expect(codes.get("recon-received-2020")).toBe("reconsiderationReceived");
    // parts whose labels name the concept (以区政府为被申请人的复议案件, …目前审结): the carried codes are taken
    expect(codes.get("govt-respondent-cases")).toBeUndefined();
    expect(codes.get("govt-respondent-concluded")).toBeUndefined();
    expect(codes.get("market-cases")).toBeUndefined();
    expect(codes.get("market-cases-2020")).toBeUndefined();
  });

  test("still gives the code when the report carries it only for another year", () => {
    const only2020 = {
      ...tongzhou2021,
      indicators: tongzhou2021.indicators.map((i) =>
        i.id === "recon-received" ? (({ concept: _c, ...rest }) => rest)(i) : i,
      ),
    };
    // 收到行政复议申请281件 is the one uncoded 2021 figure conceptOf names (the parts are labelled 以…为被申请人的
    // 复议案件 too, so without the carried code conceptOf gives the code to several and so to none)
    const codes = conceptsOf(only2020);
    expect(codes.get("recon-received-2020")).toBe("reconsiderationReceived");
    expect(codes.get("recon-received")).toBeUndefined();
    expect(codes.get("govt-respondent-cases")).toBeUndefined();
  });

  test("lists the codes in the order of the indicators", () => {
    const ids = tongzhou2021.indicators.map((i) => i.id);
    const listed = [...conceptsOf(tongzhou2021).keys()];
    expect(listed).toEqual(ids.filter((id) => listed.includes(id)));
    expect(assignConcepts(tongzhou2021)).toEqual(tongzhou2021);
  });
});
