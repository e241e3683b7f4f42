/**
 * Rewrites zod's JSON Schema of the report into the form shipped in schemas/: one that strict validators compile
 * as it is and that validators configured to "fix" data (Fastify's defaults: `removeAdditional`, `coerceTypes`)
 * do not silently change.
 *
 * - A relation is resolved by its `type` with `if`/`then` in the definition `RelationByType`: only the branch of
 *   that type is tried, so an error names the field that is wrong (ajv's `discriminator` keyword would need an
 *   option that strict ajv and Fastify do not set). `Relation` is `$ref: RelationByType` beside an `anyOf` of the
 *   four branches: ajv checks `$ref` first and stops at its first error, so the `anyOf` (always true once the
 *   `$ref` holds) never adds a misleading message, while json-schema-to-typescript, which ignores `if`/`then`
 *   and merges a `$ref` with the keywords beside it, reads the `anyOf` as the union
 *   `SumRelation | SubsetRelation | RateRelation | ListCountRelation`. The check that `type` is one of the four
 *   sits in `dependencies` (draft-07; `dependentSchemas` in 2020-12), which that generator ignores too:
 *   as `properties` it would intersect the union with a loose object type. A draft-07 validator that ignores
 *   keywords beside `$ref` still checks everything through `RelationByType`.
 * - A closed object lists its keys in `propertyNames` too: ajv's `removeAdditional` deletes the unknown keys that
 *   `additionalProperties: false` would reject, but the `propertyNames` check comes first and fails, so an
 *   unknown key is an error, never dropped.
 * - Enumerations and constants carry no `type`: the check against the values is enough, and a `type` would let
 *   `coerceTypes` turn `3` into `"3"` or `["county"]` into `"county"` first.
 * - A format that a pattern spells out too (a date: zod's pattern checks the calendar, for validators that take
 *   `format` as a mere annotation) moves into an `allOf`, which ajv checks first: the error says
 *   `must match format "date"`, not the pattern.
 * - A `$ref` with a description beside it (2020-12 allows that) goes into an `allOf`, as draft-07 needs anyway:
 *   json-schema-to-typescript would otherwise make a new type of each such use (`Identifier1` … `Identifier17`).
 * - A definition's title is its name, the package's type name (`Indicator`, `DecimalString`), which code
 *   generators name their types after.
 * - "At least one item" is `contains: {}`, not `minItems: 1`, which json-schema-to-typescript turns into a tuple
 *   type that plain arrays (the package's `Report`) are not assignable to; "at least two" (a sum's parts) is
 *   `allOf: [{ minItems: 2 }]`, which that generator leaves a plain array and ajv words as `minItems`.
 * @internal
 */
type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** `{ "$ref": "#/$defs/X" }`, or draft-07's `{ "allOf": [{ "$ref": … }] }` wrapper, to the name X. */
function refName(node: Node): string | undefined {
  const inner = Array.isArray(node.allOf) && node.allOf.length === 1 ? node.allOf[0] : node;
  const ref = isNode(inner) ? inner.$ref : undefined;
  return typeof ref === "string" ? ref.slice(ref.lastIndexOf("/") + 1) : undefined;
}

/** The relation branches, each a `$ref` to a definition whose `type` is a constant, as [type, definition name]. */
function branches(node: Node, defs: Node): Array<{ type: string; name: string }> {
  return (node.oneOf as Node[]).map((branch) => {
    const name = refName(branch);
    const def = name ? defs[name] : undefined;
    const props = isNode(def) && isNode(def.properties) ? def.properties : {};
    const type = isNode(props.type) ? props.type.const : undefined;
    if (!name || typeof type !== "string")
      throw new Error("a relation branch must be a $ref with a type const");
    return { type, name };
  });
}

/**
 * `RelationByType`, which checks a relation by the branch its `type` names, and `Relation`, that check beside the
 * union of the branches (see the module comment).
 */
function discriminated(node: Node, defs: Node, prefix: string): { relation: Node; byType: Node } {
  const all = branches(node, defs);
  const { oneOf: _, ...annotations } = node;
  const typeIsKnown = { type: { properties: { type: { enum: all.map((b) => b.type) } } } };
  const byType: Node = {
    title: "RelationByType",
    description: "A relation checked by the branch its `type` names; `Relation` refers to it.",
    type: "object",
    required: ["type"],
    allOf: all.map(({ type, name }) => ({
      if: { properties: { type: { const: type } }, required: ["type"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword, never awaited
      then: { $ref: `${prefix}${name}` },
    })),
    [prefix === "#/definitions/" ? "dependencies" : "dependentSchemas"]: typeIsKnown,
  };
  const relation: Node = {
    ...annotations,
    $ref: `${prefix}RelationByType`,
    anyOf: all.map(({ name }) => ({ $ref: `${prefix}${name}` })),
  };
  return { relation, byType };
}

function rewrite(node: unknown, defs: Node, prefix: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, defs, prefix));
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" && ("enum" in node || "const" in node)) continue;
    if (key === "$ref" && Object.keys(node).length > 1 && !("$defs" in node || "definitions" in node)) {
      out.allOf = [{ $ref: value }];
      continue;
    }
    if (key === "format" && "pattern" in node) {
      out.allOf = [{ format: value }];
      continue;
    }
    if (key === "minItems" && value === 1) {
      out.contains = {};
      continue;
    }
    if (key === "minItems" && typeof value === "number" && value > 1) {
      out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { minItems: value }];
      continue;
    }
    if (key === "additionalProperties" && value === false && isNode(node.properties))
      out.propertyNames = { enum: Object.keys(node.properties) };
    out[key] =
      key === "properties" || key === "$defs" || key === "definitions"
        ? Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, rewrite(v, defs, prefix)]))
        : rewrite(value, defs, prefix);
  }
  return out;
}

/**
 * The schema for validators: see the module comment for each rewrite and why.
 * @internal
 */
export function forValidators(schema: Node): Node {
  const defsKey = "$defs" in schema ? "$defs" : "definitions";
  const defs = schema[defsKey] as Node;
  const named = Object.fromEntries(
    Object.entries(defs).map(([name, def]) => [name, titled(name, def as Node)]),
  );
  const prefix = `#/${defsKey}/`;
  const out = rewrite({ ...schema, [defsKey]: named }, defs, prefix) as Node;
  // After the rewrite, which would move the `$ref` beside the `anyOf` into an `allOf`, checked after it.
  const outDefs = out[defsKey] as Node;
  const relation = outDefs.Relation;
  if (isNode(relation) && Array.isArray(relation.oneOf)) {
    const { relation: union, byType } = discriminated(relation, outDefs, prefix);
    outDefs.Relation = union;
    outDefs.RelationByType = byType;
  }
  return out;
}

/**
 * A definition titled with its name, the package's type name, which code generators such as
 * json-schema-to-typescript name their types after; a title in words moves to the front of the description.
 */
function titled(name: string, def: Node): Node {
  const { title, description, ...rest } = def;
  const words = typeof title === "string" && title !== name ? title : undefined;
  const text = [words, description].filter((s): s is string => typeof s === "string").join(": ");
  return { title: name, ...(text ? { description: text } : {}), ...rest };
}
