// Where the widgets and their API live; set CHORUS_ENDPOINT / CHORUS_SCRIPT_URL when building.
export default {
  endpoint: process.env.CHORUS_ENDPOINT ?? 'https://stories.example.org/api/v1',
  scriptUrl: process.env.CHORUS_SCRIPT_URL ?? 'https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js',
  integrity: process.env.CHORUS_SCRIPT_INTEGRITY ?? '',
};
