/*
 * ClinicChat widget: one script tag, e.g.
 *   <script src="https://CHAT-HOST/widget.js" async data-title="Pure IV" data-accent="#0b5cad"></script>
 * Everything lives in a shadow root, so the host page's CSS cannot reach in and ours cannot leak out.
 * The only global is window.ClinicChat (open/close). Protocol: docs/protocol.md.
 */
(() => {
  'use strict';
  if (window.ClinicChat) return; // included twice: keep the first

  const script = document.currentScript;
  const data = (script && script.dataset) || {};
  const chatHost = new URL(script ? script.src : location.href);
  const config = {
    title: data.title || 'Clinic assistant',
    accent: /^#[0-9a-f]{3,8}$/i.test(data.accent || '') ? data.accent : '#0b5cad',
    position: data.position === 'left' ? 'left' : 'right',
    greeting: data.greeting || 'Hi! Ask me about our IV therapy. I answer from the clinic\u2019s articles.',
    suggestions: (data.suggestions || 'What are the benefits of a magnesium drip?|Is a magnesium drip safe?|Who is a magnesium drip ideal for?')
      .split('|').map(s => s.trim()).filter(Boolean).slice(0, 4),
    site: new URL(data.site || location.origin, location.href),
    socketUrl: (chatHost.protocol === 'https:' ? 'wss://' : 'ws://') + chatHost.host + '/ws/chat',
  };
  const storageKey = 'clinicchat:' + chatHost.host;

  // ---------- state that survives reloads ----------
  const saved = load();
  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || {}; } catch { return {}; }
  }
  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(saved)); } catch { /* private mode: memory only */ }
  }
  saved.outbox = saved.outbox || []; // messages typed but not yet acknowledged: [{clientMessageId, text}]

  // ---------- DOM ----------
  const hostElement = document.createElement('div');
  hostElement.setAttribute('data-clinicchat', '');
  const root = hostElement.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css()}</style>
    <button class="launcher" part="launcher" aria-haspopup="dialog" aria-expanded="false" aria-label="Open chat with ${escapeAttr(config.title)}">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v12H8l-4 4z" fill="currentColor"/></svg>
    </button>
    <section class="panel" role="dialog" aria-modal="false" aria-labelledby="cc-title" hidden>
      <header>
        <div><h2 id="cc-title"></h2><p class="status" aria-live="polite"></p></div>
        <button class="close" aria-label="Close chat">\u00d7</button>
      </header>
      <div class="log" role="log" aria-live="polite" aria-relevant="additions text" tabindex="0" aria-label="Messages"></div>
      <p class="typing" aria-live="polite"></p>
      <form class="callback" hidden>
        <p>Nobody from the clinic is available right now. Leave your details and we\u2019ll call you back.</p>
        <label>Name<input name="name" autocomplete="name" required maxlength="100"></label>
        <label>Phone or email<input name="contact" autocomplete="tel" required maxlength="200"></label>
        <label>Note (optional)<textarea name="note" rows="2" maxlength="1000"></textarea></label>
        <button type="submit">Request a call back</button>
      </form>
      <div class="closed" hidden><p>This chat has ended.</p><button type="button" class="restart">Start a new chat</button></div>
      <form class="composer">
        <label class="sr" for="cc-input">Your message</label>
        <textarea id="cc-input" rows="1" maxlength="2000" placeholder="Type your question\u2026"></textarea>
        <button type="submit" class="send" aria-label="Send">\u27a4</button>
      </form>
      <footer><button type="button" class="person">Talk to a person</button><span>General information, not medical advice.</span></footer>
    </section>`;
  const $ = selector => root.querySelector(selector);
  const launcher = $('.launcher'), panel = $('.panel'), log = $('.log'), input = $('#cc-input');
  const statusLine = $('.status'), typingLine = $('.typing'), callbackForm = $('.callback'), closedBox = $('.closed');
  $('#cc-title').textContent = config.title;

  // ---------- rendering: always text, never HTML ----------
  const rendered = new Map(); // seq -> element
  const streams = new Map(); // streamId -> element
  const pendingBubbles = new Map(); // clientMessageId -> element

  function bubble(author, text, extraClass) {
    const item = document.createElement('div');
    item.className = 'msg ' + author + (extraClass ? ' ' + extraClass : '');
    const body = document.createElement('p');
    body.textContent = text;
    item.append(body);
    log.append(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function showGreeting() {
    if (log.childElementCount) return;
    bubble('bot', config.greeting, 'greeting');
    const chips = document.createElement('div');
    chips.className = 'chips';
    for (const question of config.suggestions) {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.textContent = question;
      chip.addEventListener('click', () => { chips.remove(); send(question); });
      chips.append(chip);
    }
    log.append(chips);
  }

  function renderMessage(frame) {
    if (rendered.has(frame.seq)) return;
    let item = (frame.streamId && streams.get(frame.streamId)) || (frame.clientMessageId && pendingBubbles.get(frame.clientMessageId));
    if (!item) item = bubble(frame.author, frame.text);
    item.className = 'msg ' + frame.author + (frame.urgent || frame.route === 'emergency' ? ' emergency' : '');
    item.querySelector('p').textContent = frame.text;
    if (frame.author === 'staff' && frame.authorName) item.dataset.name = frame.authorName;
    if (frame.author === 'bot' && Array.isArray(frame.citations) && frame.citations.length) item.append(sources(frame.citations));
    streams.delete(frame.streamId);
    pendingBubbles.delete(frame.clientMessageId);
    rendered.set(frame.seq, item);
    lastSeq = Math.max(lastSeq, frame.seq);
    log.scrollTop = log.scrollHeight;
  }

  /** Sources under an answer; a link only when it points into the clinic's own site. */
  function sources(citations) {
    const list = document.createElement('ul');
    list.className = 'sources';
    list.setAttribute('aria-label', 'Sources');
    for (const citation of citations) {
      const entry = document.createElement('li');
      const label = (citation.title || '') + (citation.section && citation.section !== citation.title ? ' \u203a ' + citation.section : '');
      let url = null;
      try { url = new URL(citation.url, config.site); } catch { /* not a URL: plain text */ }
      if (url && url.origin === config.site.origin && /^https?:$/.test(url.protocol)) {
        const link = document.createElement('a');
        link.href = url.href;
        link.target = '_top';
        link.textContent = label;
        entry.append('Source: ', link);
      } else {
        entry.textContent = 'Source: ' + label;
      }
      list.append(entry);
    }
    return list;
  }

  function renderDelta(frame) {
    let item = streams.get(frame.streamId);
    if (!item) { item = bubble('bot', ''); streams.set(frame.streamId, item); }
    item.querySelector('p').textContent += frame.text;
    log.scrollTop = log.scrollHeight;
  }

  let conversationState = 'bot';
  let lastSeq = 0; // highest message shown on this page: a reload starts at 0 and gets the whole history back
  function renderState(frame) {
    conversationState = frame.state;
    const status = { bot: 'Assistant', waiting: 'Waiting for clinic staff\u2026', staff: (frame.staffName || 'Clinic staff') + ' from the clinic', closed: 'Chat ended' };
    statusLine.textContent = status[frame.state] || '';
    callbackForm.hidden = !(frame.state === 'waiting' && frame.staffOnDuty === false) || saved.callbackSent;
    closedBox.hidden = frame.state !== 'closed';
    $('.composer').hidden = frame.state === 'closed';
    $('.person').hidden = frame.state !== 'bot';
  }

  // ---------- the socket ----------
  let socket = null, attempt = 0, retryTimer = 0, ready = false;

  function connect() {
    if (socket || !navigator.onLine && attempt > 0) return;
    ready = false;
    socket = new WebSocket(config.socketUrl);
    socket.addEventListener('open', () => {
      attempt = 0;
      socket.send(JSON.stringify(saved.conversationId
        ? { type: 'resume', conversationId: saved.conversationId, token: saved.token, afterSeq: lastSeq }
        : { type: 'start' }));
    });
    socket.addEventListener('message', event => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      handle(frame);
    });
    socket.addEventListener('close', () => {
      socket = null; ready = false;
      if (conversationState !== 'closed' || saved.conversationId) scheduleReconnect();
    });
  }

  function scheduleReconnect() {
    clearTimeout(retryTimer);
    const delay = Math.min(30000, 1000 * 2 ** attempt++) * (0.5 + Math.random() / 2);
    statusLine.textContent = 'Reconnecting\u2026';
    retryTimer = setTimeout(connect, delay);
  }

  function handle(frame) {
    switch (frame.type) {
      case 'session':
        if (frame.conversationId !== saved.conversationId) { lastSeq = 0; saved.callbackSent = false; }
        saved.conversationId = frame.conversationId;
        saved.token = frame.token;
        save();
        ready = true;
        renderState(frame);
        flushOutbox();
        break;
      case 'message':
        renderMessage(frame);
        acknowledge(frame.clientMessageId);
        if (frame.author !== 'visitor') typingLine.textContent = '';
        break;
      case 'delta': renderDelta(frame); break;
      case 'state': renderState(frame); break;
      case 'typing':
        typingLine.textContent = (frame.name || (frame.author === 'bot' ? 'Assistant' : 'Clinic staff')) + ' is typing\u2026';
        clearTimeout(handle.typingTimer);
        handle.typingTimer = setTimeout(() => { typingLine.textContent = ''; }, 4000);
        break;
      case 'callback_received':
        saved.callbackSent = true; save();
        callbackForm.hidden = true;
        bubble('system', 'Thank you. The clinic will call you back.');
        break;
      case 'error':
        if (frame.code === 'unknown_conversation') { forget(); socket && socket.close(); break; }
        if (frame.code === 'rate_limited' && frame.clientMessageId) { setTimeout(flushOutbox, 3000); break; } // kept: sent again
        if (frame.clientMessageId) acknowledge(frame.clientMessageId);
        bubble('system', frame.message || 'Something went wrong.', 'error');
        break;
    }
  }

  // ---------- sending: queued until acknowledged, exactly once by clientMessageId ----------
  function send(text) {
    text = text.trim();
    if (!text) return;
    const message = { clientMessageId: crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random(), text };
    saved.outbox.push(message);
    save();
    pendingBubbles.set(message.clientMessageId, bubble('visitor', text, 'pending'));
    ensureSocket();
    flushOutbox();
  }

  function flushOutbox() {
    if (!ready || !socket || socket.readyState !== WebSocket.OPEN) return;
    for (const message of saved.outbox) {
      socket.send(JSON.stringify({ type: 'message', clientMessageId: message.clientMessageId, text: message.text }));
    }
  }

  function acknowledge(clientMessageId) {
    if (!clientMessageId) return;
    saved.outbox = saved.outbox.filter(message => message.clientMessageId !== clientMessageId);
    save();
  }

  function forget() {
    delete saved.conversationId; delete saved.token; lastSeq = 0; saved.callbackSent = false;
    save();
  }

  function ensureSocket() {
    if (!socket) { clearTimeout(retryTimer); connect(); }
  }

  function sendFrame(frame) {
    if (ready && socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  // ---------- interaction ----------
  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    showGreeting();
    ensureSocket();
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  $('.close').addEventListener('click', close);
  panel.addEventListener('keydown', event => { if (event.key === 'Escape') close(); });
  $('.composer').addEventListener('submit', event => {
    event.preventDefault();
    send(input.value);
    input.value = '';
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('.composer').requestSubmit(); }
  });
  let lastTyping = 0;
  input.addEventListener('input', () => {
    if (Date.now() - lastTyping > 3000) { lastTyping = Date.now(); sendFrame({ type: 'typing' }); }
  });
  $('.person').addEventListener('click', () => { ensureSocket(); sendFrame({ type: 'request_staff' }); });
  callbackForm.addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(callbackForm);
    sendFrame({ type: 'callback', name: form.get('name'), contact: form.get('contact'), note: form.get('note') || '' });
  });
  $('.restart').addEventListener('click', () => {
    forget();
    log.replaceChildren();
    rendered.clear();
    showGreeting();
    if (socket) socket.send(JSON.stringify({ type: 'start' })); else connect();
    input.focus();
  });
  window.addEventListener('online', () => { if (!socket) { attempt = 0; ensureSocket(); } });

  function mount() {
    document.body.append(hostElement);
    // a visitor coming back to an open conversation sees it at once and gets what they missed
    if (saved.conversationId) connect();
    for (const message of saved.outbox) pendingBubbles.set(message.clientMessageId, bubble('visitor', message.text, 'pending'));
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.ClinicChat = Object.freeze({ open, close });

  function escapeAttr(text) {
    return String(text).replace(/[&<>"']/g, c => '&#' + c.charCodeAt(0) + ';');
  }

  function css() {
    const side = config.position;
    return `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.launcher { position: fixed; ${side}: 20px; bottom: 20px; z-index: 2147483646; width: 56px; height: 56px; border-radius: 50%;
  border: 0; background: ${config.accent}; color: #fff; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher svg { width: 26px; height: 26px; }
.launcher:focus-visible, button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible, .log:focus-visible {
  outline: 3px solid #ffbf47; outline-offset: 2px; }
.panel { position: fixed; ${side}: 20px; bottom: 88px; z-index: 2147483647; width: 370px; max-height: min(620px, calc(100vh - 110px));
  display: flex; flex-direction: column; background: #fff; color: #1a1a1a; border-radius: 14px; overflow: hidden;
  box-shadow: 0 10px 40px rgba(0,0,0,.3); font-size: 15px; line-height: 1.45; transition: opacity .15s ease; }
.panel[hidden] { display: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; padding: 12px 14px; background: ${config.accent}; color: #fff; }
h2 { margin: 0; font-size: 16px; }
.status { margin: 2px 0 0; font-size: 13px; }
.close { background: none; border: 0; color: #fff; font-size: 26px; line-height: 1; cursor: pointer; padding: 0 4px; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; min-height: 180px; }
.msg { max-width: 85%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg p { margin: 0; }
.msg.visitor { align-self: flex-end; background: ${config.accent}; color: #fff; }
.msg.visitor.pending { opacity: .7; }
.msg.bot, .msg.staff { align-self: flex-start; background: #eef1f5; }
.msg.staff::before { content: attr(data-name); display: block; font-size: 12px; font-weight: 600; color: #3d4a5c; }
.msg.system { align-self: center; background: none; color: #4a4a4a; font-size: 13px; text-align: center; }
.msg.error { color: #a4000f; }
.msg.emergency { background: #fdecea; color: #5f0000; border: 2px solid #b00020; font-weight: 600; }
.sources { margin: 6px 0 0; padding: 0; list-style: none; font-size: 13px; color: #3d4a5c; }
.sources a { color: #0a4f96; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chips button { border: 1px solid ${config.accent}; color: #0a4f96; background: #fff; border-radius: 16px; padding: 5px 10px; cursor: pointer; font-size: 13px; }
.typing { margin: 0; padding: 0 14px; min-height: 18px; font-size: 12px; color: #4a4a4a; }
.composer { display: flex; gap: 6px; padding: 8px 10px; border-top: 1px solid #dde2ea; }
.composer[hidden] { display: none; }
textarea, input { font: inherit; color: #1a1a1a; border: 1px solid #8a94a6; border-radius: 8px; padding: 7px 9px; width: 100%; }
#cc-input { resize: none; flex: 1; }
.send { border: 0; border-radius: 8px; background: ${config.accent}; color: #fff; width: 42px; cursor: pointer; font-size: 16px; }
footer { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 6px 12px 10px; font-size: 12px; color: #4a4a4a; }
.person { border: 0; background: none; color: #0a4f96; text-decoration: underline; cursor: pointer; font-size: 12px; padding: 0; }
.person[hidden] { display: none; }
.callback, .closed { padding: 10px 14px; border-top: 1px solid #dde2ea; display: grid; gap: 6px; font-size: 14px; }
.callback[hidden], .closed[hidden] { display: none; }
.callback p, .closed p { margin: 0; }
.callback label { display: grid; gap: 2px; font-size: 13px; }
.callback button, .restart { border: 0; border-radius: 8px; background: ${config.accent}; color: #fff; padding: 8px; cursor: pointer; font: inherit; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; max-height: none; height: 100%; border-radius: 0; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
  }
})();
