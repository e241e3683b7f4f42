/**
 * The version of this package (kept equal to package.json's by a test).
 * @example
 * VERSION //=> "0.1.0"
 */
export const VERSION = "0.1.0";
