// Every sentence the package prints in English, one export line per module.
export { ruleTexts, ruleWords } from "./rules";
