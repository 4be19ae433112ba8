// The digest schema version the app reads, without the schema module (and zod) that defines it:
// loadDigest checks it before the validator has loaded. A test keeps it equal to DIGEST_SCHEMA_VERSION.
export const SCHEMA_VERSION = 2;
