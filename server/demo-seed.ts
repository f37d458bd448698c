import { StorySubmission, type StorySubmissionInput } from '../src/schema/index.ts';
import { uuidv7 } from './ids.ts';
import type { PollStore } from './store/poll-store.ts';
import type { StoryStore } from './store/story-store.ts';

const SEEDED = 'demo_seeded_at';

type Sample = Omit<StorySubmissionInput, 'consent'> & { status?: 'pending'; daysAgo: number; flags?: string[] };

/** Sample stories for `npm start`: every kind approved, a few pending for the moderation page. */
export const SAMPLE_STORIES: Sample[] = [
  {
    kind: 'story',
    daysAgo: 0.2,
    title: 'How a Python study group changed our town library',
    authorName: 'Amara Okafor',
    region: 'Lagos, Nigeria',
    tags: ['community', 'education'],
    body: 'Every Saturday since March, **twenty people** meet at the library to work through *Automate the Boring Stuff*.\n\nThree of them now maintain scripts for the library itself: overdue reminders, room bookings and a tiny catalogue search.',
  },
  {
    kind: 'news',
    daysAgo: 0.6,
    title: 'PSF grants program opens a new round',
    authorName: 'PSF Communications',
    tags: ['psf', 'grants'],
    link: 'https://www.python.org/psf/grants/',
    body: 'The Python Software Foundation grants program accepts applications for workshops, sprints and conferences. Read the criteria and apply before the end of the quarter.',
  },
  {
    kind: 'boost',
    daysAgo: 0.9,
    title: 'Our sprint results: 40 first-time contributors',
    authorName: 'Lucía Fernández',
    region: 'Madrid, Spain',
    tags: ['sprints', 'community'],
    link: 'https://discuss.python.org/c/community/',
    body: 'Forty people opened their first pull request at our sprint. Please share!',
  },
  {
    kind: 'event',
    daysAgo: 1.3,
    title: 'PyLadies Nairobi: intro to data analysis workshop',
    authorName: 'Wanjiru Kamau',
    region: 'Nairobi, Kenya',
    tags: ['pyladies', 'data-science', 'event'],
    link: 'https://pyladies.com/',
    body: 'A free hands-on afternoon with pandas and Jupyter. Laptops available to borrow; no experience needed.',
  },
  {
    kind: 'story',
    daysAgo: 2,
    title: 'Teaching Python to 300 first-year engineers with no install',
    authorName: 'Dr. Priya Raman',
    region: 'Chennai, India',
    tags: ['education'],
    body: 'We moved our intro course to the browser with Pyodide. Setup support requests went from **hundreds to zero**, and students started experimenting on their phones.\n\n> The best bug report came from a student on a bus.',
  },
  {
    kind: 'news',
    daysAgo: 2.5,
    title: 'Python 3.14 release candidate ready for testing',
    authorName: 'Release Team',
    tags: ['release', 'core'],
    link: 'https://www.python.org/downloads/',
    body: 'Library maintainers: please test your packages against the release candidate and report regressions on the issue tracker.',
  },
  {
    kind: 'boost',
    daysAgo: 3,
    title: 'Beginner-friendly issues in our packaging tool',
    authorName: 'Tomás Silva',
    tags: ['packaging', 'open-source'],
    link: 'https://github.com/pypa/',
    body: 'We labelled 15 issues as good first issues, each with a mentor. Boost appreciated!',
  },
  {
    kind: 'story',
    daysAgo: 3.4,
    title: 'From accountant to Django developer at 52',
    authorName: 'Margaret Chen',
    region: 'Vancouver, Canada',
    tags: ['django', 'career'],
    body: 'I wrote my first `for` loop at 49. Three years later I ship features for a non-profit’s donation platform.\n\nWhat helped most: the Django Girls tutorial, a patient mentor, and reading other people’s code every single day.',
  },
  {
    kind: 'event',
    daysAgo: 4,
    title: 'Python Brasil 2025 call for talks is open',
    authorName: 'Organização Python Brasil',
    region: 'Brazil',
    tags: ['conference', 'event'],
    link: 'https://python.org.br/',
    body: 'Talks and tutorials in Portuguese, Spanish and English are welcome. First-time speakers get a mentor.',
  },
  {
    kind: 'story',
    daysAgo: 5,
    title: 'Forecasting river floods with open data and scikit-learn',
    authorName: 'Nguyễn Thị Hoa',
    region: 'Hanoi, Vietnam',
    tags: ['data-science', 'science'],
    body: 'Our team combined rainfall sensors with satellite data. The model now warns villages **six hours earlier** than before. All notebooks are public so other regions can adapt them.',
  },
  {
    kind: 'news',
    daysAgo: 5.5,
    title: 'New Python Developers Survey results published',
    authorName: 'PSF Communications',
    tags: ['psf', 'survey'],
    link: 'https://www.python.org/psf/',
    body: 'More than 25,000 developers answered. Web development and data analysis remain the most common uses.',
  },
  {
    kind: 'boost',
    daysAgo: 6,
    title: 'Help translate the Python docs into Ukrainian',
    authorName: 'Olena Kovalenko',
    region: 'Kyiv, Ukraine',
    tags: ['docs', 'translation'],
    link: 'https://docs.python.org/',
    body: 'We are 60% through the tutorial. Native speakers: one paragraph a week makes a difference.',
  },
  {
    kind: 'story',
    daysAgo: 7,
    title: 'Running a school’s timetable on a Raspberry Pi',
    authorName: 'Kwame Mensah',
    region: 'Kumasi, Ghana',
    tags: ['education', 'hardware'],
    body: 'A 15-line script and a spare Pi replaced a paper timetable that changed every week. The students now maintain it.',
  },
  {
    kind: 'event',
    daysAgo: 8,
    title: 'EuroPython sprint weekend',
    authorName: 'EuroPython Society',
    region: 'Europe',
    tags: ['sprints', 'conference', 'event'],
    link: 'https://europython.eu/',
    body: 'Two days of sprints after the conference. Projects looking for contributors can register a table now.',
  },
  {
    kind: 'story',
    daysAgo: 9,
    title: 'What maintaining a popular library taught me about saying no',
    authorName: 'Sam Whitaker',
    tags: ['open-source', 'maintainers'],
    body: 'Every feature is a promise. Our contributing guide now starts with *why* a change should exist, and burnout dropped across the team.',
  },
  {
    kind: 'news',
    daysAgo: 10,
    title: 'Security release for pip',
    authorName: 'PyPA',
    tags: ['packaging', 'security'],
    link: 'https://pip.pypa.io/',
    body: 'Upgrade pip to pick up the fix. Details are in the changelog.',
  },
  {
    kind: 'boost',
    daysAgo: 11,
    title: 'Our podcast episode on accessible data visualisation',
    authorName: 'Ines Moreau',
    region: 'Lyon, France',
    tags: ['accessibility', 'data-science'],
    link: 'https://example.org/podcast/episode-42',
    body: 'We talked about colour-blind safe palettes and describing charts for screen readers.',
  },
  {
    kind: 'story',
    daysAgo: 12,
    title: 'Mentoring at Djangocon: the quiet wins',
    authorName: 'Aisha Bello',
    region: 'Abuja, Nigeria',
    tags: ['django', 'mentoring', 'community'],
    body: 'My mentee did not ship a feature. She found a typo in an error message, fixed it, and came back the next year to run the sprint herself.',
  },
  {
    kind: 'event',
    daysAgo: 13,
    title: 'PyCon US: volunteer sign-ups open',
    authorName: 'PyCon US',
    region: 'USA',
    tags: ['pycon', 'volunteering', 'event'],
    link: 'https://us.pycon.org/',
    body: 'Session chairs, registration desk, and the quiet room all need people. Volunteers get a thank-you lunch.',
  },
  {
    kind: 'story',
    daysAgo: 15,
    title: 'Building a Quechua spell checker with Python',
    authorName: 'José Mamani',
    region: 'Cusco, Peru',
    tags: ['language', 'nlp'],
    body: 'Spell checkers rarely exist for Indigenous languages. With a community word list and a few hundred lines of Python, ours now ships with a popular text editor.',
  },
  {
    kind: 'news',
    daysAgo: 17,
    title: 'Python Software Foundation Fellows announced',
    authorName: 'PSF Communications',
    tags: ['psf', 'fellows'],
    link: 'https://www.python.org/psf/fellows/',
    body: 'Congratulations to this quarter’s new Fellows, recognised for their extraordinary contributions to the community.',
  },
  {
    kind: 'boost',
    daysAgo: 19,
    title: 'Free Python course for refugees — please share',
    authorName: 'Youssef Haddad',
    region: 'Amman, Jordan',
    tags: ['education', 'community'],
    link: 'https://example.org/course',
    body: 'Arabic and English, weekends, certificates included. Share with anyone who might benefit.',
  },
  {
    kind: 'story',
    daysAgo: 21,
    title: 'Our observatory’s telescope is controlled by Python',
    authorName: 'Dr. Henrik Larsen',
    region: 'Tromsø, Norway',
    tags: ['science', 'hardware'],
    body: 'Astropy, a serial port and a lot of patience. The whole control stack is open source and documented for other small observatories.',
  },
  {
    kind: 'event',
    daysAgo: 24,
    title: 'PyCon Africa online meetup',
    authorName: 'PyCon Africa',
    region: 'Africa',
    tags: ['pycon', 'africa', 'event'],
    link: 'https://africa.pycon.org/',
    body: 'Lightning talks from twelve countries. Subtitles in English and French.',
  },
  {
    kind: 'story',
    daysAgo: 27,
    title: 'Accessibility testing our docs site, one screen reader at a time',
    authorName: 'Rin Takahashi',
    region: 'Osaka, Japan',
    tags: ['accessibility', 'docs'],
    body: 'We found 31 issues in an afternoon. The fix list is short: headings in order, labels on every control, and no text in images.',
  },
  {
    kind: 'news',
    daysAgo: 30,
    title: 'Packaging guide gets a new tutorial',
    authorName: 'PyPA',
    tags: ['packaging', 'docs'],
    link: 'https://packaging.python.org/',
    body: 'A step-by-step tutorial for publishing your first package, reviewed by beginners.',
  },
  {
    kind: 'story',
    status: 'pending',
    daysAgo: 0.05,
    title: 'Our user group turned ten!',
    authorName: 'Dana Cohen',
    authorEmail: 'dana@example.org',
    region: 'Tel Aviv, Israel',
    tags: ['community'],
    body: 'Ten years, 120 meetups, and one very old projector. Thank you to everyone who came.',
  },
  {
    kind: 'boost',
    status: 'pending',
    daysAgo: 0.1,
    title: 'Please share our call for mentors',
    authorName: 'Carlos Ruiz',
    authorEmail: 'carlos@example.org',
    tags: ['mentoring'],
    link: 'https://example.org/mentors',
    body: 'We need ten mentors for our spring cohort.',
  },
  {
    kind: 'event',
    status: 'pending',
    daysAgo: 0.15,
    title: 'Django Girls workshop in Kampala',
    authorName: 'Grace Namukasa',
    authorEmail: 'grace@example.org',
    region: 'Kampala, Uganda',
    tags: ['django', 'event'],
    link: 'https://djangogirls.org/',
    body: 'One day, 40 participants, 10 coaches. Applications close in two weeks.',
  },
  {
    kind: 'news',
    status: 'pending',
    daysAgo: 0.01,
    flags: ['likely-spam'],
    title: 'Cheap followers for your repo',
    authorName: 'Growth Bot',
    tags: ['marketing'],
    link: 'https://example.com/buy',
    body: 'Get 10,000 stars today.',
  },
];

