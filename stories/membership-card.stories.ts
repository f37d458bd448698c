import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/membership-card/membership-card.ts';
import type { MembershipTier } from '../src/schema/index.ts';

interface Args {
  layout: 'cards' | 'table';
  tier: string;
  joinUrl: string;
  theme: '' | 'light' | 'dark';
}

const ENDPOINT = 'https://chorus.example.org/api/v1';

/** A regional user group's own tiers: what a community other than the PSF puts in. */
const communityTiers: MembershipTier[] = [
  {
    id: 'friend',
    name: 'Friend',
    price: { amount: 0, currency: 'EUR', period: 'none' },
    summary: 'Come to our meetups and hear about events first.',
    benefits: [
      { text: 'Monthly meetups', included: true },
      { text: 'Workshop discounts', included: false },
      { text: 'A say in the programme', included: false },
    ],
    eligibility: 'Anyone who agrees to our code of conduct.',
    votes: false,
    joinUrl: 'https://example.org/join/friend',
  },
  {
    id: 'member',
    name: 'Member',
    price: { amount: 24, currency: 'EUR', period: 'year', note: 'Students pay half.' },
    summary: 'Keep the group running and choose its organisers.',
    benefits: [
      { text: 'Monthly meetups', included: true },
      { text: 'Workshop discounts', included: true },
      { text: 'A say in the programme', included: true },
    ],
    eligibility: 'Pay the yearly fee.',
    votes: true,
    joinUrl: 'https://example.org/join/member',
    highlight: true,
  },
  {
    id: 'sponsor',
    name: 'Sponsor',
    price: { amount: 500, currency: 'EUR', period: 'year' },
    summary: 'A company that funds venues and food.',
    benefits: [
      { text: 'Monthly meetups', included: true },
      { text: 'Your logo on our site', included: true },
    ],
    eligibility: 'Any company that shares our values.',
    votes: false,
    joinUrl: 'https://example.org/join/sponsor',
  },
];

const meta: Meta<Args> = {
  title: 'Elements/Membership card',
  component: 'chorus-membership-card',
  args: { layout: 'cards', tier: '', joinUrl: '', theme: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'table'] },
    tier: { control: 'select', options: ['', 'basic', 'supporting', 'contributing', 'fellow'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) =>
    html`<chorus-membership-card
      layout=${args.layout}
      tier=${args.tier || nothing}
      join-url=${args.joinUrl || nothing}
      theme=${args.theme || nothing}
    ></chorus-membership-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No content given: the PSF's four membership classes, as cards. */
export const Default: Story = {};

/** The same tiers side by side; on a phone the table scrolls with the benefit column fixed. */
export const Table: Story = { args: { layout: 'table' } };

/** One tier as a compact card, for a sidebar. */
export const SingleTier: Story = { args: { tier: 'supporting' } };

/** A community's own tiers, inline as JSON: no build step. */
export const CustomTiers: Story = {
  render: (args) => html`
    <chorus-membership-card layout=${args.layout} theme=${args.theme || nothing}>
      <h2 slot="heading">Join PyLadies Example City</h2>
      <script type="application/json">
        ${JSON.stringify({ tiers: communityTiers })}
      </script>
      <p slot="footer">Questions? Write to <a href="mailto:hello@example.org">hello@example.org</a>.</p>
    </chorus-membership-card>
  `,
};

/** Tiers from a Chorus server (`GET /api/v1/membership`), compared in a table. */
export const FromEndpoint: Story = {
  args: { layout: 'table' },
  parameters: { msw: { handlers: [http.get(`${ENDPOINT}/membership`, () => HttpResponse.json({ tiers: communityTiers }))] } },
  render: (args) => html`<chorus-membership-card endpoint=${ENDPOINT} layout=${args.layout}></chorus-membership-card>`,
};

/** While the tiers load. */
export const Loading: Story = {
  parameters: {
    chorus: { state: 'loading' },
    msw: {
      handlers: [
        http.get(`${ENDPOINT}/membership`, async () => {
          await delay('infinite');
          return HttpResponse.json({ tiers: [] });
        }),
      ],
    },
  },
  render: () => html`<chorus-membership-card endpoint=${ENDPOINT}></chorus-membership-card>`,
};

/** The server failed: a message and a way to try again. */
export const LoadError: Story = {
  parameters: {
    msw: { handlers: [http.get(`${ENDPOINT}/membership`, () => HttpResponse.json({ error: { code: 'server', message: 'Down' } }, { status: 500 }))] },
  },
  render: () => html`<chorus-membership-card endpoint=${ENDPOINT}></chorus-membership-card>`,
};

/** One tier has a bad currency and one no id: both are left out (see the console); the valid one shows. */
export const InvalidContent: Story = {
  render: (args) => {
    const broken = [communityTiers[0], { ...communityTiers[1], price: { amount: 24, currency: 'euro', period: 'year' } }, { name: 'No id' }];
    return html`<chorus-membership-card layout=${args.layout} .tiers=${broken}></chorus-membership-card>`;
  },
};

/** None of a site's own tiers is valid: a neutral message for readers (never another organisation's tiers), `state="error"`, and the console names tier and field. */
export const NoValidTiers: Story = {
  parameters: { chorus: { state: 'error' } },
  render: () => html`<chorus-membership-card .tiers=${[{ ...communityTiers[0], joinUrl: 'not a link' }]}></chorus-membership-card>`,
};

/** A class people are nominated to (`join: "nominate"`): a link to how nomination works instead of a Join button. */
export const NominationTier: Story = {
  render: () =>
    html`<chorus-membership-card
      .tiers=${[...communityTiers.slice(0, 2), { ...communityTiers[2], id: 'honorary', name: 'Honorary member', join: 'nominate', joinUrl: 'https://example.org/honorary' }]}
    ></chorus-membership-card>`,
};

/** Under the page's own heading: `no-heading` drops the card's, and the tier names take its level (`heading-level`). */
export const NoHeading: Story = {
  render: () =>
    html`<h2>Membership</h2>
      <chorus-membership-card no-heading heading-level="3"></chorus-membership-card>`,
};

/** Forced dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'table' },
  decorators: [(story) => html`<div style="background:#0f1114;padding:1rem">${story()}</div>`],
};

/** Right to left: the table's fixed column and every margin follow the reading direction. */
export const RightToLeft: Story = {
  args: { layout: 'table' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** A Spanish page: interface and the PSF's content in Spanish, prices formatted for `es`. */
export const Spanish: Story = {
  decorators: [(story) => html`<div lang="es">${story()}</div>`],
};
