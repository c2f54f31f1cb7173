// The worker thread of the index pool: reads and analyses the files it is sent and posts back their records.
import { parentPort, workerData } from 'node:worker_threads';
import { serve, type WorkerSetup } from './index-file';

if (parentPort && workerData) serve(parentPort, workerData as WorkerSetup);
