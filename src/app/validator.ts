// The digest schemas as the app uses them: zod set up first (imports run in the order written).
import './zodWithoutEval';
export { DIGEST_SCHEMA_VERSION, parseDigest, storyIndexSchema } from '../shared/digest/schema';
