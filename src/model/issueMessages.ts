import type { z } from "zod";
import { model as en } from "../locales/en/model";
import { model as zhCN } from "../locales/zh-CN/model";

/** The sentences of structural issues that zod's own locales do not say well enough (src/locales/<lang>/model.ts). @internal */
export const PARSE_MESSAGES = { "zh-CN": zhCN, en } as const;

type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default/readonly/lazy/pipe wrappers. */
function unwrap(s: Schema): Schema {
  for (let i = 0; i < 32; i++) {
    const def = defOf(s);
    if ("innerType" in def) s = def.innerType as Schema;
    else if (def.type === "pipe") s = def.in as Schema;
    else if (def.type === "lazy") s = (def.getter as () => Schema)();
    else return s;
  }
  return s;
}

/** Of a union, the object branch that fits the value: by its discriminator, else the first with that key. */
function branch(s: Schema, value: unknown, key?: string): Schema {
  const def = defOf(s);
  if (def.type !== "union") return s;
  const options = (def.options as Schema[]).map(unwrap);
  const shapes = options.map((o) =>
    defOf(o).type === "object" ? (defOf(o).shape as Record<string, Schema>) : {},
  );
  const d = typeof def.discriminator === "string" ? def.discriminator : undefined;
  const tag =
    d !== undefined && value !== null && typeof value === "object"
      ? (value as Record<string, unknown>)[d]
      : undefined;
  const byTag = shapes.findIndex((shape) => {
    const lit = shape[d ?? ""];
    return lit !== undefined && ((defOf(unwrap(lit)).values as unknown[] | undefined) ?? []).includes(tag);
  });
  const byKey = key === undefined ? -1 : shapes.findIndex((shape) => key in shape);
  return options[byTag >= 0 ? byTag : Math.max(byKey, 0)] ?? s;
}

/** The schema of the value at `path` in `input` (unions resolved by the value), with that value. */
function schemaAt(root: Schema, input: unknown, path: readonly PropertyKey[]): [Schema, unknown] | undefined {
  let s = unwrap(root);
  let value = input;
  for (const segment of path) {
    s = unwrap(branch(s, value, String(segment)));
    const def = defOf(s);
    if (def.type === "object") s = (def.shape as Record<string, Schema>)[String(segment)] ?? s;
    else if (def.type === "array") s = def.element as Schema;
    else if (def.type === "record") s = def.valueType as Schema;
    else return undefined;
    value =
      value !== null && typeof value === "object"
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined;
    s = unwrap(s);
  }
  return [s, value];
}

/**
 * The keys the object at `path` of `input` may have, following the schema down the path (through arrays, records,
 * unions by their discriminator, lazy sections); empty when the path leaves the schema.
 * @internal
 */
export function keysAt(root: Schema, input: unknown, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(root, input, path);
  const def = at ? defOf(unwrap(branch(at[0], at[1]))) : undefined;
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}

/**
 * The values the discriminator at `path` may take (`path` ends with the discriminator's key): what a
 * discriminated union at the parent path accepts there; empty when there is none.
 * @internal
 */
export function variantsAt(root: Schema, input: unknown, path: readonly PropertyKey[]): unknown[] {
  const at = schemaAt(root, input, path.slice(0, -1));
  const def = at ? defOf(at[0]) : undefined;
  if (def?.type !== "union" || def.discriminator !== path.at(-1)) return [];
  return (def.options as Schema[]).flatMap((o) => {
    const shape = defOf(unwrap(o)).shape as Record<string, Schema> | undefined;
    const tag = shape?.[def.discriminator as string];
    return tag ? ((defOf(unwrap(tag)).values as unknown[] | undefined) ?? []) : [];
  });
}

/** Edit distance with transpositions (optimal string alignment), stopping early beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The allowed key closest to an unknown one: same letters in another case, or at most two edits away (one for
 * keys of up to four letters); `undefined` when none is that close.
 * @internal
 */
export function closestKey(unknown: string, allowed: readonly string[]): string | undefined {
  const max = unknown.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const key of allowed) {
    const d = key.toLowerCase() === unknown.toLowerCase() ? 0 : distance(unknown, key, max);
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best;
}
