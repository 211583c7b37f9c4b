/*
 * ClinicChat widget: one script tag, e.g.
 *   <script src="https://CHAT-HOST/widget.js" async data-title="Pure IV" data-accent="#0b5cad"
 *           data-contact="(801) 555-0100"></script>
 * Everything lives in a shadow root, so the host page's CSS cannot reach in and ours cannot leak out; the styles
 * are a constructed style sheet, which a strict Content-Security-Policy on the host page does not block.
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
    contact: (data.contact || '').trim(), // how to reach the clinic when the chat cannot: a phone number or email
    site: new URL(data.site || location.origin, location.href),
    socketUrl: (chatHost.protocol === 'https:' ? 'wss://' : 'ws://') + chatHost.host + '/ws/chat',
  };
  const storageKey = 'clinicchat:' + chatHost.host;
  const FAILURES_BEFORE_UNAVAILABLE = 3;

  // ---------- state that survives reloads ----------
  const saved = load();
  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || {}; } catch { return {}; }
  }
  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(saved)); } catch { /* private mode: memory only */ }
  }
  saved.outbox = saved.outbox || []; // messages typed but not yet acknowledged: [{clientMessageId, text}]
  saved.seen = saved.seen || 0; // the highest message seq the visitor has had the panel open for

  // ---------- DOM ----------
  const icon = path => `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${path}" fill="currentColor"/></svg>`;
  const CHAT = 'M4 4h16v12H8l-4 4z', CROSS = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';
  const THUMB = 'M2 21h4V9H2zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3a1.5 1.5 0 0 0-.5-1L13.1 1 6.6 7.6A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1.2-.7z';
  const hostElement = document.createElement('div');
  hostElement.setAttribute('data-clinicchat', '');
  const root = hostElement.attachShadow({ mode: 'open' });
  root.innerHTML = `
    <div class="preview" hidden><button type="button" class="preview-open"></button><button type="button" class="preview-close" aria-label="Dismiss">${icon(CROSS)}</button></div>
    <button class="launcher" aria-haspopup="dialog" aria-expanded="false">${icon(CHAT)}${icon(CROSS)}<span class="badge" hidden></span></button>
    <section class="panel" role="dialog" aria-modal="false" aria-labelledby="cc-title" hidden>
      <header>
        <div><h2 id="cc-title"></h2><p class="line"><span class="status" aria-live="polite"></span><span class="presence" hidden></span></p></div>
        <button class="close" aria-label="Close chat">${icon(CROSS)}</button>
      </header>
      <div class="unavailable" role="alert" hidden></div>
      <div class="log" role="log" aria-live="polite" aria-relevant="additions text" tabindex="0" aria-label="Messages"></div>
      <p class="typing" aria-live="polite"></p>
      <form class="callback" hidden>
        <label><span class="sr">Name</span><input name="name" autocomplete="name" required maxlength="100" placeholder="Name"></label>
        <label><span class="sr">Phone or email</span><input name="contact" autocomplete="tel" required maxlength="200" placeholder="Phone or email"></label>
        <button type="submit">Call me back</button>
      </form>
      <div class="closed" hidden>
        <div class="rate">
          <p id="cc-rate">Was this chat helpful?</p>
          <div class="scale" role="group" aria-labelledby="cc-rate"></div>
          <p class="ends" aria-hidden="true"><span>Not at all</span><span>Very</span></p>
          <form class="comment" hidden><label for="cc-comment">Anything to add? (optional)</label><textarea id="cc-comment" rows="2" maxlength="1000"></textarea><button type="submit">Send</button></form>
        </div>
        <p class="thanks" hidden>Thank you for your feedback.</p>
        <button type="button" class="restart">Start a new chat</button>
      </div>
      <div class="confirm" hidden><p>End this chat?</p><button type="button" class="end-yes">End chat</button><button type="button" class="end-no">Keep chatting</button></div>
      <form class="composer">
        <label class="sr" for="cc-input">Your message</label>
        <textarea id="cc-input" rows="1" maxlength="2000" placeholder="Type your question\u2026"></textarea>
        <button type="submit" class="send" aria-label="Send"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 20.5 21 12 3 3.5v7l12 1.5-12 1.5z" fill="currentColor"/></svg></button>
      </form>
      <footer><button type="button" class="person">Talk to a person</button><button type="button" class="end" hidden>End chat</button><span class="note">General information, not medical advice.</span></footer>
    </section>`;
  adoptStyles();
  const $ = selector => root.querySelector(selector);
  const launcher = $('.launcher'), panel = $('.panel'), log = $('.log'), input = $('#cc-input'), badge = $('.badge');
  const statusLine = $('.status'), presenceLine = $('.presence'), typingLine = $('.typing'), unavailable = $('.unavailable');
  const callbackForm = $('.callback'), closedBox = $('.closed'), composer = $('.composer'), preview = $('.preview');
  $('#cc-title').textContent = config.title;
  for (let score = 1; score <= 5; score++) {
    const button = element('button', 'score', String(score));
    button.type = 'button';
    button.setAttribute('aria-label', score + ' of 5: ' + ['not at all', 'not really', 'somewhat', 'yes', 'very'][score - 1]);
    button.addEventListener('click', () => rate(score));
    $('.scale').append(button);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // ---------- the log: always text, never HTML; kept at the newest message unless the visitor scrolled up ----------
  const rendered = new Map(); // seq -> element
  const streams = new Map(); // streamId -> element
  const pendingBubbles = new Map(); // clientMessageId -> element
  let stickToBottom = true, lastSpeaker = '';
  log.addEventListener('scroll', () => { stickToBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40; });
  new ResizeObserver(scrollToNewest).observe(log); // the call-back form or a keyboard shrinks the log: keep the newest in view
  function scrollToNewest(force) {
    if (force === true) stickToBottom = true;
    if (stickToBottom) log.scrollTop = log.scrollHeight;
  }

  /** A message row: a label (who speaks) when the speaker changes, an avatar for the clinic's side, the bubble. */
  function bubble(author, text, extraClass, name) {
    const item = element('div', 'msg ' + author + (extraClass ? ' ' + extraClass : ''));
    const speaker = author + ':' + (name || '');
    if ((author === 'bot' || author === 'staff') && speaker !== lastSpeaker) {
      const avatar = element('span', 'avatar', author === 'staff' ? (name || '?').charAt(0).toUpperCase() : '');
      avatar.setAttribute('aria-hidden', 'true');
      if (author === 'bot') avatar.innerHTML = icon('M12 2a2 2 0 0 1 1 3.7V7h5a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3v-8a3 3 0 0 1 3-3h5V5.7A2 2 0 0 1 12 2zM9 12a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z');
      item.append(avatar, element('span', 'who', author === 'staff' ? (name || 'Clinic staff') + ' \u00b7 clinic team' : 'Assistant'));
      item.classList.add('first');
    }
    lastSpeaker = speaker;
    const body = element('div', 'body');
    setText(body, text);
    item.append(body);
    log.append(item);
    scrollToNewest();
    return item;
  }

  /** Paragraphs, and lines starting with "- ", "* ", "• " or "1. " as a real list. */
  function setText(body, text) {
    body.replaceChildren();
    let list = null;
    for (const line of String(text).split('\n')) {
      const item = /^\s*(?:[-*\u2022]|(\d+)[.)])\s+(.*)$/.exec(line);
      if (item) {
        if (!list || list.tagName !== (item[1] ? 'OL' : 'UL')) body.append(list = element(item[1] ? 'ol' : 'ul'));
        list.append(element('li', null, item[2]));
      } else if (line.trim()) {
        list = null;
        body.append(element('p', null, line));
      }
    }
    if (!body.childElementCount) body.append(element('p', null, text));
  }

  function chips(questions, extraClass) {
    const row = element('div', 'chips' + (extraClass ? ' ' + extraClass : ''));
    for (const question of questions) {
      const chip = element('button', null, question.label || question);
      chip.type = 'button';
      chip.addEventListener('click', () => { removeChips(); question.action ? question.action() : send(question); });
      row.append(chip);
    }
    log.append(row);
    scrollToNewest();
  }
  function removeChips() { root.querySelectorAll('.chips').forEach(row => row.remove()); }

  function showGreeting() {
    if (log.childElementCount) return;
    bubble('bot', config.greeting, 'greeting');
    if (config.suggestions.length) chips(config.suggestions);
  }

  function renderMessage(frame, live) {
    if (rendered.has(frame.seq)) return;
    if (frame.author === 'visitor' || log.querySelector('.chips.quick')) removeChips();
    let item = (frame.streamId && streams.get(frame.streamId)) || (frame.clientMessageId && pendingBubbles.get(frame.clientMessageId));
    if (!item) item = bubble(frame.author, frame.text, '', frame.authorName);
    item.classList.remove('pending');
    item.classList.toggle('emergency', !!(frame.urgent || frame.route === 'emergency'));
    setText(item.querySelector('.body'), frame.text);
    if (frame.author === 'staff' && frame.authorName) item.dataset.name = frame.authorName;
    if (frame.author === 'bot') {
      if (Array.isArray(frame.citations) && frame.citations.length) item.querySelector('.body').after(sources(frame.citations));
      if (frame.route === 'answer') item.append(thumbs(frame.seq, frame.feedback));
      if (frame.route === 'unknown' || frame.route === 'decline') quickReplies();
    }
    streams.delete(frame.streamId);
    pendingBubbles.delete(frame.clientMessageId);
    rendered.set(frame.seq, item);
    lastSeq = Math.max(lastSeq, frame.seq);
    if (!panel.hidden) markSeen(); else if (live && frame.seq > saved.seen && (frame.author === 'staff' || frame.author === 'bot')) unread(frame);
    scrollToNewest();
  }

  /** "Source: section" links (the full title on hover and focus); a link only when it points into the clinic's site. */
  function sources(citations) {
    const line = element('p', 'sources', citations.length > 1 ? 'Sources: ' : 'Source: ');
    citations.forEach((citation, index) => {
      const full = (citation.title || '') + (citation.section && citation.section !== citation.title ? ' \u203a ' + citation.section : '');
      const label = citation.section || citation.title || '';
      let url = null;
      try { url = new URL(citation.url, config.site); } catch { /* not a URL: plain text */ }
      const entry = url && url.origin === config.site.origin && /^https?:$/.test(url.protocol) ? element('a', null, label) : element('span', null, label);
      if (entry.tagName === 'A') { entry.href = url.href; entry.target = '_top'; }
      entry.dataset.full = full;
      entry.setAttribute('aria-label', full);
      line.append(...(index ? [' \u00b7 ', entry] : [entry]));
    });
    return line;
  }

  /** Was this answer helpful? A thumbs up or down, stored with the message. */
  function thumbs(seq, given) {
    const row = element('div', 'thumbs');
    for (const value of ['up', 'down']) {
      const button = element('button', 'thumb ' + value);
      button.type = 'button';
      button.innerHTML = icon(THUMB);
      button.setAttribute('aria-label', value === 'up' ? 'Helpful answer' : 'Not helpful');
      button.setAttribute('aria-pressed', String(given === value));
      button.addEventListener('click', () => sendFrame({ type: 'feedback', seq, value }));
      row.append(button);
    }
    return row;
  }

  /** After "not covered" or "off topic": a person, or a suggested question near what was asked. */
  function quickReplies() {
    const asked = [...log.querySelectorAll('.msg.visitor')].map(m => m.textContent.toLowerCase());
    const words = new Set((asked[asked.length - 1] || '').match(/[a-z]{4,}/g) || []);
    const related = config.suggestions.filter(q => !asked.includes(q.toLowerCase()))
      .map(q => [q, (q.toLowerCase().match(/[a-z]{4,}/g) || []).filter(w => words.has(w)).length])
      .sort((a, b) => b[1] - a[1]).map(([q]) => q)[0];
    chips([{ label: 'Talk to a person', action: requestStaff }, ...(related ? [related] : [])], 'quick');
  }

  function renderDelta(frame) {
    let item = streams.get(frame.streamId);
    if (!item) { item = bubble('bot', ''); streams.set(frame.streamId, item); }
    const body = item.querySelector('.body');
    body.dataset.text = (body.dataset.text || '') + frame.text;
    setText(body, body.dataset.text);
    scrollToNewest();
  }

  // ---------- header and panels by the conversation's state ----------
  let conversationState = 'bot', staffOnDuty = null, rated = false;
  let lastSeq = 0; // highest message shown on this page: a reload starts at 0 and gets the whole history back
  function renderState(frame) {
    conversationState = frame.state;
    if (typeof frame.staffOnDuty === 'boolean') staffOnDuty = frame.staffOnDuty;
    if (frame.rating) rated = true;
    const status = { bot: 'Assistant', waiting: staffOnDuty ? 'Waiting for clinic staff\u2026' : 'Waiting for clinic staff \u00b7 nobody on duty now', staff: (frame.staffName || 'Clinic staff') + ' from the clinic', closed: 'Chat ended' };
    statusLine.textContent = status[frame.state] || '';
    presenceLine.textContent = staffOnDuty ? 'Team online' : 'Team offline';
    presenceLine.classList.toggle('online', !!staffOnDuty);
    presenceLine.hidden = staffOnDuty === null || frame.state === 'staff' || frame.state === 'closed';
    callbackForm.hidden = !(frame.state === 'waiting' && staffOnDuty === false) || !!saved.callbackSent;
    const closed = frame.state === 'closed';
    closedBox.hidden = !closed;
    $('.rate').hidden = rated;
    $('.thanks').hidden = !rated;
    composer.hidden = closed;
    $('.person').hidden = frame.state !== 'bot';
    $('.end').hidden = closed || !log.querySelector('.msg.visitor');
    $('.confirm').hidden = true;
    if (closed) { removeChips(); if (!panel.hidden && root.activeElement === input) $('.score').focus(); }
    scrollToNewest();
  }

  // ---------- unread: a badge on the launcher, the count in the page title, a preview of the newest ----------
  const pageTitle = document.title;
  let unreadCount = 0;
  function unread(frame) {
    unreadCount++;
    badge.textContent = String(unreadCount);
    badge.hidden = false;
    launcher.setAttribute('aria-label', 'Open chat with ' + config.title + ' (' + unreadCount + ' unread)');
    document.title = '(' + unreadCount + ') ' + pageTitle;
    const who = frame.author === 'staff' ? (frame.authorName || 'Clinic staff') : 'Assistant';
    const text = frame.text.length > 90 ? frame.text.slice(0, 88) + '\u2026' : frame.text;
    $('.preview-open').replaceChildren(element('strong', null, who), element('span', null, text));
    preview.hidden = false;
  }
  function markSeen() {
    if (lastSeq > saved.seen) { saved.seen = lastSeq; save(); }
    unreadCount = 0;
    badge.hidden = true;
    preview.hidden = true;
    document.title = pageTitle;
    launcher.setAttribute('aria-label', panel.hidden ? 'Open chat with ' + config.title : 'Close chat');
  }
  $('.preview-open').addEventListener('click', () => open());
  $('.preview-close').addEventListener('click', () => { preview.hidden = true; });

  // ---------- the socket: retried with backoff for ever; after a few failures the visitor is told another way ----------
  let socket = null, attempt = 0, retryTimer = 0, ready = false;

  function connect() {
    if (socket) return;
    ready = false;
    if (!navigator.onLine) { scheduleReconnect(); return; }
    socket = new WebSocket(config.socketUrl);
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify(saved.conversationId
        ? { type: 'resume', conversationId: saved.conversationId, token: saved.token, afterSeq: lastSeq }
        : { type: 'start' }));
    });
    socket.addEventListener('message', event => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      handle(frame);
    });
    socket.addEventListener('close', event => {
      socket = null; ready = false;
      if (conversationState !== 'closed' || saved.conversationId) scheduleReconnect(event.code === RECONNECT_NOW);
    });
  }

  /** A node of several is restarting (4012): not a failure; reconnect at once (the proxy picks another node). */
  const RECONNECT_NOW = 4012;

  function scheduleReconnect(now) {
    clearTimeout(retryTimer);
    const delay = now ? Math.random() * 500 : Math.min(30000, 1000 * 2 ** attempt++) * (0.5 + Math.random() / 2);
    statusLine.textContent = 'Reconnecting\u2026';
    if (attempt >= FAILURES_BEFORE_UNAVAILABLE) showUnavailable();
    retryTimer = setTimeout(connect, delay);
  }

  /** The chat cannot be reached: say so, and how else to reach the clinic (the typed messages stay queued). */
  function showUnavailable() {
    if (!unavailable.hidden) return;
    statusLine.textContent = 'Chat unavailable';
    unavailable.replaceChildren(element('strong', null, 'The chat is unavailable right now.'));
    const line = element('p', null, config.contact ? 'You can reach the clinic at ' : 'Please try again later. ');
    if (config.contact) {
      const phone = /^\+?[\d\s().-]{6,}$/.test(config.contact), email = /^[^@\s]+@[^@\s]+$/.test(config.contact);
      const link = element(phone || email ? 'a' : 'span', null, config.contact);
      if (phone) link.href = 'tel:' + config.contact.replace(/[^\d+]/g, '');
      if (email) link.href = 'mailto:' + config.contact;
      line.append(link, '. ');
    }
    line.append('We\u2019ll keep trying to connect and send your messages.');
    unavailable.append(line);
    unavailable.hidden = false;
  }

  function handle(frame) {
    switch (frame.type) {
      case 'session':
        attempt = 0;
        unavailable.hidden = true;
        if (frame.conversationId !== saved.conversationId) { lastSeq = 0; saved.callbackSent = false; saved.seen = 0; rated = false; }
        saved.conversationId = frame.conversationId;
        saved.token = frame.token;
        save();
        ready = true;
        renderState(frame);
        flushOutbox();
        break;
      case 'message':
        renderMessage(frame, ready);
        acknowledge(frame.clientMessageId);
        if (frame.author !== 'visitor') typingLine.textContent = '';
        else $('.end').hidden = conversationState === 'closed';
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
      case 'rated':
        rated = true;
        if (!frame.comment && $('.comment').hidden) { $('.comment').hidden = false; break; }
        $('.rate').hidden = true;
        $('.thanks').hidden = false;
        break;
      case 'feedback_received': {
        const item = rendered.get(frame.seq);
        if (item) item.querySelectorAll('.thumb').forEach(b => b.setAttribute('aria-pressed', String(b.classList.contains(frame.value))));
        break;
      }
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
    removeChips();
    const message = { clientMessageId: crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random(), text };
    saved.outbox.push(message);
    save();
    pendingBubbles.set(message.clientMessageId, bubble('visitor', text, 'pending'));
    scrollToNewest(true);
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
    delete saved.conversationId; delete saved.token; lastSeq = 0; saved.callbackSent = false; saved.seen = 0; rated = false;
    save();
  }

  function ensureSocket() {
    if (!socket) { clearTimeout(retryTimer); connect(); }
  }

  function sendFrame(frame) {
    if (ready && socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  function requestStaff() { ensureSocket(); sendFrame({ type: 'request_staff' }); }

  function rate(score) {
    root.querySelectorAll('.score').forEach(b => b.setAttribute('aria-pressed', String(b.textContent === String(score))));
    sendFrame({ type: 'rate', score });
  }

  // ---------- interaction ----------
  const phone = matchMedia('(max-width: 480px)');
  let pageOverflow = null;
  /** On a phone the panel fills the screen: the page behind must not scroll under it. */
  function lockPage(lock) {
    const html = document.documentElement;
    if (lock && phone.matches && pageOverflow === null) {
      pageOverflow = [html.style.overflow, document.body.style.overflow];
      html.style.overflow = 'hidden';
      document.body.style.overflow = 'hidden';
    } else if (!lock && pageOverflow !== null) {
      [html.style.overflow, document.body.style.overflow] = pageOverflow;
      pageOverflow = null;
    }
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    lockPage(true);
    showGreeting();
    ensureSocket();
    markSeen();
    scrollToNewest(true);
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    lockPage(false);
    markSeen();
    launcher.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  $('.close').addEventListener('click', close);
  panel.addEventListener('keydown', event => { if (event.key === 'Escape') close(); });
  composer.addEventListener('submit', event => {
    event.preventDefault();
    send(input.value);
    input.value = '';
    grow();
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); composer.requestSubmit(); }
  });
  /** The box grows with its text (Shift+Enter for a new line) up to about five lines, then scrolls. */
  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 132) + 'px';
  }
  let lastTyping = 0;
  input.addEventListener('input', () => {
    grow();
    if (input.value.trim()) removeChips();
    if (Date.now() - lastTyping > 3000) { lastTyping = Date.now(); sendFrame({ type: 'typing' }); }
  });
  $('.person').addEventListener('click', requestStaff);
  $('.end').addEventListener('click', () => { $('.confirm').hidden = false; $('.end-yes').focus(); });
  $('.end-no').addEventListener('click', () => { $('.confirm').hidden = true; input.focus(); });
  $('.end-yes').addEventListener('click', () => { ensureSocket(); sendFrame({ type: 'end' }); });
  $('.comment').addEventListener('submit', event => {
    event.preventDefault();
    const score = root.querySelector('.score[aria-pressed="true"]');
    if (score) sendFrame({ type: 'rate', score: Number(score.textContent), comment: $('#cc-comment').value });
  });
  callbackForm.addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(callbackForm);
    sendFrame({ type: 'callback', name: form.get('name'), contact: form.get('contact') });
  });
  $('.restart').addEventListener('click', () => {
    forget();
    log.replaceChildren();
    rendered.clear();
    lastSpeaker = '';
    showGreeting();
    if (socket) socket.send(JSON.stringify({ type: 'start' })); else connect();
    input.focus();
  });
  window.addEventListener('online', () => { if (!socket) { attempt = 0; ensureSocket(); } });

  function mount() {
    document.body.append(hostElement);
    markSeen();
    // a visitor coming back to an open conversation sees it at once and gets what they missed
    if (saved.conversationId) connect();
    for (const message of saved.outbox) pendingBubbles.set(message.clientMessageId, bubble('visitor', message.text, 'pending'));
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.ClinicChat = Object.freeze({ open, close });

  function adoptStyles() {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css());
      root.adoptedStyleSheets = [sheet];
    } catch { // an older browser: a style element (which a strict host-page CSP may block)
      root.prepend(element('style', null, css()));
    }
  }

  function css() {
    const side = config.position, accent = config.accent;
    return `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
[hidden] { display: none !important; }
svg { width: 22px; height: 22px; display: block; }
button { font: inherit; cursor: pointer; }
.launcher { position: fixed; ${side}: 20px; bottom: 20px; z-index: 2147483646; width: 56px; height: 56px; border-radius: 50%;
  border: 0; background: ${accent}; color: #fff; box-shadow: 0 4px 14px rgba(0,0,0,.25); display: grid; place-items: center; }
.launcher svg { width: 26px; height: 26px; grid-area: 1 / 1; }
.launcher[aria-expanded="true"] svg:first-child, .launcher[aria-expanded="false"] svg:nth-child(2) { display: none; }
.badge { position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  background: #b00020; color: #fff; font: 700 13px/22px system-ui, sans-serif; border: 2px solid #fff; }
.preview { position: fixed; ${side}: 20px; bottom: 88px; z-index: 2147483646; display: flex; align-items: flex-start; max-width: 300px;
  background: #fff; color: #1a1a1a; border-radius: 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); font-size: 14px; }
.preview-open { border: 0; background: none; text-align: left; padding: 12px 4px 12px 14px; display: grid; gap: 2px; color: inherit; }
.preview-close { border: 0; background: none; color: #4a4a4a; width: 44px; height: 44px; display: grid; place-items: center; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
header :focus-visible, .msg.visitor :focus-visible { outline-color: #fff; box-shadow: 0 0 0 2px #1a1a1a; }
.log:focus-visible { outline-offset: -3px; box-shadow: none; }
.panel { position: fixed; ${side}: 20px; bottom: 88px; z-index: 2147483647; width: 380px; height: min(640px, calc(100vh - 110px));
  display: flex; flex-direction: column; background: #fff; color: #1a1a1a; border-radius: 14px; overflow: hidden;
  box-shadow: 0 10px 40px rgba(0,0,0,.3); font-size: 15px; line-height: 1.45; }
.panel > * { flex: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; padding: 12px 8px 12px 16px; background: ${accent}; color: #fff; }
h2 { margin: 0; font-size: 16px; }
.line { margin: 2px 0 0; font-size: 13px; }
.presence::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin: 0 5px 0 12px; background: #d0d5dd; }
.presence.online::before { background: #6ee7a0; }
.close { background: none; border: 0; color: #fff; width: 44px; height: 44px; display: grid; place-items: center; border-radius: 8px; }
.unavailable { margin: 10px 12px 0; padding: 10px 12px; border-radius: 10px; background: #fff4e5; color: #4d2c00; font-size: 14px; }
.unavailable p { margin: 4px 0 0; }
.unavailable a { color: #0a4f96; font-weight: 600; }
.log { flex: 1 1 auto; min-height: 96px; overflow-y: auto; overscroll-behavior: contain; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
.msg { display: grid; grid-template-columns: 30px minmax(0, 1fr); column-gap: 8px; max-width: 88%; align-self: flex-start; }
.msg.first { margin-top: 6px; }
.avatar { grid-row: 1 / 3; align-self: end; width: 30px; height: 30px; border-radius: 50%; display: grid; place-items: center;
  font-weight: 700; font-size: 14px; }
.avatar svg { width: 18px; height: 18px; }
.who { grid-column: 2; font-size: 12px; font-weight: 600; color: #3d4a5c; margin: 0 0 2px 2px; }
.msg > :not(.avatar):not(.who) { grid-column: 2; }
.body { padding: 8px 12px; border-radius: 14px; overflow-wrap: anywhere; }
.body p { margin: 0; white-space: pre-wrap; }
.body p + p, .body ul, .body ol { margin: 6px 0 0; }
.body ul, .body ol { padding-left: 20px; }
.msg.bot .body { background: #eef1f5; border-bottom-left-radius: 4px; }
.msg.bot .avatar { background: #eef1f5; color: #3d4a5c; }
.msg.staff .body { background: #e3f4ea; border: 1px solid #9fd3b3; border-bottom-left-radius: 4px; }
.msg.staff .avatar { background: #1d6b35; color: #fff; }
.msg.visitor { align-self: flex-end; display: block; }
.msg.visitor .body { background: ${accent}; color: #fff; border-bottom-right-radius: 4px; }
.msg.visitor.pending { opacity: .7; }
.msg.system { align-self: center; display: block; max-width: 92%; }
.msg.system .body { color: #4a4a4a; font-size: 13px; text-align: center; padding: 2px 8px; }
.msg.error .body { color: #a4000f; }
.msg.emergency .body { background: #fdecea; color: #5f0000; border: 2px solid #b00020; font-weight: 600; }
.sources { margin: 4px 0 0 4px; font-size: 13px; color: #3d4a5c; position: relative; }
.sources a { color: #0a4f96; }
.sources a:hover::after, .sources a:focus-visible::after { content: attr(data-full); position: absolute; left: 0; bottom: calc(100% + 4px);
  z-index: 1; max-width: 280px; padding: 6px 8px; border-radius: 6px; background: #1a1a1a; color: #fff; font-size: 12px; }
.thumbs { display: flex; gap: 2px; margin: 2px 0 0; }
.thumb { border: 0; background: none; color: #4a5263; width: 32px; height: 32px; border-radius: 8px; display: grid; place-items: center; }
.thumb svg { width: 16px; height: 16px; }
.thumb.down svg { transform: scaleY(-1); }
.thumb[aria-pressed="true"] { color: #fff; background: #3d4a5c; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 2px 0 4px 38px; }
.chips button { border: 1px solid ${accent}; color: #0a4f96; background: #fff; border-radius: 18px; padding: 6px 12px; font-size: 14px; min-height: 36px; text-align: left; }
.typing { margin: 0; padding: 0 14px; min-height: 18px; font-size: 12px; color: #4a4a4a; }
.composer { display: flex; gap: 6px; padding: 8px 10px; border-top: 1px solid #dde2ea; align-items: flex-end; }
textarea, input { font: inherit; font-size: 16px; color: #1a1a1a; border: 1px solid #8a94a6; border-radius: 8px; padding: 9px 10px; width: 100%; background: #fff; }
#cc-input { resize: none; flex: 1; min-height: 44px; max-height: 132px; overflow-y: auto; line-height: 1.45; }
.send { border: 0; border-radius: 8px; background: ${accent}; color: #fff; width: 44px; height: 44px; flex: none; display: grid; place-items: center; }
footer { display: flex; flex-wrap: wrap; align-items: center; column-gap: 4px; padding: 0 10px 6px; font-size: 12px; color: #4a4a4a; }
footer .note { margin-left: auto; padding: 4px 0; }
.person, .end { border: 0; background: none; color: #0a4f96; text-decoration: underline; font-size: 13px; padding: 0 6px; min-height: 32px; }
.callback, .closed, .confirm { padding: 10px 12px; border-top: 1px solid #dde2ea; display: grid; grid-template-columns: 1fr 1fr; gap: 6px; font-size: 14px; }
.callback p, .closed > *, .confirm p, .callback button { grid-column: 1 / -1; margin: 0; }
.confirm p { grid-column: 1 / -1; font-weight: 600; }
.callback button, .restart, .comment button, .end-yes { border: 0; border-radius: 8px; background: ${accent}; color: #fff; padding: 8px 12px; min-height: 44px; }
.end-no { border: 1px solid #8a94a6; border-radius: 8px; background: #fff; color: #1a1a1a; min-height: 44px; }
.rate p { margin: 0 0 6px; font-weight: 600; }
.rate .ends { display: flex; justify-content: space-between; margin: 2px 0 0; font-weight: 400; font-size: 12px; color: #4a4a4a; }
.scale { display: flex; gap: 6px; }
.score { flex: 1; min-height: 44px; border: 1px solid #8a94a6; border-radius: 8px; background: #fff; color: #1a1a1a; font-weight: 600; }
.score[aria-pressed="true"] { background: ${accent}; border-color: ${accent}; color: #fff; }
.comment { display: grid; gap: 6px; margin-top: 8px; font-size: 13px; }
.thanks { font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; max-height: none; border-radius: 0; }
  .launcher[aria-expanded="true"] { display: none; }
  .person, .end, .thumb, .chips button { min-height: 44px; min-width: 44px; }
  .thumb { width: 44px; height: 44px; }
  .preview { ${side}: 12px; max-width: calc(100% - 24px); }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
  }
})();
