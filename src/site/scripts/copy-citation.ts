/**
 * "Copy citation": a button on each paragraph of an article (and on each
 * quote and claim card) that copies where it comes from, as plain text, with
 * an offer to copy it as Markdown instead. The server writes what to cite in
 * data attributes (`data-cite-text`: label, title, outlet and date, plus the
 * quoted words on a card); the script only adds ¶N and the address the reader
 * is on. Without JavaScript there are no buttons and the paragraph's anchor
 * is the link to cite.
 */

interface Citation {
  text: string;
  markdown: string;
}

function addressOf(anchor: string): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = anchor;
  return url.href;
}

function paragraphCitation(prefix: string, paragraph: HTMLElement): Citation {
  const n = paragraph.dataset.paragraph!;
  const url = addressOf(paragraph.id);
  return { text: `${prefix}, ¶${n}. ${url}`, markdown: `[${prefix}, ¶${n}](${url})` };
}

function cardCitation(card: HTMLElement): Citation {
  const url = addressOf(card.id);
  const text = card.dataset.citeText!;
  return { text: `${text}. ${url}`, markdown: `[${text}](${url})` };
}

/** The one status line the buttons share: what was copied, and the Markdown offer. */
function statusLine(): { show(citation: Citation): void } {
  const box = document.createElement('div');
  box.className = 'copy-status';
  box.setAttribute('role', 'status');
  box.hidden = true;
  const message = document.createElement('span');
  const markdown = document.createElement('button');
  markdown.type = 'button';
  markdown.textContent = 'Copy as Markdown instead';
  box.append(message, ' ', markdown);
  document.body.append(box);
  let current: Citation | undefined;
  markdown.addEventListener('click', () => {
    if (current) void copy(current.markdown, 'Markdown citation copied.');
  });
  async function copy(value: string, done: string) {
    try {
      await navigator.clipboard.writeText(value);
      message.textContent = done;
    } catch {
      message.textContent = `Could not copy. The citation is: ${value}`;
    }
    box.hidden = false;
  }
  return {
    show(citation) {
      current = citation;
      void copy(citation.text, 'Citation copied.');
    },
  };
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-cite';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function addCopyCitation(): void {
  if (!navigator.clipboard) return;
  const status = statusLine();
  for (const body of document.querySelectorAll<HTMLElement>('.article-body[data-cite-text]')) {
    const prefix = body.dataset.citeText!;
    for (const p of body.querySelectorAll<HTMLElement>('p[data-paragraph][id]')) {
      const n = p.dataset.paragraph!;
      const copy = button('Copy citation', () => status.show(paragraphCitation(prefix, p)));
      copy.setAttribute('aria-label', `Copy citation of paragraph ${n}`);
      p.append(' ', copy);
    }
  }
  for (const card of document.querySelectorAll<HTMLElement>(':is(.quote-card, .claim-card)[data-cite-text][id]')) {
    const copy = button('Copy citation', () => status.show(cardCitation(card)));
    card.append(copy);
  }
}
