// Test files run on this many workers at once (both cores of the CI machine); the integration tests' global setup
// makes one database for each.
export const TEST_WORKERS = 2;
