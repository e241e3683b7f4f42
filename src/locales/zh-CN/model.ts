/** The sentences of structural issues that zod's own locales do not say well enough. */
export const model = {
  notCalendarDate: (value: string) => `${value} 不是存在的日期`,
  notIsoDate: (value: string) => `“${value}”不是 YYYY-MM-DD 形式的日期`,
  unknownKey: (key: string, suggestion: string | undefined, atRoot: boolean) =>
    `未知的键“${key}”${
      suggestion !== undefined
        ? `（是否应为“${suggestion}”？）`
        : atRoot
          ? "（自定义数据请放在“extensions”下）"
          : ""
    }`,
  unknownVariant: (value: string, options: string) => `未知的类型“${value}”：应为 ${options} 之一`,
  dateOrText: "印刷日期至少要有 date（YYYY-MM-DD）或 text 之一",
  tooDeep: "输入嵌套层级过深，无法检查。",
};
