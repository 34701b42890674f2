// Progressive enhancement: without this script the form posts and the server renders the answer.
// With it, the answer fragment is fetched and placed on the page without a reload; focus moves to the answer
// heading so screen readers announce it once.
(function () {
  'use strict';
  var form = document.getElementById('ask-form');
  var region = document.getElementById('answer-region');
  if (!form || !region || !window.fetch) { return; }
  var status = document.getElementById('ask-status');
  var button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    status.textContent = form.getAttribute('data-working') || status.getAttribute('data-working') || '';
    button.disabled = true;
    fetch(form.action + window.location.search, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Court-Guide-Fragment': '1' },
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, html: html }; });
    }).then(function (result) {
      var parsed = new DOMParser().parseFromString(result.html, 'text/html');
      region.replaceChildren.apply(region, Array.prototype.slice.call(parsed.body.childNodes));
      status.textContent = '';
      var heading = document.getElementById('answer-heading');
      if (heading) { heading.focus(); }
    }).catch(function () {
      form.submit();
    }).finally(function () {
      button.disabled = false;
    });
  });
}());
