import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownTree, outlineHeadings, plainText, plainTextLines, safeUrl, treeToHtml } from '../../src/upstream/rich-text-tree.ts';

// The same module runs in the elements (as DOM, see test/shared/rich-text.test.ts) and here without any DOM.
describe('rich-text-tree without a DOM', () => {
  describe('plainText', () => {
    it('keeps list items apart from each other and from the paragraph before them', () => {
      const body = 'Sprints run all week on the main track.\n\n- beginners welcome\n- laptops to borrow\n\nSign up at the desk';
      assert.equal(plainText(body, 'markdown'), 'Sprints run all week on the main track. beginners welcome · laptops to borrow · Sign up at the desk');
    });

    it('keeps headings, paragraphs and hard line breaks apart', () => {
      assert.equal(plainText('# Sprint recap\n\nWe met in Lisbon  \nRoom 4', 'markdown'), 'Sprint recap · We met in Lisbon · Room 4');
    });

    it('runs on with a space after a full stop, question, colon or closing quote', () => {
      assert.equal(plainText('Why?\n\nBecause.\n\nSteps:\n\n- one\n\nShe said "yes."\n\nDone', 'markdown'), 'Why? Because. Steps: one · She said "yes." Done');
    });

    it('keeps HTML list items and paragraphs apart, also in loose items', () => {
      assert.equal(
        plainText('<p>We meet</p><ul><li><p>beginners welcome</p></li><li>laptops to borrow</li></ul>', 'html'),
        'We meet · beginners welcome · laptops to borrow',
      );
    });

    it('keeps inline elements inside their block', () => {
      assert.equal(plainText('<p>a<strong>b</strong> <em>c</em></p>', 'html'), 'ab c');
      assert.equal(plainText('Some **bold** and `code`', 'markdown'), 'Some bold and code');
    });

    it('does not end a truncated excerpt on a separator', () => {
      assert.equal(plainText('- one\n- two\n- three', 'markdown', 9), 'one…');
    });

    it('treats control characters in HTML as text, never as block marks', () => {
      assert.equal(plainText('<p>a\u0000b\u0001c</p>', 'html'), 'a\ufffdb\ufffdc');
    });
  });

  describe('plainTextLines', () => {
    it('puts paragraphs on lines of their own and list items after bullets', () => {
      const body = 'Sprints run all week.\n\n- beginners welcome\n- laptops to borrow\n\nSign up at the desk';
      assert.equal(plainTextLines(body, 'markdown'), 'Sprints run all week.\n\n• beginners welcome\n• laptops to borrow\n\nSign up at the desk');
      assert.equal(plainTextLines('<p>Sprints</p><ol><li>one</li><li><p>two</p></li></ol>', 'html'), 'Sprints\n\n• one\n• two');
    });
  });

  describe('treeToHtml', () => {
    it('escapes text and attribute values', () => {
      assert.equal(
        treeToHtml(markdownTree('a <b> & "c" [x](https://example.org/?a=1&b="2")')),
        '<p>a &lt;b&gt; &amp; "c" <a href="https://example.org/?a=1&amp;b=%222%22" rel="ugc nofollow noopener" target="_blank">x</a></p>',
      );
    });

    it('writes void elements without an end tag', () => {
      assert.equal(
        treeToHtml(markdownTree('a  \nb\n\n---\n\n![cat](https://example.org/c.png)', { images: true })),
        '<p>a<br>b</p><hr><p><img src="https://example.org/c.png" alt="cat" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>',
      );
    });

    it('moves headings by headingOffset', () => {
      assert.equal(treeToHtml(markdownTree('# a\n\n## b', { headingOffset: 1 })), '<h2>a</h2><h3>b</h3>');
      assert.equal(treeToHtml(markdownTree('# a')), '<h3>a</h3>');
    });
  });

  describe('outlineHeadings', () => {
    it('starts the outline at the given level and never skips one', () => {
      const tree = markdownTree('## Intro\n\n#### Detail\n\n### Part\n\n> ## Quoted\n\n## Next');
      assert.equal(treeToHtml(outlineHeadings(tree, 2)), '<h2>Intro</h2><h3>Detail</h3><h3>Part</h3><blockquote><h2>Quoted</h2></blockquote><h2>Next</h2>');
      assert.equal(treeToHtml(outlineHeadings(markdownTree('no headings'), 2)), '<p>no headings</p>');
    });
  });

  describe('safeUrl', () => {
    it('needs a base for relative URLs where there is no document', () => {
      assert.equal(safeUrl('/u/ada'), null);
      assert.equal(safeUrl('/u/ada', 'https://forum.example.org/t/1'), 'https://forum.example.org/u/ada');
      assert.equal(safeUrl('javascript:alert(1)', 'https://example.org/'), null);
    });
  });
});
