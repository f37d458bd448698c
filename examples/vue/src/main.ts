// `chorus-widgets/vue` loads the autoloader (each element's code arrives when its tag first
// appears) and declares every Chorus tag as a global component for vue-tsc.
import 'chorus-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