/** Stores the sample stories, once per database (a second start finds them there). */
export async function seedDemo(store: StoryStore, now = Date.now()): Promise<number> {
  if (await store.getSetting(SEEDED)) return 0;
  // Claim the seed first, so two servers starting together never seed twice.
  const claim = new Date(now).toISOString();
  if ((await store.putSettingIfAbsent(SEEDED, claim)) !== claim) return 0;
  for (const { status, daysAgo, flags, ...input } of SAMPLE_STORIES) {
    const at = Math.round(now - daysAgo * 86_400_000);
    const { id } = await store.create({
      id: uuidv7(at - 60_000),
      submission: StorySubmission.parse({ consent: true, ...input }),
      status: 'pending',
      flags: flags ?? [],
      createdAt: new Date(at - 60_000),
    });
    if (status !== 'pending') await store.moderate(id, 'approved', new Date(at));
  }
  return SAMPLE_STORIES.length;
}

const POLL_SEEDED = 'demo_poll_seeded_at';

/** The demo page's poll (`<chorus-poll poll="…">` in demo/index.html uses this id). */
export const DEMO_POLL_ID = '01900000-0000-7000-8000-000000000017';

/** The demo poll's answers, with how many sample votes each gets. */
const DEMO_POLL_OPTIONS: [text: string, votes: number][] = [
  ['At work in production', 14],
  ['At work but not in production', 9],
  ['Not yet, when it matures', 17],
  ['No plans', 6],
  ['No plans, and the buzzword annoys me', 4],
];

