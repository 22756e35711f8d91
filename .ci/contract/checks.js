// Collection test script of the contract check (.ci/contract-check.sh): every answer, to a valid
// or a hostile request, is checked against GET /openapi.json (SPEC is filled in by expand.mjs):
// the route is documented, the status is documented for it, the content type is the documented
// one, a JSON body matches the documented schema; no 500; a hostile request is refused (4xx);
// a valid one (the document's example) is not refused as invalid (400).
(function () {
  var SPEC = /*SPEC*/ null;
  var SCHEMAS = /*SCHEMAS*/ null;
  var KNOWN = /*KNOWN*/ [];
  function text() {
    // Printable and short: it goes into the JUnit report (XML).
    var t = /json|text/.test(pm.response.headers.get('Content-Type') || '') ? pm.response.text() : '(binary body)';
    return t.slice(0, 300).replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/g, '?');
  }
  var name = pm.info.requestName || '';
  var hostile = name.indexOf('[hostile') >= 0;
  var method = pm.request.method;
  var path = '/' + pm.request.url.path.map(function (s) {
    return pm.variables.replaceIn(String(s));
  }).join('/');
  var op = null;
  for (var i = 0; i < SPEC.length; i++) {
    if (SPEC[i].method === method && new RegExp(SPEC[i].regex).test(path)) {
      op = SPEC[i];
      break;
    }
  }
  var code = pm.response.code;
  var where = method + ' ' + path + ' -> ' + code;
  pm.test('contract: documented route ' + where, function () {
    pm.expect(op, 'no documented route for ' + where).to.be.ok;
  });
  if (!op) {
    return;
  }
  pm.test('contract: no server error ' + where, function () {
    pm.expect(code === 500 || (code >= 500 && !op.responses[String(code)]), 'server error: ' + text()).to.be.false;
  });
  var documented = op.responses[String(code)];
  pm.test('contract: status documented ' + where, function () {
    pm.expect(documented, 'status ' + code + ' is not documented for ' + op.key + ': ' + text()).to.be.ok;
  });
  var known = null;
  for (var k = 0; k < KNOWN.length; k++) {
    if (name.indexOf(KNOWN[k][0]) >= 0) {
      known = KNOWN[k];
    }
  }
  if (hostile && known && !(code >= 400 && code < 500)) {
    // Listed in known-defects.txt: counted and reported by contract-check.sh, not failed.
    pm.test('KNOWN DEFECT ' + known[0] + ' ' + where + ': ' + known[1], function () {});
  } else if (!hostile) {
    // The document's own example must pass the server's validation (their limits agree).
    pm.test('contract: valid request not refused as invalid ' + where, function () {
      pm.expect(code, 'the example request of ' + op.key + ' was refused: ' + text()).to.not.equal(400);
    });
  } else {
    pm.test('contract: hostile request refused ' + where, function () {
      pm.expect(code >= 400 && code < 500, 'a hostile request (' + name + ') was answered ' + code + ': ' + text()).to.be.true;
    });
  }
  if (!documented || !documented.content) {
    return;
  }
  var type = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim();
  var types = Object.keys(documented.content);
  pm.test('contract: content type ' + where, function () {
    pm.expect(types.indexOf(type) >= 0 || types.indexOf('*/*') >= 0, type + ' is not one of ' + types.join(', ')).to.be.true;
  });
  var schema = documented.content[type] ? SCHEMAS[documented.content[type]] : null;
  if (schema && /json$/.test(type)) {
    pm.test('contract: body matches the schema ' + where, function () {
      pm.response.to.have.jsonSchema(schema, { unknownFormats: ['int32', 'int64', 'float', 'double', 'binary'] });
    });
  }
})();
