/**
 * Spec §1: "null and an absent property mean the same". The published JSON Schema types most
 * optional properties without null, so Performa validates against a copy in which every optional
 * property (and every value of a map such as `targets`) also accepts null. Required properties
 * stay as they are: a null `id` is still reported.
 */
type SchemaNode = Record<string, unknown>;

const acceptsNull = (s: SchemaNode): boolean =>
  s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null')) || (Array.isArray(s.oneOf) && (s.oneOf as SchemaNode[]).some(acceptsNull));

// The real schema first: ajv records the errors of every failed branch, and most values are not null.
const orNull = (s: SchemaNode): SchemaNode => (acceptsNull(s) ? s : { anyOf: [s, { type: 'null' }] });

export function allowOptionalNulls(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowOptionalNulls);
  if (node === null || typeof node !== 'object') return node;
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node as SchemaNode)) out[key] = allowOptionalNulls(value);
  if (out.properties && typeof out.properties === 'object') {
    const required = new Set((out.required as string[] | undefined) ?? []);
    const props: SchemaNode = {};
    for (const [key, value] of Object.entries(out.properties as SchemaNode)) {
      props[key] = required.has(key) ? value : orNull(value as SchemaNode);
    }
    out.properties = props;
  }
  if (out.additionalProperties && typeof out.additionalProperties === 'object') {
    out.additionalProperties = orNull(out.additionalProperties as SchemaNode);
  }
  return out;
}
