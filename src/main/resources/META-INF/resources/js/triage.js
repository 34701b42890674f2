// The dispute intake, progressive enhancement only: every step works without this script. With it:
// - a page with errors moves focus to the error summary, so a screen reader reads what to fix first (GOV.UK pattern);
// - "Show this version" comes back to the summary with focus on its heading, so the reader keeps their place;
// - the contact detail is marked required, and offers the phone or email keyboard, once phone or email is chosen;
// - the confirmation page offers to copy the reference and the secret, and to print the page.
(function () {
  'use strict';

  function focusOnLoad() {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
      return;
    }
    var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target && target.getAttribute('tabindex') === '-1') {
      target.focus();
    }
  }

  function contactDetailFollowsChoice() {
    var detail = document.getElementById('f-contact-detail');
    var choices = document.querySelectorAll('input[name=contact]');
    if (!detail || !choices.length) { return; }
    function update() {
      var chosen = document.querySelector('input[name=contact]:checked');
      var how = chosen ? chosen.value : '';
      if (how === 'phone' || how === 'email') {
        detail.setAttribute('aria-required', 'true');
        detail.setAttribute('inputmode', how === 'phone' ? 'tel' : 'email');
        detail.setAttribute('autocomplete', how === 'phone' ? 'tel' : 'email');
      } else {
        detail.removeAttribute('aria-required');
        detail.removeAttribute('inputmode');
        detail.setAttribute('autocomplete', 'off');
      }
    }
    Array.prototype.forEach.call(choices, function (c) { c.addEventListener('change', update); });
    update();
  }

  function copyAndPrint() {
    Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
      if (!navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById('copy-status');
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) { status.textContent = button.getAttribute('data-copied'); }
        });
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  focusOnLoad();
  contactDetailFollowsChoice();
  copyAndPrint();
}());
