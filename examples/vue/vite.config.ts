import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Chorus tags are custom elements: Vue sets their properties and listens to their events itself.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('chorus-') } },
    }),
  ],
});
