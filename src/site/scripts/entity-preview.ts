/** What a preview shows: name, kind and the profile's first sentence. */
export interface EntityPreview {
  name: string;
  kind: string;
  summary: string;
}

const HIDE_DELAY_MS = 300;

/**
 * Shows a small preview (name, kind, one-line summary) when a reader hovers
 * or focuses an entity link in an article. The preview is a tooltip the link
 * is described by; it stays while hovered, and Escape dismisses it (WCAG
 * 1.4.13). Without JavaScript the links simply work.
 */
export function startEntityPreviews(): void {
  const data = document.getElementById('entity-previews');
  if (!data?.textContent) return;
  const previews = JSON.parse(data.textContent) as Record<string, EntityPreview>;
  const tip = document.createElement('div');
  tip.id = 'entity-preview';
  tip.setAttribute('role', 'tooltip');
  tip.className = 'entity-preview';
  tip.hidden = true;
  document.body.append(tip);

  let current: HTMLAnchorElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const show = (link: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    const preview = previews[link.dataset.entity ?? ''];
    if (!preview) return;
    if (current && current !== link) hide();
    current = link;
    const name = document.createElement('strong');
    name.textContent = preview.name;
    const kind = document.createElement('span');
    kind.className = 'entity-preview-kind';
    kind.textContent = preview.kind;
    const summary = document.createElement('span');
    summary.className = 'entity-preview-summary';
    summary.textContent = preview.summary;
    tip.replaceChildren(name, kind, summary);
    tip.hidden = false;
    link.setAttribute('aria-describedby', tip.id);
    const box = link.getBoundingClientRect();
    const left = Math.min(
      window.scrollX + box.left,
      window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8,
    );
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention[data-entity]') : null;

  document.addEventListener('mouseover', (event) => {
    const link = linkOf(event.target);
    if (link) show(link);
    else if (event.target instanceof Node && tip.contains(event.target)) clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (linkOf(event.target) || (event.target instanceof Node && tip.contains(event.target))) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link) show(link);
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event.target)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
}
