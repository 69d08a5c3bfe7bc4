// react-markdown and remark-gfm load in their own chunk, after the page has
// rendered, so neither the schedule's first load nor a session page's first paint
// waits for them. Until then the text shows as plain paragraphs, and text without
// Markdown syntax never needs the chunk at all.

import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

import { markdownToPlainText } from '../../domain/plain-text.ts';

const loadMarkdown = () => import('./Markdown.tsx');
const Markdown = lazy(loadMarkdown);

/** Whether the Markdown chunk has loaded in this page, so later pages render it at once. */
let markdownLoaded = false;

// Characters that start Markdown or GFM syntax, HTML, entities or autolinks. Text
// without any of them renders as the same paragraphs with or without the renderer.
const MARKDOWN_SYNTAX = /[*_`#>[\]!<&|~\\]| {2,}\r?\n|^\s*(?:[-+•]|\d+[.)])\s|^\s*[-=]{2,}\s*$|https?:|www\.|@|^ {4}|\t/m;

/** Returns whether rendering `text` as Markdown can differ from plain paragraphs. */
export function needsMarkdown(text: string): boolean {
  return MARKDOWN_SYNTAX.test(text);
}

/** Shows the Markdown source as plain text when the Markdown chunk fails to load, for example offline. */
class PlainTextFallback extends Component<{ text: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <div className="markdown markdown-plain">{this.props.text}</div>;
    return this.props.children;
  }
}

/** Renders text split at blank lines into paragraphs, with Markdown syntax stripped. */
function PlainParagraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => markdownToPlainText(block))
    .filter((paragraph) => paragraph !== '');

  return (
    <div className="markdown">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

export function LazyMarkdown({ text }: { text: string }) {
  const markdown = needsMarkdown(text);
  const [ready, setReady] = useState(markdownLoaded);

  // The chunk starts loading after the first commit, so it stays off the path to first paint.
  useEffect(() => {
    if (!markdown || ready) return;

    let current = true;
    loadMarkdown().then(
      () => {
        markdownLoaded = true;
        if (current) setReady(true);
      },
      // Rendering the lazy component shows the plain-text fallback for a failed load.
      () => {
        if (current) setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [markdown, ready]);

  if (text.trim() === '') return null;
  if (!markdown || !ready) return <PlainParagraphs text={text} />;

  return (
    <PlainTextFallback text={text}>
      <Suspense fallback={<PlainParagraphs text={text} />}>
        <Markdown text={text} />
      </Suspense>
    </PlainTextFallback>
  );
}
