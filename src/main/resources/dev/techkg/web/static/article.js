// Article page: the delete button drops the article's graph through the API (with the API token, when the
// server wants one), then goes to the explorer.
(function () {
  'use strict';
  const button = document.getElementById('delete-article');
  if (!button) return;
  const status = document.getElementById('delete-status');
  button.addEventListener('click', async () => {
    if (!window.confirm('Delete this article and everything extracted from it?')) return;
    const response = await window.TechKGDom.write('/api/articles/' + encodeURIComponent(button.dataset.article), { method: 'DELETE' });
    if (response.status === 204) {
      status.textContent = 'Deleted.';
      setTimeout(() => { location.href = '/'; }, 600);
    } else {
      const body = await response.json().catch(() => ({}));
      status.textContent = 'Could not delete: ' + (body.error || response.statusText);
      status.className = 'error';
    }
  });
})();
