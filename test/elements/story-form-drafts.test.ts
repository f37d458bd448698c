import { expect } from '@open-wc/testing';
import { draftKey, newIdempotencyKey, readDraft, removeDraft, writeDraft } from '../../src/shared/drafts.ts';

const KEY = draftKey('https://stories.example.org/api/v1', 'form');

describe('drafts (src/shared/drafts.ts)', () => {
  afterEach(() => localStorage.clear());

  it('keys a draft by target and element id', () => {
    expect(KEY).to.equal('chorus-draft:https://stories.example.org/api/v1#form');
    expect(draftKey('a', 'x')).not.to.equal(draftKey('a', 'y'));
  });

  it('saves, reads and removes a draft', () => {
    expect(writeDraft(KEY, { values: { title: 'Hi' }, idempotencyKey: 'k1', startedAt: 5, savedAt: 6 })).to.be.true;
    expect(readDraft(KEY)).to.deep.equal({ values: { title: 'Hi' }, idempotencyKey: 'k1', startedAt: 5, savedAt: 6 });
    removeDraft(KEY);
    expect(readDraft(KEY)).to.be.null;
  });

  it('treats an unreadable or foreign entry as no draft', () => {
    localStorage.setItem(KEY, '{not json');
    expect(readDraft(KEY)).to.be.null;
    localStorage.setItem(KEY, JSON.stringify({ values: { title: 'x' } }));
    expect(readDraft(KEY), 'no idempotency key').to.be.null;
    localStorage.setItem(KEY, 'null');
    expect(readDraft(KEY)).to.be.null;
  });

  it('reports a refused save instead of throwing into typing', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(writeDraft(KEY, { values: {}, idempotencyKey: 'k', startedAt: 1, savedAt: 1 })).to.be.false;
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('makes a fresh UUID for each draft, also without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).to.match(uuid);
    expect(newIdempotencyKey()).not.to.equal(newIdempotencyKey());
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      expect(newIdempotencyKey()).to.match(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: randomUUID });
    }
  });
});
