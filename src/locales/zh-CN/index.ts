// Every sentence the package prints in Simplified Chinese, one export line per module.
export { ruleTexts, ruleWords } from "./rules";
