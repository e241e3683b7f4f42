export { assignConcepts, conceptsOf } from "./assignConcepts";
