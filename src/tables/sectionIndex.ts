import type { Report, Section } from "../model";

/** A section with its JSON Pointer and its parent's id, in document order. @internal */
export interface PlacedSection {
  readonly section: Section;
  readonly pointer: string;
  readonly parentId: string | undefined;
  readonly path: readonly string[];
}

/** Every section of a report, depth first, with its pointer and the titles above it. @internal */
export function placedSections(report: Report): PlacedSection[] {
  const out: PlacedSection[] = [];
  const walk = (list: readonly Section[], base: string, parent: PlacedSection | undefined) => {
    list.forEach((section, i) => {
      const placed: PlacedSection = {
        section,
        pointer: `${base}/${i}`,
        parentId: parent?.section.id,
        path: [...(parent?.path ?? []), section.title ?? ""],
      };
      out.push(placed);
      walk(section.children, `${placed.pointer}/children`, placed);
    });
  };
  walk(report.sections, "/sections", undefined);
  return out;
}
