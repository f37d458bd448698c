// `chorus-widgets/svelte` loads the autoloader (each element's code arrives when its tag first
// appears) and types every Chorus tag in Svelte markup (svelte/elements).
import 'chorus-widgets/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app');
export default mount(App, { target });
