/**
 * Follows an anchor that moved (content/redirects.yaml): a link to #old on this page goes to its new
 * place, so a permalink shared before the move keeps working.
 */
function follow(): void {
  const data = document.getElementById('moved-anchors')?.textContent;
  if (!data) return;
  const moved = JSON.parse(data) as Record<string, string>;
  const target = moved[decodeURIComponent(location.hash.slice(1))];
  if (target && !document.getElementById(location.hash.slice(1))) location.replace(target);
}

follow();
window.addEventListener('hashchange', follow);
