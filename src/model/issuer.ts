import { z } from "zod";
import { IssuerRole, Text } from "./primitives";

/**
 * A body that issues the report (发文机关). A joint report lists several (党委 and 政府).
 *
 * @example
 * Issuer.parse({ name: "惠安县人民政府", role: "government" }) //=> { name: "惠安县人民政府", role: "government" }
 * Issuer.safeParse({ role: "government" }).success //=> false
 */
export const Issuer = z
  .strictObject({ name: Text, role: IssuerRole.exactOptional() })
  .meta({ id: "Issuer", title: "Issuing body" });
export type Issuer = z.infer<typeof Issuer>;
