// Markdown from talk and speaker files, rendered without raw HTML: without
// rehype-raw, react-markdown drops HTML tags (their text stays), so `<script>` and
// `<img onerror>` never reach the page. Link and image URLs pass through safeUrl,
// which empties `javascript:` and other script-capable schemes.

import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

import { safeUrl } from '../lib/safe-url.ts';

const components: Components = {
  a: ({ href, children }) => {
    const target = href ?? '';
    if (target === '') return <span>{children}</span>;

    const external = /^https?:/i.test(target);
    return (
      <a href={target} rel={external ? 'noopener noreferrer' : undefined}>
        {children}
      </a>
    );
  },
  // Wide tables scroll inside their own box instead of widening the page.
  table: ({ children }) => (
    <div className="table-scroll">
      <table>{children}</table>
    </div>
  ),
};

export default function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} urlTransform={(url) => safeUrl(url)} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
