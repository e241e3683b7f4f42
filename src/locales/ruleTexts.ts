import type { RuleId, RuleParams } from "./ruleParams";

/**
 * The wording of a rule in one locale: title, rationale and message template (`{param}` placeholders).
 * @example
 * const text: RuleText = { title: "Rates match", rationale: "…", message: "Stated {stated}% but computed {computed}%" };
 */
export interface RuleText {
  readonly title: string;
  readonly rationale: string;
  readonly message: string;
}

/** The `{name}` placeholders of a template literal type. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The placeholders of rule `Id`'s template `T` that its params do not have. */
type Unknown<Id, T extends string> = Exclude<
  Placeholders<T>,
  Id extends RuleId ? keyof RuleParams[Id] : never
>;

/** Each entry as given when its template names only its rule's params; else a message type no string matches. */
type Checked<M> = {
  readonly [Id in keyof M]: M[Id] extends { readonly message: infer T extends string }
    ? [Unknown<Id, T>] extends [never]
      ? M[Id]
      : { readonly message: { readonly "names a param the rule does not give": Unknown<Id, T> } }
    : never;
};

/**
 * The texts of every rule in one locale, checked at compile time: a message template that names a param its rule
 * does not give (`RuleParams[id]`) is a type error that names the param.
 * @example
 * const texts = defineRuleTexts({ ...others, "FZ-PRIV-002": { title: "…", rationale: "…", message: "Shows {masked}" } });
 * // "Shows {number}" does not compile: FZ-PRIV-002 gives only `masked`.
 */
export function defineRuleTexts<const M extends { readonly [Id in RuleId]: RuleText }>(
  texts: M & Checked<M>,
): { readonly [Id in RuleId]: RuleText } {
  return texts;
}
