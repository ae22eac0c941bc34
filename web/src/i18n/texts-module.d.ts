/** A text group of a catalogue, cut out by the build (web/vite.config.ts), e.g. `import('./ru.js?texts=base')`. */
declare module '*?texts=base' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=home' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=account' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=reports' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=reportForm' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=reportDesk' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=budgeting' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=polls' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=initiatives' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=crowd' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=verification' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=points' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=admin' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=events' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=week' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=places' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=search' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=monitor' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=groups' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=messages' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?texts=services' {
  const texts: Record<string, string>;
  export default texts;
}
