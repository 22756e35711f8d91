// Collection pre-request script of the contract check (.ci/contract-check.sh), before every
// request Portman generated. The token of the role under test is {{token}} (passed to newman).
(function () {
  var name = pm.info.requestName || '';
  var hostile = name.indexOf('[hostile') >= 0;
  var base = pm.variables.get('baseUrl');
  var path = pm.request.url.getPath();
  function url() {
    var u = pm.variables.replaceIn(pm.request.url.toString());
    pm.request.url.variables.each(function (v) {
      u = u.replace(':' + v.key, pm.variables.replaceIn(String(v.value)));
    });
    return u.split('?')[0];
  }
  // POST /auth/logout ends the session it is sent with: it gets a fresh one of a spare user.
  if (/\/auth\/logout$/.test(path)) {
    pm.sendRequest({
      url: base + '/auth/login',
      method: 'POST',
      header: { 'Content-Type': 'application/json' },
      body: { mode: 'raw', raw: JSON.stringify({ username: pm.variables.get('spareUser'), password: pm.variables.get('sparePassword') }) }
    }, function (err, res) {
      if (!err && res.code === 200) {
        pm.collectionVariables.set('logoutToken', res.json().token);
      }
    });
  }
  // A valid POST /me/password keeps the password (the same one again): the role must still log in
  // with it, and the example must pass in every iteration. The change still runs (other sessions end).
  if (!hostile && /\/me\/password$/.test(path) && pm.request.body && pm.request.body.raw) {
    try {
      var change = JSON.parse(pm.request.body.raw);
      change.newPassword = change.currentPassword;
      pm.request.body.update(JSON.stringify(change));
    } catch (e) {
      // not JSON: sent as it is
    }
  }
  // A valid PATCH or PUT is based on the version as it now stands: If-Match from a GET of it.
  if (!hostile && (pm.request.method === 'PATCH' || pm.request.method === 'PUT')) {
    pm.sendRequest({
      url: url(),
      method: 'GET',
      header: { Authorization: 'Bearer ' + pm.variables.get('token') }
    }, function (err, res) {
      if (!err && res.code === 200 && res.headers.get('ETag')) {
        pm.request.headers.upsert({ key: 'If-Match', value: res.headers.get('ETag') });
      }
    });
  }
})();
