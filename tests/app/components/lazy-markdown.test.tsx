import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LazyMarkdown, needsMarkdown } from '../../../src/app/components/LazyMarkdown.tsx';

describe('LazyMarkdown', () => {
  // This test runs first in the file, because once the chunk has loaded, later renders use it at once.
  it('shows paragraphs before Markdown loads', async () => {
    const { container } = render(<LazyMarkdown text={'Hola **mundo**.\n\nSegundo párrafo.'} />);

    const paragraphs = [...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toEqual(['Hola mundo.', 'Segundo párrafo.']);
    expect(container.querySelector('strong')).toBeNull();

    expect((await screen.findByText('mundo')).tagName).toBe('STRONG');
  });

  it('renders plain text without the renderer', () => {
    const { container } = render(<LazyMarkdown text={'Primera línea\nsigue aquí.\n\nOtro párrafo.'} />);

    const paragraphs = [...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toEqual(['Primera línea sigue aquí.', 'Otro párrafo.']);
  });

  it('renders nothing for blank text', () => {
    const { container } = render(<LazyMarkdown text={'  \n'} />);

    expect(container.innerHTML).toBe('');
  });
});

describe('needsMarkdown', () => {
  it('is false for plain paragraphs', () => {
    expect(needsMarkdown('Una charla sobre datos abiertos, con ejemplos.\n\nNo hace falta experiencia previa.')).toBe(false);
  });

  it.each([
    ['emphasis', 'muy *importante*'],
    ['heading', '## Temario'],
    ['bullet list', 'Temas:\n\n- uno\n- dos'],
    ['numbered list', '1. uno\n2. dos'],
    ['link', '[sitio](https://example.org)'],
    ['bare URL', 'Más en https://example.org'],
    ['www autolink', 'Más en www.example.org'],
    ['email autolink', 'Escribe a ana@example.org'],
    ['HTML', 'Antes <b>después</b>'],
    ['entity', 'Datos &amp; IA'],
    ['table', '| a | b |'],
    ['hard break', 'línea uno  \nlínea dos'],
    ['indented code', 'Código:\n\n    print(1)'],
    ['setext heading', 'Título\n---'],
  ])('is true for %s', (_name, text) => {
    expect(needsMarkdown(text)).toBe(true);
  });
});
