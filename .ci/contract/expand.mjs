// Prepares a contract-check run from the server's GET /openapi.json:
//   node expand.mjs <openapi.json> <out-dir>
// writes <out-dir>/portman-config.json (portman-config.json beside this file, plus a hostile
// variation per body field, query parameter, path id and header that Portman's own fuzzing does
// not make: wrong types, unknown fields, bad ids, no or bad token, missing or stale If-Match),
// <out-dir>/checks.js (checks.js with the document's routes and dereferenced schemas inside) and
// <out-dir>/prerequest.js.
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const [, , specFile, outDir] = process.argv;
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const config = JSON.parse(fs.readFileSync(path.join(here, 'portman-config.json'), 'utf8'));
const out = path.resolve(outDir);
fs.mkdirSync(out, { recursive: true });

function resolve(ref) {
  return ref.slice(2).split('/').reduce((n, k) => n[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}
function deref(node) {
  if (Array.isArray(node)) return node.map(deref);
  if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') return deref(resolve(node.$ref));
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = deref(v);
    return out;
  }
  return node;
}
function typeOf(schema) {
  const s = deref(schema || {});
  if (s.anyOf) return typeOf(s.anyOf.find((x) => x.type !== 'null'));
  if (s.enum) return 'enum';
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t === 'string' && (s.format === 'date' || s.format === 'date-time')) return 'date';
  return t || 'any';
}
// A value of the wrong type for a field of this type.
const WRONG = {
  integer: 'not-a-number',
  number: 'not-a-number',
  string: { an: 'object' },
  boolean: 'maybe',
  date: 'yesterday',
  enum: 'NOT_A_VALUE',
  object: 'a string',
  array: 'a string',
  any: null
};

// Known defects: [part of a request name, what is wrong].
const known = fs.readFileSync(path.join(here, 'known-defects.txt'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split(' | ').map((x) => x.trim()));

// Each distinct response schema once, dereferenced, by name: the checks look them up.
const schemas = {};
function schemaName(schema) {
  const text = JSON.stringify(schema);
  const name = schema.$ref ? schema.$ref.split('/').pop() : 'inline' + Object.keys(schemas).length;
  for (const [n, s] of Object.entries(schemas)) {
    if (s.text === text) return n;
  }
  schemas[name] = { text, schema: deref(schema) };
  return name;
}
function responsesOf(op) {
  const out = {};
  for (const [status, r0] of Object.entries(op.responses)) {
    const r = r0.$ref ? resolve(r0.$ref) : r0;
    const content = {};
    for (const [type, media] of Object.entries(r.content || {})) {
      content[type] = media.schema ? schemaName(media.schema) : null;
    }
    out[status] = { content: r.content ? content : null };
  }
  return out;
}

// Routes of the document, most literal first (so /invoices/{id}.pdf wins over /invoices/{id}).
const routes = [];
const variations = [];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
for (const [p, item] of Object.entries(spec.paths)) {
  for (const m of METHODS) {
    const op = item[m];
    if (!op) continue;
    const regex = '^' + p.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+') + '$';
    routes.push({ method: m.toUpperCase(), key: m.toUpperCase() + ' ' + p, regex, literal: p.replace(/\{[^}]+\}/g, '').length, responses: responsesOf(op) });
    if (op['x-websocket']) continue;
    const target = m.toUpperCase() + '::' + p;
    // One request per variation: Portman makes one per matching response, so name exactly one.
    const add = (name, overwrites, status = '400') => {
      if (op.responses[status]) {
        variations.push({ openApiOperation: target, variations: [{ name: 'hostile: ' + name, openApiResponse: status, overwrites: [overwrites], tests: { contractTests: [] } }] });
      }
    };
    const body = op.requestBody && op.requestBody.content['application/json'].schema;
    if (body) {
      add('unknown field', { overwriteRequestBody: [{ key: 'unexpectedField', value: 'x' }] });
      for (const [field, schema] of Object.entries(body.properties || {})) {
        if (schema.description && schema.description.startsWith('read-only')) continue;
        const wrong = WRONG[typeOf(schema)];
        if (wrong !== null && wrong !== undefined) {
          add('wrong type ' + field, { overwriteRequestBody: [{ key: field, value: wrong }] });
        }
        if (typeOf(schema) === 'string') {
          add('number for text ' + field, { overwriteRequestBody: [{ key: field, value: 12345 }] });
        }
      }
      add('body not JSON', { overwriteRequestHeaders: [{ key: 'Content-Type', value: 'text/plain' }] });
    }
    for (const param of op.parameters || []) {
      // (Portman appends to a path variable that is not a whole segment, like {id}.pdf: skipped.)
      const whole = p.split('/').includes('{' + param.name + '}');
      if (param.in === 'path' && param.schema.type === 'integer' && whole) {
        add('path ' + param.name + ' not a number', { overwriteRequestPathVariables: [{ key: param.name, value: 'abc' }] });
        add('path ' + param.name + ' unknown', { overwriteRequestPathVariables: [{ key: param.name, value: '987654321' }] });
        add('path ' + param.name + ' zero', { overwriteRequestPathVariables: [{ key: param.name, value: '0' }] });
      }
      if (param.in === 'path' && param.schema.enum && whole) {
        add('path ' + param.name + ' not listed', { overwriteRequestPathVariables: [{ key: param.name, value: '..%2F..%2Fetc%2Fpasswd' }] });
      }
      if (param.in === 'query') {
        const t = typeOf(param.schema);
        const wrong = { integer: 'many', boolean: 'maybe', date: '2026-13-45', enum: 'NOT_A_VALUE' }[t];
        if (wrong) {
          add('query ' + param.name + ' ' + wrong, { overwriteRequestQueryParams: [{ key: param.name, value: wrong }] });
        }
      }
      if (param.in === 'header' && param.name === 'If-Match') {
        add('no If-Match', { overwriteRequestHeaders: [{ key: 'If-Match', remove: true }] }, '428');
        add('stale If-Match', { overwriteRequestHeaders: [{ key: 'If-Match', value: '"999999"' }] }, '412');
        add('If-Match not a version', { overwriteRequestHeaders: [{ key: 'If-Match', value: 'W/"abc"' }] });
      }
    }
    if (!(Array.isArray(op.security) && op.security.length === 0)) {
      add('empty token', { overwriteRequestSecurity: { bearer: { token: '' } } }, '401');
      add('bad token', { overwriteRequestSecurity: { bearer: { token: 'not-a-token' } } }, '401');
    }
  }
}
routes.sort((a, b) => b.literal - a.literal);

config.tests.variationTests.push(...variations);
config.globals.collectionPreRequestScripts = ['file:' + path.join(out, 'prerequest.js')];
config.globals.collectionTestScripts = ['file:' + path.join(out, 'checks.js')];
fs.writeFileSync(path.join(out, 'portman-config.json'), JSON.stringify(config, null, 2));
fs.copyFileSync(path.join(here, 'prerequest.js'), path.join(out, 'prerequest.js'));
fs.writeFileSync(path.join(out, 'checks.js'),
  fs.readFileSync(path.join(here, 'checks.js'), 'utf8')
    .replace('/*KNOWN*/ []', JSON.stringify(known))
    .replace('/*SPEC*/ null', 'JSON.parse(' + JSON.stringify(JSON.stringify(routes)) + ')')
    .replace('/*SCHEMAS*/ null', 'JSON.parse(' + JSON.stringify(JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([n, s]) => [n, s.schema])))) + ')'));
console.log(`${routes.length} operations, ${variations.length} generated hostile variations`);
