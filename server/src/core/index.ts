// The engine's public surface. Editors, the language server and the command line
// reach the engine only through what is exported here.
export * from './types';
export { parseFactFile, factFileFormat, isFactFileName, type ParsedFactFile } from './factFile';
export { snapshotOf, parsedFromSnapshot, DamagedSnapshot, type FactFileSnapshot } from './factFileSnapshot';
export { FactBase, partnersWords, productsWords } from './factBase';
export { checkDocument, claimAt, DocumentCheckRun, documentKindOf, CheckStopped } from './check';
export { CheckCache } from './checkCache';
export { DocumentText } from './documentText';
export { lineStartsOf } from './document';
export { formatFigure } from './figures';
