export { buildEvents } from './build';
export { findDiscrepancies } from './discrepancies';
