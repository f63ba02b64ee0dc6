// A worker of loadSiteIndex() (tests/lib/site-index.mjs): reads its share of a folder's pages and posts their facts back.
import { parentPort, workerData } from 'node:worker_threads';
import { readPages } from './site-index.mjs';

parentPort.postMessage(readPages(workerData.root, workerData.files));
