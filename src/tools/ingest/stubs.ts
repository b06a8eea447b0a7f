import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { formatCitation } from '../../schemas/citation';
import { frontmatterYaml } from './metadata';
import { NAME_KINDS, type NameSuggestion } from './names';
import { slugify } from './slug';

/** A draft profile for a name that matches no profile. */
export interface Stub {
  /** Folder under content/: people, organizations or places. */
  folder: (typeof NAME_KINDS)[keyof typeof NAME_KINDS];
  /** The profile id it will have once the leading `_` is removed. */
  id: string;
  /** The draft's file name: `_<id>.mdx`, left out of the build. */
  file: string;
  content: string;
}

/**
 * A draft profile (`content/<kind>/_<id>.mdx`) for a suggested name: the
 * name, the fields its kind needs with TODO values, and a body quoting the
 * sentence it was found in, cited to its paragraph (`<article>#p-<n>`). The
 * body is serialised through mdast like article text, so the quoted sentence
 * cannot become markup. Undefined when the name has no letters to make an id.
 */
export function stubFor(suggestion: NameSuggestion, articleId: string): Stub | undefined {
  const id = slugify(suggestion.name);
  if (!id) return undefined;
  const citation = formatCitation(articleId, suggestion.paragraph);
  const data: Record<string, unknown> = { name: suggestion.name, aliases: [] };
  if (suggestion.kind === 'person') data.roles = [{ title: 'TODO: role in the sources’ words', cite: citation }];
  else {
    const what = suggestion.kind === 'place' ? 'place' : 'organisation';
    data.type = { value: `TODO: what kind of ${what}, in the sources’ words`, cite: citation };
  }
  data.relations = [];
  const comment =
    `Draft profile written by ingest: the NLP step took "${suggestion.name}" for a ${suggestion.kind} in ${citation}.\n` +
    'Check the kind and the name, add aliases and relations, replace the TODOs, then rename the file without the leading _.';
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value: `TODO: describe ${suggestion.name} from the sources, one cited sentence at a time. The text says: “${suggestion.sentence}”`,
          },
          {
            type: 'mdxJsxTextElement',
            name: 'Cite',
            attributes: [{ type: 'mdxJsxAttribute', name: 'to', value: citation }],
            children: [],
          },
        ],
      },
    ],
  };
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown()] });
  const folder = NAME_KINDS[suggestion.kind];
  return { folder, id, file: `_${id}.mdx`, content: `---\n${frontmatterYaml(data, comment)}---\n\n${body}` };
}
