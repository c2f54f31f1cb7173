// The long fuzz run of the core's properties (`npm run test:fuzz` sets FAKTENLAGE_FUZZ_RUNS=10000).
import { fuzzRuns } from '../fixtures/hostile/arbitraries';
import { describeCoreProperties } from '../fixtures/hostile/core-properties';

describeCoreProperties(fuzzRuns(10_000));
