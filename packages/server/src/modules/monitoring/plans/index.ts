// Plan register of the five 十四五 seed plans, read from the seed texts.
export { buildCascadeMatrix, formatCascadeCell } from './cascade-matrix.rules';
export type { CascadeAdoption, CascadeMatrixRow } from './cascade-matrix.rules';
export { CASCADE_LINKS, LOCAL_CONCEPTS, requireCascadeLink } from './cascade-links';
export type { LocalConceptKey } from './cascade-links';
export { loadSeedPlans } from './load-seed-plans';
export { parseSeedPlans, SEED_DESCRIPTORS } from './seed-plans';
export type { SeedDescriptor } from './seed-plans';
