/**
 * A PDF of `pages` A4 pages of Chinese report text with a real text layer, written byte by byte: a Type0 font
 * (Identity-H, not embedded) whose ToUnicode map gives each code used its own Unicode value, 40 characters a line, 45
 * lines a page, a running header and a page number on each page. Made at run time, so the benchmark needs no
 * office suite and commits no large file.
 */
export function pdfOfPages(text: string, pages: number): Uint8Array {
  const chars = [...text.replace(/\s+/g, "")].filter((c) => (c.codePointAt(0) ?? 0) <= 0xffff);
  let at = 0;
  const take = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += chars[(at + i) % chars.length];
    at += n;
    return s;
  };
  const hex = (s: string) =>
    [...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = Array.from({ length: pages }, (_, i) => `${6 + 2 * i} 0 R`).join(" ");
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /BenchSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
  );
  add(
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /BenchSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /BenchSong /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> >>",
  );
  // The ToUnicode map: filled in once the pages are written, with the characters they use.
  add("");
  const used = new Set<string>();
  const hexUsed = (s: string) => {
    for (const c of s) used.add(c);
    return hex(s);
  };
  for (let p = 1; p <= pages; p++) {
    const lines = [`BT /F1 9 Tf 1 0 0 1 200 800 Tm <${hexUsed("某某县人民政府办公室")}> Tj ET`];
    for (let l = 0; l < 45; l++) {
      const indent = l % 9 === 0 ? 21 : 0;
      const line = take(l % 9 === 8 ? 25 : indent ? 38 : 40);
      lines.push(`BT /F1 10.5 Tf 1 0 0 1 ${72 + indent} ${770 - l * 15} Tm <${hexUsed(line)}> Tj ET`);
    }
    lines.push(`BT /F1 9 Tf 1 0 0 1 290 40 Tm <${hexUsed(`- ${p} -`)}> Tj ET`);
    const content = lines.join("\n");
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * (p - 1)} 0 R >>`,
    );
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  // As a producer that subsets its fonts writes it: one entry per character used, at most 100 a block.
  const codes = [...used].map(hex).sort();
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const part = codes.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.map((c) => `<${c}> <${c}>`).join("\n")}\nendbfchar`);
  }
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Bench-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <ffff> endcodespacerange",
    ...blocks,
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  objects[4] = `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
  let out = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
