// Every sentence the package prints in en, one module an area (the same shape in every language).
export { cli } from "./cli";
export { compare } from "./compare";
export { extract } from "./extract";
export { inputs } from "./inputs";
export { json } from "./json";
export { model } from "./model";
export { output } from "./output";
export { rates } from "./rates";
export { ruleTexts, ruleWords } from "./rules";
