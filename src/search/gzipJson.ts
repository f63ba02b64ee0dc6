/**
 * JSON that the build writes gzipped (`facts.json.gz`), read in the browser. At 10,000 pages the
 * facts are 750 KB as plain JSON and 70 KB gzipped, and a static server may not compress JSON for
 * us (DESIGN §8: a first query fetches ≤ 250 KB). A server that sends a `.gz` file with
 * `Content-Encoding: gzip` has the browser decode it already, so the bytes are checked first.
 */

/** Whether bytes start with the gzip magic number. */
const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Parses JSON from bytes that are gzipped or, when a server already decoded them, plain.
 * @example await parseGzipJson(gzipSync('{"a":1}')) // { a: 1 }
 */
export async function parseGzipJson<T>(bytes: Uint8Array<ArrayBuffer>): Promise<T> {
  const text = isGzip(bytes) ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
  return JSON.parse(text) as T;
}
