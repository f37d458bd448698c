// `chorus-widgets/react` loads the autoloader (each element's code arrives when its tag first
// appears) and types every Chorus tag in JSX: properties, attributes and `on<event>` handlers.
import 'chorus-widgets/react';
import { useState } from 'react';
import type { ChorusLoadEvent } from 'chorus-widgets';

export function App() {
  const [shown, setShown] = useState<number | undefined>();
  // React 19 passes `onchorus-load` to addEventListener('chorus-load'); the handler gets the typed event class.
  const onLoad = (event: ChorusLoadEvent) => setShown(event.detail.count);

  return (
    <main>
      <h1>Community stories</h1>
      <p role="status">{shown === undefined ? 'Loading stories…' : `${shown} stories shown`}</p>
      {/* `limit` is set as a number property; `layout` is an attribute checked against 'list' | 'grid' | 'compact'. */}
      <chorus-story-feed source="/stories.json" limit={2} layout="grid" loading="eager" onchorus-load={onLoad} />
    </main>
  );
}
