// Small DOM helpers shared by the page scripts. Text goes in with textContent, never as markup: names
// and evidence come from arbitrary articles.
//
// write() sends the site's writes (upload, delete): it adds the header other sites' pages cannot send
// (X-Requested-With), and, on a server started with --api-token, the token. The token is asked for once, in
// the page, when the server first answers 401, and kept in this tab's sessionStorage only.
(function () {
  'use strict';
  const TOKEN_KEY = 'techkg.apiToken';

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  // The token dialog; resolves to the token typed, or null when cancelled.
  function askToken(problem) {
    let dialog = document.getElementById('token-dialog');
    if (!dialog) {
      dialog = el('dialog', null, { id: 'token-dialog', 'aria-labelledby': 'token-heading' });
      const form = el('form', null, { method: 'dialog' });
      form.append(el('h2', 'API token', { id: 'token-heading' }),
        el('p', 'This server was started with --api-token: uploads and deletes need its token. '
          + 'It is kept in this browser tab only, until the tab is closed.'),
        el('p', null, { id: 'token-problem', class: 'error', role: 'alert' }),
        el('label', 'Token', { for: 'token-input' }), el('br'),
        el('input', null, { id: 'token-input', type: 'password', autocomplete: 'off', spellcheck: 'false' }));
      const buttons = el('p', null, { class: 'dialog-buttons' });
      buttons.append(el('button', 'Cancel', { value: 'cancel', type: 'submit', formnovalidate: '', class: 'secondary' }), ' ',
        el('button', 'Use token', { value: 'ok', type: 'submit', id: 'token-ok' }));
      form.append(buttons);
      dialog.append(form);
      document.body.append(dialog);
    }
    const problemText = document.getElementById('token-problem');
    problemText.textContent = problem || '';
    problemText.hidden = !problem;
    const input = document.getElementById('token-input');
    input.value = '';
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => {
        resolve(dialog.returnValue === 'ok' && input.value.trim() ? input.value.trim() : null);
      }, { once: true });
      dialog.showModal();
      input.focus();
    });
  }

  async function write(url, init) {
    const send = () => {
      const headers = new Headers((init && init.headers) || {});
      headers.set('X-Requested-With', 'techkg-page');
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (token) headers.set('Authorization', 'Bearer ' + token);
      return fetch(url, Object.assign({}, init, { headers }));
    };
    let response = await send();
    for (let tries = 0; response.status === 401 && tries < 2; tries++) {
      const hadToken = sessionStorage.getItem(TOKEN_KEY) !== null;
      sessionStorage.removeItem(TOKEN_KEY);
      const token = await askToken(hadToken ? 'The server did not accept that token.' : null);
      if (!token) break;
      sessionStorage.setItem(TOKEN_KEY, token);
      response = await send();
    }
    return response;
  }

  window.TechKGDom = { $: (id) => document.getElementById(id), el, write };
})();
