// Walks a JSON Schema for the checks of the published open-data schemas (docs/open-data.md).

/** Keywords whose value is one subschema or a list of them. */
const SUBSCHEMA_KEYS = [
	'items',
	'prefixItems',
	'additionalProperties',
	'anyOf',
	'oneOf',
	'allOf',
	'not',
];
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAPS = ['properties', '$defs', 'definitions'];

/**
 * Every subschema with its JSON Pointer, the root first.
 * @example [...subschemas({ properties: { a: { type: 'string' } } })].map(([p]) => p) // ['', '/properties/a']
 */
export function* subschemas(schema, pointer = '') {
	if (!schema || typeof schema !== 'object') return;
	yield [pointer, schema];
	for (const key of SUBSCHEMA_KEYS) {
		const value = schema[key];
		if (Array.isArray(value))
			for (const [i, sub] of value.entries()) yield* subschemas(sub, `${pointer}/${key}/${i}`);
		else if (value && typeof value === 'object') yield* subschemas(value, `${pointer}/${key}`);
	}
	for (const key of SUBSCHEMA_MAPS)
		for (const [name, sub] of Object.entries(schema[key] ?? {}))
			yield* subschemas(
				sub,
				`${pointer}/${key}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`
			);
}

const described = (schema) =>
	typeof schema?.description === 'string' && schema.description.trim() !== '';

/**
 * JSON Pointers of the properties, at any depth (nested objects, array items, anyOf/oneOf
 * branches, $defs), that have no description of their own.
 * @example undescribedProperties({ items: { properties: { a: { description: 'A' }, b: {} } } }) // ['/items/properties/b']
 */
export function undescribedProperties(schema) {
	const missing = [];
	for (const [pointer, sub] of subschemas(schema))
		for (const [name, prop] of Object.entries(sub.properties ?? {}))
			if (!described(prop)) missing.push(`${pointer}/properties/${name}`);
	return missing;
}
