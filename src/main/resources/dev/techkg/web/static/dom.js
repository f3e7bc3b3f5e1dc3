// Small DOM helpers shared by the page scripts. Text goes in with textContent, never as markup: names
// and evidence come from arbitrary articles.
window.TechKGDom = {
  $: (id) => document.getElementById(id),
  el: (tag, text, attrs) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }
};
