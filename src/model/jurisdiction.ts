import { z } from "zod";
import { Level, Text } from "./primitives";

/**
 * A GB/T 2260 six-digit administrative division code (county and above) or a twelve-digit statistical division
 * code (reaches townships).
 *
 * @example
 * DivisionCode.parse("150802") //=> "150802"
 * DivisionCode.safeParse("1508").success //=> false
 */
export const DivisionCode = z
  .string()
  .regex(/^(\d{6}|\d{12})$/)
  .meta({
    id: "DivisionCode",
    title: "Division code",
    description: "GB/T 2260 six-digit code or twelve-digit statistical code.",
  });
export type DivisionCode = z.infer<typeof DivisionCode>;

/**
 * The government a department belongs to.
 *
 * @example
 * ParentJurisdiction.parse({ name: "临河区人民政府", level: "county" }).level //=> "county"
 */
export const ParentJurisdiction = z
  .strictObject({ name: Text, level: Level.exactOptional(), code: DivisionCode.exactOptional() })
  .meta({ id: "ParentJurisdiction", title: "Parent jurisdiction" });
export type ParentJurisdiction = z.infer<typeof ParentJurisdiction>;

/**
 * The area and level the report covers. A department report (`level: "department"`) names its parent government.
 *
 * @example
 * Jurisdiction.parse({ name: "临河区", level: "county" }) //=> { name: "临河区", level: "county" }
 * Jurisdiction.safeParse({ name: "临河区", level: "district" }).success //=> false
 */
export const Jurisdiction = z
  .strictObject({
    name: Text.meta({ description: "Name as the report gives it, e.g. 临河区, 永安市贡川镇." }),
    level: Level,
    code: DivisionCode.exactOptional(),
    parent: ParentJurisdiction.exactOptional(),
  })
  .meta({ id: "Jurisdiction", title: "Jurisdiction", "x-fazhi-rules": ["FZ-STRUCT-004"] });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
