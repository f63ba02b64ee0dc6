import { createHash } from 'node:crypto';

/** The site's own UUID namespace: feed and entry ids are name-based UUIDs inside it. */
export const SITE_UUID_NAMESPACE = '0c7a4d93-b7c4-416d-ab37-41b8d822113b';

/**
 * A name-based (version 5, SHA-1) UUID, RFC 9562 §5.5: the same name always gives the same id, so
 * feed ids stay stable whatever host or base path the site is published under.
 * @example uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8') // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string = SITE_UUID_NAMESPACE): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	if (ns.length !== 16) throw new Error(`uuidV5: namespace "${namespace}" is not a UUID`);
	const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
