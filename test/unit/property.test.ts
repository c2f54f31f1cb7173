// Property tests of the core on hostile text, with few runs so the normal unit run stays fast (the fuzz suite runs thousands).
import { fuzzRuns } from '../fixtures/hostile/arbitraries';
import { describeCoreProperties } from '../fixtures/hostile/core-properties';

describeCoreProperties(fuzzRuns(200));
