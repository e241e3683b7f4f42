import type { InputIssue, InputNotice } from "./types";

/**
 * The languages the messages of this area are written in.
 * @example
 * const locale: InputLocale = "en";
 */
export type InputLocale = "zh-CN" | "en";

type Params = Readonly<Record<string, string | number>>;
type Code = InputIssue["code"] | InputNotice["code"];

const FROM: Record<InputLocale, Record<string, string>> = {
  "zh-CN": { bom: "字节顺序标记", meta: "页面声明的 charset", detected: "字节检测" },
  en: { bom: "byte order mark", meta: "the page's charset", detected: "detection" },
};

const SENTENCES: Record<InputLocale, Record<Code, (p: Params) => string>> = {
  "zh-CN": {
    missingConverter: (p) =>
      `读取 ${p.format} 文件需要可选依赖 ${p.package}：请运行 npm install ${p.package}`,
    noTextLayer: () => "no text layer: needs OCR（PDF 没有文本层，是扫描件：需先进行 OCR 文字识别）",
    encrypted: () => "PDF 已加密，需要密码才能读取",
    unreadable: (p) => `无法读取该 ${p.format} 文件：${p.detail}`,
    unsupported: () => "不支持的文件格式（只读取文本、网页、.docx、.doc 和 PDF）",
    binary: () => "二进制文件，不是文本",
    encoding: () => "编码无法识别（不是 UTF-8、UTF-16 或 GB18030）",
    empty: () => "文件为空",
    decodedAs: (p) => `按 ${p.encoding} 编码读取（依据：${FROM["zh-CN"][p.from as string] ?? p.from}）`,
    declaredWrong: (p) => `页面声明的编码 ${p.declared} 与内容不符，已按 ${p.encoding} 读取`,
    furniture: (p) => `已将 ${p.lines} 行页眉、页脚和页码作为版面信息剔除`,
    pagesWithoutText: (p) => `以下页面没有文本层（可能是扫描页）：${p.pages}`,
    converterMessage: (p) => `转换器提示：${p.text}`,
  },
  en: {
    missingConverter: (p) =>
      `reading a ${p.format} file needs the optional package ${p.package}: run npm install ${p.package}`,
    noTextLayer: () => "no text layer: needs OCR (the PDF is a scan)",
    encrypted: () => "the PDF is encrypted: it needs a password",
    unreadable: (p) => `cannot read this ${p.format} file: ${p.detail}`,
    unsupported: () => "not a supported format (text, web page, .docx, .doc or PDF)",
    binary: () => "a binary file, not text",
    encoding: () => "in no known encoding (not UTF-8, UTF-16 or GB18030)",
    empty: () => "the file is empty",
    decodedAs: (p) => `read as ${p.encoding} (from ${FROM.en[p.from as string] ?? p.from})`,
    declaredWrong: (p) => `the page declares ${p.declared} but is not in it; read as ${p.encoding}`,
    furniture: (p) => `set aside ${p.lines} lines of running headers, footers and page numbers`,
    pagesWithoutText: (p) => `pages with no text layer (scanned?): ${p.pages}`,
    converterMessage: (p) => `the converter says: ${p.text}`,
  },
};

/** An issue of this area with its sentence in `locale`. */
export function inputIssue(code: InputIssue["code"], params: Params, locale: InputLocale): InputIssue {
  return { code, params, message: SENTENCES[locale][code](params) };
}

/** A notice of this area with its sentence in `locale`. */
export function inputNotice(code: InputNotice["code"], params: Params, locale: InputLocale): InputNotice {
  return { code, params, message: SENTENCES[locale][code](params) };
}
