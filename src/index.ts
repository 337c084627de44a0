/** The public library API of whosaid. */
export { extract } from './pipeline.js';
export type * from './types.js';
