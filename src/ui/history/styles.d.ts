// Vite bundles CSS imported from a module into that module's chunk; TypeScript only needs to know
// the import exists.
declare module 'uplot/dist/uPlot.min.css';
