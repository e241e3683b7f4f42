import { Parser } from "htmlparser2";

/** Elements whose content is never report text. */
const HIDDEN = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "select",
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/**
 * The text of an HTML page, laid over the page character for character: the result has the same length as the
 * HTML, tags, comments and hidden elements (head, script, style …) are blanked with spaces, each block element
 * (p, div, br, li, tr, h1–h6 …) starts a new line, and an entity (`&ldquo;`, `&#37;`) becomes its character
 * followed by spaces. Offsets into the result are offsets into the HTML, so what is read from the text can be
 * quoted from the page itself. Parsed with htmlparser2; never throws.
 *
 * @example
 * const html = "<p>调解成功8881件，成功率81&#37;</p>";
 * htmlToText(html).length === html.length //=> true
 * htmlToText(html).trim() //=> "调解成功8881件，成功率81%"
 * extractReport(html, { htmlToText }).report.indicators.length //=> 2
 */
export function htmlToText(html: string): string {
  const out: string[] = new Array(html.length).fill(" ");
  // Keep the page's own line breaks, so that lines stay where the page has them.
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) out[i] = "\n";
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) out[parser.startIndex] = "\n";
      },
      onclosetag(name) {
        if (HIDDEN.has(name) && hidden > 0) hidden--;
        if (BLOCK.has(name) && parser.startIndex < html.length) out[parser.startIndex] = "\n";
      },
      ontext(text) {
        if (hidden > 0) return;
        const start = parser.startIndex;
        const end = Math.min(parser.endIndex + 1, html.length);
        const raw = html.slice(start, end);
        const chars = raw === text || text.length > raw.length ? raw : text;
        for (let i = 0; i < chars.length && start + i < end; i++) out[start + i] = chars[i] as string;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch {
    // htmlparser2 is lenient; should it ever fail, what was read so far stands.
  }
  return out.join("");
}
