// `npm run serve`: serves the built site (dist/, or the folder given) on http://localhost:4321/.
import path from 'node:path';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH || '/';
const port = Number(process.env.PORT ?? 4321);
const server = await startStaticServer({ root, base, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving ${root} at ${server.url} (Ctrl+C to stop)`);
