import { apiInitializer } from 'discourse/lib/api';
import { settings } from 'virtual:theme';
import { loadChorus, placeEmbed } from '../lib/chorus-embed';

export default apiInitializer((api) => {
  loadChorus(settings.script_url);
  // Called after each route has rendered, the first page included.
  api.onPageChange((url) => placeEmbed(settings, url));
});
