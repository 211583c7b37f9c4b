/*
 * ClinicChat insights (admins): the figures of GET /api/admin/insights for a period, compared with the period
 * before, as cards, charts (Chart.js, served by the app from its WebJar) and tables, each downloadable as CSV.
 * Plain JS, no build step, no inline script or style. Visitor and staff text is put in the page as text only.
 */
(() => {
  'use strict';

  const $ = id => document.getElementById(id);
  const REASONS = { medical_question: 'Medical question', asked_for_person: 'Asked for a person', emergency: 'Emergency' };
  const OUTCOMES = [
    { key: 'assistant', label: 'Settled by the assistant', colour: '#1d6b35' },
    { key: 'ratedBadly', label: 'Rated badly', colour: '#b36b00' },
    { key: 'staff', label: 'Taken over by staff', colour: '#0b5cad' },
    { key: 'unattended', label: 'Handed to staff, not taken', colour: '#b00020' },
  ];
  const BAD_SCORE = 2; // as the report's "rated badly" (RatingQueries.BAD_SCORE)
  const REASON_COLOURS = { medical_question: '#0b5cad', asked_for_person: '#5b3fa0', emergency: '#b00020' };
  const charts = new Map();
  const state = { period: null };

  // ---------- formatting ----------
  const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

  function count(value) { return integer.format(value); }

  function percent(value) { return value === null ? '—' : (value * 100).toFixed(1) + ' %'; }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '—';
    const s = Math.round(seconds);
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min' + (s % 60 ? ' ' + (s % 60) + ' s' : '');
    return Math.floor(s / 3600) + ' h' + (Math.floor(s / 60) % 60 ? ' ' + Math.floor(s / 60) % 60 + ' min' : '');
  }

  function score(value) { return value === null ? '—' : value.toFixed(2) + ' / 5'; }

  /** How a figure moved since the previous period, in words a manager reads at a glance. */
  function change(now, before, kind) {
    if (now === null || before === null || now === undefined || before === undefined) return 'no comparison';
    if (now === before) return 'same as before';
    const arrow = now > before ? '▲' : '▼';
    switch (kind) {
      case 'rate': return arrow + ' ' + Math.abs((now - before) * 100).toFixed(1) + ' points';
      case 'duration': return arrow + ' ' + duration(Math.abs(now - before));
      case 'score': return arrow + ' ' + Math.abs(now - before).toFixed(2);
      default:
        return before === 0 ? arrow + ' from 0' : arrow + ' ' + Math.abs((now - before) / before * 100).toFixed(0) + ' %';
    }
  }

  // ---------- DOM helpers: text only ----------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fillTable(id, rows, empty) {
    const body = $(id).tBodies[0];
    if (!rows.length) {
      const row = el('tr');
      const cell = el('td', 'empty', empty);
      cell.colSpan = $(id).tHead.rows[0].cells.length;
      row.append(cell);
      body.replaceChildren(row);
      return;
    }
    // a column is right-aligned (numbers, durations) when its heading is
    const numeric = Array.from($(id).tHead.rows[0].cells, cell => cell.classList.contains('num'));
    body.replaceChildren(...rows.map(cells => {
      const row = el('tr');
      cells.forEach((value, i) => row.append(el('td', numeric[i] ? 'num' : null,
        typeof value === 'number' ? count(value) : value)));
      return row;
    }));
  }

  // ---------- the report ----------
  async function load(from, to) {
    const query = from && to ? '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to) : '';
    $('problem').hidden = true;
    $('period-text').textContent = 'Loading…';
    const response = await fetch('/api/admin/insights' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/staff/login'; return; }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const message = response.status === 403 ? 'Insights are for administrators.'
        : (data && data.detail) || 'The server answered ' + response.status + '.';
      throw new Error(message);
    }
    if (query) history.replaceState(null, '', '/staff/insights' + query);
    render(data);
  }

  function render(report) {
    state.period = report.period;
    $('from').value = report.period.from;
    $('to').value = report.period.to;
    $('period-text').textContent = report.period.from + ' to ' + report.period.to + ' (' + report.period.days
      + ' days, ' + report.period.timeZone + '), compared with ' + report.previousPeriod.from + ' to '
      + report.previousPeriod.to + '.';
    document.querySelectorAll('[data-days]').forEach(button => button.setAttribute('aria-pressed',
      String(report.period.to === today() && Number(button.dataset.days) === report.period.days)));
    document.querySelectorAll('a.csv').forEach(link => {
      link.href = '/api/admin/insights/' + link.dataset.table + '.csv?from=' + report.period.from + '&to=' + report.period.to;
      link.setAttribute('download', '');
      link.setAttribute('aria-label', 'Download ' + link.dataset.table + ' as CSV');
    });
    renderCards(report);
    renderDefinitions(report.definitions);
    renderDaily(report.daily);
    renderEscalations(report.escalations);
    renderStaff(report.staff);
    renderRatings(report.ratings);
    renderTopics(report);
  }

  function renderCards(report) {
    const now = report.summary;
    const before = report.previous;
    const cards = [
      { id: 'conversations', label: 'Conversations', value: count(now.conversations), change: change(now.conversations, before.conversations) },
      { id: 'messages', label: 'Visitor messages', value: count(now.visitorMessages), change: change(now.visitorMessages, before.visitorMessages) },
      { id: 'resolution', label: 'Settled by the assistant', value: percent(now.resolutionRate),
        detail: count(now.resolvedByAssistant) + ' of ' + count(now.conversations), change: change(now.resolutionRate, before.resolutionRate, 'rate') },
      { id: 'escalated', label: 'Handed to staff', value: count(now.escalated),
        detail: count(now.takenByStaff) + ' taken, ' + count(now.unattended) + ' not taken, ' + count(now.urgent) + ' urgent',
        change: change(now.escalated, before.escalated) },
      { id: 'wait', label: 'Wait for staff (median)', value: duration(now.waitP50Seconds),
        detail: '90 % within ' + duration(now.waitP90Seconds), change: change(now.waitP50Seconds, before.waitP50Seconds, 'duration') },
      { id: 'first-reply', label: 'First staff reply (median)', value: duration(now.firstReplyP50Seconds),
        detail: '90 % within ' + duration(now.firstReplyP90Seconds), change: change(now.firstReplyP50Seconds, before.firstReplyP50Seconds, 'duration') },
      { id: 'callbacks', label: 'Call-backs requested', value: count(now.callbacksRequested),
        detail: count(now.callbacksDone) + ' done', change: change(now.callbacksRequested, before.callbacksRequested) },
      { id: 'rating', label: 'Average rating', value: report.ratings.available ? score(now.ratingAverage) : 'No ratings',
        detail: report.ratings.available ? count(now.ratings) + ' ratings' : null,
        change: report.ratings.available ? change(now.ratingAverage, before.ratingAverage, 'score') : null },
      { id: 'gaps', label: 'Questions not covered', value: count(now.knowledgeGaps), change: change(now.knowledgeGaps, before.knowledgeGaps) },
    ];
    $('cards').replaceChildren(...cards.map(card => {
      const node = el('article', 'card');
      node.id = 'figure-' + card.id;
      node.append(el('h3', null, card.label), el('p', 'value', card.value));
      if (card.detail) node.append(el('p', 'detail', card.detail));
      if (card.change) node.append(el('p', 'change', card.change + (card.change.startsWith('no ') || card.change.startsWith('same') ? '' : ' vs before')));
      return node;
    }));
  }

  function renderDefinitions(definitions) {
    const labels = { conversations: 'Conversations', resolutionRate: 'Settled by the assistant (resolution rate)',
      ratedBadly: 'Rated badly', waitingTime: 'Wait for staff', firstReply: 'First staff reply', period: 'Period' };
    $('definitions').replaceChildren(...Object.entries(labels).flatMap(([key, label]) =>
      [el('dt', null, label), el('dd', null, definitions[key])]));
  }

  // ---------- charts ----------
  function draw(id, config) {
    if (typeof Chart === 'undefined') return; // the tables still show every number
    const old = charts.get(id);
    if (old) old.destroy();
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: reduced ? false : { duration: 300 } },
      config.options || {});
    const chart = new Chart($(id), config);
    charts.set(id, chart);
    $(id).dataset.points = String(config.data.datasets.reduce((sum, set) => sum + set.data.length, 0));
  }

  function renderDaily(days) {
    draw('chart-daily', {
      type: 'bar',
      data: {
        labels: days.map(day => day.date.slice(5)),
        datasets: OUTCOMES.map(outcome => ({ label: outcome.label, data: days.map(day => day[outcome.key]),
          backgroundColor: outcome.colour, stack: 'outcome' })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } } },
    });
  }

  function renderEscalations(escalations) {
    draw('chart-escalations', {
      type: 'bar',
      data: { labels: escalations.map(e => REASONS[e.label] || e.label),
        datasets: [{ label: 'Chats', data: escalations.map(e => e.count),
          backgroundColor: escalations.map(e => REASON_COLOURS[e.label] || '#4a5263') }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable('table-escalations', escalations.map(e => [REASONS[e.label] || e.label, e.count]), 'None.');
  }

  function renderStaff(staff) {
    draw('chart-waits', {
      type: 'bar',
      data: { labels: staff.waitingTimes.map(band => band.label),
        datasets: [{ label: 'Chats', data: staff.waitingTimes.map(band => band.count), backgroundColor: '#0b5cad' }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable('table-waits', staff.waitingTimes.map(band => [band.label, band.count]), 'No chat was taken over.');
    fillTable('table-staff', staff.members.map(m => [m.name, m.claimed, m.closed, m.handedBack,
      duration(m.waitP50Seconds), duration(m.firstReplyP50Seconds)]), 'No staff activity in this period.');
    fillTable('table-outcomes', staff.outcomes.map(o => [o.label || '(none noted)', o.count]), 'No chat was closed.');
  }

  function renderRatings(ratings) {
    $('ratings-none').hidden = ratings.available || ratings.thumbsAvailable;
    $('ratings-some').hidden = !ratings.available;
    $('thumbs-some').hidden = !ratings.thumbsAvailable;
    if (ratings.available) {
      draw('chart-ratings', {
        type: 'bar',
        data: { labels: ratings.distribution.map(d => d.label + ' / 5'),
          datasets: [{ label: 'Ratings', data: ratings.distribution.map(d => d.count),
            backgroundColor: ratings.distribution.map(d => Number(d.label) <= BAD_SCORE ? '#b36b00' : '#1d6b35') }] },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
      fillTable('table-ratings', ratings.distribution.map(d => [d.label + ' / 5', d.count]), 'No ratings.');
      fillTable('table-comments', ratings.comments.map(c => [new Date(c.at).toLocaleString(), String(c.score), c.comment]),
        'No comments in this period.');
    }
    if (ratings.thumbsAvailable) {
      $('thumbs').textContent = count(ratings.thumbsUp) + ' thumbs up, ' + count(ratings.thumbsDown) + ' thumbs down.';
      fillTable('table-worst', ratings.worstAnswers.map(a => [a.question || '—', a.answer, a.thumbsDown, a.thumbsUp]),
        'No answer was thumbed down.');
    }
  }

  function renderTopics(report) {
    const sections = report.topics.citedSections;
    draw('chart-sections', {
      type: 'bar',
      data: { labels: sections.map(s => s.section),
        datasets: [{ label: 'Answers', data: sections.map(s => s.answers), backgroundColor: '#1d6b35' }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable('table-sections', sections.map(s => [s.title + ' › ' + s.section, s.answers]), 'No answers in this period.');
    draw('chart-gaps', {
      type: 'line',
      data: { labels: report.daily.map(day => day.date.slice(5)),
        datasets: [{ label: 'Questions not covered', data: report.daily.map(day => day.knowledgeGaps),
          borderColor: '#8a5a00', backgroundColor: '#8a5a00', pointRadius: 2, tension: 0 }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    $('gaps-summary').textContent = count(report.topics.gapsUnknown) + ' not covered by the articles, '
      + count(report.topics.gapsDecline) + ' off topic. Most asked:';
    fillTable('table-gaps', report.topics.topGaps.map(g => [g.label, g.count]), 'None in this period.');
  }

  // ---------- period controls ----------
  function show(from, to) {
    load(from, to).catch(error => {
      $('problem').textContent = error.message;
      $('problem').hidden = false;
      $('period-text').textContent = '';
    });
  }

  /** Today in the browser's zone, as YYYY-MM-DD (admins look at the clinic's figures from the clinic). */
  function today() {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function minusDays(isoDate, days) {
    const date = new Date(isoDate + 'T00:00:00Z');
    date.setUTCDate(date.getUTCDate() - days);
    return date.toISOString().slice(0, 10);
  }

  document.querySelectorAll('[data-days]').forEach(button => button.addEventListener('click', () => {
    show(minusDays(today(), Number(button.dataset.days) - 1), today());
  }));

  $('period').addEventListener('submit', event => {
    event.preventDefault();
    show($('from').value, $('to').value);
  });

  const params = new URLSearchParams(location.search);
  show(params.get('from'), params.get('to'));
})();
