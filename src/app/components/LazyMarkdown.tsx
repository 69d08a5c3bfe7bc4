// react-markdown and remark-gfm load in their own chunk on the first page that
// shows Markdown, so the schedule's first load does not carry them.

import { Component, lazy, Suspense, type ReactNode } from 'react';

import { useLanguage } from '../i18n/index.ts';

const Markdown = lazy(() => import('./Markdown.tsx'));

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

export function LazyMarkdown({ text }: { text: string }) {
  const { t } = useLanguage();
  if (text.trim() === '') return null;

  return (
    <PlainTextFallback text={text}>
      <Suspense fallback={<p className="loading">{t.session.loadingAbstract}</p>}>
        <Markdown text={text} />
      </Suspense>
    </PlainTextFallback>
  );
}
