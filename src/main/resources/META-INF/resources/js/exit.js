// Exit at any time. The Exit control is a form that works without script (a POST with its form token erases the
// conversation). With script, the page is hidden at once, the same post is sent in the background, and the browser
// leaves with location.replace so the page being left does not stay in the back button's history.
// Pressing Shift three times in a row (no other key in between, within two seconds) exits too, but only outside
// fields one types in and never while an input method composes: Chinese input methods switch between Chinese and
// English with Shift, so a person typing a question must not be thrown out.
(function () {
  'use strict';
  var EXIT_URL = '/exit';
  /** Longest wait for the erasing post before leaving anyway: leaving quickly matters more. */
  var ERASE_WAIT_MS = 1500;
  var presses = 0;
  var last = 0;
  var composing = false;
  var leaving = false;

  function leave() {
    // the language cookie is gone by now: the neutral page keeps the page's language through the address
    var lang = document.documentElement.getAttribute('lang');
    window.location.replace(EXIT_URL + (lang ? '?lang=' + encodeURIComponent(lang) : ''));
  }

  function exitNow(event) {
    if (event) { event.preventDefault(); }
    if (leaving) { return; }
    leaving = true;
    document.documentElement.style.visibility = 'hidden';
    try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) { /* storage may be disabled */ }
    var form = document.querySelector('form.exit-form');
    if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) { leave(); return; }
    var timer = window.setTimeout(leave, ERASE_WAIT_MS);
    fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      redirect: 'manual',
      keepalive: true
    }).catch(function () { /* leave all the same */ }).then(function () {
      window.clearTimeout(timer);
      leave();
    });
  }

  /** Where Shift types (or switches an input method): text fields, lists, editable regions. */
  function typingIn(element) {
    if (!element || element.nodeType !== 1) { return false; }
    if (element.isContentEditable) { return true; }
    var tag = element.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT') { return true; }
    if (tag !== 'INPUT') { return false; }
    var type = (element.getAttribute('type') || 'text').toLowerCase();
    return ['button', 'submit', 'reset', 'image', 'hidden'].indexOf(type) < 0;
  }

  document.addEventListener('compositionstart', function () {
    composing = true;
    presses = 0;
  }, true);
  document.addEventListener('compositionend', function () {
    composing = false;
    presses = 0;
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat || composing || event.isComposing || event.keyCode === 229
        || typingIn(event.target) || typingIn(document.activeElement)) {
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
  }, true);

  var forms = document.querySelectorAll('form.exit-form');
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener('submit', exitNow);
  }
}());
