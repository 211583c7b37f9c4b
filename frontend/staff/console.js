/*
 * ClinicChat staff console. Plain JS, no build step. Live lists and the open chat's events come over /ws/staff;
 * actions go to /api/staff/** with the CSRF token from the XSRF-TOKEN cookie. Everything a visitor wrote is put
 * in the page as text (textContent), never as HTML; no inline script or style, so a strict CSP holds.
 *
 * Views: the page is a set of views (Inbox, Search chats, Knowledge gaps, Staff accounts…) switched by the tabs and
 * the URL's #hash. This file is the shell and the inbox. Another view is three additions: a tab
 * <a href="#NAME" data-view="NAME" [data-admin hidden]> in the header's nav, a <section class="view page"
 * data-view-id="NAME" hidden> in #main, and a script (views/NAME.js, loaded after this one) calling
 *   ClinicConsole.registerView('NAME', { show() { … } })   // show: called each time the view is opened
 * with the helpers on window.ClinicConsole (api, el, showProblem, openConversation, me).
 */
(() => {
  'use strict';

  const $ = id => document.getElementById(id);
  const REASONS = { medical_question: 'Medical question', asked_for_person: 'Asked for a person', emergency: 'Emergency' };
  const STATES = { bot: 'With the assistant', waiting: 'Waiting for staff', staff: 'With staff', closed: 'Closed' };

  const state = {
    me: null,
    queue: null,
    open: null, // the transcript of the open chat: {conversation, messages: Map(seq -> message)}
    unread: new Set(),
    lastTypingSent: 0,
  };

  // ---------- views: tabs and #hash ----------
  const views = { inbox: { show() {} } };
  let currentView = null;

  function registerView(name, view) {
    views[name] = view;
    if (state.me && location.hash === '#' + name && currentView !== name) showView(name);
  }

  function allowed(name) {
    const tab = document.querySelector('[data-view="' + name + '"]');
    return !!views[name] && !!tab && (!tab.hasAttribute('data-admin') || (state.me && state.me.role === 'ADMIN'));
  }

  function showView(name) {
    const wanted = name;
    if (!allowed(name)) name = 'inbox';
    for (const section of document.querySelectorAll('[data-view-id]')) section.hidden = section.dataset.viewId !== name;
    for (const tab of document.querySelectorAll('[data-view]')) {
      if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page'); else tab.removeAttribute('aria-current');
    }
    // a view whose script has not registered yet keeps its #hash: registerView shows it when it comes
    if (location.hash !== '#' + name && (name === wanted || !document.querySelector('[data-view="' + wanted + '"]'))) {
      history.replaceState(null, '', '#' + name);
    }
    const first = currentView !== name;
    currentView = name;
    if (first) Promise.resolve().then(() => views[name].show()).catch(error => console.warn(error));
  }
  window.addEventListener('hashchange', () => showView(location.hash.slice(1)));

  // ---------- HTTP ----------
  function csrf() {
    const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
  }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'X-XSRF-TOKEN': csrf() } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (response.status === 401) { location.href = '/staff/login'; throw new Error('signed out'); }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((data && data.detail) || ('The server answered ' + response.status + '.'));
      error.status = response.status;
      error.code = data && data.code;
      throw error;
    }
    return data;
  }

  // ---------- small DOM helpers: text only ----------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function since(iso) {
    const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (seconds < 60) return seconds + ' s';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? hours + ' h ' + (minutes % 60) + ' min' : Math.floor(hours / 24) + ' days';
  }

  function clock(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function showProblem(target, error) {
    target.textContent = error.message;
    target.hidden = false;
  }

  // ---------- lists ----------
  function renderQueue() {
    const queue = state.queue;
    if (!queue) return;
    const mine = queue.active.filter(item => state.me && item.conversation.staffName === state.me.displayName);
    const others = queue.active.filter(item => !mine.includes(item));
    // a call-back request of a chat that is in the lists is shown with that chat, not as a second card
    const shown = new Set([...queue.waiting, ...queue.active].map(item => item.conversation.id));
    const linked = queue.callbacks.filter(request => shown.has(request.conversationId));
    const alone = queue.callbacks.filter(request => !shown.has(request.conversationId));
    const withCallbacks = render => item => {
      const entry = render(item);
      for (const request of linked.filter(r => r.conversationId === item.conversation.id)) entry.append(callbackItem(request, true));
      return entry;
    };
    fill('waiting', queue.waiting, withCallbacks(waitingItem));
    fill('mine', mine, withCallbacks(item => activeItem(item, REASONS[item.conversation.reason] || 'Asked for staff')));
    fill('others', others, withCallbacks(item => activeItem(item, item.conversation.staffName)));
    fill('bot', queue.botOnly, botItem);
    fill('callbacks', alone, request => callbackItem(request, false));
    $('callbacks-count').textContent = String(queue.callbacks.length);
    $('callbacks-empty').hidden = queue.callbacks.length > 0;
    $('callbacks-linked').hidden = linked.length === 0;
    $('callbacks-linked').textContent = linked.length === 1 ? '1 request is shown with its chat above.'
      : linked.length + ' requests are shown with their chats above.';
    $('nav-inbox-count').textContent = queue.waiting.length ? String(queue.waiting.length) : '';
    const onDuty = queue.open ? (queue.onDuty.length ? 'On duty: ' + queue.onDuty.join(', ') : 'Nobody on duty')
      : 'Outside business hours: visitors are offered a call back.';
    $('on-duty').textContent = onDuty;
    document.title = (queue.waiting.length ? '(' + queue.waiting.length + ') ' : '') + 'ClinicChat staff console';
    tick();
  }

  function fill(name, items, render) {
    const list = $(name + '-list');
    // lists are redrawn on every change: keep the keyboard focus on the same entry
    const focused = list.contains(document.activeElement) ? document.activeElement.dataset.key : null;
    list.replaceChildren(...items.map(render));
    if (focused) {
      const again = list.querySelector('[data-key="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
    const count = $(name + '-count');
    if (count) count.textContent = String(items.length);
    const empty = $(name + '-empty');
    if (empty) empty.hidden = items.length > 0;
  }

  function openButton(item, lines) {
    const id = item.conversation.id;
    const button = el('button', 'item' + (state.open && state.open.conversation.id === id ? ' current' : '')
      + (item.conversation.urgent ? ' urgent' : '') + (state.unread.has(id) ? ' unread' : ''));
    button.type = 'button';
    button.dataset.conversationId = id;
    button.dataset.key = id;
    button.append(...lines);
    button.addEventListener('click', () => openConversation(id));
    const entry = el('li');
    entry.append(button);
    return entry;
  }

  function waitingItem(item) {
    const c = item.conversation;
    const head = el('span', 'item-head');
    if (c.urgent) head.append(el('span', 'badge urgent', 'Urgent'));
    head.append(el('span', 'reason', REASONS[c.reason] || 'Waiting'));
    const wait = el('span', 'wait');
    wait.dataset.since = item.since;
    wait.title = 'Waiting since ' + clock(item.since);
    head.append(wait);
    const lines = [head];
    if (item.askedForPerson) {
      // the visitor pressed "Talk to a person": that is the trigger; their last message is context
      lines.push(el('span', 'trigger asked', 'Asked for a person'));
      if (item.trigger) lines.push(el('span', 'trigger before', 'Before that: ' + item.trigger.text));
    } else {
      lines.push(el('span', 'trigger', item.trigger ? item.trigger.text : 'No message yet'));
    }
    return openButton(item, lines);
  }

  function activeItem(item, label) {
    const c = item.conversation;
    const head = el('span', 'item-head');
    if (c.urgent) head.append(el('span', 'badge urgent', 'Urgent'));
    head.append(el('span', 'reason', label));
    if (state.unread.has(c.id)) head.append(el('span', 'badge new', 'New'));
    const wait = el('span', 'wait');
    wait.dataset.since = item.lastActivity;
    head.append(wait);
    return openButton(item, [head, el('span', 'trigger', item.trigger ? item.trigger.text : '')]);
  }

  function botItem(item) {
    const head = el('span', 'item-head');
    head.append(el('span', 'reason', STATES[item.conversation.state]));
    const wait = el('span', 'wait');
    wait.dataset.since = item.lastActivity;
    head.append(wait);
    return openButton(item, [head, el('span', 'trigger', item.trigger ? item.trigger.text : '')]);
  }

  /** A call-back request: a card of its own, or (linked) a block inside its chat's entry. */
  function callbackItem(request, linked) {
    const entry = el(linked ? 'div' : 'li', 'callback' + (linked ? ' linked' : ''));
    if (linked) entry.append(el('span', 'callback-label', 'Call back requested'));
    entry.append(el('strong', null, request.name), el('span', 'contact', request.contact));
    if (request.note) entry.append(el('span', 'note', request.note));
    const meta = el('span', 'wait');
    meta.dataset.since = request.createdAt;
    meta.dataset.prefix = 'Requested ';
    meta.dataset.suffix = ' ago';
    entry.append(meta);
    const actions = el('span', 'callback-actions');
    const view = el('button', 'link', 'Open chat');
    view.type = 'button';
    view.dataset.key = 'open-' + request.id;
    view.addEventListener('click', () => openConversation(request.conversationId));
    view.hidden = linked;
    const done = el('button', null, 'Mark done');
    done.type = 'button';
    done.dataset.key = 'done-' + request.id;
    done.setAttribute('aria-label', 'Mark the call back to ' + request.name + ' done');
    done.addEventListener('click', async () => {
      done.disabled = true;
      try { await api('POST', '/api/staff/callbacks/' + request.id + '/done'); entry.remove(); refreshQueue(); }
      catch (error) { done.disabled = false; alert(error.message); }
    });
    actions.append(view, done);
    entry.append(actions);
    return entry;
  }

  /** Waiting times and ages, updated every second without re-rendering the lists. */
  function tick() {
    for (const node of document.querySelectorAll('[data-since]')) {
      node.textContent = (node.dataset.prefix || '') + since(node.dataset.since) + (node.dataset.suffix || '');
    }
  }
  setInterval(tick, 1000);

  // ---------- the open chat ----------
  async function refreshQueue() {
    try { state.queue = await api('GET', '/api/staff/queue'); renderQueue(); } catch { /* the socket brings it */ }
  }

  async function openConversation(id) {
    showView('inbox');
    try {
      const transcript = await api('GET', '/api/staff/conversations/' + encodeURIComponent(id));
      state.open = { conversation: transcript.conversation, messages: new Map(), callbacks: transcript.callbacks };
      state.unread.delete(id);
      $('transcript').replaceChildren();
      for (const message of transcript.messages) addMessage(message);
      $('placeholder').hidden = true;
      $('chat').hidden = false;
      document.body.classList.add('chat-open'); // on a phone, the chat replaces the lists
      $('problem').hidden = true;
      $('typing').textContent = '';
      renderConversation();
      renderQueue();
      watch();
      $('conversation').focus();
    } catch (error) {
      if (error.message !== 'signed out') alert(error.message);
    }
  }

  function holdsOpenChat() {
    const c = state.open && state.open.conversation;
    return !!c && c.state === 'staff' && state.me && c.staffName === state.me.displayName;
  }

  function renderConversation() {
    const c = state.open.conversation;
    $('chat-title').textContent = (c.urgent ? 'Urgent · ' : '') + (STATES[c.state] || c.state)
      + (c.staffName && c.state === 'staff' ? ': ' + c.staffName : '');
    const meta = ['Started ' + new Date(c.createdAt).toLocaleString()];
    if (c.reason) meta.push('Reason: ' + (REASONS[c.reason] || c.reason));
    if (c.outcome) meta.push('Outcome: ' + c.outcome);
    if (state.open.callbacks && state.open.callbacks.length) {
      const request = state.open.callbacks[state.open.callbacks.length - 1];
      meta.push('Call back requested: ' + request.name + ', ' + request.contact);
    }
    $('chat-meta').textContent = meta.join(' · ');
    $('chat-rating').hidden = !c.rating;
    $('chat-rating').textContent = c.rating ? 'Visitor rated this chat ' + c.rating + '/5'
      + (c.ratingComment ? ': \u201c' + c.ratingComment + '\u201d' : '') : '';
    $('chat-rating').classList.toggle('bad', c.rating <= 2);
    $('chat').classList.toggle('urgent', !!c.urgent);
    const mine = holdsOpenChat();
    $('claim').hidden = c.state !== 'waiting';
    $('hand-back').hidden = !mine;
    $('close-form').hidden = c.state === 'closed' || (c.state === 'staff' && !mine);
    $('composer').hidden = !mine;
  }

  function feedbackLabel(feedback) {
    return el('span', 'feedback feedback-' + feedback, feedback === 'down' ? 'Visitor: not helpful' : 'Visitor: helpful');
  }

  /** A thumb the visitor gave (or changed) while the chat is open here. */
  function showFeedback(seq, feedback) {
    const message = state.open.messages.get(seq);
    if (!message) return;
    message.feedback = feedback;
    const head = document.querySelector('#transcript li[data-seq="' + seq + '"] .msg-head');
    if (!head) return;
    const old = head.querySelector('.feedback');
    if (old) old.replaceWith(feedbackLabel(feedback)); else head.append(feedbackLabel(feedback));
  }

  function addMessage(message) {
    const messages = state.open.messages;
    if (messages.has(message.seq)) return;
    // a visitor message's route is set once the bot has replied: shown from the reply when it comes live
    if (message.author === 'bot' && message.route) {
      const previous = [...messages.values()].reverse().find(m => m.author === 'visitor');
      if (previous && !previous.route) { previous.route = message.route; updateRoute(previous); }
    }
    messages.set(message.seq, message);
    const item = el('li', 'msg ' + message.author + (message.urgent ? ' emergency' : ''));
    item.dataset.seq = String(message.seq);
    const who = { visitor: 'Visitor', bot: 'Assistant', staff: message.authorName || 'Staff', system: 'Shown to the visitor' }[message.author] || message.author;
    const head = el('span', 'msg-head');
    head.append(el('span', 'who', who), el('time', 'at', clock(message.createdAt)));
    if (message.route) head.append(el('span', 'route route-' + message.route, message.route));
    if (message.feedback) head.append(feedbackLabel(message.feedback));
    item.append(head, el('p', 'text', message.text));
    if (message.author === 'bot' && message.citations && message.citations.length) {
      const sources = el('ul', 'sources');
      sources.setAttribute('aria-label', 'Sources');
      for (const citation of message.citations) {
        const label = citation.title + (citation.section && citation.section !== citation.title ? ' › ' + citation.section : '');
        const entry = el('li');
        if (/^\/[^/]/.test(citation.url || '')) {
          const link = el('a', null, label);
          link.href = citation.url;
          link.target = '_blank';
          link.rel = 'noopener';
          entry.append('Source: ', link);
        } else {
          entry.textContent = 'Source: ' + label;
        }
        sources.append(entry);
      }
      item.append(sources);
    }
    const transcript = $('transcript');
    const nearBottom = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
    transcript.append(item);
    if (nearBottom || message.author !== 'visitor') transcript.scrollTop = transcript.scrollHeight;
  }

  function updateRoute(message) {
    const item = $('transcript').querySelector('[data-seq="' + message.seq + '"] .msg-head');
    if (item && !item.querySelector('.route')) item.append(el('span', 'route route-' + message.route, message.route));
  }

  async function act(path, body, button) {
    $('problem').hidden = true;
    if (button) button.disabled = true;
    try {
      const result = await api('POST', '/api/staff/conversations/' + encodeURIComponent(state.open.conversation.id) + path, body);
      return result;
    } catch (error) {
      if (error.message !== 'signed out') showProblem($('problem'), error);
      if (error.code === 'already_taken' || error.code === 'wrong_state') await openConversation(state.open.conversation.id);
      return null;
    } finally {
      if (button) button.disabled = false;
    }
  }

  $('claim').addEventListener('click', async () => {
    const conversation = await act('/claim', undefined, $('claim'));
    if (conversation) { state.open.conversation = conversation; renderConversation(); $('reply').focus(); }
  });
  $('hand-back').addEventListener('click', async () => {
    const transcript = await act('/hand-back', undefined, $('hand-back'));
    if (transcript) { state.open.conversation = transcript.conversation; renderConversation(); }
  });
  $('close-form').addEventListener('submit', async event => {
    event.preventDefault();
    const transcript = await act('/close', { outcome: $('outcome').value.trim() }, $('close'));
    if (transcript) { state.open.conversation = transcript.conversation; $('outcome').value = ''; renderConversation(); }
  });
  $('composer').addEventListener('submit', async event => {
    event.preventDefault();
    const text = $('reply').value.trim();
    if (!text) return;
    const message = await act('/messages', { text }, $('send'));
    if (message) { $('reply').value = ''; addMessage(message); $('reply').focus(); }
  });
  $('reply').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('composer').requestSubmit(); }
  });
  $('reply').addEventListener('input', () => {
    // "… is typing" for the visitor, at most every 3 seconds
    if (holdsOpenChat() && Date.now() - state.lastTypingSent > 3000) {
      state.lastTypingSent = Date.now();
      api('POST', '/api/staff/conversations/' + encodeURIComponent(state.open.conversation.id) + '/typing').catch(() => {});
    }
  });
  $('canned').addEventListener('change', () => {
    const text = $('canned').value;
    if (!text) return;
    const reply = $('reply');
    reply.value = reply.value ? reply.value.replace(/\s*$/, ' ') + text : text;
    $('canned').value = '';
    reply.focus();
  });

  // ---------- alerts: opt-in sound and desktop notification on a new escalation ----------
  const alerts = $('alerts');
  alerts.checked = localStorage.getItem('clinicchat:alerts') === 'on';
  alerts.addEventListener('change', async () => {
    localStorage.setItem('clinicchat:alerts', alerts.checked ? 'on' : 'off');
    if (alerts.checked && 'Notification' in window && Notification.permission === 'default') {
      await Notification.requestPermission();
    }
  });

  function alertEscalation(conversation) {
    if (!alerts.checked) return;
    beep(conversation.urgent);
    if ('Notification' in window && Notification.permission === 'granted') {
      // no visitor text in the notification: it may show on a shared screen
      const notification = new Notification(conversation.urgent ? 'Urgent chat waiting' : 'New chat waiting', {
        body: REASONS[conversation.reason] || 'A visitor is waiting for staff.', tag: conversation.id,
      });
      notification.onclick = () => { window.focus(); openConversation(conversation.id); };
    }
  }

  let audio = null;
  function beep(urgent) {
    try {
      audio = audio || new AudioContext();
      const tones = urgent ? [880, 660, 880] : [660];
      tones.forEach((frequency, index) => {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.value = 0.15;
        oscillator.connect(gain).connect(audio.destination);
        const start = audio.currentTime + index * 0.25;
        oscillator.start(start);
        oscillator.stop(start + 0.18);
      });
    } catch { /* no audio: the notification still shows */ }
  }

  // ---------- the socket ----------
  let socket = null, attempt = 0;

  function connect() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/staff');
    socket.addEventListener('open', () => { attempt = 0; setConnection('Live', 'live'); watch(); });
    socket.addEventListener('message', event => handle(JSON.parse(event.data)));
    socket.addEventListener('close', event => {
      socket = null;
      setConnection('Reconnecting…', 'down');
      // 4012: a node of several is restarting, not a failure: reconnect at once (the proxy picks another node)
      const delay = event.code === 4012 ? Math.random() * 500 : Math.min(30000, 1000 * 2 ** attempt++);
      setTimeout(async () => {
        try { await api('GET', '/api/staff/me'); } catch (error) { if (error.message === 'signed out') return; }
        connect();
        if (state.open) openConversation(state.open.conversation.id); // catch up on what was missed
      }, delay);
    });
  }

  function setConnection(text, kind) {
    const line = $('connection');
    line.textContent = text;
    line.className = 'connection ' + kind;
  }

  function watch() {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'watch', conversationId: state.open ? state.open.conversation.id : null }));
    }
  }

  let typingTimer = 0;
  function handle(frame) {
    switch (frame.type) {
      case 'hello': state.me = frame.me; showMe(); break;
      case 'queue': state.queue = frame; renderQueue(); break;
      case 'escalation': alertEscalation(frame.conversation); break;
      case 'callback_requested': break; // the lists follow
      case 'resync': if (state.open) openConversation(state.open.conversation.id); break; // events may have been missed
      case 'message': {
        const message = frame.message;
        if (state.open && state.open.conversation.id === message.conversationId) {
          addMessage(message);
          if (message.author === 'visitor') $('typing').textContent = '';
        } else if (message.author === 'visitor') {
          state.unread.add(message.conversationId);
          renderQueue();
        }
        break;
      }
      case 'typing':
        if (state.open && state.open.conversation.id === frame.conversationId) {
          $('typing').textContent = 'The visitor is typing…';
          clearTimeout(typingTimer);
          typingTimer = setTimeout(() => { $('typing').textContent = ''; }, 5000);
        }
        break;
      case 'feedback':
        if (state.open && state.open.conversation.id === frame.conversationId) showFeedback(frame.seq, frame.feedback);
        break;
      case 'conversation':
        if (state.open && state.open.conversation.id === frame.conversation.id) {
          state.open.conversation = frame.conversation;
          renderConversation();
        }
        break;
    }
  }

  function showMe() {
    $('me-name').textContent = state.me.displayName + (state.me.role === 'ADMIN' ? ' (admin)' : '');
    for (const tab of document.querySelectorAll('[data-admin]')) tab.hidden = state.me.role !== 'ADMIN';
    $('insights-link').hidden = state.me.role !== 'ADMIN';
    renderQueue();
  }

  $('back').addEventListener('click', () => {
    document.body.classList.remove('chat-open');
    const current = state.open && document.querySelector('[data-conversation-id="' + CSS.escape(state.open.conversation.id) + '"]');
    if (current) current.focus();
  });

  // ---------- start ----------
  $('logout-form').addEventListener('submit', () => { $('logout-csrf').value = csrf(); });

  window.ClinicConsole = Object.freeze({
    registerView, api, el, showProblem, openConversation, since, clock,
    me: () => state.me, labels: Object.freeze({ reasons: REASONS, states: STATES }),
  });

  async function start() {
    const settings = await api('GET', '/api/staff/settings');
    state.me = settings.me;
    showMe();
    showView(location.hash.slice(1) || 'inbox');
    for (const text of settings.cannedReplies) {
      const option = el('option', null, text.length > 60 ? text.slice(0, 57) + '…' : text);
      option.value = text;
      $('canned').append(option);
    }
    $('canned').hidden = settings.cannedReplies.length === 0;
    connect();
  }
  start().catch(error => { if (error.message !== 'signed out') setConnection(error.message, 'down'); });
})();
