// The sign-in form posts the CSRF token from the XSRF-TOKEN cookie (set by the server on this page's request).
(() => {
  'use strict';
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  document.getElementById('csrf').value = cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
  const params = new URLSearchParams(location.search);
  const notice = document.getElementById('notice');
  if (params.has('error')) {
    notice.textContent = 'Wrong username or password, or the account is disabled.';
    notice.className = 'notice error';
    notice.hidden = false;
  } else if (params.has('signed-out')) {
    notice.textContent = 'You are signed out.';
    notice.hidden = false;
  }
})();
