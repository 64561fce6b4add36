// bottleneck/light.js (the build @octokit/plugin-throttling uses, without Redis clustering)
// has the API of bottleneck's full build, whose types it ships.
declare module 'bottleneck/light' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
