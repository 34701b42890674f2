// Progressive enhancement only: every page works without this script (the form posts, the server renders the
// answer). With it:
// - an answer is fetched whole and appended to the transcript (role="log") in one step, so it is announced once;
//   "working…" goes to a separate status and errors to the field's alert;
// - focus moves to the new answer's heading and its start is scrolled to the top (on a phone the answer would otherwise
//   begin below the screen), the "Jump to the latest answer" link follows the newest answer, and the address becomes
//   the conversation's, so a reload shows every answer;
// - feedback under an answer is sent in place: the page and its answers stay, the thanks appear where the buttons were;
// - in accessible mode, a "Read aloud" button appears where the browser can speak;
// - when a model is configured (form[data-stream]), the answer is shown while it is written, in a draft hidden from
//   assistive technology; the finished, verified answer then replaces the draft and is announced once.
(function () {
  'use strict';

  var LATEST = 'latest-answer';

  function setUpReadAloud() {
    if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance === 'undefined') { return null; }
    function reset(button) {
      button.removeAttribute('data-speaking');
      button.textContent = button.getAttribute('data-start');
    }
    document.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button.read-aloud') : null;
      if (!button) { return; }
      var synth = window.speechSynthesis;
      var speaking = button.hasAttribute('data-speaking');
      synth.cancel();
      Array.prototype.forEach.call(document.querySelectorAll('button.read-aloud[data-speaking]'), reset);
      if (speaking) { return; }
      var body = button.closest('article').querySelector('.answer-body');
      // citation markers are for the eye; a listener reaches the sources with the links
      var utterance = new window.SpeechSynthesisUtterance(body.textContent.replace(/\[\d+\]/g, ' '));
      utterance.lang = body.getAttribute('lang') === 'zh' ? 'zh-CN' : 'en';
      utterance.onend = function () { reset(button); };
      utterance.onerror = function () { reset(button); };
      button.setAttribute('data-speaking', '');
      button.textContent = button.getAttribute('data-stop');
      synth.speak(utterance);
    });
    function reveal(root) {
      Array.prototype.forEach.call(root.querySelectorAll('button.read-aloud'), function (b) { b.hidden = false; });
    }
    reveal(document);
    return reveal;
  }

  var revealReadAloud = setUpReadAloud();

  // "Was this helpful?" and "Report a wrong answer" without leaving the page; without fetch the form posts and the
  // server brings the person back to the same conversation
  function setUpFeedback() {
    if (!window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList || !form.classList.contains('feedback-form')) { return; }
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') { return; }
      var submitter = event.submitter;
      var data = new FormData(form);
      if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
      var reported = data.get('wrong') === '1';
      form.setAttribute('aria-busy', 'true');
      fetch(form.getAttribute('action'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Court-Guide-Fragment': '1' },
        body: new URLSearchParams(data),
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) { throw new Error('feedback refused'); }
        form.removeAttribute('aria-busy');
        var fieldset = form.querySelector('fieldset');
        if (fieldset) { fieldset.hidden = true; }
        if (reported) {
          var details = form.querySelector('details.report');
          var reason = form.querySelector('textarea');
          if (details) { details.open = false; }
          if (reason) { reason.value = ''; }
        }
        var note = form.querySelector('.feedback-status');
        note.textContent = form.getAttribute(reported ? 'data-reported' : 'data-sent');
        // the pressed button may be gone: focus goes to the thanks instead of the top of the page
        note.focus();
      }).catch(function () {
        // the server says what went wrong (an expired form, an unknown answer) on its own page
        form.removeAttribute('aria-busy');
        if (submitter && submitter.name) {
          var chosen = document.createElement('input');
          chosen.type = 'hidden';
          chosen.name = submitter.name;
          chosen.value = submitter.value;
          form.appendChild(chosen);
        }
        form.submit();
      });
    });
  }

  setUpFeedback();

  var form = document.getElementById('ask-form');
  var transcript = document.getElementById('transcript');
  if (!form || !transcript || !window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
  var box = document.getElementById('question');
  var status = document.getElementById('ask-status');
  var errorBox = document.getElementById('question-error');
  var jump = document.querySelector('.jump-latest');
  var busy = false;

  function clearError() {
    errorBox.textContent = '';
    box.removeAttribute('aria-invalid');
    box.setAttribute('aria-describedby', 'question-hint');
  }

  function showError(message) {
    errorBox.textContent = message;
    box.setAttribute('aria-invalid', 'true');
    box.setAttribute('aria-describedby', 'question-error question-hint');
    box.focus();
  }

  function addAnswer(article) {
    var previous = document.getElementById(LATEST);
    if (previous) { previous.id = 'answer-' + previous.getAttribute('data-key'); }
    // one insertion of the complete answer: the log announces it once
    transcript.appendChild(article);
    if (revealReadAloud) { revealReadAloud(article); }
    if (jump) { jump.hidden = false; }
    var heading = article.querySelector('.answer-heading');
    (heading || article).focus({ preventScroll: true });
    article.scrollIntoView({ block: 'start' });
    if (window.history && window.history.replaceState) {
      // a reload (or Back from a cited guide) opens the conversation with every answer, not the empty start page
      var query = postUrl().split('?')[1];
      window.history.replaceState(null, '', '/conversation' + (query ? '?' + query : '') + '#' + LATEST);
    }
  }

  // keep only the page's language and mode, never a question, in the address the form posts to
  function postUrl() {
    var current = new URLSearchParams(window.location.search);
    var kept = new URLSearchParams();
    ['lang', 'mode'].forEach(function (name) { if (current.has(name)) { kept.set(name, current.get(name)); } });
    var query = kept.toString();
    return form.getAttribute('action').split('#')[0] + (query ? '?' + query : '');
  }

  var draft = document.getElementById('answer-draft');
  var streamUrl = form.getAttribute('data-stream');
  var canStream = streamUrl && draft && window.TextDecoder && window.ReadableStream;

  function done() {
    busy = false;
    form.removeAttribute('aria-busy');
  }

  function articleOf(html) {
    var article = new DOMParser().parseFromString(html, 'text/html').querySelector('article.answer');
    return article ? document.importNode(article, true) : null;
  }

  // server-sent events over a POST (EventSource can only GET, and a question must not go into an address)
  function streamAnswer() {
    var body = new URLSearchParams(new FormData(form));
    var query = postUrl().split('?')[1];
    return fetch(streamUrl + (query ? '?' + query : ''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/event-stream' },
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok || !response.body) { throw new Error('no stream'); }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      var finished = false;
      draft.textContent = '';
      function handle(block) {
        var name = 'message';
        var data = [];
        block.split('\n').forEach(function (line) {
          if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
          if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
        });
        var text = data.join('\n');
        if (name === 'draft') {
          draft.hidden = false;
          draft.textContent += text;
        } else if (name === 'answer') {
          finished = true;
          draft.hidden = true;
          draft.textContent = '';
          status.textContent = '';
          var article = articleOf(text);
          if (article) { addAnswer(article); }
        } else if (name === 'error') {
          finished = true;
          status.textContent = '';
          showError(text);
        }
      }
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            if (!finished) { throw new Error('stream ended early'); }
            return;
          }
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r/g, '');
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            handle(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
          return pump();
        });
      }
      return pump();
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    clearError();
    // the button stays enabled (and focusable) while working; a second press is ignored
    form.setAttribute('aria-busy', 'true');
    status.textContent = status.getAttribute('data-working') || '';
    if (canStream) {
      streamAnswer().then(done, function () {
        // no stream: the form posts as it would without a script
        draft.hidden = true;
        status.textContent = '';
        done();
        form.submit();
      });
      return;
    }
    fetch(postUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Court-Guide-Fragment': '1' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (html) { return { status: response.status, html: html }; });
    }).then(function (result) {
      status.textContent = '';
      var parsed = new DOMParser().parseFromString(result.html, 'text/html');
      var article = parsed.querySelector('article.answer');
      if (result.status === 200 && article) {
        addAnswer(document.importNode(article, true));
        return;
      }
      var message = parsed.querySelector('.field-error, [role="alert"]');
      showError(message ? message.textContent.trim() : '');
    }).catch(function () {
      status.textContent = '';
      busy = false;
      form.removeAttribute('aria-busy');
      form.submit();
    }).then(function () {
      busy = false;
      form.removeAttribute('aria-busy');
    });
  });
}());
