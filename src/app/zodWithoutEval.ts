import { config } from 'zod';

// The page's Content-Security-Policy forbids eval: zod is told not to compile its parsers with
// `new Function` (even its caught probe for that is reported as a policy violation). Schemas read
// this setting when they are built, so this module runs before the schema module (validator.ts).
config({ jitless: true });