/**
 * Stores the demo poll, once per database, with sample votes so the results
 * show from the start. The sample ballots' keys are not HMACs of any browser's
 * token, so they never clash with a real vote.
 */
export async function seedDemoPoll(polls: PollStore, settings: Pick<StoryStore, 'putSettingIfAbsent'>, now = Date.now()): Promise<boolean> {
  const claim = new Date(now).toISOString();
  if ((await settings.putSettingIfAbsent(POLL_SEEDED, claim)) !== claim) return false;
  const at = new Date(now - 86_400_000);
  const poll = await polls.createPoll({
    id: DEMO_POLL_ID,
    question: 'Where are you using WebAssembly?',
    options: DEMO_POLL_OPTIONS.map(([text], index) => ({ id: `01900000-0000-7000-8000-0000000017${String(index).padStart(2, '0')}`, text })),
    multiple: false,
    resultsBeforeVote: false,
    closesAt: null,
    createdAt: at,
  });
  let voter = 0;
  for (const [index, [, votes]] of DEMO_POLL_OPTIONS.entries()) {
    const option = poll.options[index];
    for (let n = 0; option && n < votes; n++) {
      await polls.vote({ pollId: poll.id, voterHash: `demo-${++voter}`, optionIds: [option.id], at });
    }
  }
  return true;
}
