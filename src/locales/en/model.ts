import type { model as zhCN } from "../zh-CN/model";

/** The sentences of structural issues that zod's own locales do not say well enough. */
export const model: typeof zhCN = {
  notCalendarDate: (value: string) => `${value} is not a calendar date`,
  notIsoDate: (value: string) => `"${value}" is not a date of the form YYYY-MM-DD`,
  unknownKey: (key: string, suggestion: string | undefined, atRoot: boolean) =>
    `unknown key '${key}'${
      suggestion !== undefined
        ? ` (did you mean '${suggestion}'?)`
        : atRoot
          ? " (put your own data under 'extensions')"
          : ""
    }`,
  unknownVariant: (value: string, options: string) => `unknown type '${value}': expected ${options}`,
  dateOrText: "a printed date needs its date (YYYY-MM-DD) or its text, or both",
  tooDeep: "Input is nested too deeply to check.",
};
