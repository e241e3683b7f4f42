// The locales area: one module per language (src/locales/<lang>/index.ts) holds every sentence the package
// prints; the Locale type is spelled once, here.
export { isLocale, LOCALES, type Locale } from "./locale";
