// Exit at any time. The Exit control is a form that works without script; with script, exit uses
// location.replace so the page being left does not stay in the back button's history, and pressing Shift
// three times in a row (no other key in between, within two seconds) exits too.
(function () {
  'use strict';
  var EXIT_URL = '/exit';
  var presses = 0;
  var last = 0;

  function exitNow(event) {
    if (event) { event.preventDefault(); }
    try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) { /* storage may be disabled */ }
    window.location.replace(EXIT_URL);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) {
      presses = 0;
      return;
    }
    var now = Date.now();
    presses = now - last > 2000 ? 1 : presses + 1;
    last = now;
    if (presses >= 3) {
      presses = 0;
      exitNow();
    }
  });

  var forms = document.querySelectorAll('form.exit-form');
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener('submit', exitNow);
  }
}());
