type Params = Readonly<Record<string, string | number>>;

// Where an encoding was read from.
const FROM: Readonly<Record<string, string>> = {
  bom: "字节顺序标记",
  meta: "页面声明的 charset",
  detected: "字节检测",
};

/** The sentences of the inputs area: issues and notices of reading a document. */
export const inputs = {
  missingConverter: (p) => `读取 ${p.format} 文件需要可选依赖 ${p.package}：请运行 npm install ${p.package}`,
  noTextLayer: () => "no text layer: needs OCR（PDF 没有文本层，是扫描件：需先进行 OCR 文字识别）",
  encrypted: () => "PDF 已加密，需要密码才能读取",
  unreadable: (p) => `无法读取该 ${p.format} 文件：${p.detail}`,
  unsupported: () => "不支持的文件格式（只读取文本、网页、.docx、.doc 和 PDF）",
  binary: () => "二进制文件，不是文本",
  encoding: () => "编码无法识别（不是 UTF-8、UTF-16 或 GB18030）",
  empty: () => "文件为空",
  decodedAs: (p) => `按 ${p.encoding} 编码读取（依据：${FROM[p.from as string] ?? p.from}）`,
  declaredWrong: (p) => `页面声明的编码 ${p.declared} 与内容不符，已按 ${p.encoding} 读取`,
  furniture: (p) => `已将 ${p.lines} 行页眉、页脚和页码作为版面信息剔除`,
  pagesWithoutText: (p) => `以下页面没有文本层（可能是扫描页）：${p.pages}`,
  converterMessage: (p) => `转换器提示：${p.text}`,
} satisfies Readonly<Record<string, (p: Params) => string>>;
