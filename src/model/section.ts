import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, SectionRole, Text, Theme } from "./primitives";

/**
 * How a heading's ordinal is written.
 * @example
 * OrdinalStyle.parse("chineseParen") //=> "chineseParen"
 */
export const OrdinalStyle = z
  .enum([
    "chineseComma",
    "chineseParen",
    "arabicDot",
    "arabicParen",
    "circled",
    "markdown",
    "enumeration",
    "lost",
    "none",
  ])
  .meta({
    title: "Ordinal style",
    description:
      "一、 chineseComma; （一）/(一) chineseParen; 1. / 1、 arabicDot; （1） arabicParen; ① circled; # markdown; " +
      "一是… enumeration; lost: the ordinal was dropped in copying (、严格…); none: no ordinal.",
  });
export type OrdinalStyle = z.infer<typeof OrdinalStyle>;

const sectionShape = {
  id: Id,
  ordinal: Text.exactOptional().meta({
    description: "The ordinal exactly as printed: 一、 （一） (一) 1. ###.",
  }),
  ordinalStyle: OrdinalStyle.exactOptional(),
  level: z.int().min(1).max(9).meta({ description: "Heading depth, 1 for chapters." }),
  number: z.int().min(1).max(999).exactOptional().meta({ description: "The ordinal's value: （三） is 3." }),
  title: Text.exactOptional().meta({
    description: "Heading text without its ordinal; absent for a preamble.",
  }),
  paragraphs: z.array(z.string()).meta({ description: "Body paragraphs as printed." }),
  roles: z.array(SectionRole).min(1),
  themes: z.array(Theme),
  evidence: z
    .array(Evidence)
    .exactOptional()
    .meta({ description: "Where the heading stands in the source text (an extractor fills it)." }),
};

/**
 * A section of the report body: a heading (its ordinal as printed and normalized), paragraphs, what the section
 * does (`roles`, several allowed) and which 纲要 themes it touches, with child sections.
 *
 * @example
 * Section.parse({ id: "s1", level: 1, ordinal: "一、", ordinalStyle: "chineseComma", number: 1,
 *   title: "夯实法治政府建设基础", paragraphs: [], roles: ["measures"], themes: ["2021:10"], children: [] }).number
 * //=> 1
 * Section.safeParse({ id: "s1", level: 0, paragraphs: [], roles: [], themes: [], children: [] }).success //=> false
 */
export const Section: z.ZodType<Section, Section> = z
  .strictObject({
    ...sectionShape,
    get children() {
      return z.array(Section);
    },
  })
  .meta({
    id: "Section",
    title: "Section",
    "x-fazhi-rules": [
      "FZ-STRUCT-001",
      "FZ-STRUCT-002",
      "FZ-STRUCT-003",
      "FZ-COMP-001",
      "FZ-COMP-003",
      "FZ-COMP-005",
    ],
  });
/** A section of the report body, with its child sections. */
export interface Section extends z.infer<z.ZodObject<typeof sectionShape>> {
  children: Section[];
}
