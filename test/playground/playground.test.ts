/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The page is built by `npm run build:playground` (part of `npm test`) and driven in the system's Chromium
// (Debian package `chromium`). Without that browser the whole suite is skipped, and says so.
const root = new URL("../../", import.meta.url).pathname;
const page = join(root, "playground/dist/index.html");
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) =>
  existsSync(p),
);
if (!CHROMIUM)
  console.warn(
    "playground end-to-end tests SKIPPED: no Chromium at /usr/bin/chromium (install the Debian package `chromium`)",
  );

describe.skipIf(!CHROMIUM)("playground (headless Chromium)", () => {
  let browser: Browser;
  let tab: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    expect(existsSync(page), "run `npm run build:playground` first").toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM as string,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    tab = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    tab.on("request", (r) => requests.push(r.url()));
    tab.on("pageerror", (e) => errors.push(String(e)));
    await tab.goto(pathToFileURL(page).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const analyzed = async () => {
    await tab.waitForFunction(() => document.body.dataset.state === "done", undefined, { timeout: 30_000 });
  };
  const pick = async (file: string) => {
    const value = await tab.$eval(
      "#example",
      (s, f) => [...(s as HTMLSelectElement).options].find((o) => o.textContent?.startsWith(f))?.value ?? "",
      file,
    );
    await tab.evaluate(() => {
      document.body.dataset.state = "picking";
    });
    await tab.selectOption("#example", value);
    await analyzed();
  };
  const count = (s: string) => tab.$eval(`#count-${s}`, (e) => Number((e as HTMLElement).dataset.count));

  test("runs the analysis in a web worker, offline", async () => {
    expect(await tab.evaluate(() => document.documentElement.dataset.worker)).toBe("yes");
  });

  test.each([
    "2021-pengbao-town.txt",
    "2022-anding-town.txt",
    "2022-huian-county.txt",
    "2023-gongchuan-town.txt",
    "2023-linhe-district.txt",
  ])("loads %s and shows its findings", async (file) => {
    await pick(file);
    const shown = await tab.$$eval("button.finding", (b) => b.length);
    expect(shown).toBe((await count("error")) + (await count("warning")) + (await count("info")));
    expect(shown).toBeGreaterThan(0);
    expect(await tab.$eval("#problem", (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await tab.$$eval("#tree details", (d) => d.length)).toBeGreaterThan(3);
    expect(await tab.$$eval("#indicators tr[data-indicator]", (r) => r.length)).toBeGreaterThan(0);
  });

  test("临河: the 81% mediation rate row shows 8881/10952 and matches", async () => {
    await pick("2023-linhe-district.txt");
    const row = tab.locator("#rates tr", { hasText: "8881/10952" });
    await expect(row.count()).resolves.toBe(1);
    expect(await row.getAttribute("data-status")).toBe("pass");
    expect(await row.locator("td").nth(1).textContent()).toBe("81%");
  });

  test("clicking a finding highlights its sentence in the source", async () => {
    await pick("2023-linhe-district.txt");
    const finding = tab.locator('button.finding[data-rule="FZ-STRUCT-001"]');
    await finding.first().click();
    expect(await tab.textContent("#highlight")).toBe("七、完善普法依法治理模式");
    await tab.locator("#rates tr", { hasText: "8881/10952" }).click();
    expect(await tab.textContent("#highlight")).toBe("成功率81%");
  });

  test("switching the locale re-renders messages in English", async () => {
    await pick("2023-linhe-district.txt");
    await tab.evaluate(() => {
      document.body.dataset.state = "switching";
    });
    await tab.selectOption("#locale", "en");
    await analyzed();
    expect(await tab.textContent('button.finding[data-rule="FZ-STRUCT-001"]')).toContain("expected 2");
    expect(await tab.textContent("h2[data-ui=findings]")).toBe("Findings");
    await tab.locator("#rates tr", { hasText: "8881/10952" }).click();
    await tab.evaluate(() => {
      window.scrollTo(0, 0);
      // The timing changes from run to run; the committed screenshot should not.
      (document.getElementById("status") as HTMLElement).textContent = "";
    });
    await tab.screenshot({ path: join(root, "playground/screenshot.png") });
    await tab.selectOption("#locale", "zh-CN");
    await analyzed();
  });

  test("a JSON report: findings point at the JSON field", async () => {
    await pick("2023-gongchuan-town.json");
    await tab.locator('button.finding[data-rule="FZ-DATE-001"]').first().click();
    expect(await tab.textContent("#highlight")).toContain('"date": "2023-12-26"');
  });

  test("downloads the model, the findings and SARIF", async () => {
    await pick("2022-huian-county.txt");
    const [download] = await Promise.all([tab.waitForEvent("download"), tab.click("[data-download=sarif]")]);
    const saved = join(mkdtempSync(join(tmpdir(), "fazhi-pg-")), "f.sarif");
    await download.saveAs(saved);
    const sarif = JSON.parse(readFileSync(saved, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  const type = async (text: string) => {
    await tab.evaluate(() => {
      document.body.dataset.state = "typing";
    });
    await tab.$eval(
      "#input",
      (e, t) => {
        (e as HTMLTextAreaElement).value = t;
        e.dispatchEvent(new Event("input"));
      },
      text,
    );
    await analyzed();
  };

  test("bad input gives a clear message: invalid JSON with line and column", async () => {
    await type('{\n  "title": "x",\n  "reportYear": \n}');
    expect(await tab.getAttribute("#problem", "data-code")).toBe("invalidJson");
    expect(await tab.textContent("#problem")).toMatch(/第 4 行第 1 列/);
  });

  test("bad input gives a clear message: a text that is not a report", async () => {
    await type("今天天气很好，我们去公园散步。");
    expect(await tab.getAttribute("#problem", "data-code")).toBe("notAReport");
    expect(await tab.$eval("#problem", (e) => (e as HTMLElement).hidden)).toBe(false);
  });

  test("an HTML page is read through its text, findings quoting the page", async () => {
    const text = readFileSync(join(root, "examples/text/2023-linhe-district.txt"), "utf8");
    const body = text
      .split("\n")
      .map((l) => `<p>${l}</p>`)
      .join("\n");
    await type(
      `<!DOCTYPE html><html><head><script>var a = "<p>1件</p>";</script></head><body>\n${body}\n</body></html>`,
    );
    expect(await tab.$eval("#problem", (e) => (e as HTMLElement).hidden)).toBe(true);
    const row = tab.locator("#rates tr", { hasText: "8881/10952" });
    await expect(row.count()).resolves.toBe(1);
    await row.click();
    expect(await tab.textContent("#highlight")).toBe("成功率81%");
  });

  test("bad input gives a clear message: a binary file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fazhi-pg-")), "scan.pdf");
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 255]));
    await tab.evaluate(() => {
      document.body.dataset.state = "uploading";
    });
    await tab.setInputFiles("#file", file);
    await analyzed();
    expect(await tab.getAttribute("#problem", "data-code")).toBe("binary");
  });

  test("a 5 MB paste is analyzed off the page's thread: the page keeps answering", async () => {
    const seed = readFileSync(join(root, "examples/text/2022-huian-county.txt"), "utf8");
    const big = seed.repeat(Math.ceil(5_000_000 / seed.length)).slice(0, 5_000_000);
    await tab.evaluate(() => {
      document.body.dataset.state = "typing";
    });
    await tab.$eval(
      "#input",
      (e, t) => {
        const data = new DataTransfer();
        data.setData("text/plain", t);
        e.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      big,
    );
    // While the worker runs, the page's own thread still answers within a frame or two.
    await tab.waitForFunction(() => document.body.dataset.state === "working", undefined, {
      timeout: 10_000,
    });
    const t0 = Date.now();
    const stillWorking = await tab.evaluate(() => document.body.dataset.state === "working");
    const roundTrip = Date.now() - t0;
    expect(stillWorking, "the analysis finished before the page was probed").toBe(true);
    expect(roundTrip).toBeLessThan(500);
    await analyzed();
    expect(await count("warning")).toBeGreaterThan(0);
  }, 120_000);

  test("made no network requests and threw no errors", () => {
    expect(
      requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:") && !u.startsWith("data:")),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
