#!/usr/bin/env node
(()=>{"use strict";var e={5670:(e,t,r)=>{r.r(t);r.d(t,{main:()=>main});const i=/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u2800\p{Default_Ignorable_Code_Point}]/gu;function visible(e,t=false){return e.replace(i,e=>{if(t&&e==="\n")return e;const r=e.codePointAt(0);return r>65535?`\\u{${r.toString(16).toUpperCase()}}`:`\\u${r.toString(16).toUpperCase().padStart(4,"0")}`})}function shortenName(e,t){const r=[...e];if(r.length<=t)return e;const i=/ ×\d+$/.exec(e);if(i&&t>i[0].length+2)return`${shortenName(e.slice(0,i.index),t-i[0].length)}${i[0]}`;const o=/^(\S+) (\S*[/\\]\S*|\S+:\d+(?::\d+)?)$/.exec(e);if(o)return shortenName(o[1],t);const a=/\([^()]*\)$/.exec(e);if(a&&a.index>0){const r=e.slice(0,a.index);return[...r].length+3<=t?`${r}(…)`:shortenName(r,t)}const l=/[^./:\s]+$/.exec(e)?.[0]??e;const c=/(?:[^./:\s]+\.)?(?:func|gowrap)\d+(?:\.\d+)*$/.exec(e)?.[0];const u=c&&[...c].length+1<=t?c:l;if([...u].length+1>t)return`${[...u].slice(0,Math.max(1,t-1)).join("")}…`;const f=r.slice(r.length-(t-1)).join("");const p=f.slice(0,8).search(/[./:\s]/);return`…${p>=0&&f.length-p-1>=u.length?f.slice(p+1):f}`}const o=require("node:util");const a=require("node:fs");const l=require("node:path");const c=require("fs");var u=r.t(c,2);const f=require("path");const p=require("url");const h=require("module");var d=(0,h.createRequire)(require("url").pathToFileURL(__filename).href);function cleanPath(e){let t=(0,f.normalize)(e);if(t.length>1&&t[t.length-1]===f.sep)t=t.substring(0,t.length-1);return t}const m=/[\\/]/g;function convertSlashes(e,t){return e.replace(m,t)}const v=/^[a-z]:[\\/]$/i;function isRootDirectory(e){return e==="/"||v.test(e)}function normalizePath(e,t){const{resolvePaths:r,normalizePath:i,pathSeparator:o}=t;const a=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r)e=(0,f.resolve)(e);if(i||a)e=cleanPath(e);if(e===".")return"";const l=e[e.length-1]!==o;return convertSlashes(l?e+o:e,o)}function joinPathWithBasePath(e,t){return t+e}function joinPathWithRelativePath(e,t){return function(r,i){const o=i.startsWith(e);if(o)return i.slice(e.length)+r;else return convertSlashes((0,f.relative)(e,i),t.pathSeparator)+t.pathSeparator+r}}function joinPath(e){return e}function joinDirectoryPath(e,t,r){return t+e+r}function build$7(e,t){const{relativePaths:r,includeBasePath:i}=t;return r&&e?joinPathWithRelativePath(e,t):i?joinPathWithBasePath:joinPath}function pushDirectoryWithRelativePath(e){return function(t,r){r.push(t.substring(e.length)||".")}}function pushDirectoryFilterWithRelativePath(e){return function(t,r,i){const o=t.substring(e.length)||".";if(i.every(e=>e(o,true)))r.push(o)}}const pushDirectory=(e,t)=>{t.push(e||".")};const pushDirectoryFilter=(e,t,r)=>{const i=e||".";if(r.every(e=>e(i,true)))t.push(i)};const empty$2=()=>{};function build$6(e,t){const{includeDirs:r,filters:i,relativePaths:o}=t;if(!r)return empty$2;if(o)return i&&i.length?pushDirectoryFilterWithRelativePath(e):pushDirectoryWithRelativePath(e);return i&&i.length?pushDirectoryFilter:pushDirectory}const pushFileFilterAndCount=(e,t,r,i)=>{if(i.every(t=>t(e,false)))r.files++};const pushFileFilter=(e,t,r,i)=>{if(i.every(t=>t(e,false)))t.push(e)};const pushFileCount=(e,t,r,i)=>{r.files++};const pushFile=(e,t)=>{t.push(e)};const empty$1=()=>{};function build$5(e){const{excludeFiles:t,filters:r,onlyCounts:i}=e;if(t)return empty$1;if(r&&r.length)return i?pushFileFilterAndCount:pushFileFilter;else if(i)return pushFileCount;else return pushFile}const getArray=e=>e;const getArrayGroup=()=>[""].slice(0,0);function build$4(e){return e.group?getArrayGroup:getArray}const groupFiles=(e,t,r)=>{e.push({directory:t,files:r,dir:t})};const empty=()=>{};function build$3(e){return e.group?groupFiles:empty}const resolveSymlinksAsync=function(e,t,r){const{queue:i,fs:o,options:{suppressErrors:a}}=t;i.enqueue();o.realpath(e,(l,c)=>{if(l)return i.dequeue(a?null:l,t);o.stat(c,(o,l)=>{if(o)return i.dequeue(a?null:o,t);if(l.isDirectory()&&isRecursive(e,c,t))return i.dequeue(null,t);r(l,c);i.dequeue(null,t)})})};const resolveSymlinks=function(e,t,r){const{queue:i,fs:o,options:{suppressErrors:a}}=t;i.enqueue();try{const i=o.realpathSync(e);const a=o.statSync(i);if(a.isDirectory()&&isRecursive(e,i,t))return;r(a,i)}catch(e){if(!a)throw e}};function build$2(e,t){if(!e.resolveSymlinks||e.excludeSymlinks)return null;return t?resolveSymlinks:resolveSymlinksAsync}function isRecursive(e,t,r){if(r.options.useRealPaths)return isRecursiveUsingRealPaths(t,r);let i=(0,f.dirname)(e);let o=1;while(i!==r.root&&o<2){const e=r.symlinks.get(i);const a=!!e&&(e===t||e.startsWith(t)||t.startsWith(e));if(a)o++;else i=(0,f.dirname)(i)}r.symlinks.set(e,t);return o>1}function isRecursiveUsingRealPaths(e,t){return t.visited.includes(e+t.options.pathSeparator)}const onlyCountsSync=e=>e.counts;const groupsSync=e=>e.groups;const defaultSync=e=>e.paths;const limitFilesSync=e=>e.paths.slice(0,e.options.maxFiles);const onlyCountsAsync=(e,t,r)=>{report(t,r,e.counts,e.options.suppressErrors);return null};const defaultAsync=(e,t,r)=>{report(t,r,e.paths,e.options.suppressErrors);return null};const limitFilesAsync=(e,t,r)=>{report(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors);return null};const groupsAsync=(e,t,r)=>{report(t,r,e.groups,e.options.suppressErrors);return null};function report(e,t,r,i){if(e&&!i)t(e,r);else t(null,r)}function build$1(e,t){const{onlyCounts:r,group:i,maxFiles:o}=e;if(r)return t?onlyCountsSync:onlyCountsAsync;else if(i)return t?groupsSync:groupsAsync;else if(o)return t?limitFilesSync:limitFilesAsync;else return t?defaultSync:defaultAsync}const y={withFileTypes:true};const walkAsync=(e,t,r,i,o)=>{e.queue.enqueue();if(i<0)return e.queue.dequeue(null,e);const{fs:a}=e;e.visited.push(t);e.counts.directories++;a.readdir(t||".",y,(t,a=[])=>{o(a,r,i);e.queue.dequeue(e.options.suppressErrors?null:t,e)})};const walkSync=(e,t,r,i,o)=>{const{fs:a}=e;if(i<0)return;e.visited.push(t);e.counts.directories++;let l=[];try{l=a.readdirSync(t||".",y)}catch(t){if(!e.options.suppressErrors)throw t}o(l,r,i)};function build(e){return e?walkSync:walkAsync}var b=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){this.count++;return this.count}dequeue(e,t){if(this.onQueueEmpty&&(--this.count<=0||e)){this.onQueueEmpty(e,t);if(e){t.controller.abort();this.onQueueEmpty=void 0}}}};var w=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}};var x=class{aborted=false;abort(){this.aborted=true}};var $=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r;this.callbackInvoker=build$1(t,this.isSynchronous);this.root=normalizePath(e,t);this.state={root:isRootDirectory(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new w,options:t,queue:new b((e,t)=>this.callbackInvoker(t,e,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new x,fs:t.fs||u};this.joinPath=build$7(this.root,t);this.pushDirectory=build$6(this.root,t);this.pushFile=build$5(t);this.getArray=build$4(t);this.groupFiles=build$3(t);this.resolveSymlink=build$2(t,this.isSynchronous);this.walkDirectory=build(this.isSynchronous)}start(){this.pushDirectory(this.root,this.state.paths,this.state.options.filters);this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk);return this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{const{paths:i,options:{filters:o,resolveSymlinks:a,excludeSymlinks:l,exclude:c,maxFiles:u,signal:p,useRealPaths:h,pathSeparator:d},controller:m}=this.state;if(m.aborted||p&&p.aborted||u&&i.length>u)return;const v=this.getArray(this.state.paths);for(let u=0;u<e.length;++u){const p=e[u];if(p.isFile()||p.isSymbolicLink()&&!a&&!l){const e=this.joinPath(p.name,t);this.pushFile(e,v,this.state.counts,o)}else if(p.isDirectory()){let e=joinDirectoryPath(p.name,t,this.state.options.pathSeparator);if(c&&c(p.name,e))continue;this.pushDirectory(e,i,o);this.walkDirectory(this.state,e,e,r-1,this.walk)}else if(this.resolveSymlink&&p.isSymbolicLink()){let e=joinPathWithBasePath(p.name,t);this.resolveSymlink(e,this.state,(t,i)=>{if(t.isDirectory()){i=normalizePath(i,this.state.options);if(c&&c(p.name,h?i:e+d))return;this.walkDirectory(this.state,i,h?i:e+d,r-1,this.walk)}else{i=h?i:e;const t=(0,f.basename)(i);const r=normalizePath((0,f.dirname)(i),this.state.options);i=this.joinPath(t,r);this.pushFile(i,v,this.state.counts,o)}})}}this.groupFiles(this.state.groups,t,v)}};function promise(e,t){return new Promise((r,i)=>{callback(e,t,(e,t)=>{if(e)return i(e);r(t)})})}function callback(e,t,r){let i=new $(e,t,r);i.start()}function sync(e,t){const r=new $(e,t);return r.start()}var S=class{constructor(e,t){this.root=e;this.options=t}withPromise(){return promise(this.root,this.options)}withCallback(e){callback(this.root,this.options,e)}sync(){return sync(this.root,this.options)}};let k=null;try{d.resolve("picomatch");k=d("picomatch")}catch{}var _=class{globCache={};options={maxDepth:Infinity,suppressErrors:true,pathSeparator:f.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e};this.globFunction=this.options.globFunction}group(){this.options.group=true;return this}withPathSeparator(e){this.options.pathSeparator=e;return this}withBasePath(){this.options.includeBasePath=true;return this}withRelativePaths(){this.options.relativePaths=true;return this}withDirs(){this.options.includeDirs=true;return this}withMaxDepth(e){this.options.maxDepth=e;return this}withMaxFiles(e){this.options.maxFiles=e;return this}withFullPaths(){this.options.resolvePaths=true;this.options.includeBasePath=true;return this}withErrors(){this.options.suppressErrors=false;return this}withSymlinks({resolvePaths:e=true}={}){this.options.resolveSymlinks=true;this.options.useRealPaths=e;return this.withFullPaths()}withAbortSignal(e){this.options.signal=e;return this}normalize(){this.options.normalizePath=true;return this}filter(e){this.options.filters.push(e);return this}onlyDirs(){this.options.excludeFiles=true;this.options.includeDirs=true;return this}exclude(e){this.options.exclude=e;return this}onlyCounts(){this.options.onlyCounts=true;return this}crawl(e){return new S(e||".",this.options)}withGlobFunction(e){this.globFunction=e;return this}crawlWithOptions(e,t){this.options={...this.options,...t};return new S(e||".",this.options)}glob(...e){if(this.globFunction)return this.globWithOptions(e);return this.globWithOptions(e,...[{dot:true}])}globWithOptions(e,...t){const r=this.globFunction||k;if(!r)throw new Error("Please specify a glob function to use glob matching.");var i=this.globCache[e.join("\0")];if(!i){i=r(e,...t);this.globCache[e.join("\0")]=i}this.options.filters.push(e=>i(e));return this}};var A=r(4006);var N=r.n(A);const E=Array.isArray;const T=/\\/g;const I=/^[A-Za-z]:$/;const C=process.platform==="win32";const O=/^(\/?\.\.)+$/;function getPartialMatcher(e,t={}){const r=e.length;const i=Array(r);const o=Array(r);let a,l;for(a=0;a<r;a++){const r=splitPattern(e[a]);i[a]=r;const c=r.length;const u=Array(c);for(l=0;l<c;l++)u[l]=A(r[l],t);o[a]=u}return e=>{const c=e.split("/");if(c[0]===".."&&O.test(e))return true;for(a=0;a<r;a++){const e=i[a];const r=o[a];const u=c.length;const f=Math.min(u,e.length);l=0;while(l<f){const i=e[l];if(i.includes("/"))return true;if(!r[l](c[l]))break;if(!t.noglobstar&&i==="**")return true;l++}if(l===u)return true}return false}}const L=/^[A-Z]:\/$/i;const M=C?e=>L.test(e):e=>e==="/";function buildFormat(e,t,r){if(e===t||t.startsWith(`${e}/`)){if(r){const t=e.length+ +!M(e);return(e,r)=>e.slice(t,r?-1:void 0)||"."}const i=t.slice(e.length+1);if(i)return(e,t)=>{if(e===".")return i;const r=`${i}/${e}`;return t?r.slice(0,-1):r};return(e,t)=>t&&e!=="."?e.slice(0,-1):e}if(r)return t=>f.posix.relative(e,t)||".";return r=>f.posix.relative(e,`${t}/${r}`)||"."}function buildRelative(e,t){if(t.startsWith(`${e}/`)){const r=t.slice(e.length+1);return e=>`${r}/${e}`}return r=>{const i=f.posix.relative(e,`${t}/${r}`);return r[r.length-1]==="/"&&i!==""?`${i}/`:i||"."}}function ensureNonDriveRelativePath(e){return e.replace(I,e=>`${e}/`)}const P={parts:true};function splitPattern(e){var t;const r=A.scan(e,P);return((t=r.parts)===null||t===void 0?void 0:t.length)?r.parts:[e]}const F=/\\(?![()[\]{}!+@])/g;function convertPosixPathToPattern(e){return escapePosixPath(e)}function convertWin32PathToPattern(e){return escapeWin32Path(e).replace(F,"/")}const R=null&&(C?convertWin32PathToPattern:convertPosixPathToPattern);const B=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;const j=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;const escapePosixPath=e=>e.replace(B,"\\$&");const escapeWin32Path=e=>e.replace(j,"\\$&");const D=C?escapeWin32Path:escapePosixPath;function isDynamicPattern(e,t){if((t===null||t===void 0?void 0:t.caseSensitiveMatch)===false)return true;const r=A.scan(e);return r.isGlob||r.negated}function log(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ensureStringArray(e){return typeof e==="string"?[e]:e!==null&&e!==void 0?e:[]}const q=/^(\/?\.\.)+/;const V=/\\(?=[()[\]{}!*+?@|])/g;function normalizePattern(e,t,r,i){var o;const a=t.cwd;let l=e;if(e[e.length-1]==="/")l=e.slice(0,-1);if(l[l.length-1]!=="*"&&t.expandDirectories)l+="/**";const c=D(a);l=(0,f.isAbsolute)(l.replace(V,""))?f.posix.relative(c,l):f.posix.normalize(l);const u=(o=q.exec(l))===null||o===void 0?void 0:o[0];const p=splitPattern(l);if(u){const e=(u.length+1)/3;let t=0;const i=c.split("/");while(t<e&&p[t+e]===i[i.length+t-e]){l=l.slice(0,(e-t-1)*3)+l.slice((e-t)*3+p[t+e].length+1)||".";t++}const o=f.posix.join(a,u.slice(t*3));if(o[0]!=="."&&r.root.length>o.length){r.root=ensureNonDriveRelativePath(o);r.depthOffset=-e+t}}if(!i&&r.depthOffset>=0){var h;(h=r.commonPath)!==null&&h!==void 0||(r.commonPath=p);const e=[];const t=Math.min(r.commonPath.length,p.length);for(let i=0;i<t;i++){const t=p[i];if(t==="**"&&!p[i+1]){e.pop();break}if(i===p.length-1||t!==r.commonPath[i]||isDynamicPattern(t))break;e.push(t)}r.depthOffset=e.length;r.commonPath=e;r.root=ensureNonDriveRelativePath(e.length>0?f.posix.join(a,...e):a)}return l}function processPatterns(e,t,r){const i=[];const o=[];for(const t of e.ignore){if(!t)continue;if(t[0]!=="!"||t[1]==="(")o.push(normalizePattern(t,e,r,true))}for(const a of t){if(!a)continue;if(a[0]!=="!"||a[1]==="(")i.push(normalizePattern(a,e,r,false));else if(a[1]!=="!"||a[2]==="(")o.push(normalizePattern(a.slice(1),e,r,true))}return{match:i,ignore:o}}function buildCrawler(e,t){const r=e.cwd;const i={root:r,depthOffset:0};const o=processPatterns(e,t,i);if(e.debug)log("internal processing patterns:",o);const{absolute:a,caseSensitiveMatch:l,debug:c,dot:u,followSymbolicLinks:f,onlyDirectories:p}=e;const h=i.root.replace(T,"");const d={dot:u,nobrace:e.braceExpansion===false,nocase:!l,noextglob:e.extglob===false,noglobstar:e.globstar===false,posix:true};const m=A(o.match,d);const v=A(o.ignore,d);const y=getPartialMatcher(o.match,d);const b=buildFormat(r,h,a);const w=a?b:buildFormat(r,h,true);const excludePredicate=(e,t)=>{const r=w(t,true);return r!=="."&&!y(r)||v(r)};let x;if(e.deep!==void 0)x=Math.round(e.deep-i.depthOffset);const $=new _({filters:[c?(e,t)=>{const r=b(e,t);const i=m(r)&&!v(r);if(i)log(`matched ${r}`);return i}:(e,t)=>{const r=b(e,t);return m(r)&&!v(r)}],exclude:c?(e,t)=>{const r=excludePredicate(e,t);log(`${r?"skipped":"crawling"} ${t}`);return r}:excludePredicate,fs:e.fs,pathSeparator:"/",relativePaths:!a,resolvePaths:a,includeBasePath:a,resolveSymlinks:f,excludeSymlinks:!f,excludeFiles:p,includeDirs:p||!e.onlyFiles,maxDepth:x,signal:e.signal}).crawl(h);if(e.debug)log("internal properties:",{...i,root:h});return[$,r!==h&&!a&&buildRelative(r,h)]}function formatPaths(e,t){if(t)for(let r=e.length-1;r>=0;r--)e[r]=t(e[r]);return e}const U={caseSensitiveMatch:true,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:true,followSymbolicLinks:true,onlyFiles:true};function getOptions(e){const t=Object.assign({},e);for(const e in U)if(t[e]===void 0)Object.assign(t,{[e]:U[e]});t.cwd=(t.cwd instanceof URL?(0,p.fileURLToPath)(t.cwd):(0,f.resolve)(t.cwd||process.cwd())).replace(T,"/");t.ignore=ensureStringArray(t.ignore);t.fs&&(t.fs={readdir:t.fs.readdir||c.readdir,readdirSync:t.fs.readdirSync||c.readdirSync,realpath:t.fs.realpath||c.realpath,realpathSync:t.fs.realpathSync||c.realpathSync,stat:t.fs.stat||c.stat,statSync:t.fs.statSync||c.statSync});if(t.debug)log("globbing with options:",t);return t}function getCrawler(e,t={}){var r;if(e&&(t===null||t===void 0?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const i=E(e)||typeof e==="string";const o=ensureStringArray((r=i?e:e.patterns)!==null&&r!==void 0?r:"**/*");const a=getOptions(i?t:e);return o.length>0?buildCrawler(a,o):[]}async function glob(e,t){const[r,i]=getCrawler(e,t);return r?formatPaths(await r.withPromise(),i):[]}function globSync(e,t){const[r,i]=getCrawler(e,t);return r?formatPaths(r.sync(),i):[]}class InputError extends Error{name="InputError";constructor(e){super(e.replace(/[\r\n\u2028\u2029]+/g," "))}}function quote(e,t=200){const r=e.length>t?`${e.slice(0,t)}…`:e;return`'${visible(r)}'`}function quoteValue(e){return typeof e==="number"&&Number.isFinite(e)?String(e):quote(String(e))}function describeValue(e){if(e===undefined||e===null)return"nothing";if(typeof e==="string")return quote(e);if(Array.isArray(e))return"a list";if(typeof e==="object")return"a mapping";return String(e)}class PairMap{keysA;keysB;values;mask;count=0;constructor(e=1024){let t=16;while(t<e*2)t*=2;this.keysA=new Int32Array(t).fill(-1);this.keysB=new Int32Array(t);this.values=new Int32Array(t);this.mask=t-1}get(e,t){let r=hash(e,t)&this.mask;for(;;){const i=this.keysA[r];if(i===-1)return-1;if(i===e&&this.keysB[r]===t)return this.values[r];r=r+1&this.mask}}set(e,t,r){if((this.count+1)*2>this.keysA.length)this.grow();let i=hash(e,t)&this.mask;for(;;){const o=this.keysA[i];if(o===-1){this.keysA[i]=e;this.keysB[i]=t;this.values[i]=r;this.count++;return}if(o===e&&this.keysB[i]===t){this.values[i]=r;return}i=i+1&this.mask}}grow(){const{keysA:e,keysB:t,values:r}=this;this.keysA=new Int32Array(e.length*2).fill(-1);this.keysB=new Int32Array(e.length*2);this.values=new Int32Array(e.length*2);this.mask=this.keysA.length-1;this.count=0;for(let i=0;i<e.length;i++)if(e[i]!==-1)this.set(e[i],t[i],r[i])}}function hash(e,t){let r=Math.imul(e,2654435761)+t|0;r^=r>>>16;r=Math.imul(r,2246822507);r^=r>>>13;r=Math.imul(r,3266489909);return r^r>>>16}const K=8;const z=1<<24;const H=-1;class NodeTable{parent;func;firstChild;nextSibling;childCount;wide=new PairMap(64);size=1;constructor(e=1024){const t=Math.max(16,Math.min(Math.ceil(e),z));this.parent=new Int32Array(t);this.func=new Int32Array(t);this.firstChild=new Int32Array(t).fill(H,0,1);this.nextSibling=new Int32Array(t);this.childCount=new Uint8Array(t);this.parent[0]=H;this.func[0]=H}get capacity(){return this.parent.length}find(e,t){if(this.childCount[e]>K)return this.wide.get(e,t);for(let r=this.firstChild[e];r!==H;r=this.nextSibling[r])if(this.func[r]===t)return r;return H}child(e,t){const r=this.find(e,t);if(r!==H)return r;const i=this.size++;if(i===this.parent.length)this.grow();this.attach(i,e,t);return i}attach(e,t,r){this.parent[e]=t;this.func[e]=r;this.firstChild[e]=H;this.nextSibling[e]=this.firstChild[t];this.firstChild[t]=e;const i=this.childCount[t];if(i<255)this.childCount[t]=i+1;if(i===K){for(let e=this.firstChild[t];e!==H;e=this.nextSibling[e])this.wide.set(t,this.func[e],e)}else if(i>K)this.wide.set(t,r,e)}grow(){this.parent=doubled(this.parent);this.func=doubled(this.func);this.firstChild=doubled(this.firstChild);this.nextSibling=doubled(this.nextSibling);this.childCount=doubled(this.childCount)}}function doubled(e,t=e.length*2){const r=new e.constructor(Math.max(t,e.length*2));r.set(e);return r}const W=new Map([...["nanoseconds","nanosecond","ns"].map(e=>[e,{dimension:"time",scale:1}]),...["microseconds","microsecond","us","µs"].map(e=>[e,{dimension:"time",scale:1e3}]),...["milliseconds","millisecond","ms"].map(e=>[e,{dimension:"time",scale:1e6}]),...["seconds","second","s"].map(e=>[e,{dimension:"time",scale:1e9}]),...["minutes","minute","m"].map(e=>[e,{dimension:"time",scale:6e10}]),...["bytes","byte","b"].map(e=>[e,{dimension:"bytes",scale:1}]),...["kilobytes","kilobyte","kb","kib"].map(e=>[e,{dimension:"bytes",scale:1024}]),...["megabytes","megabyte","mb","mib"].map(e=>[e,{dimension:"bytes",scale:1024**2}]),...["gigabytes","gigabyte","gb","gib"].map(e=>[e,{dimension:"bytes",scale:1024**3}])]);function getUnitScale(e){return W.get(e.toLowerCase())??{dimension:"count",scale:1}}function parseQuantity(e,t){const r=typeof e==="number"?String(e):typeof e==="string"?e.trim():"";const i=/^(\d+(?:\.\d+)?)\s*([a-zµ]*)$/i.exec(r);const o=i?i[2]===""?{dimension:"count",scale:1}:W.get(i[2].toLowerCase()):undefined;if(!i||!o)throw new InputError(`${t}: expected an amount such as 20ms, 4MB or 1000, got ${describeValue(e)}`);return{value:Number(i[1])*o.scale,dimension:o.dimension,text:r}}function formatValue(e,t){const{dimension:r,scale:i}=getUnitScale(t);const o=e*i;const a=Math.abs(o);if(o===0)return"0";if(r==="time"){if(a>=1e9)return`${fixed(o/1e9)} s`;if(a>=1e6)return`${fixed(o/1e6)} ms`;if(a>=1e3)return`${fixed(o/1e3)} µs`;return`${fixed(o)} ns`}if(r==="bytes"){if(a>=1024**3)return`${fixed(o/1024**3)} GB`;if(a>=1024**2)return`${fixed(o/1024**2)} MB`;if(a>=1024)return`${fixed(o/1024)} kB`;return`${fixed(o)} B`}if(a>=1e6)return`${fixed(o/1e6)}M`;if(a>=1e4)return`${fixed(o/1e3)}k`;return Number.isInteger(o)?String(o):fixed(o)}function fixed(e){const t=Math.abs(e);return e.toFixed(t>=100?0:t>=10?1:2)}function formatPercent(e,t=true){if(!Number.isFinite(e))return e>0?"+∞%":e<0?"−∞%":"n/a";const r=e*100;const i=Math.abs(r);const o=i>=100?r.toFixed(0):i>=10?r.toFixed(1):r.toFixed(2);return t&&r>0?`+${o}%`:`${o}%`}const G={runs:1e3,text:16384,functions:1e6,depth:4096,name:4096,value:2**53};function badValue(e,t){const r=Number.isNaN(e)?"a value that is not a number":e<0?e>-G.value?`the value ${e}, below zero`:"a value below zero":"a value of 2^53 or more";return new UnusableProfile(`sample ${t} holds ${r}`,"sample values from 0 to below 2^53 (9007199254740992)")}class LimitError extends Error{}class UnusableProfile extends Error{expected;constructor(e,t){super(e);this.expected=t}}class SharedTable{nodes;names=[];files=[];modules=[];lines=[];nameIds=new Map}class CallTreeBuilder{typeCount;shared;names;files;modules;lines;nameIds;nodes;leaves=new Int32Array(256);leafSelf;leafRecords=new Float64Array(256);leafCount=0;leafIndex=new PairMap(256);cutNames=0;cutStacks=0;mergedFrames=0;mergeDeepFrame(){this.mergedFrames++}lastStack=new Int32Array(64);lastNodes=new Int32Array(64);lastLength=0;constructor(e,t=1024,r){this.typeCount=e;this.shared=r;if(r){r.nodes??=new NodeTable(t);this.nodes=r.nodes;({names:this.names,files:this.files,modules:this.modules,lines:this.lines,nameIds:this.nameIds}=r)}else{this.nodes=new NodeTable(t);this.names=[];this.files=[];this.modules=[];this.lines=[];this.nameIds=new Map}this.leafSelf=Array.from({length:e},()=>new Float64Array(256))}functionId(e,t="",r="",i=0,o=true){const a=Number.isSafeInteger(i)&&i>0?i:0;let l=e;const c=t.length>G.name?t.slice(0,G.name):t;const u=r.length>G.name?r.slice(0,G.name):r;if(o&&l.length>G.name){l=`${l.slice(0,G.name)}… (${l.length} characters)`;this.cutNames++}let f=this.nameIds.get(l);if(f===undefined){f=this.names.length;if(f>=G.functions)throw new LimitError(`more than ${G.functions} distinct functions (the limit)`);const e=ownCopy(l);this.names.push(e);this.files.push(ownCopy(c));this.modules.push(ownCopy(u));this.lines.push(a);this.nameIds.set(e,f)}else{if(c&&!this.files[f])this.files[f]=ownCopy(c);if(u&&!this.modules[f])this.modules[f]=ownCopy(u);if(a&&!this.lines[f])this.lines[f]=a}return f}child(e,t){return this.nodes.child(e,t)}add(e,t,r){for(let e=0;e<this.typeCount;e++){const r=t[e];if(!(r>=0&&r<G.value))throw badValue(r,this.samples)}if(!(r>=0&&r<G.value))throw badValue(r,this.samples);this.samples++;const i=this.leafOf(e);for(let e=0;e<this.typeCount;e++)this.leafSelf[e][i]+=t[e];this.leafRecords[i]+=r}leafOf(e){const t=this.leafIndex.get(e,0);if(t>=0)return t;const r=this.leafCount++;if(r===this.leaves.length){this.leaves=doubled(this.leaves);this.leafSelf=this.leafSelf.map(e=>doubled(e));this.leafRecords=doubled(this.leafRecords)}this.leaves[r]=e;this.leafIndex.set(e,0,r);return r}addStack(e,t,r,i=e.length){let o=0;const a=Math.max(0,i-G.depth);if(a>0)this.cutStacks++;const l=i-a;if(l>this.lastStack.length){this.lastStack=doubled(this.lastStack,l);this.lastNodes=doubled(this.lastNodes,l)}const c=this.lastStack;const u=this.lastNodes;let f=0;const p=this.lastLength;while(f<l&&f<p&&c[f]===e[a+f])o=u[f++];for(;f<l;f++){const t=e[a+f];o=this.child(o,t);c[f]=t;u[f]=o}this.lastLength=l;this.add(o,t,r);return o}samples=0;notes(){const e=[];if(this.cutNames>0)e.push(`${this.cutNames} function name${this.cutNames===1?"":"s"} longer than ${G.name} characters cut`);if(this.cutStacks>0)e.push(`${this.cutStacks} stack${this.cutStacks===1?"":"s"} deeper than ${G.depth} frames cut to their ${G.depth} leaf-most frames`);if(this.mergedFrames>0)e.push(`${this.mergedFrames} frame${this.mergedFrames===1?"":"s"} deeper than ${G.depth} merged into their caller at depth ${G.depth} (a tree's leaf-most frames would have made a call tree of up to ${G.depth} times its size)`);return e}build(){const e=this.nodes.size;return{names:this.names,files:this.files,modules:this.modules,lines:this.lines,...this.shared?{shared:this.shared}:{},parent:this.nodes.parent.subarray(0,e),func:this.nodes.func.subarray(0,e),leaves:this.leaves.subarray(0,this.leafCount),leafSelf:this.leafSelf.map(e=>e.subarray(0,this.leafCount)),leafRecords:this.leafRecords.subarray(0,this.leafCount)}}}function absorbTree(e,t,r){const i=new CallTreeBuilder(0,e.parent.length+1024,t);const o=Int32Array.from(e.names,(t,r)=>i.functionId(t,e.files[r],e.modules?.[r],e.lines?.[r],false));const a=r===undefined?-1:i.functionId(r);const l=new Int32Array(e.parent.length);for(let t=1;t<e.parent.length;t++){const r=e.parent[t];l[t]=i.child(l[r],r===0&&a>=0?a:o[e.func[t]])}const c=t.nodes;return{names:t.names,files:t.files,modules:t.modules,lines:t.lines,shared:t,parent:c.parent.subarray(0,c.size),func:c.func.subarray(0,c.size),leaves:e.leaves.map(e=>l[e]),leafSelf:e.leafSelf,leafRecords:e.leafRecords}}function eventValuesOf(e,t,r,i){return e.map((o,a)=>{if(findEventType(e,a)>=0)return 0;if(t&&t.value>0&&t.unit===o.unit)return t.value;if(!Number.isFinite(r[a]))return 0;const{dimension:l,scale:c}=getUnitScale(o.unit);const u=1e7/c;if(l!=="time"||r[a]<=u)return r[a];i.push(`${o.type}/${o.unit} has no sampling period and no count: its sampling noise assumes one sample per 10 ms (100 Hz)`);return u})}function findEventType(e,t){if(e[t].unit==="count")return t;const r=e[t].type.split(/[_-]/)[0];const i=e.map((e,t)=>e.unit==="count"?t:-1).filter(e=>e>=0);return i.find(t=>e[t].type.split(/[_-]/)[0]===r)??i[0]??-1}function ownCopy(e){return e.length<13?e:` ${e}`.slice(1)}function eventsOf(e){if(Array.isArray(e))return e.length>0&&e.every(e=>e!==null&&typeof e==="object"&&"ph"in e)?e:undefined;if(e&&typeof e==="object"&&Array.isArray(e.traceEvents))return e.traceEvents;return undefined}function isChromeTraceJson(e){return eventsOf(e)!==undefined}function chromeTraceProfiles(e){const t=eventsOf(e)??[];const r=new Map;const i=new Map;for(const e of t){if(e&&typeof e==="object"&&e.name==="thread_name"&&typeof e.args?.name==="string")r.set(`${String(e.pid)}:${String(e.tid)}`,e.args.name)}const profileOf=e=>{const t=`${String(e.pid)}:${String(e.id)}`;let o=i.get(t);if(!o)i.set(t,o={thread:r.get(`${String(e.pid)}:${String(e.tid)}`)??"thread",nodes:[],samples:[],timeDeltas:[]});return o};const append=(e,t)=>{for(let r=0;r<t.length;r++)e.push(t[r])};for(const e of t){if(!e||typeof e!=="object")continue;if(e.name==="Profile"){const t=Number(e.args?.data?.startTime??e.ts);if(Number.isFinite(t))profileOf(e).startTime=t}else if(e.name==="ProfileChunk"){const t=e.args?.data;const r=profileOf(e);const i=t?.cpuProfile;if(Array.isArray(i?.nodes))append(r.nodes,i.nodes);if(Array.isArray(i?.samples))append(r.samples,i.samples);if(Array.isArray(t?.timeDeltas))append(r.timeDeltas,t.timeDeltas);const o=Number(t?.endTime);if(Number.isFinite(o))r.endTime=o}}const o=[...i.values()].filter(e=>e.nodes.length>0);if(o.length===0)return{reason:'a Chrome trace without a CPU profile (no "ProfileChunk" events with nodes: record it with JavaScript samples on)'};return{profiles:o.map(e=>({thread:e.thread,profile:{nodes:e.nodes,samples:e.samples,timeDeltas:e.timeDeltas,startTime:e.startTime??0,...e.endTime!==undefined?{endTime:e.endTime}:{}}}))}}class WindowFilter{window;kept=0;records=0;first=Infinity;last=-Infinity;constructor(e){this.window=e}keep(e){this.records++;if(e<this.first)this.first=e;if(e>this.last)this.last=e;const t=e>=this.window.start&&e<this.window.end;if(t)this.kept++;return t}overlap(e,t){this.records++;if(e<this.first)this.first=e;if(t>this.last)this.last=t;const r=Math.max(0,Math.min(t,this.window.end)-Math.max(e,this.window.start));if(r>0)this.kept++;return r}result(){return{kept:this.kept,records:this.records,span:this.records>0?Math.max(0,this.last):0}}}const Y=/_\[[ji01]\]$/;const J=/::h[0-9a-f]{16}$/;const Q=/^process \d+:(".*")$/;const X=/^thread \(0x[0-9a-fA-F]+\)(.*)$/;const Z=/^\[(.*) tid=\d+\]$/;function frameIdentity(e){const t=e.charCodeAt(e.length-1);if(t===93){if(Y.test(e))return e.slice(0,-4);const t=Z.exec(e);if(t)return`[${t[1]}]`;return e}if(t===41){const t=withoutPySpyLine(e);if(t!==e)return t;const r=X.exec(e);if(r)return`thread${r[1]}`;return e}if(t===34){const t=Q.exec(e);if(t)return`process ${t[1]}`;const r=X.exec(e);return r?`thread${r[1]}`:e}if(J.test(e))return e.slice(0,-19);if(t>=48&&t<=57)return withoutAustinLine(e);return e}function withoutPySpyLine(e){const t=e.lastIndexOf(" (");const r=e.lastIndexOf(":");if(t<0||r<t+2||r>e.length-3)return e;for(let t=r+1;t<e.length-1;t++)if(!isDigit(e.charCodeAt(t)))return e;const i=e.slice(t+2,r);if(i.includes("(")||i.includes(")"))return e;return`${e.slice(0,r)})`}function withoutAustinLine(e){const t=e.lastIndexOf(":");if(t<0||t===e.length-1)return e;for(let r=t+1;r<e.length;r++)if(!isDigit(e.charCodeAt(r)))return e;const r=e.lastIndexOf(":",t-1);if(r<0||!/\.py[cw]?$/.test(e.slice(Math.max(0,r-4),r)))return e;return e.slice(0,t)}function isDigit(e){return e>=48&&e<=57}const ee=/\([^()]*\)\[*(?:[VZBCSIJFD]|L[^();]*;)$/;const te=/^L?[\w/$]+;\.[\w$<>]+$/;const ne=["const","volatile","&&","&","noexcept"];function withoutTrailer(e){let t=e.length;for(;;){let r=t;while(r>0&&isSpace(e.charCodeAt(r-1)))r--;const i=ne.find(t=>r-t.length>0&&e.startsWith(t,r-t.length)&&isSpace(e.charCodeAt(r-t.length-1)));if(i){t=r-i.length;continue}if(r>0&&e.charCodeAt(r-1)===93){const i=e.lastIndexOf("[clone ",r-1);if(i>=0&&e.indexOf("]",i)===r-1){t=i;continue}}return r===e.length?e:e.slice(0,r)}}function isSpace(e){return e===32||e===9}function withoutArguments(e){const t=/[te&\]]$/.test(e)?withoutTrailer(e):e;if(ee.test(t))return t.slice(0,t.lastIndexOf("("));const r=t.indexOf("(");if(r>0&&te.test(t.slice(0,r)))return t.slice(0,r);if(!t.endsWith(")")){return r>0&&!t.includes(")",r)?t.slice(0,r):e}let i=0;for(let r=t.length-1;r>=0;r--){const o=t.charCodeAt(r);if(o===41)i++;else if(o===40&&--i===0){const i=t.slice(0,r);if(i.trim()==="")return e;if(i.endsWith("operator"))return t;return i.trimEnd()}}return e}const re=/^\/(usr|lib|lib64|opt\/hostedtoolcache|nix\/store|System|Library)\//;function commonRoot(e){let t;for(const r of e){const e=r.startsWith("file://")?r.slice(7):r;if(!e.startsWith("/")||re.test(e))continue;const i=e.slice(0,e.lastIndexOf("/")+1);if(t===undefined)t=i;else if(!i.startsWith(t)){let e=0;while(e<t.length&&e<i.length&&t.charCodeAt(e)===i.charCodeAt(e))e++;t=t.slice(0,t.lastIndexOf("/",e-1)+1)}}return t!==undefined&&t!=="/"?t:""}function relativeTo(e,t){if(t==="")return e;const r=e.startsWith("file://")?e.slice(7):e;return r.startsWith(t)?r.slice(t.length):e}function isCpuProfileJson(e){if(!e||typeof e!=="object")return false;const t=e;return Array.isArray(t.nodes)||typeof t.head==="object"&&t.head!==null}function tryParseCpuProfile(e,t,r){let i;if(isChromeTraceJson(e)){const t=chromeTraceProfiles(e);if("reason"in t)return t;i=t.profiles}else if(isCpuProfileJson(e))i=[{thread:"",profile:e}];else return{reason:'JSON without "nodes" or "head" (a V8 .cpuprofile), "traceEvents" (a Chrome trace) or "profiles" and "shared" (speedscope)'};const o=new CallTreeBuilder(2,1024,t);const a=commonRoot(i.flatMap(({profile:e})=>scriptUrls(e)));const l=r?new WindowFilter(r):undefined;for(const{thread:e,profile:t}of i){const r=i.length>1?o.child(0,o.functionId(e)):0;const c=addCpuProfile(o,t,r,a,l);if(c)return{reason:c}}return{profile:{format:isChromeTraceJson(e)?"chrome-trace":"cpuprofile",sampleTypes:[{type:"wall",unit:"microseconds"},{type:"samples",unit:"count"}],defaultSampleType:0,tree:o.build(),...l?{window:l.result()}:{},notes:o.notes()}}}function scriptUrls(e){const t=Array.isArray(e.nodes)?e.nodes:e.head&&typeof e.head==="object"?flattenHead(e.head):[];const r=new Set;for(const e of t){const t=(e?.callFrame??e)?.url;if(typeof t==="string"&&t!=="")r.add(t)}return[...r]}function addCpuProfile(e,t,r,i,o){const a=Array.isArray(t.nodes)?t.nodes:flattenHead(t.head);const l=a.length;for(const e of a){if(!e||typeof e!=="object"||typeof e.id!=="number")return'a .cpuprofile node without a numeric "id"'}const c=idSlots(a);if(typeof c==="number")return`more than one .cpuprofile node with the id ${quoteValue(c)}, expected each id once`;const u=new Int32Array(l).fill(-1);for(let e=0;e<l;e++){const t=a[e];const r=t.children??[];if(!Array.isArray(r))return`.cpuprofile node ${quoteValue(t.id)} has "children" that is not a list`;for(const i of r){const r=typeof i==="number"?i:i?.id;const o=c(r);if(o<0)return`.cpuprofile node ${quoteValue(t.id)} names child ${quoteValue(r)}, which is not in "nodes"`;u[o]=e}if(t.parent!==undefined){const r=c(t.parent);if(r<0)return`.cpuprofile node ${quoteValue(t.id)} names parent ${quoteValue(t.parent)}, which is not in "nodes"`;u[e]=r}}const f=new Int32Array(l).fill(-1);const p=new Int32Array(l);const h=[];const nodeFor=t=>{h.length=0;let o=t;while(o>=0&&f[o]<0){if(h.length>l)throw new CycleError;h.push(o);o=u[o]}let c=o<0?r:f[o];let d=o<0?0:p[o];for(let t=h.length-1;t>=0;t--){const o=h[t];if(d>=G.depth){e.mergeDeepFrame();f[o]=c;p[o]=d;continue}const l=a[o];const m=l.callFrame??l;const v=typeof m.url==="string"?relativeTo(m.url,i):"";const y=frameName({functionName:m.functionName,url:v,lineNumber:m.lineNumber});if(!(c===r&&y==="(root)"&&u[o]<0)){c=e.child(c,e.functionId(y,v,builtIn(y,v),startLine(m)));d++}f[o]=c;p[o]=d}return c};const d=t.samples;const m=new Float64Array(2);try{if(Array.isArray(d)&&d.length>0){const r=sampleTimes(t,d.length);if(typeof r==="string")return r;const{times:i,stamps:a,origin:l}=r;for(let t=0;t<d.length;t++){const r=d[t];const u=c(r);if(u<0)return`.cpuprofile sample ${t} names node ${quoteValue(r)}, which is not in "nodes"`;if(o&&!o.keep((a[t]-l)/1e6))continue;m[0]=i[t];m[1]=1;e.add(nodeFor(u),m,1)}}else{if(o)return'.cpuprofile without a "samples" list (only hit counts) has no time per sample, which --time-range and --skip need';const r=a.find(e=>e.hitCount!==undefined&&!(typeof e.hitCount==="number"&&e.hitCount>=0&&e.hitCount<=2**53));if(r)return`.cpuprofile node ${quoteValue(r.id)} has hitCount ${quoteValue(r.hitCount)}, expected a count (0 or more)`;if(!isTime(t.startTime??0)||!isTime(t.endTime??0))return`.cpuprofile startTime ${quoteValue(t.startTime)} or endTime ${quoteValue(t.endTime)} is no time, expected microseconds (numbers within ±2^53)`;const i=a.reduce((e,t)=>e+(t.hitCount??0),0);const c=Number(t.endTime??0)-Number(t.startTime??0);const u=i>0&&c>0?c/i:0;for(let t=0;t<l;t++){const r=a[t].hitCount??0;if(r<=0)continue;m[0]=r*u;m[1]=r;e.add(nodeFor(t),m,r)}}}catch(e){if(e instanceof CycleError)return".cpuprofile nodes form a cycle";throw e}return undefined}class CycleError extends Error{}function idSlots(e){let t=-1;let r=true;for(const{id:i}of e){if(!Number.isInteger(i)||i<0)r=false;else if(i>t)t=i}if(r&&t<4*e.length+1024){const r=new Int32Array(t+1).fill(-1);for(let t=0;t<e.length;t++){if(r[e[t].id]>=0)return e[t].id;r[e[t].id]=t}return e=>typeof e==="number"&&Number.isInteger(e)&&e>=0&&e<=t?r[e]:-1}const i=new Map;for(let t=0;t<e.length;t++){if(i.has(e[t].id))return e[t].id;i.set(e[t].id,t)}return e=>i.get(e)??-1}function builtIn(e,t){return t===""&&e!==""&&!e.startsWith("(")?"[v8]":""}function startLine(e){return typeof e.lineNumber==="number"&&Number.isSafeInteger(e.lineNumber)&&e.lineNumber>=0?e.lineNumber+1:0}function frameName(e){const t=typeof e.functionName==="string"?e.functionName:"";if(t!=="")return t;const r=typeof e.url==="string"?e.url:"";if(r==="")return"(anonymous)";const i=typeof e.lineNumber==="number"&&e.lineNumber>=0?`:${e.lineNumber+1}`:"";return`(anonymous) ${r}${i}`}function sampleTimes(e,t){let r;if(Array.isArray(e.timeDeltas)){if(e.timeDeltas.length!==t)return`.cpuprofile has ${t} samples but ${e.timeDeltas.length} timeDeltas`;r=new Float64Array(t);const i=e.startTime??0;if(!isTime(i))return`.cpuprofile startTime is ${quoteValue(i)}, expected microseconds (a number within ±2^53)`;let o=i;for(let i=0;i<t;i++){const t=e.timeDeltas[i];if(!isTime(t))return`.cpuprofile timeDeltas[${i}] is ${quoteValue(t)}, expected microseconds (a number within ±2^53)`;r[i]=o+=t}}else if(Array.isArray(e.timestamps)&&e.timestamps.length>=t){const t=e.timestamps.findIndex(e=>!isTime(e));if(t>=0)return`.cpuprofile timestamps[${t}] is ${quoteValue(e.timestamps[t])}, expected microseconds (a number within ±2^53)`;r=Float64Array.from(e.timestamps)}else{return'.cpuprofile samples without "timeDeltas" or "timestamps" of the same length'}const i=Array.from({length:t},(e,t)=>t);let o=true;for(let e=0;e+1<t&&o;e++)o=r[e+1]>=r[e];if(!o)i.sort((e,t)=>r[e]-r[t]||e-t);const a=new Float64Array(t);for(let e=0;e+1<t;e++)a[i[e]]=r[i[e+1]]-r[i[e]];if(t>0){const o=r[i[t-1]];let l=r.length>t?r[t]:isTime(e.endTime)?e.endTime:NaN;if(!Number.isFinite(l)||l<o)l=t>1?o+(o-r[i[0]])/(t-1):o;a[i[t-1]]=l-o}const l=isTime(e.startTime)&&t>0&&e.startTime<=r[i[0]]?e.startTime:t>0?r[i[0]]:0;return{times:a,stamps:r,origin:l}}function isTime(e){return typeof e==="number"&&Math.abs(e)<=2**53}function flattenHead(e){const t=[];const r=[e];while(r.length>0){const e=r.pop();if(!e||typeof e!=="object")continue;const i=Array.isArray(e.children)?e.children:[];t.push({...e,children:i.map(e=>e?.id)});for(const e of i)r.push(e)}return t}const se=512*1024;function heapprofile_scriptUrls(e){const t=new Set;const r=[e];while(r.length>0){const e=r.pop();if(!e||typeof e!=="object")continue;const i=e.callFrame?.url;if(typeof i==="string"&&i!=="")t.add(i);if(Array.isArray(e.children))for(const t of e.children)r.push(t)}return t}function isHeapProfileJson(e){const t=e?.head;return t!==null&&typeof t==="object"&&"selfSize"in t}function tryParseHeapProfile(e,t){if(!isHeapProfileJson(e))return{reason:'JSON without a "head" node with "selfSize" (a V8 .heapprofile)'};const r=new CallTreeBuilder(2,1024,t);const i=new Float64Array(2);const o=commonRoot(heapprofile_scriptUrls(e.head));const a=[{node:e.head,parent:0,depth:0}];let l=0;while(a.length>0){const{node:e,parent:t,depth:c}=a.pop();if(!e||typeof e!=="object")return{reason:`.heapprofile node under ${quoteValue(t)} that is not an object`};if(++l>5e7)return{reason:".heapprofile with more than 50,000,000 nodes"};const u=e.callFrame??{};const f=typeof u.url==="string"?relativeTo(u.url,o):"";const p=frameName({...u,url:f});const h=t===0&&p==="(root)"&&l===1;if(!h&&c>=G.depth)r.mergeDeepFrame();const d=h?0:c>=G.depth?t:r.child(t,r.functionId(p,f,builtIn(p,f),startLine(u)));const m=h||c>=G.depth?c:c+1;const v=e.selfSize;if(typeof v!=="number"||!(v>=0&&v<2**53))return{reason:`.heapprofile node ${quoteValue(e.id)} has selfSize ${typeof v==="number"&&v>=2**53?"of 2^53 or more":quoteValue(v)}, expected bytes (a number from 0 to below 2^53)`};if(v>0&&d!==0){i[0]=v;i[1]=v/se;r.add(d,i,0)}const y=e.children??[];if(!Array.isArray(y))return{reason:`.heapprofile node ${quoteValue(e.id)} has "children" that is not a list`};for(let e=y.length-1;e>=0;e--)a.push({node:y[e],parent:d,depth:m})}return{profile:{format:"heapprofile",sampleTypes:[{type:"space",unit:"bytes"},{type:"samples",unit:"count"}],defaultSampleType:0,tree:r.build(),notes:[...r.notes(),`sampling noise assumes one sample per ${se/1024} KiB, node --heap-prof's default interval (the file does not say; DevTools and the inspector's HeapProfiler.startSampling sample every 32 KiB by default, which makes the assumed noise larger than the real one)`]}}}const ie=require("node:buffer");const oe=64*1024;const ae=4096;function memoryBytes(e){return{length:e.length,read:(t,r)=>e.subarray(t,r)}}function fileBytes(e,t){let r=Buffer.allocUnsafe(oe);return{length:t,read(t,i){if(i-t>r.length)r=Buffer.allocUnsafe(i-t);let o=0;while(o<i-t){const l=(0,a.readSync)(e,r,o,i-t-o,t+o);if(l===0)break;o+=l}return r.subarray(0,o)}}}class TextLines{source;skip;byteLength;constructor(e,t,r){this.source=e;this.skip=t;this.byteLength=r}notUtf8=0;utf8Note(){return this.notUtf8>0?["the text holds bytes that are not UTF-8, each read as U+FFFD: names that differ only there are one function (write the profile in UTF-8)"]:[]}decoded(e){const t=(0,ie.isAscii)(e);if(!t&&!(0,ie.isUtf8)(e))this.notUtf8++;return crToLf(decodeUtf8(e,t))}startsWith(e){const t=this.source;if(typeof t==="string")return t.startsWith(e);return decodeUtf8(t.read(this.skip,Math.min(t.length,this.skip+e.length)))===e}static fromString(e){return new TextLines(crToLf(e),0,e.length)}static fromUtf8(e){const t=e.read(0,Math.min(e.length,3));const r=t[0]===239&&t[1]===187&&t[2]===191?3:0;return new TextLines(e,r,e.length)}*pieces(){const e=this.source;if(typeof e==="string"){yield e;return}let t=this.skip;let r=oe;while(t<e.length){const i=Math.min(e.length,t+r);const o=e.read(t,i);if(i===e.length||o.length<i-t){if(o.length>0)yield this.decoded(o);return}const a=lineEnd(o);if(a===0){if(r>=ce)throw new UnusableProfile(`a line of more than ${ce/2**20} MiB (from byte ${t}, no line break in it), more than one string can hold`,"folded stacks or perf script, a stack or a frame a line");r=Math.min(r*2,ce);continue}yield this.decoded(o.subarray(0,a));t+=a;r=oe}}body(){const e=this.source;if(typeof e==="string"){const t=firstContent(e);return t<0?"":e.slice(t,t+le)}let t=this.skip;let r=t;let i=false;for(;;){const o=e.read(t,Math.min(e.length,t+oe));if(o.length===0)return"";for(let a=0;a<o.length;a++){const l=o[a];if(i){let e=o.indexOf(10,a);const l=o.indexOf(13,a);if(l>=0&&(e<0||l<e))e=l;if(e<0)break;a=e;r=t+e+1;i=false}else if(l===10||l===13)r=t+a+1;else if(l===35&&t+a===r)i=true;else if(l!==32&&l!==9&&l!==13){const t=crToLf(decodeUtf8(e.read(r,Math.min(e.length,r+4*le))));return t.slice(0,le)}}t+=o.length}}forEachLine(e,t=false){let r=0;let i="";for(const o of this.pieces()){let a=0;const l=o.indexOf("\0");while(a<o.length){let i=o.indexOf("\n",a);if(i<0)i=o.length;r++;if(l>=0&&l<i)throw new UnusableProfile(`line ${r}: a NUL byte, which a text profile does not hold`,"folded stacks or perf script output without NUL bytes (was the file cut short or padded by a crash?)");const c=o.charCodeAt(a);if((!t||c!==32&&c!==9||a===i)&&e(o.slice(a,i>a&&o.charCodeAt(i-1)===13?i-1:i),r)===false)return false;a=i+1}i=o}return!(i===""||i.endsWith("\n"))||e("",++r)!==false}}const le=64*1024;function firstContent(e){const t=/^[ \t\r]*[^\s#]/m.exec(e);return t?t.index:-1}const ce=256*2**20;function lineEnd(e){const t=e.lastIndexOf(10);if(t>=0)return t+1;const r=e.lastIndexOf(13,e.length-2);return r>=0?r+1:0}function decodeUtf8(e,t=(0,ie.isAscii)(e)){const r=Buffer.from(e.buffer,e.byteOffset,e.byteLength);return r.toString(t?"latin1":"utf8")}function crToLf(e){return e.includes("\r")&&/\r(?!\n)/.test(e)?e.replace(/\r(?!\n)/g,"\n"):e}function tryParseFolded(e,t){const r=typeof e==="string"?TextLines.fromString(e):e;const i=new CallTreeBuilder(1,1024,t);const o=new Float64Array(1);const a=[];let l=0;let c=0;let u=0;let f="";let p=0;const h=r.startsWith("# austin:");let d;const m=new Map;const idOf=e=>{let t=m.get(e);if(t===undefined){let o=e===""?"[unknown]":frameIdentity(e);if(o.includes(" (/"))d??=commonRoot(pySpyPaths(r));if(d){const e=o.lastIndexOf(" (");if(e>=0&&o.startsWith(d,e+2))o=`${o.slice(0,e+2)}${o.slice(e+2+d.length)}`}m.set(ownCopy(e),t=i.functionId(o))}return t};r.forEachLine((e,t)=>{if(e.trim()===""||e.startsWith("#"))return;const r=splitFoldedLine(e);if(r===ue)u++;if(!r||r===ue){if(c===0){f=e;p=t}c++;return}l++;a.length=0;let d=0;if(h)while(d<r.frames.length-1&&/^(P\d+|T[\d:x]+)$/.test(r.frames[d]))d++;for(let e=d;e<r.frames.length;e++)a.push(idOf(r.frames[e]));if(!(r.count<G.value)){const r=e.trimEnd();throw new UnusableProfile(`line ${t}: the count ${quote(r.slice(countStart(r,r.length)))} is 2^53 or more as a number`,"counts from 0 to below 2^53 (9007199254740992)")}o[0]=r.count;i.addStack(a,o,r.count)});if(u>0&&u>=l){throw new UnusableProfile(`differential folded stacks (${u} line${u===1?"":"s"} with two counts, as difffolded.pl writes: baseline count, then candidate count), a pair of profiles in one file`,"the two folded files it was made from, as --baseline and --candidate")}if(l===0){return{reason:f?`no folded stack line (line ${p}: expected "frame;frame;... count", got '${f.slice(0,60)}')`:"no folded stack line"}}const v=c>0?[`${c} line${c===1?"":"s"} not in folded form skipped (first: line ${p}, '${f.slice(0,60)}')`]:[];v.push(...i.notes(),...r.utf8Note());return{profile:{format:"folded",sampleTypes:[{type:"samples",unit:"count"}],defaultSampleType:0,tree:i.build(),notes:v}}}function*pySpyPaths(e){for(const t of e.pieces())for(const e of t.matchAll(/ \((\/[^()\n;:]*)(?::\d+)?\)(?=[; \t]|$)/gm))yield e[1]}const ue=Symbol("two counts");function splitFoldedLine(e){const t=e.trimEnd();const r=countStart(t,t.length)-1;if(r<0||!isSpace(t.charCodeAt(r)))return null;const i=t.slice(r+1);if(!fe.test(i))return null;const o=t.slice(0,r).trimEnd();if(o==="")return{frames:[],count:Number(i)};const a=countStart(o,o.length)-1;if(a>0&&a<o.length-1&&isSpace(o.charCodeAt(a))&&fe.test(o.slice(a+1)))return ue;return{frames:o.split(";"),count:Number(i)}}const fe=/^\d+(\.\d+)?$/;function countStart(e,t){let r=t;while(r>0){const t=e.charCodeAt(r-1);if((t<48||t>57)&&t!==46)break;r--}return r}function renderFolded(e,t=0){const r=[];const i=Array.from(e.leaves.keys()).sort((t,r)=>e.leaves[t]-e.leaves[r]);for(const o of i){const i=e.leaves[o];const a=e.leafSelf[t][o];if(a===0||i===0)continue;const l=[];for(let t=i;t>0;t=e.parent[t])l.push(e.names[e.func[t]]);r.push(`${l.reverse().join(";")} ${a}`)}return r.length>0?`${r.join("\n")}\n`:""}const pe=require("node:zlib");const he=1024**3;function isGzip(e){return e.length>=2&&e[0]===31&&e[1]===139}function tryGunzip(e,t=he){try{const r=e.length>=18?new DataView(e.buffer,e.byteOffset+e.length-4,4).getUint32(0,true):0;const i=r>t?1<<20:Math.max(1<<16,Math.min(r+1,1<<30));return{bytes:(0,pe.gunzipSync)(e,{maxOutputLength:t,chunkSize:i})}}catch(e){const r=e;if(r.code==="ERR_BUFFER_TOO_LARGE"||r instanceof RangeError){return{reason:`gzip data decompresses to more than ${t} bytes (the limit; raise it with --max-decompressed-size)`}}if(r.code==="Z_BUF_ERROR")return{reason:"truncated gzip data (the file ends before the compressed stream does)"};return{reason:`corrupt gzip data (${r.message})`}}}const perf_script_isSpace=e=>e===32||e===9||e===13;const de=/^\d+$/;const me=/^\d+\.\d+:$/;function parseHeader(e){if(e===""||perf_script_isSpace(e.charCodeAt(0)))return null;const t=e.split(/[ \t\r]+/);if(t[t.length-1]==="")t.pop();let r=-1;for(let e=1;e<t.length-1;e++){const i=t[e].indexOf("/");const o=i<0?t[e]:t[e].slice(0,i);if(de.test(o)&&(i<0||de.test(t[e].slice(i+1)))){r=e;break}}if(r<0)return null;let i=-1;for(let e=r+1;e<t.length&&i<0;e++)if(me.test(t[e]))i=e;const o=i<0?NaN:Number(t[i].slice(0,-1));const a=t.length-1;const l=a!==i&&t[a].length>1&&t[a].endsWith(":")?t[a].slice(0,-1).replace(/:[ukhHGIpPSDWeb]{1,4}$/,""):null;const c=l!==null&&a-1>r&&de.test(t[a-1])?Number(t[a-1]):-1;return{comm:t.slice(0,r).join(" "),event:l,period:c,time:o}}function parseFrame(e){if(e===""||!perf_script_isSpace(e.charCodeAt(0)))return null;let t=0;while(t<e.length&&perf_script_isSpace(e.charCodeAt(t)))t++;let r=e.length;while(r>t&&perf_script_isSpace(e.charCodeAt(r-1)))r--;let i=t;while(i<r&&!perf_script_isSpace(e.charCodeAt(i)))i++;if(i===t||i===r||!/^[0-9a-fA-F]+$/.test(e.slice(t,i)))return null;let o=i;while(o<r&&perf_script_isSpace(e.charCodeAt(o)))o++;if(e.charCodeAt(r-1)===41){const t=e.lastIndexOf("(",r-1);if(t>=o&&e.indexOf(")",t)===r-1&&(t===o||perf_script_isSpace(e.charCodeAt(t-1)))){let i=t;while(i>o&&perf_script_isSpace(e.charCodeAt(i-1)))i--;return{symbol:e.slice(o,i),module:e.slice(t+1,r-1)}}}return{symbol:e.slice(o,r),module:undefined}}function looksLikePerfScript(e){const t=e.slice(0,64*1024).split("\n").filter(e=>!e.startsWith("#"));const r=t.findIndex(e=>e.trim()!=="");if(r<0||r===t.length-1)return false;const i=parseHeader(t[r].replace(/\r$/,""));if(!i||i.event===null&&Number.isNaN(i.time))return false;const o=t[r+1].replace(/\r$/,"");return parseFrame(o)!==null||o.trim()===""||parseHeader(o)!==null}function looksLikeFlatPerfScript(e){const t=e.slice(0,4096).split("\n").find(e=>e.trim()!==""&&!e.startsWith("#"));return t!==undefined&&/^\S[^\n]{0,200}?\s\d+(?:\/\d+)?\s[^\n]{0,200}?\d+\.\d+:\s+(?:\d+\s+)?[\w:.-]+:\s+[0-9a-fA-F]+\s/.test(t)}function unitOf(e){return e==="cpu-clock"||e==="task-clock"?"nanoseconds":e||"count"}function tryParsePerfScript(e,t,r){const i=typeof e==="string"?TextLines.fromString(e):e;if(!r){const e=readRecords(i,undefined,t);if(e)return e}const o=readHeaders(i,r);if("reason"in o)return o;const a=readRecords(i,o,t,r);if(!a)throw new Error("perf script: the pass over the records gave up with its headers read");return a}function readHeaders(e,t){const r=[];let i=0;let o=0;const a=[];let l=new Int32Array(1024);let c=new Float64Array(1024);let u=0;let f=NaN;let p=0;e.forEachLine((e,h)=>{if(e.startsWith("#"))return;const d=parseHeader(e);if(!d)return;if(!(d.period<G.value))throw hugePeriod(h);const m=d.event??"";let v=r.indexOf(m);if(v<0)a[v=r.push(m)-1]=[];const{period:y}=d;if(y<0)o++;else{i++;a[v].push(y)}if(u===l.length){l=doubled(l);c=doubled(c)}l[u]=v;c[u++]=y;if(t){if(Number.isNaN(d.time))p++;else if(!(d.time>=f))f=d.time}},true);if(t&&p>0)return{reason:`${p} perf script record${p===1?"":"s"} without a time ("5.678901:" after the pid), which --time-range and --skip need; expected perf script's default fields`};if(r.length===0)return noRecords();return{events:r,periods:i>0,typical:a.map(median),withPeriod:i,withoutPeriod:o,recordEvents:l,recordPeriods:c,origin:f}}function hugePeriod(e){return new UnusableProfile(`line ${e}: a period of 2^53 or more`,"periods from 0 to below 2^53 (9007199254740992)")}const ge="perf script output without call stacks (no record has frames below its header): one frame a sample, or none, says nothing of callers; expected perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)";function noRecords(){return{reason:'no perf script sample (expected a line such as "comm 1234 5.678: cycles:" and its stack below)'}}const ve=1<<20;function readRecords(e,t,r,i){const o=t?t.events:[];let a=t?t.periods:false;const l=[];const c=i?new WindowFilter(i):undefined;const u=t?o.length:1;const f=new CallTreeBuilder(u,e.byteLength/16,r);const p=new Float64Array(u);const h=[];const d=[];let m=null;let v=0;const y=new Map;const b=[new Map,new Map];const w=[];const x=[];const $=[];const S=[-1,-1,-1,-1];let k=-1;let _=0;let A=0;let N=0;let E=0;const flush=()=>{if(m&&_>0)A++;_=0;if(!m)return;if(!m.keep){m=null;h.length=0;return}d.length=0;d.push(f.functionId(m.comm));for(let e=h.length-1;e>=0;e--)d.push(h[e]);p.fill(0);p[m.event]=a?m.period:1;f.addStack(d,p,1);m=null;h.length=0};const follow=(e,t)=>{const r=k>=0?$:S;const i=k>=0?k*2:e*2;if(r[i]!==t){r[i+1]=r[i];r[i]=t}k=t;_++;if(x[t]>=0)h.push(x[t])};const T=e.forEachLine((e,r)=>{if(m&&_>0&&e.length>0&&perf_script_isSpace(e.charCodeAt(0))){const t=m.java?1:0;const r=k>=0?$:S;const i=k>=0?k*2:t*2;const o=r[i];const a=r[i+1];const l=o>=0&&w[o]===e?o:a>=0&&w[a]===e?a:b[t].get(e);if(l!==undefined){follow(t,l);return}}const i=k;k=-1;if(e.startsWith("#"))return;if(e.trim()===""){flush();return}const u=parseHeader(e);if(u){flush();let e=0;let i=1;if(t){e=t.recordEvents[v];i=!a?1:t.recordPeriods[v]>=0?t.recordPeriods[v]:t.typical[e]}else{const e=u.event??"";if(v===0){o.push(e);a=u.period>=0}else if(e!==o[0]||u.period>=0!==a)return false;if(a)l.push(i=u.period)}if(!(i<G.value))throw hugePeriod(r);const f=u.comm.replace(/ /g,"_");m={event:e,comm:f,java:f==="java",period:i,keep:!c||c.keep(u.time-t.origin)};v++;return}const p=m?parseFrame(e):null;if(!m||!p){if(N++===0)E=r;return}const d=p.module??"";const{symbol:A}=p;const T=`${m.java?"j":""}\0${d}\0${A}`;let I=y.get(T);if(I===undefined){const e=perf_script_frameName(A,d,m.comm);I=e===null?-1:f.functionId(e,"",d==="[unknown]"?"":d);y.set(ownCopy(T),I)}if(_===0||w.length>=ve){_++;if(I>=0)h.push(I);return}const C=w.push(ownCopy(e))-1;x.push(I);$.push(-1,-1);b[m.java?1:0].set(w[C],C);k=i;follow(m.java?1:0,C)});if(!T)return undefined;flush();if(o.length===0)return noRecords();if(A===0)return{reason:ge};const I=t?t.typical:[median(l)];const C=[...f.notes(),...e.utf8Note()];if(N>0)C.push(`${N} line${N===1?"":"s"} not in perf script form skipped (first: line ${E})`);if(a&&t&&t.withoutPeriod>0)C.push(`${t.withoutPeriod} record${t.withoutPeriod===1?"":"s"} without a period, among ${t.withPeriod} with one: each weighs its event's median period`);return{profile:{format:"perf-script",sampleTypes:o.map(e=>({type:e||"samples",unit:a?unitOf(e):"count"})),defaultSampleType:0,...a?{eventValues:I}:{},tree:f.build(),...c?{window:c.result()}:{},notes:C}}}function median(e){if(e.length===0)return 0;const t=Float64Array.from(e).sort();return t[t.length>>1]}function perf_script_frameName(e,t,r){let i=e.replace(/\+0x[0-9a-f]+$/,"");if(/^\([^()]*\)$/.test(i))return null;if(i==="")i="[unknown]";else if(i==="[unknown]"){i=t!==""&&t!=="[unknown]"?`[${t.slice(t.lastIndexOf("/")+1)}]`:"[unknown]"}else{i=frameIdentity(withoutArguments(i)).replace(/;/g,":").replace(/["']/g,"");if(r==="java"&&i.includes("/"))i=i.replace(/^L/,"")}if(/^\[|vmlinux$/.test(t)&&!t.includes("unknown"))i+="_[k]";return i}var ye=undefined&&undefined.__classPrivateFieldGet||function(e,t,r,i){if(r==="a"&&!i)throw new TypeError("Private accessor was defined without a getter");if(typeof t==="function"?e!==t||!i:!t.has(e))throw new TypeError("Cannot read private member from an object whose class did not declare it");return r==="m"?i:r==="a"?i.call(e):i?i.value:t.get(e)};var be,we;
/*!
 * Private helpers. These are only used by other helpers.
 */const xe=2n**32n-1n;const $e=2**32-1;const Se=$e+1;const ke=typeof Buffer==="undefined"?e=>(new TextEncoder).encode(e):e=>Buffer.from(e,"utf8");function countNumberBytes(e){if(!e.length)return 0;let t=0;while(t<e.length&&e[t++]>=128);return t}function decodeBigNumber(e){if(!e.length)return BigInt(0);let t=BigInt(e[0]&127);let r=0;while(e[r++]>=128){t|=BigInt(e[r]&127)<<BigInt(7*r)}return t}function makeValue(e,t=0){return{value:e,offset:t}}function getValue(e,t){switch(e){case _e:for(let e=0;e<t.length;e++){if(!(t[e]&128)){return makeValue(t.subarray(0,e+1))}}return makeValue(t);case Ae:{const e=countNumberBytes(t);const r=decodeNumber(t);return makeValue(t.subarray(e,Number(r)+e),e)}default:throw new Error(`Unrecognized value type: ${e}`)}}function lowBits(e){return typeof e!=="bigint"?(e>>>0)%Se:Number(e&xe)}function highBits(e){return typeof e!=="bigint"?e/Se>>>0:Number(e>>32n&xe)}function esm_long(e){const t=e<0;if(t)e=-e;let r=lowBits(e);let i=highBits(e);if(t){i=~i>>>0;r=~r>>>0;if(++r>$e){r=0;if(++i>$e){i=0}}}return[i,r]}const _e=0;const Ae=2;function decodeNumber(e){const t=countNumberBytes(e);if(t>4)return decodeBigNumber(e);if(!e.length)return 0;let r=e[0]&127;let i=0;while(e[i++]>=128){r|=(e[i]&127)<<7*i}return r}function decodeNumbers(e){const t=[];let r=0;for(let i=0;i<e.length;i++){if((e[i]&128)===0){t.push(decodeNumber(e.subarray(r,i+1)));r=i+1}}return t}function push(e,t){if(t==null){return[e]}t.push(e);return t}function pushAll(e,t){if(t==null){return e}for(const r of e){t.push(r)}return t}function measureNumber(e){if(e===0||e===0n)return 0;const[t,r]=esm_long(e);const i=r;const o=(r>>>28|t<<4)>>>0;const a=t>>>24;if(a!==0){return a<128?9:10}if(o!==0){if(o<16384){return o<128?5:6}return o<2097152?7:8}if(i<16384){return i<128?1:2}return i<2097152?3:4}function measureValue(e){if(typeof e==="undefined")return 0;if(typeof e==="number"||typeof e==="bigint"){return measureNumber(e)||1}return e.length}function measureArray(e){let t=0;for(const r of e){t+=measureValue(r)}return t}function measureNumberField(e){const t=measureNumber(e);return t?1+t:0}function measureNumberArrayField(e){let t=0;for(const r of e){t+=measureNumber(r)||1}return t?1+measureNumber(t)+t:0}function measureLengthDelimField(e){const t=measureValue(e);return t?1+measureNumber(t)+t:0}function measureLengthDelimArrayField(e){let t=0;for(const r of e){t+=measureLengthDelimField(r)}return t}function encodeNumber(e,t,r){if(r===0||r===0n){e[t++]=0;return t}let[i,o]=esm_long(r);while(i){e[t++]=o&127|128;o=(o>>>7|i<<25)>>>0;i>>>=7}while(o>127){e[t++]=o&127|128;o=o>>>7}e[t++]=o;return t}const Ne=Symbol();class StringTable{constructor(e){this.strings=new Array;be.set(this,new Array);we.set(this,new Map);if(e!==Ne){this.dedup("")}}get encodedLength(){let e=0;for(const t of ye(this,be,"f")){e+=t.length}return e}_encodeToBuffer(e,t){for(const r of ye(this,be,"f")){e.set(r,t);t+=r.length}return t}encode(e=new Uint8Array(this.encodedLength)){this._encodeToBuffer(e,0);return e}static _encodeStringFromUtf8(e){const t=new Uint8Array(1+e.length+(measureNumber(e.length)||1));let r=0;t[r++]=50;r=encodeNumber(t,r,e.length);if(e.length>0){t.set(e,r)}return t}static _encodeString(e){return StringTable._encodeStringFromUtf8(ke(e))}dedup(e){if(typeof e==="number")return e;if(!ye(this,we,"f").has(e)){const t=this.strings.push(e)-1;ye(this,we,"f").set(e,t);ye(this,be,"f").push(StringTable._encodeString(e))}return ye(this,we,"f").get(e)}_decodeString(e){const t=(new TextDecoder).decode(e);ye(this,we,"f").set(t,this.strings.push(t)-1);ye(this,be,"f").push(StringTable._encodeStringFromUtf8(e))}}be=new WeakMap,we=new WeakMap;function decode(e,t){const r={};let i=0;while(i<e.length){const o=e[i]>>3;const a=e[i]&7;i++;const{offset:l,value:c}=getValue(a,e.subarray(i));i+=c.length+l;t(r,o,c)}return r}class ValueType{static create(e){return e instanceof ValueType?e:new ValueType(e)}constructor(e){this.type=e.type||0;this.unit=e.unit||0}get length(){let e=0;e+=measureNumberField(this.type);e+=measureNumberField(this.unit);return e}_encodeToBuffer(e,t=0){if(this.type){e[t++]=8;t=encodeNumber(e,t,this.type)}if(this.unit){e[t++]=16;t=encodeNumber(e,t,this.unit)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.type=decodeNumber(r);break;case 2:e.unit=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Label{static create(e){return e instanceof Label?e:new Label(e)}constructor(e){this.key=e.key||0;this.str=e.str||0;this.num=e.num||0;this.numUnit=e.numUnit||0}get length(){let e=0;e+=measureNumberField(this.key);e+=measureNumberField(this.str);e+=measureNumberField(this.num);e+=measureNumberField(this.numUnit);return e}_encodeToBuffer(e,t=0){if(this.key){e[t++]=8;t=encodeNumber(e,t,this.key)}if(this.str){e[t++]=16;t=encodeNumber(e,t,this.str)}if(this.num){e[t++]=24;t=encodeNumber(e,t,this.num)}if(this.numUnit){e[t++]=32;t=encodeNumber(e,t,this.numUnit)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.key=decodeNumber(r);break;case 2:e.str=decodeNumber(r);break;case 3:e.num=decodeNumber(r);break;case 4:e.numUnit=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Sample{static create(e){return e instanceof Sample?e:new Sample(e)}constructor(e){this.locationId=e.locationId||[];this.value=e.value||[];this.label=(e.label||[]).map(Label.create)}get length(){let e=0;e+=measureNumberArrayField(this.locationId);e+=measureNumberArrayField(this.value);e+=measureLengthDelimArrayField(this.label);return e}_encodeToBuffer(e,t=0){if(this.locationId.length){e[t++]=10;t=encodeNumber(e,t,measureArray(this.locationId));for(const r of this.locationId){t=encodeNumber(e,t,r)}}if(this.value.length){e[t++]=18;t=encodeNumber(e,t,measureArray(this.value));for(const r of this.value){t=encodeNumber(e,t,r)}}for(const r of this.label){e[t++]=26;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.locationId=pushAll(decodeNumbers(r),e.locationId);break;case 2:e.value=pushAll(decodeNumbers(r),e.value);break;case 3:e.label=push(Label.decode(r),e.label);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Mapping{static create(e){return e instanceof Mapping?e:new Mapping(e)}constructor(e){this.id=e.id||0;this.memoryStart=e.memoryStart||0;this.memoryLimit=e.memoryLimit||0;this.fileOffset=e.fileOffset||0;this.filename=e.filename||0;this.buildId=e.buildId||0;this.hasFunctions=!!e.hasFunctions;this.hasFilenames=!!e.hasFilenames;this.hasLineNumbers=!!e.hasLineNumbers;this.hasInlineFrames=!!e.hasInlineFrames}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.memoryStart);e+=measureNumberField(this.memoryLimit);e+=measureNumberField(this.fileOffset);e+=measureNumberField(this.filename);e+=measureNumberField(this.buildId);e+=measureNumberField(this.hasFunctions?1:0);e+=measureNumberField(this.hasFilenames?1:0);e+=measureNumberField(this.hasLineNumbers?1:0);e+=measureNumberField(this.hasInlineFrames?1:0);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.memoryStart){e[t++]=16;t=encodeNumber(e,t,this.memoryStart)}if(this.memoryLimit){e[t++]=24;t=encodeNumber(e,t,this.memoryLimit)}if(this.fileOffset){e[t++]=32;t=encodeNumber(e,t,this.fileOffset)}if(this.filename){e[t++]=40;t=encodeNumber(e,t,this.filename)}if(this.buildId){e[t++]=48;t=encodeNumber(e,t,this.buildId)}if(this.hasFunctions){e[t++]=56;t=encodeNumber(e,t,1)}if(this.hasFilenames){e[t++]=64;t=encodeNumber(e,t,1)}if(this.hasLineNumbers){e[t++]=72;t=encodeNumber(e,t,1)}if(this.hasInlineFrames){e[t++]=80;t=encodeNumber(e,t,1)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.memoryStart=decodeNumber(r);break;case 3:e.memoryLimit=decodeNumber(r);break;case 4:e.fileOffset=decodeNumber(r);break;case 5:e.filename=decodeNumber(r);break;case 6:e.buildId=decodeNumber(r);break;case 7:e.hasFunctions=!!decodeNumber(r);break;case 8:e.hasFilenames=!!decodeNumber(r);break;case 9:e.hasLineNumbers=!!decodeNumber(r);break;case 10:e.hasInlineFrames=!!decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Line{static create(e){return e instanceof Line?e:new Line(e)}constructor(e){this.functionId=e.functionId||0;this.line=e.line||0;this.column=e.column||0}get length(){let e=0;e+=measureNumberField(this.functionId);e+=measureNumberField(this.line);e+=measureNumberField(this.column);return e}_encodeToBuffer(e,t=0){if(this.functionId){e[t++]=8;t=encodeNumber(e,t,this.functionId)}if(this.line){e[t++]=16;t=encodeNumber(e,t,this.line)}if(this.column){e[t++]=24;t=encodeNumber(e,t,this.column)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.functionId=decodeNumber(r);break;case 2:e.line=decodeNumber(r);break;case 3:e.column=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Location{static create(e){return e instanceof Location?e:new Location(e)}constructor(e){this.id=e.id||0;this.mappingId=e.mappingId||0;this.address=e.address||0;this.line=(e.line||[]).map(Line.create);this.isFolded=!!e.isFolded}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.mappingId);e+=measureNumberField(this.address);e+=measureLengthDelimArrayField(this.line);e+=measureNumberField(this.isFolded?1:0);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.mappingId){e[t++]=16;t=encodeNumber(e,t,this.mappingId)}if(this.address){e[t++]=24;t=encodeNumber(e,t,this.address)}for(const r of this.line){e[t++]=34;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}if(this.isFolded){e[t++]=40;t=encodeNumber(e,t,1)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.mappingId=decodeNumber(r);break;case 3:e.address=decodeNumber(r);break;case 4:e.line=push(Line.decode(r),e.line);break;case 5:e.isFolded=!!decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Function{static create(e){return e instanceof Function?e:new Function(e)}constructor(e){this.id=e.id||0;this.name=e.name||0;this.systemName=e.systemName||0;this.filename=e.filename||0;this.startLine=e.startLine||0}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.name);e+=measureNumberField(this.systemName);e+=measureNumberField(this.filename);e+=measureNumberField(this.startLine);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.name){e[t++]=16;t=encodeNumber(e,t,this.name)}if(this.systemName){e[t++]=24;t=encodeNumber(e,t,this.systemName)}if(this.filename){e[t++]=32;t=encodeNumber(e,t,this.filename)}if(this.startLine){e[t++]=40;t=encodeNumber(e,t,this.startLine)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.name=decodeNumber(r);break;case 3:e.systemName=decodeNumber(r);break;case 4:e.filename=decodeNumber(r);break;case 5:e.startLine=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Profile{constructor(e={}){this.sampleType=(e.sampleType||[]).map(ValueType.create);this.sample=(e.sample||[]).map(Sample.create);this.mapping=(e.mapping||[]).map(Mapping.create);this.location=(e.location||[]).map(Location.create);this.function=(e.function||[]).map(Function.create);this.stringTable=e.stringTable||new StringTable;this.dropFrames=e.dropFrames||0;this.keepFrames=e.keepFrames||0;this.timeNanos=e.timeNanos||0;this.durationNanos=e.durationNanos||0;this.periodType=e.periodType?ValueType.create(e.periodType):undefined;this.period=e.period||0;this.comment=e.comment||[];this.defaultSampleType=e.defaultSampleType||0;this.docUrl=e.docUrl||0}get length(){let e=0;e+=measureLengthDelimArrayField(this.sampleType);e+=measureLengthDelimArrayField(this.sample);e+=measureLengthDelimArrayField(this.mapping);e+=measureLengthDelimArrayField(this.location);e+=measureLengthDelimArrayField(this.function);e+=this.stringTable.encodedLength;e+=measureNumberField(this.dropFrames);e+=measureNumberField(this.keepFrames);e+=measureNumberField(this.timeNanos);e+=measureNumberField(this.durationNanos);e+=measureLengthDelimField(this.periodType);e+=measureNumberField(this.period);e+=measureNumberArrayField(this.comment);e+=measureNumberField(this.defaultSampleType);e+=measureNumberField(this.docUrl);return e}_encodeSampleTypesToBuffer(e,t=0){for(const r of this.sampleType){e[t++]=10;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeSamplesToBuffer(e,t=0){for(const r of this.sample){e[t++]=18;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeMappingsToBuffer(e,t=0){for(const r of this.mapping){e[t++]=26;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeLocationsToBuffer(e,t=0){for(const r of this.location){e[t++]=34;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeFunctionsToBuffer(e,t=0){for(const r of this.function){e[t++]=42;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeBasicValuesToBuffer(e,t=0){if(this.dropFrames){e[t++]=56;t=encodeNumber(e,t,this.dropFrames)}if(this.keepFrames){e[t++]=64;t=encodeNumber(e,t,this.keepFrames)}if(this.timeNanos){e[t++]=72;t=encodeNumber(e,t,this.timeNanos)}if(this.durationNanos){e[t++]=80;t=encodeNumber(e,t,this.durationNanos)}if(typeof this.periodType!=="undefined"){e[t++]=90;t=encodeNumber(e,t,this.periodType.length);t=this.periodType._encodeToBuffer(e,t)}if(this.period){e[t++]=96;t=encodeNumber(e,t,this.period)}if(this.comment.length){e[t++]=106;t=encodeNumber(e,t,measureArray(this.comment));for(const r of this.comment){t=encodeNumber(e,t,r)}}if(this.defaultSampleType){e[t++]=112;t=encodeNumber(e,t,this.defaultSampleType)}if(this.docUrl){e[t++]=120;t=encodeNumber(e,t,this.docUrl)}return t}_encodeToBuffer(e,t=0){t=this._encodeSampleTypesToBuffer(e,t);t=this._encodeSamplesToBuffer(e,t);t=this._encodeMappingsToBuffer(e,t);t=this._encodeLocationsToBuffer(e,t);t=this._encodeFunctionsToBuffer(e,t);t=this.stringTable._encodeToBuffer(e,t);t=this._encodeBasicValuesToBuffer(e,t);return t}async _encodeToBufferAsync(e,t=0){t=this._encodeSampleTypesToBuffer(e,t);await new Promise(setImmediate);t=this._encodeSamplesToBuffer(e,t);await new Promise(setImmediate);t=this._encodeMappingsToBuffer(e,t);await new Promise(setImmediate);t=this._encodeLocationsToBuffer(e,t);await new Promise(setImmediate);t=this._encodeFunctionsToBuffer(e,t);await new Promise(setImmediate);t=this.stringTable._encodeToBuffer(e,t);await new Promise(setImmediate);t=this._encodeBasicValuesToBuffer(e,t);return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}async encodeAsync(e=new Uint8Array(this.length)){await this._encodeToBufferAsync(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.sampleType=push(ValueType.decode(r),e.sampleType);break;case 2:e.sample=push(Sample.decode(r),e.sample);break;case 3:e.mapping=push(Mapping.decode(r),e.mapping);break;case 4:e.location=push(Location.decode(r),e.location);break;case 5:e.function=push(Function.decode(r),e.function);break;case 6:{if(e.stringTable===undefined){e.stringTable=new StringTable(Ne)}e.stringTable._decodeString(r);break}case 7:e.dropFrames=decodeNumber(r);break;case 8:e.keepFrames=decodeNumber(r);break;case 9:e.timeNanos=decodeNumber(r);break;case 10:e.durationNanos=decodeNumber(r);break;case 11:e.periodType=ValueType.decode(r);break;case 12:e.period=decodeNumber(r);break;case 13:e.comment=pushAll(decodeNumbers(r),e.comment);break;case 14:e.defaultSampleType=decodeNumber(r);break;case 15:e.docUrl=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}function checkFraming(e,t){let r=0;const varint=()=>{if(r<e.length&&e[r]<128)return e[r++];let t=0;let i=0;while(r<e.length){const o=e[r++];if(i<49)t+=(o&127)*2**i;i+=7;if((o&128)===0)return t;if(i>70)return null}return null};while(r<e.length){const i=r;const o=varint();if(o===null)return`a truncated protobuf (field tag at byte ${i} runs past the end)`;const a=o%8;const l=Math.floor(o/8);if(l===0)return`not a protobuf (field number 0 at byte ${i})`;if(t&&l<t.length)t[l]++;if(a===0){if(varint()===null)return`a truncated protobuf (field ${l} at byte ${i} runs past the end)`}else if(a===1||a===5){r+=a===1?8:4}else if(a===2){const t=varint();if(t===null||r+t>e.length){return`a truncated protobuf (field ${l} at byte ${i} claims ${t??"?"} bytes, ${e.length-r} remain)`}r+=t}else{return`not a pprof protobuf (wire type ${a} at byte ${i})`}if(r>e.length)return`a truncated protobuf (field ${l} at byte ${i} runs past the end)`}return null}function unsymbolizedName(e){if(e==="")return"[unknown]";const t=e.replace(/^.*[/\\]/,"");return t.startsWith("[")?t:`[${t}]`}function duplicateId(e,t){if(t===0||t==="0")return`a ${e} with the reserved id 0, expected ids from 1 (go tool pprof refuses it too)`;return`more than one ${e} with the id ${t}, expected each ${e} id once (go tool pprof refuses them too)`}function negativeValue(e,t,r){return new UnusableProfile(`sample ${t} has the value ${e} (${r.type}/${r.unit}), below zero: a saved difference of two profiles (pprof -diff_base -proto), not a profile`,"the two profiles it was made from, as --baseline and --candidate")}function profileTime(e){const t=e/1e6;return Number.isFinite(t)&&t>0&&t<Date.UTC(2200,0,1)?{time:t}:{}}class LabelFilter{options;counts=new Map;keys=new Set;kept=0;constructor(e){this.options=e}sawKey(e){this.keys.add(e)}keep(e,t=1){this.counts.set(e,(this.counts.get(e)??0)+t);const r=this.options.value===undefined||e===this.options.value;if(r)this.kept+=t;return r}result(){return{key:this.options.key,values:[...this.counts].sort(([e],[t])=>e<t?-1:e>t?1:0),kept:this.kept,keys:[...this.keys].sort()}}}function idKey(e){if(e===undefined)return"0";return typeof e==="bigint"?BigInt.asUintN(64,e).toString():String(e)}function toNumber(e){if(e===undefined)return 0;return typeof e==="bigint"?Number(BigInt.asIntN(64,e)):e}function tryParsePprof(e,t,r){const i=checkFraming(e);if(i)return{reason:i};let o;try{o=Profile.decode(e)}catch(e){return{reason:`not a valid protobuf (${e.message})`}}const a=o.stringTable.strings;const str=(e,t)=>{const r=toNumber(e);if(r<0||r>=a.length)throw new PprofShapeError(`${t} names string ${r}, but the string table has ${a.length}`);return a[r]};try{if(a.length===0||a[0]!=="")return{reason:'no protobuf string table starting with "" (not a pprof profile)'};if(o.sampleType.length===0)return{reason:"a protobuf with no sample types (a pprof profile needs at least one)"};const e=o.sampleType.map((e,t)=>({type:str(e.type,`sample type ${t}`),unit:str(e.unit,`sample type ${t}`)}));const i=e.length;const l=new CallTreeBuilder(i,1024,t);const c=new Map;for(const e of o.function){let t=str(e.name,"function");if(t==="")t=str(e.systemName,"function");const r=idKey(e.id);if(r==="0"||c.has(r))throw new PprofShapeError(duplicateId("function",r));c.set(r,{name:t,file:str(e.filename,"function"),line:Number(e.startLine)})}const u=new Map;for(const e of o.mapping){const t=idKey(e.id);if(t==="0"||u.has(t))throw new PprofShapeError(duplicateId("mapping",t));u.set(t,str(e.filename,"mapping"))}const f=new Map;for(const e of o.location){const t=[];for(let r=e.line.length-1;r>=0;r--){const i=idKey(e.line[r].functionId);const o=c.get(i);if(!o)throw new PprofShapeError(`location ${idKey(e.id)} names function ${i}, which the profile does not define`);t.push(l.functionId(o.name||`<unknown function ${i}>`,o.file,"",o.line))}if(t.length===0){const r=u.get(idKey(e.mappingId))??"";t.push(l.functionId(unsymbolizedName(r),"",r))}const r=idKey(e.id);if(r==="0"||f.has(r))throw new PprofShapeError(duplicateId("location",r));f.set(r,t)}const p=new Float64Array(i);const h=new Float64Array(i).fill(Infinity);const d=[];const m=r?new LabelFilter(r):undefined;for(const[t,r]of o.sample.entries()){if(r.value.length!==i){throw new PprofShapeError(`a sample has ${r.value.length} values, expected one per sample type (${i})`)}if(m){for(const e of r.label)if(toNumber(e.str)!==0)m.sawKey(str(e.key,"label"));const e=r.label.find(e=>toNumber(e.str)!==0&&str(e.key,"label")===m.options.key);if(!m.keep(e?str(e.str,"label"):""))continue}for(let o=0;o<i;o++){const i=p[o]=toNumber(r.value[o]);if(i<0)throw negativeValue(i,t,e[o]);if(i>0&&i<h[o])h[o]=i}d.length=0;for(let e=r.locationId.length-1;e>=0;e--){const t=idKey(r.locationId[e]);const i=f.get(t);if(!i)throw new PprofShapeError(`a sample names location ${t}, which the profile does not define`);for(const e of i)d.push(e)}l.addStack(d,p,1)}let v=i-1;const y=toNumber(o.defaultSampleType);if(y>0){const t=str(y,"default_sample_type");const r=e.findIndex(e=>e.type===t);if(r>=0)v=r}const b=toNumber(o.period);const w=o.periodType&&b>0?{value:b,unit:str(o.periodType.unit,"period_type")}:undefined;const x=l.notes();const $=eventValuesOf(e,w,h,x);return{profile:{format:"pprof",sampleTypes:e,defaultSampleType:v,tree:l.build(),...w?{period:w}:{},...profileTime(toNumber(o.timeNanos)),...m?{labels:m.result()}:{},eventValues:$,notes:x}}}catch(e){if(e instanceof PprofShapeError)return{reason:`a broken pprof profile: ${e.message}`};throw e}}class PprofShapeError extends Error{}const Ee=5;class Shape extends Error{}class BigIds extends Error{}const isBigId=e=>!(e>=0&&e<2**53);class Reader{bytes;end;pos;constructor(e,t=0,r=e.length){this.bytes=e;this.end=r;this.pos=t}reset(e,t){this.pos=e;this.end=t}varint(){const e=this.bytes;if(this.pos<this.end&&e[this.pos]<128)return e[this.pos++];let t=0;let r=0;for(let i=0;;i++){if(this.pos>=this.end)throw new Shape("a varint runs past the end of its message");if(i===10)throw new Shape("a varint longer than 10 bytes");const o=e[this.pos++];const a=o&127;if(i<4)t|=a<<7*i;else if(i===4){t|=a<<28;r=a>>>4}else r|=a<<7*i-32;if((o&128)===0)break}return(r|0)*4294967296+(t>>>0)}skip(e){if(e===0)this.varint();else if(e===1)this.pos+=8;else if(e===5)this.pos+=4;else if(e===2){const e=this.varint();this.pos+=e}else throw new Shape(`wire type ${e}`);if(this.pos>this.end)throw new Shape("a field runs past the end of its message")}spanEnd(){const e=this.varint();const t=this.pos+e;if(t>this.end)throw new Shape("a field runs past the end of its message");return t}}function tryParsePprofFast(e,t,r){const i=new Int32Array(16);const o=checkFraming(e,i);if(o)return{reason:o};try{return{profile:new PprofReader(e,i,t,r).profile()}}catch(i){if(i instanceof Shape)return{reason:`a broken pprof profile: ${i.message}`};if(i instanceof BigIds)return tryParsePprof(e,t,r);throw i}}class PprofReader{bytes;buffer;typeRefs=[];samples;sampleEnds=0;sampleBytes=0;locationIds;locationBounds;locationCount=0;functionFields;functionCount=0;stringBounds;stringCount=0;strings=[];mappingFiles=new Map;periodType;period=0;timeNanos=0;defaultType=0;inner;line;sample;packed;sampleTypes;smallest;builder;functionIndex;locationIndex;fnIds;frameStart;frameCount;frameList;frameEnd=0;lines=[];values;ids=new Float64Array(64);path=new Int32Array(256);idCount=0;locStart=-1;locEnd=-1;labelFilter;sampleLabel="";constructor(e,t,r,i){this.bytes=e;this.labelFilter=i?new LabelFilter(i):undefined;this.buffer=Buffer.from(e.buffer,e.byteOffset,e.byteLength);this.samples=new Int32Array(2*t[2]);this.locationIds=new Float64Array(t[4]);this.locationBounds=new Int32Array(2*t[4]);this.functionFields=new Float64Array(Ee*t[5]);this.stringBounds=new Int32Array(2*t[6]);this.inner=new Reader(e);this.line=new Reader(e);this.sample=new Reader(e);this.packed=new Reader(e);this.readTop();if(this.typeRefs.length===0)throw new Shape("no sample types (a pprof profile needs at least one)");this.sampleTypes=this.typeRefs.map(([e,t],r)=>({type:this.str(e,`sample type ${r}`),unit:this.str(t,`sample type ${r}`)}));this.values=new Float64Array(this.sampleTypes.length);this.smallest=new Float64Array(this.sampleTypes.length).fill(Infinity);this.builder=new CallTreeBuilder(this.sampleTypes.length,this.sampleBytes+1024,r);const{functionFields:o,locationIds:a}=this;this.functionIndex=new IdIndex(this.functionCount,e=>o[Ee*e],"function");this.fnIds=new Int32Array(this.functionCount).fill(-1);this.locationIndex=new IdIndex(this.locationCount,e=>a[e],"location");this.frameStart=new Int32Array(this.locationCount);this.frameCount=new Int32Array(this.locationCount);this.frameList=new Int32Array(this.locationCount*2+16)}readTop(){const{samples:e,locationIds:t,locationBounds:r,functionFields:i,stringBounds:o,inner:a}=this;const l=new Reader(this.bytes);while(l.pos<l.end){const c=l.varint();const u=Math.floor(c/8);const f=c&7;if(f===2&&(u===2||u===3||u===4||u===5||u===6)){const c=l.spanEnd();const f=l.pos;l.pos=c;if(u===2){e[this.sampleEnds++]=f;e[this.sampleEnds++]=c;this.sampleBytes+=c-f}else if(u===3){a.reset(f,c);const[e,t]=twoVarints(a,1,5);if(isBigId(e))throw new BigIds;if(e===0||this.mappingFiles.has(e))throw new Shape(duplicateId("mapping",e));this.mappingFiles.set(e,t)}else if(u===4){const e=this.locationCount++;t[e]=firstVarint(a,f,c);r[2*e]=f;r[2*e+1]=c}else if(u===5){const e=Ee*this.functionCount++;a.reset(f,c);while(a.pos<c){const t=a.varint();const r=t>>>3;if((t&7)!==0)a.skip(t&7);else if(r>=1&&r<=Ee)i[e+r-1]=a.varint();else a.varint()}}else{const e=this.stringCount++;o[2*e]=f;o[2*e+1]=c}}else if(u===1&&f===2)this.typeRefs.push(readValueType(l));else if(u===11&&f===2)this.periodType=readValueType(l);else if(u===12&&f===0)this.period=l.varint();else if(u===9&&f===0)this.timeNanos=l.varint();else if(u===14&&f===0)this.defaultType=l.varint();else if(u===0)throw new Shape("field number 0");else l.skip(f)}if(this.stringCount===0||o[1]!==o[0])throw new Shape('no string table starting with ""');this.strings=new Array(this.stringCount)}str(e,t){if(e<0||e>=this.stringCount)throw new Shape(`${t} names string ${e}, but the string table has ${this.stringCount}`);return this.strings[e]??=this.buffer.toString("utf8",this.stringBounds[2*e],this.stringBounds[2*e+1])}profile(){const{sampleTypes:e}=this;this.addSamples();let t=e.length-1;if(this.defaultType>0){const r=this.str(this.defaultType,"default_sample_type");const i=e.findIndex(e=>e.type===r);if(i>=0)t=i}const r=this.periodType&&this.period>0?{value:this.period,unit:this.str(this.periodType[1],"period_type")}:undefined;const i=this.builder.notes();const o=eventValuesOf(e,r,this.smallest,i);return{format:"pprof",sampleTypes:e,defaultSampleType:t,tree:this.builder.build(),...r?{period:r}:{},...profileTime(this.timeNanos),...this.labelFilter?{labels:this.labelFilter.result()}:{},eventValues:o,notes:i}}functionIdOf(e){const t=this.functionIndex.get(e);if(t<0)throw new Shape(`a location names function ${e}, which the profile does not define`);const r=this.fnIds[t];if(r>=0)return r;const i=Ee*t;const o=this.str(this.functionFields[i+1],"function")||this.str(this.functionFields[i+2],"function");return this.fnIds[t]=this.builder.functionId(o||`<unknown function ${e}>`,this.str(this.functionFields[i+3],"function"),"",this.functionFields[i+4])}slot(e){const t=this.locationIndex.get(e);if(t<0)throw new Shape(`a sample names location ${e}, which the profile does not define`);return t}decodeFrames(e){const{inner:t,lines:r}=this;const i=this.locationBounds[2*e+1];t.reset(this.locationBounds[2*e],i);r.length=0;let o=0;while(t.pos<i){const e=t.varint();const i=e>>>3;if(i===4&&(e&7)===2){const e=t.spanEnd();r.push(firstVarint(this.line,t.pos,e));t.pos=e}else if(i===2&&(e&7)===0)o=t.varint();else t.skip(e&7)}const a=Math.max(1,r.length);if(this.frameEnd+a>this.frameList.length)this.frameList=doubled(this.frameList,this.frameEnd+a);this.frameStart[e]=this.frameEnd;this.frameCount[e]=a;for(let e=r.length-1;e>=0;e--)this.frameList[this.frameEnd++]=this.functionIdOf(r[e]);if(r.length===0){const e=this.mappingFiles.get(o);const t=e===undefined?"":this.str(e,"mapping");this.frameList[this.frameEnd++]=this.builder.functionId(unsymbolizedName(t),"",t)}}pushId(e){if(this.idCount===this.ids.length)this.ids=doubled(this.ids);this.ids[this.idCount++]=e}scanSample(e){const{sample:t,packed:r,values:i}=this;const o=i.length;t.reset(this.samples[e],this.samples[e+1]);this.locStart=-1;this.locEnd=-1;this.idCount=0;this.sampleLabel="";let a=0;let l=0;while(t.pos<t.end){const e=t.varint();const c=e>>>3;const u=e&7;if(c===1){if(u===2){const e=t.spanEnd();const i=t.pos;t.pos=e;if(a++===0){this.locStart=i;this.locEnd=e}r.reset(i,e);if(a>1)while(r.pos<e)this.pushId(r.varint())}else if(u===0){a+=2;this.pushId(t.varint())}else t.skip(u)}else if(c===2){if(u===2){const e=t.spanEnd();r.reset(t.pos,e);t.pos=e;while(r.pos<e){const e=r.varint();if(l<o)i[l]=e;l++}}else if(u===0){const e=t.varint();if(l<o)i[l]=e;l++}else t.skip(u)}else if(c===3&&u===2&&this.labelFilter){const e=t.spanEnd();this.inner.reset(t.pos,e);t.pos=e;const[r,i]=twoVarints(this.inner,1,2);if(i!==0){const e=this.str(r,"label");this.labelFilter.sawKey(e);if(e===this.labelFilter.options.key)this.sampleLabel=this.str(i,"label")}}else t.skip(u)}if(l!==o)throw new Shape(`a sample has ${l} values, expected one per sample type (${o})`);if(a>1){const e=this.ids.slice(0,this.idCount);this.idCount=0;if(this.locStart>=0)this.decodePacked();for(const t of e)this.pushId(t);this.locStart=-1}}decodePacked(){const{packed:e,locEnd:t}=this;e.reset(this.locStart,t);while(e.pos<t)this.pushId(e.varint())}stackOf(){let e=0;let t=this.path;const{ids:r,frameCount:i,frameStart:o}=this;for(let a=this.idCount-1;a>=0;a--){const l=this.slot(r[a]);if(i[l]===0)this.decodeFrames(l);const c=i[l];if(e+c>t.length)t=this.path=doubled(t,e+c);const u=this.frameList;for(let r=o[l],i=r+c;r<i;r++)t[e++]=u[r]}return e}addSamples(){const{bytes:e,builder:t,values:r}=this;const i=new StackTable(e,this.sampleEnds/2);const{smallest:o}=this;const a=this.labelFilter;for(let e=0;e<this.sampleEnds;e+=2){this.scanSample(e);if(a&&!a.keep(this.sampleLabel))continue;for(let t=0;t<r.length;t++){const i=r[t];if(i<0)throw negativeValue(i,e/2,this.sampleTypes[t]);if(i>0&&i<o[t])o[t]=i}const{locStart:l,locEnd:c}=this;let u=0;if(l>=0){u=i.hash(l,c);const e=i.find(u,l,c);if(e>=0){t.add(e,r,1);continue}this.decodePacked()}const f=this.stackOf();const p=t.addStack(this.path,r,1,f);if(l>=0)i.add(u,l,c,p)}}}class StackTable{bytes;mask=1023;table=new Int32Array(this.mask+1).fill(-1);entryHash;entryStart;entryEnd;entryLeaf;entries=0;constructor(e,t){this.bytes=e;this.entryHash=new Int32Array(t);this.entryStart=new Int32Array(t);this.entryEnd=new Int32Array(t);this.entryLeaf=new Int32Array(t)}hash(e,t){const r=this.bytes;let i=t-e;for(let o=e;o<t;o++)i=Math.imul(i^r[o],16777619);i^=i>>>15;i=Math.imul(i,739982445);return i^i>>>12}find(e,t,r){const{table:i,mask:o,entryHash:a,entryStart:l,entryEnd:c}=this;for(let u=e&o,f=i[u];f!==-1;u=u+1&o,f=i[u]){if(a[f]===e&&this.sameBytes(t,r,l[f],c[f]))return this.entryLeaf[f]}return-1}add(e,t,r,i){const o=this.entries;this.entryHash[o]=e;this.entryStart[o]=t;this.entryEnd[o]=r;this.entryLeaf[o]=i;if(2*(o+1)>this.table.length){this.mask=this.table.length*2-1;this.table=new Int32Array(this.mask+1).fill(-1);for(let e=0;e<o;e++)this.insert(this.entryHash[e],e)}this.insert(e,this.entries++)}insert(e,t){let r=e&this.mask;while(this.table[r]!==-1)r=r+1&this.mask;this.table[r]=t}sameBytes(e,t,r,i){if(t-e!==i-r)return false;const o=this.bytes;for(let i=e,a=r;i<t;i++,a++)if(o[i]!==o[a])return false;return true}}class IdIndex{table;map;maxId;constructor(e,t,r){let i=0;for(let r=0;r<e;r++){if(isBigId(t(r)))throw new BigIds;i=Math.max(i,t(r))}this.maxId=i;if(i<=4*e+1024){this.table=new Int32Array(i+1).fill(-1);for(let i=0;i<e;i++){const e=t(i);if(e===0||e>0&&this.table[e]>=0)throw new Shape(duplicateId(r,e));this.table[e]=i}}else{this.map=new Map;for(let i=0;i<e;i++){if(t(i)===0||this.map.has(t(i)))throw new Shape(duplicateId(r,t(i)));this.map.set(t(i),i)}}}get(e){if(this.table)return e>=0&&e<=this.maxId?this.table[e]:-1;return this.map.get(e)??-1}}function firstVarint(e,t,r){e.reset(t,r);let i=0;while(e.pos<r){const t=e.varint();if(t>>>3===1&&(t&7)===0)i=e.varint();else e.skip(t&7)}return i}function readValueType(e){const t=e.spanEnd();const r=new Reader(e.bytes,e.pos,t);e.pos=t;return twoVarints(r,1,2)}function twoVarints(e,t,r){let i=0;let o=0;while(e.pos<e.end){const a=e.varint();const l=a>>>3;if((a&7)!==0)e.skip(a&7);else if(l===t)i=e.varint();else if(l===r)o=e.varint();else e.varint()}return[i,o]}function isSpeedscopeJson(e){if(!e||typeof e!=="object")return false;const t=e;return typeof t.$schema==="string"&&t.$schema.includes("speedscope")||Array.isArray(t.profiles)&&typeof t.shared==="object"&&t.shared!==null}class speedscope_Shape extends Error{}function sampleTypeOf(e){if(e==="bytes")return{type:"space",unit:"bytes"};if(e==="nanoseconds"||e==="microseconds"||e==="milliseconds"||e==="seconds")return{type:"time",unit:e};return{type:"samples",unit:"count"}}function tryParseSpeedscope(e,t,r,i){try{return{profile:parse(e,t,r,i)}}catch(e){if(e instanceof speedscope_Shape)return{reason:`a broken speedscope file: ${e.message}`};throw e}}function secondsPer(e,t){const r={nanoseconds:1e-9,microseconds:1e-6,milliseconds:.001,seconds:1};if(typeof e==="string"&&e in r)return r[e];throw new speedscope_Shape(`profile ${t} is in ${quoteValue(e)}, not a time, which --time-range and --skip need`)}const Te="profile";function parse(e,t,r,i){const o=r?new LabelFilter(r):undefined;const a=i?new WindowFilter(i):undefined;const l=e.shared?.frames;if(!Array.isArray(l))throw new speedscope_Shape('"shared.frames" is not a list');const c=e.profiles;if(!Array.isArray(c)||c.length===0)throw new speedscope_Shape('"profiles" is not a non-empty list');const u=sampleTypeOf(c[0]?.unit);const f=new CallTreeBuilder(1,1024,t);const p=commonRoot(l.map(e=>typeof e?.file==="string"?e.file:""));const h=l.map((e,t)=>{const r=e;if(!r||typeof r.name!=="string")throw new speedscope_Shape(`frame ${t} has no "name"`);const i=typeof r.file==="string"?relativeTo(r.file,p):"";const o=r.name===""?"[unknown]":r.name;const a=typeof r.line==="number"?r.line:0;return f.functionId(i!==""&&!o.endsWith(`(${i})`)?`${o} (${i})`:o,i,"",a)});const frameId=(e,t)=>{if(typeof e!=="number"||!Number.isInteger(e)||e<0||e>=h.length){throw new speedscope_Shape(`${t} names frame ${quoteValue(e)}, but there are ${h.length} frames`)}return h[e]};const d=new Float64Array(1);const m=[];c.forEach((e,t)=>{const r=e;if(!r||typeof r!=="object")throw new speedscope_Shape(`profile ${t} is not an object`);const i=sampleTypeOf(r.unit);if(i.unit!==u.unit)throw new speedscope_Shape(`profile ${t} is in ${quoteValue(r.unit)}, profile 0 in ${u.unit}`);if(o){const e=Array.isArray(r.samples)?r.samples.length:Array.isArray(r.events)?r.events.length:0;o.sawKey(Te);const t=o.options.key===Te&&typeof r.name==="string"?r.name:"";if(!o.keep(t,e))return}if(r.type==="sampled"){if(a)throw new speedscope_Shape(`profile ${t} is sampled: its samples have weights, not times, which --time-range and --skip need (an evented profile has them)`);const e=r.samples;const i=r.weights;if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} has no "samples" list`);if(i!==undefined&&(!Array.isArray(i)||i.length!==e.length)){throw new speedscope_Shape(`profile ${t} has ${Array.isArray(i)?i.length:"no"} weights for ${e.length} samples`)}e.forEach((e,r)=>{if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} sample ${r} is not a list of frames`);m.length=0;for(const i of e)m.push(frameId(i,`profile ${t} sample ${r}`));const o=i?i[r]:1;if(typeof o!=="number"||!(o>=0&&o<2**53))throw new speedscope_Shape(`profile ${t} weight ${r} is ${o===Infinity||typeof o==="number"&&o>=2**53?"of 2^53 or more":quoteValue(o)}, expected a number from 0 to below 2^53`);d[0]=o;f.addStack(m,d,1)})}else if(r.type==="evented"){const e=r.events;if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} has no "events" list`);const i=[];const o=[0];let l=0;const c=a?secondsPer(r.unit,t):0;const u=typeof r.startValue==="number"?r.startValue:0;e.forEach((e,r)=>{const p=e;const h=p?.at;if(!p||typeof h!=="number"||!(Math.abs(h)<=2**53))throw new speedscope_Shape(`profile ${t} event ${r} has ${h===undefined?'no time "at"':`the time ${quoteValue(h)}`}, expected a number within ±2^53`);if(h<l&&r>0)throw new speedscope_Shape(`profile ${t} event ${r} goes back in time (${h} after ${l})`);if(i.length>0&&h>l){d[0]=a?a.overlap((l-u)*c,(h-u)*c)/c:h-l;if(d[0]>0)f.add(o[o.length-1],d,1)}l=h;const m=frameId(p.frame,`profile ${t} event ${r}`);if(p.type==="O"){i.push(m);o.push(f.child(o[o.length-1],m))}else if(p.type==="C"){if(i.pop()!==m)throw new speedscope_Shape(`profile ${t} event ${r} closes a frame that is not the innermost open one`);o.pop()}else throw new speedscope_Shape(`profile ${t} event ${r} has type ${quoteValue(p.type)}, expected "O" or "C"`)});if(i.length>0)throw new speedscope_Shape(`profile ${t} ends with ${i.length} frame(s) still open`)}else throw new speedscope_Shape(`profile ${t} has type ${quoteValue(r.type)}, expected "sampled" or "evented"`)});return{format:"speedscope",sampleTypes:[u],defaultSampleType:0,tree:f.build(),...o?{labels:o.result()}:{},...a?{window:a.result()}:{},notes:f.notes()}}function parseProfile(e,t,r={}){return withinLimits(t,()=>parseAny(e,t,r))}function withinLimits(e,t){try{return t()}catch(t){if(t instanceof LimitError)throw new InputError(`${e}: ${t.message}; expected a profile within flamegate's limits`);if(t instanceof UnusableProfile)throw new InputError(`${e}: ${t.message}; expected ${t.expected}`);throw t}}function parseAny(e,t,r){const i=e instanceof Uint8Array?undefined:e;if((i?.bytes.length??e.length)===0)throw new InputError(`${t}: the file is empty, expected a profile (pprof, folded stacks or .cpuprofile)`);if(i&&!isGzip(i.head)&&!containerOf(i.head)&&!isUtf16(i.head)&&looksLikeText(i.head)){return parseText(TextLines.fromUtf8(i.bytes),()=>decodeText(i.readAll())??"",t,r)}const o=i?i.readAll():e;let a=o;for(let e=0;e<2&&isGzip(a);e++){const e=tryGunzip(a,r.maxDecompressedBytes??he);if("reason"in e)throw new InputError(`${t}: ${e.reason}`);a=e.bytes;if(a.length===0)throw new InputError(`${t}: gzip data that decompresses to nothing, expected a profile`)}const l=containerOf(a);if(l)throw new InputError(`${t}: ${l}, which flamegate does not open; expected a profile, raw or gzipped (decompress it first)`);const c=isUtf16(a);if(c){if(a.length>Ce)throw new InputError(`${t}: ${(a.length/2**20).toFixed(0)} MiB of UTF-16 text, over the ${Math.round(Ce/2**20)} MiB flamegate reads in UTF-16; expected a smaller file, or the same text in UTF-8, which is read in pieces`);const e=decodeText(a)??"";return parseText(TextLines.fromString(e),()=>e,t,r)}if(looksLikeText(a))return parseText(TextLines.fromUtf8(memoryBytes(a)),()=>decodeText(a)??"",t,r);const u=tryParsePprofFast(a,r.shared,r.label);if("reason"in u){const e=textWithNul(a);if(e)throw new InputError(`${t}: text with a NUL byte at line ${e.line} (byte ${e.byte}), which a text profile does not hold (as pprof: ${u.reason}); expected folded stacks or perf script output without NUL bytes (was the file cut short or padded by a crash?), or a pprof profile`);throw new InputError(`${t}: ${u.reason}; expected a pprof profile (gzipped or raw), folded stacks, perf script output, a V8 .cpuprofile or speedscope JSON`)}return u.profile}const Ie=/^\s*(?:\{\s*["}]|\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|(?:true|false|null)\s*[,\]]))/;function parseText(e,t,r,i){const o=e.body();if(Ie.test(o)){if(e.byteLength>Ce){throw new InputError(`${r}: ${(e.byteLength/2**20).toFixed(0)} MiB of JSON, over the ${Math.round(Ce/2**20)} MiB flamegate parses as JSON; expected a smaller file (record fewer seconds or split it), or pprof, which has no such limit`)}const o=t();let a;try{a=JSON.parse(o)}catch(e){throw new InputError(`${r}: JSON that does not parse (${e.message}), expected a V8 .cpuprofile or speedscope JSON`)}const l=isSpeedscopeJson(a)?tryParseSpeedscope(a,i.shared,i.label,i.window):isHeapProfileJson(a)?tryParseHeapProfile(a,i.shared):tryParseCpuProfile(a,i.shared,i.window);if("reason"in l)throw new InputError(`${r}: ${l.reason}`);return l.profile}if(looksLikeFlatPerfScript(o)){throw new UnusableProfile("perf script output without call stacks (each record one line, its address after the event): one frame a sample says nothing of callers","perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)")}if(looksLikePerfScript(o)){const t=tryParsePerfScript(e,i.shared,i.window);if("reason"in t)throw new InputError(`${r}: ${t.reason}`);return t.profile}const a=tryParseFolded(e,i.shared);if("reason"in a)throw new InputError(`${r}: text with ${a.reason}; expected folded stacks, perf script output, pprof, a .cpuprofile or speedscope JSON`);return a.profile}const Ce=512*2**20-24;function containerOf(e){const starts=(...t)=>e.length>=t.length&&t.every((t,r)=>e[r]===t);if(isGzip(e))return"gzip inside gzip inside gzip";if(starts(40,181,47,253))return"zstd-compressed data";if(starts(66,90,104)&&e[3]>=49&&e[3]<=57)return"bzip2-compressed data";if(starts(253,55,122,88,90,0))return"xz-compressed data";if(starts(80,75,3,4)||starts(80,75,5,6))return"a zip archive";return undefined}function decodeText(e){let t;const r=Buffer.from(e.buffer,e.byteOffset,e.byteLength);const i=isUtf16(e);if(i==="marked"){const e=Buffer.from(r.subarray(2,2+(r.length-2&~1)));if(r[0]===254)e.swap16();t=e.toString("utf16le")}else if(i==="unmarked"){t=r.toString("utf16le")}else{if(!looksLikeText(e))return null;t=decodeUtf8(r.subarray(r[0]===239&&r[1]===187&&r[2]===191?3:0))}return crToLf(t)}function isUtf16(e){if(e.length>=2&&(e[0]===255&&e[1]===254||e[0]===254&&e[1]===255))return"marked";const t=Buffer.from(e.buffer,e.byteOffset,e.byteLength);return t.length>=4&&t[0]!==0&&t[1]===0&&t[2]!==0&&t[3]===0&&isPlainText(t.toString("utf16le",0,4096))?"unmarked":false}function isPlainText(e){return!/[\u0000-\u0008\u000e-\u001f\u007f]/.test(e)}function textWithNul(e){const t=headBytes(e);if(t.nuls===0||t.controls>0||t.printable<8)return undefined;const r=e.indexOf(0);let i=1;for(let t=0;t<r;t++)if(e[t]===10||e[t]===13&&e[t+1]!==10)i++;return{line:i,byte:r}}function looksLikeText(e){const t=headBytes(e);return t.nuls===0&&(t.controls<8||t.controls*20<t.length)}function headBytes(e){const t=Math.min(e.length,4096);let r=0;let i=0;let o=0;for(let a=0;a<t;a++){const t=e[a];if(t===0)r++;else if(t<9||t>13&&t<32||t===127)i++;else if(t>=32)o++}return{length:t,nuls:r,controls:i,printable:o}}function expandInputs(e,t){const r=[];for(const i of e){let e;const o=tryStat(i);if(o?.isDirectory())throw new InputError(`${t} ${quote(i)}: is a directory, expected a profile file or a glob such as '${i.replace(/\/$/,"")}/*.pb.gz'`);if(o){e=[i]}else{e=globFiles(i).sort(naturalCompare);if(e.length===0){throw new InputError(/[*?[{]/.test(i)?`${t} ${quote(i)}: the glob matched no file`:`${t} ${quote(i)}: no such file`)}}for(const o of e){if(r.includes(o))continue;r.push(o);if(r.length>G.runs)throw new InputError(`${t} ${quote(i)}: more than ${G.runs} files, the limit a side; expected at most ${G.runs} runs (each file is one)`)}}return r}function globFiles(e){const t=e.split("/");const r=t.findIndex(e=>/[*?[\]{}()!]/.test(e));if(r<=0)return globSync(e,{onlyFiles:true,expandDirectories:false});const i=t.slice(0,r).join("/")||"/";const o=process.cwd();return globSync(t.slice(r).join("/"),{cwd:i,onlyFiles:true,expandDirectories:false}).map(e=>(0,l.relative)(o,(0,l.resolve)(i,e)))}function tryStat(e){try{return(0,a.statSync)(e)}catch{return undefined}}function naturalCompare(e,t){return e.localeCompare(t,"en",{numeric:true})}function totalSize(e){let t=0;for(const r of e){try{t+=(0,a.statSync)(r).size}catch{}}return t}function readProfiles(e,t,r){return e.map(e=>{const i=`${t} ${quote(e)}`;const failed=e=>{throw e instanceof InputError?e:cannotRead(i,e)};let o;try{o=(0,a.openSync)(e,a.constants.O_RDONLY|(a.constants.O_NONBLOCK??0))}catch(e){return failed(e)}try{let t;try{t=openProfileFile(o,i,r.maxDecompressedBytes??he)}catch(e){return failed(e)}const l=parseProfile(t,i,r);const c=t.stat;const u=(0,a.fstatSync)(o);if(u.size!==c.size||u.mtimeMs!==c.mtimeMs)throw new InputError(`${i}: changed while it was read (its size or modification time moved); expected a profile its profiler has finished writing`);return{source:e,profile:l}}finally{(0,a.closeSync)(o)}})}function openProfileFile(e,t,r){const i=(0,a.fstatSync)(e);if(!i.isFile())throw new InputError(`${t}: ${kindOf(i)}, expected a regular file holding a profile`);if(i.size>r)throw new InputError(`${t}: ${i.size} bytes, over the limit of ${r} a profile (--max-decompressed-size); expected a smaller profile`);const o=Buffer.alloc(Math.min(i.size,ae));const l=o.subarray(0,(0,a.readSync)(e,o,0,o.length,0));if(l.length>0&&l[0]===0)throw new InputError(`${t}: starts with a zero byte, which no profile format does (a sparse or zero-filled file?); expected a profile (pprof, folded stacks, perf script, .cpuprofile, speedscope)`);return{stat:i,head:l,bytes:fileBytes(e,i.size),readAll:()=>{try{return(0,a.readFileSync)(e)}catch(e){throw cannotRead(t,e)}}}}function cannotRead(e,t){return new InputError(`${e}: cannot be read (${t.code??t.message})`)}function kindOf(e){if(e.isFIFO())return"a FIFO (named pipe)";if(e.isCharacterDevice())return"a character device";if(e.isBlockDevice())return"a block device";if(e.isSocket())return"a socket";if(e.isDirectory())return"a directory";return"not a regular file"}function selectSampleType(e,t,r){const i=[...e.map(e=>({...e,side:"baseline"})),...t.map(e=>({...e,side:"candidate"}))];const{sampleType:o,runs:a}=selectSampleTypeOf(i,r);return{sampleType:o,baseline:a.slice(0,e.length),candidate:a.slice(e.length)}}function selectSampleTypeOf(e,t){if(e.length===0)throw new InputError("no profiles to read");const r=e[0];let i;if(t!==undefined){const e=findType(r.profile.sampleTypes,t);if(e<0)throw new InputError(`${r.side} ${quote(r.source)}: no sample type ${quote(t)}; it has ${listTypes(r.profile.sampleTypes)}`);i=r.profile.sampleTypes[e]}else{i=r.profile.sampleTypes[r.profile.defaultSampleType]}const o=getUnitScale(i.unit);const toRun=e=>{const t=e.profile.sampleTypes;const a=findType(t,i.type);if(a<0){const o=t[e.profile.defaultSampleType];const a=t.filter(e=>findType(r.profile.sampleTypes,e.type)>=0);const l=a.length>0?`both have ${listTypes(a)}: pick one with --sample-type`:"they share no sample type: compare each kind on its own (in the action, a step and a key each)";throw new InputError(`${e.side} ${quote(e.source)}: measures ${o.type}/${o.unit}, not ${i.type}/${i.unit} like ${r.side} ${quote(r.source)}; profiles of different kinds cannot be compared (it has ${listTypes(t)}; ${l})`)}const l=getUnitScale(t[a].unit);if(l.dimension!==o.dimension){throw new InputError(`${e.side} ${quote(e.source)}: ${i.type} is in ${t[a].unit}, but in ${i.unit} in ${r.side} ${quote(r.source)}; expected the same unit`)}return{source:e.source,profile:e.profile,typeIndex:a,scale:l.scale/o.scale}};return{sampleType:i,runs:e.map(toRun)}}function findType(e,t){const r=e.findIndex(e=>e.type===t||`${e.type}/${e.unit}`===t);return r>=0?r:e.findIndex(e=>e.type.toLowerCase()===t.toLowerCase())}function listTypes(e){return e.map(e=>`${e.type}/${e.unit}`).join(", ")}function alignTrees(e,t){const r=[...e,...t].map(e=>{const{tree:t,sampleTypes:r}=e.profile;const i=findEventType(r,e.typeIndex);const o=e.profile.eventValues?.[e.typeIndex]??0;const a=i>=0?t.leafSelf[i]:o>0?t.leafSelf[e.typeIndex].map(e=>e/o):t.leafRecords;return{tree:t,values:t.leafSelf[e.typeIndex],scale:e.scale,events:a}});const i=differentOnlyRoots(r);if(!i)return Object.assign(alignColumns(r),{baselineRuns:e.length});const o=new SharedTable;const a=i.names[i.names.length-1];const l=r.map(e=>({...e,tree:absorbTree(e.tree,o,a)}));const c=alignShared(l,o.nodes??new NodeTable(1),o.names,o.files,o.modules,o.lines);return Object.assign(c,{baselineRuns:e.length,mergedRoots:i.names})}function differentOnlyRoots(e){if(e.length<2)return undefined;const t=[];const r=new Map;for(const{tree:i,values:o}of e){const{parent:e,func:a,leaves:l}=i;let c=r.get(e);if(!c){c=new Int32Array(e.length);for(let t=1;t<e.length;t++)c[t]=e[t]===0?t:c[e[t]];r.set(e,c)}let u=-1;for(let e=0;e<l.length;e++){if(o[e]===0||l[e]===0)continue;const t=c[l[e]];if(u===-1)u=t;else if(t!==u)return undefined}if(u===-1)return undefined;const f=i.names[a[u]];if(!t.includes(f))t.push(f)}return t.length>1?{names:t}:undefined}function alignColumns(e){const t=e[0]?.tree.shared;if(t?.nodes&&e.every(e=>e.tree.shared===t))return alignShared(e,t.nodes,t.names,t.files,t.modules,t.lines);const r=new SharedTable;const i=e.map(e=>({...e,tree:absorbTree(e.tree,r)}));return alignShared(i,r.nodes??new NodeTable(1),r.names,r.files,r.modules,r.lines)}function alignShared(e,t,r,i,o,a){return finishAligned(t,r.slice(),i.slice(),o.slice(),Array.from(r,(e,t)=>a[t]??0),e.map(leavesOf))}function leavesOf(e){const{leaves:t}=e.tree;let r=0;for(let e=0;e<t.length;e++)if(t[e]!==0)r++;const i=new Int32Array(r);const o=new Float64Array(r);const a=new Float64Array(r);for(let r=0,l=0;r<t.length;r++){if(t[r]===0)continue;i[l]=t[r];o[l]=e.values[r]*e.scale;a[l++]=e.events[r]}return{nodes:i,self:o,events:a}}function finishAligned(e,t,r,i,o,a){const l=e.size;const c=e.parent.subarray(0,l);const sumUp=(e,t)=>{const r=new Float64Array(l);for(let i=0;i<e.length;i++)r[e[i]]+=t[i];for(let e=l-1;e>0;e--)r[c[e]]+=r[e];return r};return{parent:c,func:e.func.subarray(0,l),names:t,files:r,modules:i,lines:o,runs:a.length,leaves:a.map(e=>e.nodes),self:a.map(e=>e.self),inclusive:a.map(e=>sumUp(e.nodes,e.self)),leafEvents:a.map(e=>e.events),events:a.map(e=>e.events.reduce((e,t)=>e+t,0)),firstChild:e.firstChild.subarray(0,l),nextSibling:e.nextSibling.subarray(0,l)}}function computeFunctionValues(e,t,r=-1){const i=Object.assign(alignColumns([{tree:e,values:e.leafSelf[t],scale:1,events:r>=0?e.leafSelf[r]:e.leafRecords}]),{baselineRuns:1});return alignedFunctionValues(i)[0]}function alignedFunctionValues(e){const t=e.parent.length;const r=e.names.length;const{func:i,parent:o,inclusive:a,runs:l}=e;const c=new Uint8Array(t);const u=e.self.map((l,u)=>{const f=new Float64Array(r);const p=new Uint8Array(r);const h=e.leaves[u];const d=e.leafEvents[u];if(u>0)c.fill(0);for(let e=0;e<h.length;e++){f[i[h[e]]]+=l[e];if(l[e]!==0||d[e]!==0)c[h[e]]=1}for(let e=t-1;e>0;e--){if(c[e]===0)continue;c[o[e]]=1;p[i[e]]=1}return{self:f,total:new Float64Array(r),present:p,sum:t>0?a[u][0]:0,events:e.events[u]}});const f=new Int32Array(r);walk(e,e=>{const t=i[e];if(t<0)return;if(f[t]++!==0)return;for(let r=0;r<l;r++)u[r].total[t]+=a[r][e]},e=>{const t=i[e];if(t>=0)f[t]--});return u}function walk(e,t,r){const{parent:i,firstChild:o,nextSibling:a}=e;let l=i.length>0?0:-1;while(l>=0){t(l);if(o[l]>=0){l=o[l];continue}while(l>=0){r(l);const e=l>0?a[l]:-1;if(e>=0){l=e;break}l=i[l]}}}const Oe=.8;function findCallRelations(e,t,r){const i=new Map([...t].map(e=>[e,new Map]));const o=new Map([...t].map(e=>[e,{baseline:0,candidate:0}]));const{runs:a,baselineRuns:l}=e;const c=a-l;const u=e.inclusive.map((e,t)=>r.runScale(e[0])/(t<l?l:c));const f=e.names.map(e=>t.has(e));const p=new Int32Array(e.names.length);const h=[];walk(e,t=>{const r=e.func[t];if(!(r>=0&&f[r])||p[r]++!==0)return;let c=0;let d=0;for(let r=0;r<a;r++){const i=e.inclusive[r][t]*u[r];if(r<l)c+=i;else d+=i}const m=e.names[r];const v=o.get(m);v.baseline+=c;v.candidate+=d;const y=i.get(m);for(const t of h){const r=e.names[t];const i=y.get(r)??{baseline:0,candidate:0};i.baseline+=c;i.candidate+=d;y.set(r,i)}h.push(r)},t=>{const r=e.func[t];if(r>=0&&f[r]&&--p[r]===0)h.pop()});return{within:i,totals:o}}function attributeGrowth(e,t,r={}){const{isLibrary:i=()=>false,wouldBreak:o=()=>true,drift:a=()=>1,wholeProfile:l=()=>false,profileDrift:c=1}=r;const u=[...new Set(e)].sort();const rel=(e,r)=>t.within.get(e)?.get(r);const f=new Map;for(const[e,r]of t.within){for(const t of r.keys()){const r=f.get(t);if(r)r.push(e);else f.set(t,[e])}}const callersOf=e=>[...t.within.get(e)?.keys()??[]];const indexOf=e=>new Map(e.map((e,t)=>[e,t]));const among=(e,t)=>(e??[]).filter(e=>t.has(e)).sort((e,r)=>t.get(e)-t.get(r));const p=new Map(u.map(e=>{const r=t.totals.get(e);return[e,r?r.candidate/a(e)-r.baseline:0]}));const g=e=>p.get(e);const grewInside=(e,t)=>{const r=rel(t,e);return r?r.candidate/a(e)-r.baseline:0};const baselineTotal=e=>t.totals.get(e)?.baseline??0;const carriesIn=(e,t,r)=>t>0&&(t>=Oe*e||t>.5*e&&!o(r,e-t));const carries=(e,r,i)=>{if(carriesIn(g(e),i,e))return true;const o=t.totals.get(e);if(!o||c===1)return false;let a=0;for(const t of r){const r=rel(t,e);if(r)a+=r.candidate/c-r.baseline}return carriesIn(o.candidate/c-o.baseline,a,e)};const explains=(e,t)=>e!==t&&rel(e,t)!==undefined&&carries(t,[e],grewInside(t,e));const detailOf=(e,t)=>{const r=rel(e,t);const i=baselineTotal(e);return e!==t&&r!==undefined&&g(e)>0&&r.candidate/a(e)-r.baseline>=Oe*g(e)&&i>0&&i-r.baseline>=(1-Oe)*i};const largestFirst=(e,t)=>g(t)-g(e)||(e<t?-1:1);const h=u.filter(e=>i(e));const d=u.filter(e=>!i(e));const m=indexOf(d);const v=d.filter(e=>!among(f.get(e),m).some(t=>explains(t,e)));const y=new Map;for(const e of v){const t=[e];for(;;){const e=t[t.length-1];const r=among(callersOf(e),m).filter(r=>!t.includes(r)&&detailOf(e,r));if(r.length===0)break;const i=r.find(e=>r.every(t=>t===e||grewInside(t,e)>=Oe*g(e)));t.push(i??r.sort((e,t)=>baselineTotal(e)-baselineTotal(t)||(e<t?-1:1))[0])}const r=t.pop();y.set(r,[...new Set([...y.get(r)??[],...t])])}for(const[e,t]of y)y.set(e,t.filter(e=>!y.has(e)));let b=[...y.keys()];const coveredBy=(e,t)=>{const r=among(f.get(e),t).filter(t=>t!==e).sort((t,r)=>grewInside(e,r)-grewInside(e,t));const i=[];let o=0;for(const t of r){if(i.some(e=>rel(t,e)!==undefined||rel(e,t)!==undefined))continue;i.push(t);o+=grewInside(e,t)}return i.length>0&&carries(e,i,o)?i[0]:undefined};const w=new Map;const x=indexOf(b);for(const e of[...b].sort(largestFirst)){if(y.get(e).length>0)continue;const t=coveredBy(e,x);if(t!==undefined){w.set(e,t);x.delete(e)}}for(const[e,t]of w){let r=t;while(w.has(r))r=w.get(r);w.set(e,r)}b=b.filter(e=>!w.has(e));for(const e of w.keys())y.delete(e);const $=new Map(b.map(e=>[e,[]]));for(const[e,t]of w)$.get(t).push(e);const S=new Set([...b,...w.keys(),...[...y.values()].flat()]);const k=indexOf(b);const containerOf=e=>among(callersOf(e),k).filter(t=>grewInside(t,e)>0&&grewInside(t,e)>=Oe*g(e)).sort((e,t)=>g(e)-g(t)||(e<t?-1:1))[0];const ownerOf=(e,t)=>among(f.get(e),t).filter(t=>explains(t,e)).sort(largestFirst)[0];for(const e of d){if(S.has(e))continue;const t=ownerOf(e,k);const r=t===undefined?containerOf(e):undefined;if(t!==undefined)$.get(t).push(e);else if(r!==undefined)y.get(r).push(e);else $.set(e,[])}const _=[];for(const e of h){const t=containerOf(e);const r=ownerOf(e,k);if(t!==undefined)y.get(t).push(e);else if(r!==undefined)$.get(r).push(e);else _.push(e)}const A=indexOf(_);const N=_.filter(e=>!among(f.get(e),A).some(t=>explains(t,e)));const E=indexOf(N);for(const e of N)$.set(e,[]);for(const e of _){if(E.has(e))continue;const t=ownerOf(e,E);if(t===undefined)$.set(e,[]);else $.get(t).push(e)}const T=[...$.keys()];const I=indexOf(T);const C=new Map(T.map(e=>[e,g(e)-among(f.get(e),I).filter(t=>t!==e).reduce((t,r)=>t+Math.max(0,grewInside(e,r)),0)]));const rank=e=>l(e)?1:0;const causeFirst=(e,t)=>rank(e)-rank(t)||C.get(t)-C.get(e)||largestFirst(e,t);return T.sort(causeFirst).map(e=>({function:e,callers:$.get(e).sort((e,t)=>g(e)-g(t)||(e<t?-1:1)),into:(y.get(e)??[]).sort(largestFirst)}))}class measure_Measure{normalize;unit;share;constructor(e,t){this.normalize=e;this.unit=t;this.share=e==="total"}static of(e){return new measure_Measure(e.normalize,e.sampleType.unit)}get valueUnit(){return this.share?"share":this.unit}get description(){return this.share?"shares of each run's total":"absolute values"}runScale(e){return this.share?e>0?1/e:0:1}inRun(e,t){return this.share?t>0?e/t:0:e}of(e,t){if(this.share)return t==="self"?e.selfShare:e.totalShare;return t==="self"?e.self:e.total}whole(e){return this.share?1:e}points(e,t){return this.share?e:ratio(e,t)}amount(e,t){return(this.share?e*t:e)*getUnitScale(this.unit).scale}format(e){if(this.share)return`${(e*100).toFixed(Math.abs(e)>=.1?1:2)}%`;return formatValue(e,this.unit)}formatSigned(e){const t=e>0?"+":e<0?"-":"±";if(this.share)return`${t}${(Math.abs(e)*100).toFixed(1)} pts`;return`${t}${this.format(Math.abs(e))}`}formatChange(e,t,r){const i=[t===null?e>0?"new":"gone":formatPercent(t)];if(r!==null&&!this.share)i.push(`${formatPercent(r,false)} of total`);return`${this.formatSigned(e)} (${i.join(", ")})`}}function ratio(e,t){if(t!==0)return e/t;return e>0?Infinity:e<0?-Infinity:0}var Le=r(2484);var Me=r.n(Le);const Pe=4;const Fe=4;const Re=.02;const Be=.08;const je=3;const De=10;function mean(e){let t=0;for(let r=0;r<e.length;r++)t+=e[r];return e.length>0?t/e.length:0}function variance(e){const t=e.length;if(t<2)return 0;const r=mean(e);let i=0;for(let o=0;o<t;o++)i+=(e[o]-r)**2;return i/(t-1)}function estimateRunNoise(e,t,r,i){const o=[];const a=e[0]?.length??0;const l=t[0]?.length??0;if(a>=2||l>=2){for(let a=0;a<e.length;a++){let l=0;let c=0;for(const[o,u]of[[e[a],r],[t[a],i]]){if(o.length<2||!o.every(e=>e>0))continue;const e=o.map(e=>Math.log(e));l+=(variance(e)-u/mean(o))*(o.length-1);c+=o.length-1}if(c>0)o.push(l/c/chiSquareMedianOverDf(c))}if(o.length<je)return null;return Math.max(Re**2,quantile(o,.5))}for(let a=0;a<e.length;a++){const l=e[a][0];const c=t[a][0];if(!(l>0&&c>0))continue;o.push((Math.log(c/l)**2-r/l-i/c)/2)}if(o.length<De)return null;return Math.max(Be**2,quantile(o,.8)/1.642)}function chiSquare05(e){return e*Math.max(0,1-2/(9*e)-1.6449*Math.sqrt(2/(9*e)))**3}function chiSquare95(e){return e*(1-2/(9*e)+1.6449*Math.sqrt(2/(9*e)))**3}function chiSquareMedianOverDf(e){return(1-2/(9*e))**3}function quantile(e,t){const r=[...e].sort((e,t)=>e-t);const i=Math.min(r.length-1,Math.max(0,Math.ceil(t*r.length)-1));return r[i]}function moderatedTest(e,t,r,i){const o=e.length;const a=t.length;if(o===0||a===0)return 1;const l=i.runs;if(l&&l.length===o+a){e=Array.from(e,(e,t)=>e/l[t]);t=Array.from(t,(e,t)=>e/l[o+t])}const c=i.factor;const side=(e,t,i)=>{const o=t>0?t:Number.MIN_VALUE;const a=e.length;let l=0;for(let t=0;t<a;t++)l+=Math.log(Math.max(0,e[t]/i)+o);l/=a;let c=0;for(let t=0;t<a;t++)c+=(Math.log(Math.max(0,e[t]/i)+o)-l)**2;const u=a>=2?c/(a-1):0;const f=Math.max(0,Math.exp(l)/o-1);const p=f/(f+1)**2+r.phi2;const h=Pe+a-1;const d=(Pe*p+(a-1)*u)/h;const m=a>=2&&(a-1)*u>p*chiSquare95(a-1);const v=a>=Fe&&(a-1)*u<p*chiSquare05(a-1);const y=f/(f+1)**2;if(m)return{m:l,v:u/a,df:a-1};if(v)return{m:l,v:Math.max(u,y+Re**2)/a,df:a-1};return{m:l,v:Math.max(u,d)/a,df:h}};const u=side(e,r.weightB,1);const f=side(t,r.weightC,c);const p=(c!==1?i.se*i.se:0)+i.interaction;const h=u.v+f.v+p;if(!(h>0))return u.m===f.m?1:0;const d=(f.m-u.m)/Math.sqrt(h);if(o===1&&a===1)return zPValue(d);const m=(u.v+f.v)**2/(u.v*u.v/u.df+f.v*f.v/f.df);return tPValue(d,m)}function tPValue(e,t){if(!Number.isFinite(e))return 0;const i=r(6021);return Math.min(1,2*i(-Math.abs(e),t))}function zPValue(e){if(!Number.isFinite(e))return 0;return Math.min(1,2*Me()(-Math.abs(e),0,1))}const qe=5;const Ve=1.25;const Ue=10;const Ke=4;const ze=Math.log(10);const He=.1;const We=10;const Ge=2;class DriftModel{aligned;partNode;logRatio;weight;noise;order;byFunction=new Map;insideWeight;insideKey;insideCount;bySet=new Map;totalWeight;values;reference;baselineRuns;partEvents;overall;perRun;constructor(e,t,r,i,o){this.aligned=e;const{parent:a}=e;const l=a.length;const c=t.runs;const u=e.runs;const f=new Float64Array(l);for(let t=0;t<u;t++){const r=e.leaves[t];const o=e.leafEvents[t];for(let e=0;e<r.length;e++)if(i[r[e]]===0)f[r[e]]+=o[e]/u}for(let e=l-1;e>0;e--)if(f[e]<Ke-1e-6)f[a[e]]+=f[e];const p=new Int32Array(l).fill(-1);const h=[];if(l>0&&f[0]>=Ke-1e-6)p[0]=h.push(0)-1;for(let e=1;e<l;e++)p[e]=f[e]>=Ke-1e-6?h.push(e)-1:p[a[e]];const d=h.length;this.partNode=Int32Array.from(h);const m=Array.from({length:u},()=>new Float64Array(d));for(let a=0;a<u;a++){const l=a<c?t:r;const u=l.totals[a<c?a:a-c];const f=o.runScale(u);const h=e.leaves[a];const d=e.self[a];for(let e=0;e<h.length;e++){const t=p[h[e]];if(t>=0&&i[h[e]]===0)m[a][t]+=d[e]*f}}const v=u-c;const sideStats=(e,t,r,i)=>{let o=0;for(let i=e;i<e+t;i++)o+=m[i][r];const a=t>0?o/t:0;let l=0;for(let i=e;i<e+t;i++)l+=(m[i][r]-a)**2;const c=Math.abs(i*a)/Math.max(t,1);const u=t>=2?l/(t-1)/t:0;return{mean:a,variance:Math.max(c,u)}};const weightIn=e=>o.inRun(e.eventWeight,mean(e.totals));this.logRatio=new Float64Array(d);this.weight=new Float64Array(d);this.noise=new Float64Array(d);for(let e=0;e<d;e++){const i=sideStats(0,c,e,weightIn(t));const o=sideStats(c,v,e,weightIn(r));const a=i.mean>0&&o.mean>0?Math.log(o.mean/i.mean):o.mean>0?ze:-ze;this.logRatio[e]=Math.max(-ze,Math.min(ze,a));this.noise[e]=(i.mean>0?i.variance/i.mean**2:1)+(o.mean>0?o.variance/o.mean**2:1);const l=Math.min(f[this.partNode[e]],Ue);this.weight[e]=l/Ue}this.values=m;this.baselineRuns=c;this.partEvents=Float64Array.from(this.partNode,e=>f[e]);this.reference=new Float64Array(d);for(let e=0;e<c;e++)for(let t=0;t<d;t++)this.reference[t]+=m[e][t]/c;this.order=Int32Array.from(Array.from({length:d},(e,t)=>t).sort((e,t)=>this.logRatio[e]-this.logRatio[t]||this.weight[e]-this.weight[t]||this.reference[e]-this.reference[t]||this.noise[e]-this.noise[t]));this.overall=this.estimate(null);const{func:y}=e;const b=new Int32Array(e.names.length).fill(-1);this.insideWeight=new Float64Array(e.names.length);this.insideKey=new Float64Array(e.names.length);this.insideCount=new Int32Array(e.names.length);let w=0;for(let e=0;e<d;e++){w+=this.weight[e];for(let t=this.partNode[e];t>0;t=a[t]){const r=y[t];if(b[r]===e)continue;b[r]=e;this.insideWeight[r]+=this.weight[e];this.insideKey[r]+=(e+1)*2654435761%4294967296+e*e;this.insideCount[r]++}}this.totalWeight=w;this.perRun=d>=qe?this.runFactors(m,c):null}forFunction(e){if(!(this.insideWeight[e]>=He*this.totalWeight))return this.overall;const t=`${this.insideCount[e]}:${this.insideKey[e]}`;let r=this.byFunction.get(e)??this.bySet.get(t);if(!r){const{parent:i,func:o}=this.aligned;const a=new Uint8Array(this.partNode.length);for(let t=0;t<this.partNode.length;t++){for(let r=this.partNode[t];r>0;r=i[r]){if(o[r]===e){a[t]=1;break}}}r=this.estimate(a);if(r.identifiable)r=this.withCodeDrift(r,a);this.byFunction.set(e,r);this.bySet.set(t,r)}return r}estimate(e){const t=new Int32Array(this.order.length);let r=0;let i=0;let o=0;for(let a=0;a<this.order.length;a++){const l=this.order[a];if(e?.[l]===1)continue;t[r++]=l;i+=this.weight[l];o+=this.weight[l]**2}if(r<qe||!(i>0))return{factor:1,se:0,identifiable:false,interaction:0,runs:new Float64Array(0)};const a=t.subarray(0,r);const l=this.shorthMedian(a,i);const c=this.medianDeviation(a,l,i);const u=i*i/o;const f=1.2533*1.4826*c/Math.sqrt(u);const p=Math.sign(l)*Math.max(0,Math.abs(l)-Ge*f);const h=Math.max(-Math.log(Ve),Math.min(Math.log(Ve),p));const d=new Float64Array(r);for(let e=0;e<r;e++)d[e]=((this.logRatio[a[e]]-l)**2-this.noise[a[e]])/.455;const m=Int32Array.from({length:r},(e,t)=>t).sort((e,t)=>d[e]-d[t]);let v=0;let y=0;for(let e=0;e<r;e++){v+=this.weight[a[m[e]]];y=d[m[e]];if(v>=i/2)break}const b=this.baselineRuns>=2||this.values.length-this.baselineRuns>=2?this.runSpeeds(e):new Float64Array(0);return{factor:Math.exp(h),se:f,identifiable:true,interaction:Math.max(0,y),runs:b}}withCodeDrift(e,t){const{func:r,parent:i}=this.aligned;const o=this.baselineRuns;const a=this.values.length;const l=a-o;if(o===0||l===0)return e;const c=new Set;for(let e=0;e<this.partNode.length;e++){if(t[e]!==1)continue;for(let t=i[this.partNode[e]];t>0;t=i[t])c.add(r[t])}const u=new Map;const f=new Map;let p=0;for(let e=0;e<this.partNode.length;e++){const o=r[this.partNode[e]];let l=0;for(let t=0;t<a;t++)l+=this.values[t][e]/a;if(t[e]===1){u.set(o,(u.get(o)??0)+l);p+=l}else if(!c.has(r[i[this.partNode[e]]]??-1)){let t=f.get(o);if(!t)f.set(o,t=[]);t.push(e)}}if(!(p>0))return e;let h=0;const d=new Float64Array(a);for(const[e,t]of u){const r=f.get(e);if(!r)continue;let i=0;for(const e of r)i+=this.partEvents[e];if(i<We)continue;const l=new Float64Array(a);for(let e=0;e<a;e++)for(const t of r)l[e]+=this.values[e][t];const c=mean(l.subarray(0,o));if(!(c>0)||!l.every(e=>e>0))continue;const u=t/p;h+=u;for(let e=0;e<a;e++)d[e]+=u*Math.log(l[e]/c)}if(h===0)return e;const m=1-h;const v=mean(d.subarray(o))-mean(d.subarray(0,o));const y=new Float64Array(a);for(let t=0;t<a;t++){const r=t<o?0:v;y[t]=Math.exp(d[t]-r+m*Math.log(e.runs.length===a?e.runs[t]:1))}return{...e,factor:Math.exp(v)*e.factor**m,se:m*e.se,runs:y}}medianDeviation(e,t,r){let i=0;while(i<e.length&&this.logRatio[e[i]]<=t)i++;let o=i-1;let a=0;let l=0;while(o>=0||i<e.length){const c=o>=0?t-this.logRatio[e[o]]:Infinity;const u=i<e.length?this.logRatio[e[i]]-t:Infinity;const f=c<=u?e[o--]:e[i++];l=Math.min(c,u);a+=this.weight[f];if(a>=r/2)break}return l}runSpeeds(e){const t=this.values.length;const r=new Float64Array(t);const i=new Float64Array(t);for(let o=0;o<t;o++){const t=[];let a=0;let l=0;for(let r=0;r<this.reference.length;r++){if(e?.[r]===1||!(this.reference[r]>0))continue;t.push([this.values[o][r]/this.reference[r],this.weight[r]]);a+=this.weight[r];l+=this.weight[r]**2}const c=this.weightedQuantileOf(t,.5);if(!(c>0))continue;const u=this.weightedQuantileOf(t.map(([e,t])=>[Math.abs(e-c),t]),.5);r[o]=Math.log(c);i[o]=1.2533*1.4826*u/c/Math.sqrt(a*a/l)}const o=new Float64Array(t).fill(1);const a=this.baselineRuns;for(const[e,l]of[[0,a],[a,t]]){if(l-e<2)continue;let t=0;for(let i=e;i<l;i++)t+=r[i]/(l-e);for(let a=e;a<l;a++){const e=r[a]-t;o[a]=Math.exp(Math.sign(e)*Math.max(0,Math.abs(e)-Ge*i[a]))}}return o}shorthMedian(e,t){let r=[0,e.length-1];let i=Infinity;let o=0;for(let a=0,l=-1;a<e.length;a++){while(o<t/2&&l+1<e.length)o+=this.weight[e[++l]];if(o<t/2)break;const c=this.logRatio[e[l]]-this.logRatio[e[a]];if(c<i){i=c;r=[a,l]}o-=this.weight[e[a]]}let a=0;for(let t=r[0];t<=r[1];t++)a+=this.weight[e[t]]/2;let l=0;for(let t=r[0];t<=r[1];t++){l+=this.weight[e[t]];if(l>=a)return this.logRatio[e[t]]}return this.logRatio[e[r[1]]]}weightedQuantileOf(e,t){e.sort((e,t)=>e[0]-t[0]);const r=e.reduce((e,[,t])=>e+t,0);let i=0;for(const[o,a]of e){i+=a;if(i>=t*r)return o}return e.length>0?e[e.length-1][0]:0}runFactors(e,t){const r=this.partNode.length;const i=new Float64Array(r);for(let o=0;o<t;o++)for(let a=0;a<r;a++)i[a]+=e[o][a]/t;const factor=t=>{const o=[];for(let a=0;a<r;a++)if(i[a]>0)o.push([e[t][a]/i[a],this.weight[a]]);const a=this.weightedQuantileOf(o,.5);return a>0&&Number.isFinite(a)?a:1};return{baseline:Array.from({length:t},(e,t)=>factor(t)),candidate:Array.from({length:e.length-t},(e,r)=>factor(t+r))}}}class FunctionTable{names;files;lines;baseline;candidate;test;measure;ids;entries;pValues;shares=[undefined,undefined,undefined,undefined];byName;pooled={};constructor(e,t,r,i,o,a,l){this.names=e;this.files=t;this.lines=r;this.baseline=i;this.candidate=o;this.test=a;this.measure=l;let c=0;for(let t=0;t<e.length;t++)if(i.present[t]===1||o.present[t]===1)c++;this.ids=new Int32Array(c);for(let t=0,r=0;t<e.length;t++)if(i.present[t]===1||o.present[t]===1)this.ids[r++]=t;this.entries=new Array(c);this.pValues={self:new Float64Array(c).fill(NaN),total:new Float64Array(c).fill(NaN)}}get length(){return this.ids.length}name(e){return this.names[this.ids[e]]}file(e){return this.files[this.ids[e]]||undefined}line(e){return this.lines[this.ids[e]]||undefined}status(e){const t=this.ids[e];const r=this.baseline.present[t]===1;const i=this.candidate.present[t]===1;return r&&i?"both":i?"new":"gone"}rowOf(e){if(!this.byName){this.byName=new Map;for(let e=0;e<this.ids.length;e++)this.byName.set(this.name(e),e)}return this.byName.get(e)??-1}mean(e,t,r){const i=this[t][r];const o=this.ids[e];let a=0;for(let e=0;e<i.length;e++)a+=i[e][o];return i.length>0?a/i.length:0}meanMeasured(e,t,r){return this.measure.share?this.meanShare(e,t,r):this.mean(e,t,r)}meanShare(e,t,r){return this.shareColumn(t,r)[e]}pooledShare(e){let t=this.pooled[e];if(!t){const r=this.shareColumn("baseline",e);const i=this.shareColumn("candidate",e);t=this.pooled[e]=r.map((e,t)=>(e+i[t])/2)}return t}shareColumn(e,t){const r=(e==="baseline"?0:2)+(t==="self"?0:1);let i=this.shares[r];if(!i){const{totals:o}=this[e];const a=this[e][t];i=new Float64Array(this.ids.length);for(let e=0;e<a.length;e++){if(!(o[e]>0))continue;const t=a[e];for(let r=0;r<i.length;r++)i[r]+=t[this.ids[r]]/o[e]}if(a.length>1)for(let e=0;e<i.length;e++)i[e]/=a.length;this.shares[r]=i}return i}pValue(e,t){const r=this.pValues[t][e];if(!Number.isNaN(r))return r;return this.tested(e,t,this.runValues(e,"baseline",t),this.runValues(e,"candidate",t))}runValues(e,t,r){const i=this.ids[e];return this[t][r].map(e=>e[i])}measuredRuns(e,t,r){return this.measured(this.runValues(e,t,r),t)}measured(e,t){const{totals:r}=this[t];return this.measure.share?e.map((e,t)=>this.measure.inRun(e,r[t])):e}tested(e,t,r,i){const o=this.pValues[t][e];if(!Number.isNaN(o))return o;return this.pValues[t][e]=this.test(e,this.measured(r,"baseline"),this.measured(i,"candidate"))}entry(e){const t=this.entries[e];if(t)return t;const r=this.ids[e];const i=this.sideValues(e,"baseline");const o=this.sideValues(e,"candidate");return this.entries[e]={name:this.names[r],file:this.file(e),line:this.line(e),status:this.status(e),baseline:i,candidate:o,pValue:this.tested(e,"total",i.totalRuns,o.totalRuns),pValueSelf:this.tested(e,"self",i.selfRuns,o.selfRuns)}}sideValues(e,t){return{self:this.mean(e,t,"self"),total:this.mean(e,t,"total"),selfShare:this.meanShare(e,t,"self"),totalShare:this.meanShare(e,t,"total"),selfRuns:this.runValues(e,t,"self"),totalRuns:this.runValues(e,t,"total")}}}const Ye=/_\[k\]$|\[kernel\.kallsyms\]/;function isKernelFrame(e,t=""){return Ye.test(e)||Ye.test(t)}const Je=/(^|\/src\/)runtime\/([^/]+)$/;const Qe=[[/^(preempt|signal_|sigqueue)[^/]*$/,"preemption"],[/^(mgc|mwbbuf|mfinal)[^/]*$/,"gc"]];const Xe=[[/^runtime\.(asyncPreempt2?|sigtramp(go)?|sighandler|sigreturn\w*|sigprof|preemptPark|gopreempt_m|doSigPreempt|wantAsyncPreempt|isAsyncSafePoint|adjustSignalStack|sigFetchG|badsignal\w*|sigsave)$/,"preemption"],[/^runtime\.(gc[A-Z]\w*|bgsweep|bgscavenge|sweepone|freeSomeWbufs|scanobject|scanblock|scanstack|scanframeworker|greyobject|markroot\w*|markBits\w*|wbBuf\w*|gcWriteBarrier\w*|wbMove|bulkBarrierPreWrite\w*|typePointers\w*|shade|findObject|spanOf\w*|pageIndexOf|(\(\*gcWork\)|\(\*gcControllerState\)|\(\*mheap\)\.(reclaim|scavenge)\w*|\(\*sweepLocked\)|\(\*mspan\)\.(sweep|markBitsForIndex|typePointersOf\w*)|\(\*pageAlloc\)\.scavenge\w*|\(\*scavengerState\))[.\w]*|forEachP|stopTheWorld\w*|startTheWorld\w*|finishsweep_m|mProf_\w*)$/,"gc"],[/^runtime\.(mcall|park_m|schedule|findRunnable|findrunnable|stopm|notesleep|netpoll\w*|runqgrab|stealWork|checkTimers|mPark|runtime\.idle)$/,"idle"]];const Ze=[[/^(asm_)?(sysvec_\w+|common_interrupt|asm_common_interrupt|__sysvec_\w+|irq_\w+|__irq_\w+|irqentry_\w+|handle_irq\w*|handle_edge_irq|handle_fasteoi_irq|do_softirq\w*|__do_softirq|handle_softirqs|run_timer_softirq|hrtimer_interrupt|__hrtimer_run_queues|tick_sched_timer|tick_sched_handle|update_process_times|scheduler_tick|sched_tick|apic_timer_interrupt|smp_apic_timer_interrupt|local_apic_timer_interrupt|ret_from_intr|native_apic_\w+|rcu_core\w*|rcu_sched_clock_irq|task_tick_fair|perf_event_task_tick|__perf_event_task_sched_\w+|entry_SYSCALL_64_after_hwframe_irq)(_\[k\])?$/,"interrupt"],[/^(\w*irq_enable\w*|\w*irqrestore|__raw_callee_save_\w*irq\w*|finish_task_switch\w*|__schedule|schedule|preempt_schedule\w*|__cond_resched|_cond_resched)(_\[k\])?$/,"preemption"],[/^(cpu_idle\w*|do_idle|default_idle\w*|intel_idle\w*|poll_idle|acpi_idle_\w+|cpuidle_\w+|arch_cpu_idle\w*|mwait_idle\w*|native_safe_halt|swapper)(_\[k\])?$/,"idle"]];const et=[[/^\((garbage collector|GC)\)$/,"gc"],[/^\((idle|program)\)$/,"idle"]];function machineFrameKind(e,t=""){const r=Je.exec(t);if(r){for(const[e,t]of Qe)if(e.test(r[2]))return t}if(e.startsWith("runtime.")&&(t===""||r)){for(const[t,r]of Xe)if(t.test(e))return r}if(Ye.test(e)||Ye.test(t)){const t=e.replace(/_\[k\]$/,"");for(const[e,r]of Ze)if(e.test(t))return r}if(e.startsWith("("))for(const[t,r]of et)if(t.test(e))return r;return undefined}function markMachineNodes(e,t,r){const i=new Uint8Array(e.length);for(let o=1;o<e.length;o++)i[o]=i[e[o]]|r[t[o]];return i}function compareRuns(e,t,r){const i=alignTrees(e,t);const{names:o,files:a}=i;const l=alignedFunctionValues(i);const c=collectSide(e,l.slice(0,e.length),o.length);const u=collectSide(t,l.slice(e.length),o.length);const f=e.length>=2&&t.length>=2?"welch":e.length>=2||t.length>=2?"prediction":"sampling";const p=new measure_Measure(r.normalize,r.sampleType.unit);const h=r.floor??.005;const d=o.map((e,t)=>machineFrameKind(e,a[t]));const m=Uint8Array.from(d,e=>e?1:0);const v=markMachineNodes(i.parent,i.func,m);const y=r.drift??getUnitScale(r.sampleType.unit).dimension!=="bytes";const b=y&&e.length>0&&t.length>0?new DriftModel(i,c.summary,u.summary,v,p):null;const w={factor:1,se:0,identifiable:false,interaction:0,runs:new Float64Array(0)};const weightIn=e=>p.inRun(e.eventWeight,e.total);const x={weightB:weightIn(c.summary),weightC:weightIn(u.summary),phi2:r.runNoise**2};const $=new FunctionTable(o,a,i.lines,c,u,(e,t,r)=>moderatedTest(t,r,x,driftOf(e)),p);const S=$.pooledShare("total");const driftOf=e=>{if(!b)return w;if(S[e]<h)return b.overall;return b.forFunction($.ids[e])};const k=$.pooledShare("self");const judged=e=>m[$.ids[e]]===0;const _=[];for(let e=0;e<$.length;e++)if(k[e]>=h&&judged(e))_.push({row:e,metric:"self"});if(_.length<5)for(let e=0;e<$.length;e++)if(S[e]>=h&&k[e]<h&&judged(e))_.push({row:e,metric:"total"});const A=e.length>0&&t.length>0?estimateRunNoise(_.map(e=>$.measuredRuns(e.row,"baseline",e.metric)),_.map(e=>$.measuredRuns(e.row,"candidate",e.metric)),x.weightB,x.weightC):null;if(A!==null)x.phi2=A;const N=b?{factor:b.overall.factor,se:b.overall.se,interaction:0}:{factor:1,se:0,interaction:0};const E={weightB:c.summary.eventWeight,weightC:u.summary.eventWeight,phi2:x.phi2};const T=moderatedTest(c.summary.totals,u.summary.totals,E,{factor:1,se:0,interaction:0});const I=[];for(let e=1;e<i.parent.length;e++)if(v[e]===1&&v[i.parent[e]]===0)I.push(e);const machineShare=(e,t)=>mean(e.totals.map((e,r)=>{const o=i.inclusive[t+r];let a=0;for(const e of I)a+=o[e];return e>0?a/e:0}));return{sampleType:r.sampleType,measure:p,noiseTest:f,runNoise:Math.sqrt(x.phi2),runNoiseEstimated:A!==null,baseline:c.summary,candidate:u.summary,table:$,pOverall:T,drift:b?.perRun??null,shift:b?.overall.factor??1,driftOf:driftOf,machineKind:e=>d[$.ids[e]],machineShare:{baseline:machineShare(c,0),candidate:machineShare(u,e.length)},kernelShare:kernelShareOf(i,c.totals,u.totals),aligned:i,testChange:(e,t)=>moderatedTest(e,t,x,N),testRow:(e,t,r)=>moderatedTest(t,r,x,driftOf(e))}}function collectSide(e,t,r){const i=new Uint8Array(r);const o=[];let a=0;e.forEach((e,l)=>{const{sampleTypes:c}=e.profile;const u=t[l];o.push(u.sum);let f=u.events>0?u.sum/u.events:0;const p=e.profile.period;const h=c[e.typeIndex].unit;if(p&&p.unit===h&&getUnitScale(h).dimension==="bytes")f=Math.max(f,p.value*e.scale);a+=f;for(let e=0;e<r;e++)i[e]|=u.present[e]});return{summary:{runs:e.length,sources:e.map(e=>e.source),formats:e.map(e=>e.profile.format),total:mean(o),totals:o,eventWeight:e.length>0?a/e.length:0},self:t.map(e=>e.self),total:t.map(e=>e.total),totals:o,present:i}}function kernelShareOf(e,t,r){const i=e.names.map((t,r)=>isKernelFrame(t,e.modules[r]));if(!i.includes(true))return null;const o=new Uint8Array(e.parent.length);const a=[];for(let t=1;t<e.parent.length;t++){const r=o[e.parent[t]];o[t]=r||(i[e.func[t]]?1:0);if(!r&&o[t])a.push(t)}const share=(t,r)=>{const i=t.map((t,i)=>{let o=0;for(const t of a)o+=e.inclusive[r+i][t];return t>0?o/t:0});return i.length>0?i.reduce((e,t)=>e+t,0)/i.length:0};return{baseline:share(t,0),candidate:share(r,t.length)}}function findGrowthPaths(e,t,r,i=3,o=3){if(t.length===0)return new Map;const a=new Set(t);const l=new Map(t.map(e=>[e,new Map]));const{runs:c,baselineRuns:u}=e;const f=c-u;const p=e.inclusive.map((e,t)=>{const i=r.runScale(e[0]);return t<u?-i/u:i/f});const h=e.names.map(e=>a.has(e));for(let t=1;t<e.parent.length;t++){const r=e.func[t];if(!h[r])continue;let o=0;let a=false;for(let r=0;r<c;r++){const i=e.inclusive[r][t];if(i!==0)a=true;o+=i*p[r]}if(!a)continue;const u=[];let f=true;for(let o=e.parent[t];o>0;o=e.parent[o]){if(e.func[o]===r){f=false;break}if(u.length<i)u.push(e.names[e.func[o]])}if(!f)continue;const d=u.join("\0");const m=l.get(e.names[r]);m.set(d,(m.get(d)??0)+o)}const d=new Map;for(const[e,t]of l){const r=[...t].map(([e,t])=>({callers:e===""?[]:e.split("\0"),delta:t})).filter(e=>e.delta>0).sort((e,t)=>t.delta-e.delta||(e.callers.join()<t.callers.join()?-1:1));const i=r[0]?.delta??0;d.set(e,r.filter(e=>e.delta>=.1*i).slice(0,o))}return d}const tt=new Set(["archive","bufio","bytes","cmp","compress","container","context","crypto","database","debug","embed","encoding","errors","expvar","flag","fmt","go","hash","html","image","index","internal","io","iter","log","maps","math","mime","net","os","path","plugin","reflect","regexp","runtime","slices","sort","strconv","strings","structs","sync","syscall","testing","text","time","unicode","unique","unsafe","vendor","weak"]);const nt=[/^(java|javax|jdk|sun|com\/sun)[/.]/,/^(std|core|alloc)::|^<(std|core|alloc)::|^__gnu_cxx::|^__cxxabiv1::|^__cxa_|^_Unwind_/,/^\((garbage collector|program|idle|root)\)$/,/_\[k\]$|\[kernel\.kallsyms\]/,/^(__GI_|__libc_|_IO_|_dl_|__lll_|__pthread_|__futex|_int_(malloc|free|realloc|memalign)$|__(mem|str|stp|wmem|wcs|rawmem)[a-z]*_(avx|sse|evex|erms|ssse|unaligned)|__clone\d*$|start_thread$|_start$|__libc_start)/,/^(malloc|free|calloc|realloc|memcpy|memmove|memset|memcmp|strlen|strcmp)$/];const rt=[/^node:|^internal\/|(^|\/)node_modules\//,/\/lib\/python[0-9.]*\/|\/(site|dist)-packages\/|^<frozen /,/^\/rustc\/[0-9a-f]+\/|\/\.cargo\/(registry|git)\//,/^\/usr\/include\//];const st=/^\[(kernel\.[\w.]+|vdso|vsyscall|vectors|v8)\]$|^(\/usr)?\/(lib|lib32|lib64|libx32|bin|sbin)\/|^\/usr\/local\/lib[^/]*\/|^\/System\/|(^|\/)(libc|libm|libpthread|libdl|librt|libstdc\+\+|libc\+\+|libc\+\+abi|libgcc_s|ld-linux[^/]*|ld-musl[^/]*)[.-][^/]*$/;function goPackage(e){const t=e.replace(/\[.*$/,"");const r=t.indexOf(".",t.lastIndexOf("/")+1);const i=r>0?t.slice(0,r):"";return/^[a-z][\w.-]*(\/[\w.~-]+)*$/.test(i)?i:undefined}const isGoStd=e=>tt.has(e.split("/")[0]);function isGoLibraryFile(e,t){if(/\/pkg\/mod\/|@v[0-9]|(^|\/)vendor\/|^\$GOROOT\//.test(e))return true;const r=goPackage(t);if(r===undefined||!isGoStd(r))return false;const i=/(?:^|\/src\/)([a-z][\w]*)\/[^/]+(\/[^/]+)*$/.exec(e);return e.includes(`/src/${r}/`)||e.startsWith(`${r}/`)||i!==null&&isGoStd(i[1])}function isLibraryFunction(e,t="",r=""){const i=t||(/ \(([^()]+\.py[cw]?)(?::\d+)?\)$/.exec(e)?.[1]??"");if(r!==""&&st.test(r))return true;if(rt.some(e=>e.test(i)))return true;if(/\.(go|s)$/.test(i)&&goPackage(e)!==undefined)return isGoLibraryFile(i,e);if(nt.some(t=>t.test(e)))return true;const o=goPackage(e);return o!==undefined&&isGoStd(o)}function findLibraryFunctions(e,t){const r=new Set(t);const i=new Set;e.names.forEach((t,o)=>{if(r.has(t)&&isLibraryFunction(t,e.files[o],e.modules[o]))i.add(t)});return i}function adjustBenjaminiHochberg(e,t){const r=e.length;const i=t&&r>0?t.reduce((e,t)=>e+t,0)/r:1;const o=e.map((e,r)=>t&&t[r]>0?Math.min(1,e*i/t[r]):e);const a=o.map((e,t)=>t).sort((e,t)=>o[e]-o[t]||e-t);const l=new Array(r);let c=1;for(let e=r;e>=1;e--){const t=a[e-1];c=Math.min(c,o[t]*r/e);l[t]=c}return l}function getChange(e,t,r){const{measure:i}=e;return changeOf(e,i.of(t.baseline,r),i.of(t.candidate,r))}function getAdjustedChange(e,t,r,i){const{measure:o}=e;return changeOf(e,o.of(t.baseline,r),o.of(t.candidate,r)/i)}function changeOf(e,t,r){const{measure:i}=e;const o=r-t;const a=e.baseline.total;return{baseline:t,candidate:r,delta:o,points:i.points(o,a),relative:ratio(o,t),absolute:i.amount(o,a)}}function smallestPooledShare(e,t,r){let i=0;if(e.maxIncrease!==undefined)i=Math.max(i,e.maxIncrease/2);const o=e.maxAbsoluteIncrease;if(o!==undefined&&o.dimension===r){const e=t.baseline.total*getUnitScale(t.sampleType.unit).scale;if(e>0)i=Math.max(i,o.value/e/2)}return i}function withDelta(e,t){const r=e.delta!==0?t/e.delta:0;return{baseline:e.baseline,candidate:e.baseline+t,delta:t,points:e.delta!==0?e.points*r:0,relative:ratio(t,e.baseline),absolute:e.delta!==0?e.absolute*r:0}}function exceedsLimits(e,t,r){if(!(e.delta>0))return false;if(t.maxIncrease!==undefined&&!(e.points>t.maxIncrease))return false;if(t.maxRelativeIncrease!==undefined&&!(e.relative>t.maxRelativeIncrease))return false;if(t.maxAbsoluteIncrease!==undefined){if(t.maxAbsoluteIncrease.dimension!==r)return false;if(!(e.absolute>t.maxAbsoluteIncrease.value))return false}return true}function describeLimits(e,t){const r=[];if(t.maxIncrease!==undefined)r.push(`> ${pct(t.maxIncrease)} of baseline total`);if(t.maxRelativeIncrease!==undefined)r.push(`> +${pct(t.maxRelativeIncrease)}`);if(t.maxAbsoluteIncrease!==undefined)r.push(`> +${t.maxAbsoluteIncrease.text}`);return`${e} ${r.join(" and ")}`}function pct(e){return`${Number((e*100).toPrecision(6))}%`}function evaluateRules(e,t){const r=getUnitScale(e.sampleType.unit).dimension;const{measure:i}=e;const o=[];const{table:a}=e;const l={self:a.pooledShare("self"),total:a.pooledShare("total")};for(let i=0;i<a.length;i++){if(l.total[i]<t.floor&&l.self[i]<t.floor)continue;if(e.machineKind(i)!==undefined)continue;const c=a.name(i);if(t.ignore.some(e=>e.test(c)))continue;for(const u of["self","total"]){if(l[u][i]<t.floor)continue;const f=t.rules.filter(e=>e.metric===u&&e.match.some(e=>e.test(c)));if(f.length===0)continue;if(l[u][i]<=Math.min(...f.map(t=>smallestPooledShare(t,e,r))))continue;const p=a.entry(i);const h=e.driftOf(i);const d=getAdjustedChange(e,p,u,h.factor);const m=f.filter(e=>exceedsLimits(d,e,r));const v=u==="self"?p.pValueSelf:p.pValue;const y=d.delta>0?v/2:1-v/2;o.push({row:i,f:p,metric:u,p:y,size:l[u][i],change:d,rawChange:getChange(e,p,u),drift:{factor:h.factor,identifiable:h.identifiable},broken:m})}}const c=Math.max(e.baseline.eventWeight,e.candidate.eventWeight)*(i.share?1/Math.max(e.baseline.total,1e-300):1);const u=[];o.sort((e,t)=>e.f.name<t.f.name?-1:e.f.name>t.f.name?1:e.metric<t.metric?-1:e.metric>t.metric?1:0);const f=o.map(e=>{const t=[...a.measuredRuns(e.row,"baseline",e.metric),...a.measuredRuns(e.row,"candidate",e.metric)];const r=u.findIndex(e=>e.every((e,r)=>Math.abs(e-t[r])<=Math.max(Math.min(2*c,.25*Math.abs(e)),.03*Math.abs(e))));if(r>=0)return r;return u.push(t)-1});const p=new Array(u.length).fill(NaN);const h=new Array(u.length).fill(0);o.forEach((e,t)=>{if(Number.isNaN(p[f[t]]))p[f[t]]=e.p;h[f[t]]=Math.max(h[f[t]],Math.sqrt(e.size))});const d=adjustBenjaminiHochberg(p,h);const m=f.map(e=>d[e]);const v=[];let y=0;o.forEach((e,r)=>{if(e.broken.length===0)return;if(m[r]>t.alpha){y++;return}for(const t of e.broken){v.push({function:e.f.name,metric:e.metric,severity:t.severity,rule:describeLimits(e.metric,t),limits:t,status:e.f.status,change:e.change,rawChange:e.rawChange,drift:e.drift,pValue:m[r]})}});v.sort((e,t)=>severityRank(e.severity)-severityRank(t.severity)||t.change.points-e.change.points||(e.function<t.function?-1:1));let b=null;if(!i.share){const i=e.baseline.total;const o=e.candidate.total;const a={baseline:i,candidate:o,delta:o-i,points:ratio(o-i,i),relative:ratio(o-i,i),absolute:(o-i)*getUnitScale(e.sampleType.unit).scale};const l=t.overall;const c=l!==null&&exceedsLimits(a,l,r)&&e.pOverall<=t.alpha;b={change:a,pValue:e.pOverall,violated:c,...l?{severity:l.severity,rule:describeLimits("profile total",l)}:{}}}return{verdict:verdictOf(v,b),violations:v,notSignificant:y,tested:o.length,hypotheses:u.length,overall:b}}function withdraw(e,t){if(t.size===0)return e;const r=e.violations.filter(e=>!t.has(e.function));return{...e,violations:r,verdict:verdictOf(r,e.overall)}}function withViolations(e,t){const r=[...t].sort((e,t)=>severityRank(e.severity)-severityRank(t.severity)||t.change.points-e.change.points||(e.function<t.function?-1:1));return{...e,violations:r,verdict:verdictOf(r,e.overall)}}function verdictOf(e,t){const r=e.map(e=>e.severity).concat(t?.violated&&t.severity?[t.severity]:[]);return r.includes("fail")?"fail":r.includes("warn")?"warn":"pass"}function severityRank(e){return e==="fail"?0:1}const it=Object.freeze({rules:[{match:"*",metric:"total","max-increase":"5%","max-relative-increase":"20%",severity:"fail"}],overall:{"max-relative-increase":"10%",severity:"warn"},ignore:["(idle)","*:(idle):*"],floor:"0.5%",alpha:.01,"run-noise":"10%",trend:{"max-growth":"1%"}});const ot=["rules","overall","ignore","floor","alpha","run-noise","drift","normalize","sample-type","trend"];const at=["match","metric","max-increase","max-relative-increase","max-absolute-increase","severity"];function defaultConfig(){return configFromMapping(it,"built-in rules",null)}function parseConfig(e,t,i=defaultConfig()){const{parseDocument:o}=r(8815);const a=o(e,{prettyErrors:true});if(a.errors.length>0){const e=a.errors[0];const r=e.linePos?.[0]?` line ${e.linePos[0].line}`:"";throw new InputError(`${t}${r}: not valid YAML (${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/,"")})`)}return configFromMapping(a.toJS()??{},t,i)}function configFromMapping(e,t,r){if(typeof e!=="object"||Array.isArray(e)||e===null){throw new InputError(`${t}: expected a mapping of settings (rules, overall, ignore, ...), got ${describeValue(e)}`)}const i=e;for(const e of Object.keys(i)){if(!ot.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${ot.join(", ")}`)}const where=e=>`${t}: ${e}`;const o=r?{...r}:{rules:[],overall:null,ignore:[],floor:0,alpha:.05,runNoise:0,trend:{maxGrowth:{kind:"share",value:.01,text:"1%"}}};if("rules"in i){if(!Array.isArray(i.rules))throw new InputError(`${where("rules")}: expected a list of rules, got ${describeValue(i.rules)}`);o.rules=i.rules.map((e,t)=>parseRule(e,`${where("rules")}[${t}]`))}if("overall"in i)o.overall=i.overall===null||i.overall===false?null:parseLimits(i.overall,where("overall"),["max-increase","max-relative-increase","max-absolute-increase","severity"]);if("ignore"in i)o.ignore=parsePatterns(i.ignore,where("ignore"));if("floor"in i){o.floor=parsePercentage(i.floor,where("floor"));if(o.floor>1)throw new InputError(`${where("floor")}: expected a share of the total up to 100%, got ${describeValue(i.floor)}`)}if("alpha"in i)o.alpha=parseLevel(i.alpha,where("alpha"));if("run-noise"in i)o.runNoise=parsePercentage(i["run-noise"],where("run-noise"));if("drift"in i){if(typeof i.drift!=="boolean")throw new InputError(`${where("drift")}: expected true or false, got ${describeValue(i.drift)}`);o.drift=i.drift}if("normalize"in i){if(i.normalize!=="none"&&i.normalize!=="total")throw new InputError(`${where("normalize")}: expected none or total, got ${describeValue(i.normalize)}`);o.normalize=i.normalize}if("sample-type"in i){if(typeof i["sample-type"]!=="string")throw new InputError(`${where("sample-type")}: expected a sample type name such as cpu, got ${describeValue(i["sample-type"])}`);o.sampleType=i["sample-type"]}if("trend"in i){const e=i.trend;if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${where("trend")}: expected a mapping with max-growth, got ${describeValue(e)}`);for(const t of Object.keys(e)){if(t!=="max-growth")throw new InputError(`${where("trend")}: unknown key ${quote(t)}, expected max-growth`)}if("max-growth"in e)o.trend={maxGrowth:parseMaxGrowth(e["max-growth"],`${where("trend")}.max-growth`)}}return o}const lt={s:1,sec:1,second:1,min:60,minute:60,h:3600,hour:3600};function parseMaxGrowth(e,t){const r=typeof e==="string"?e.trim():typeof e==="number"?String(e):"";const refuse=()=>new InputError(`${t}: expected a share such as 1%, an amount such as 4MiB, or a rate such as 100KiB/s, 10MB/min or 512KiB/snapshot, got ${describeValue(e)}`);if(ct.test(r))return{kind:"share",value:parsePercentage(r,t),text:r};const i=/^(.+?)\s*\/\s*([a-z]+)$/i.exec(r);let o;try{o=parseQuantity(i?i[1]:r,t)}catch{throw refuse()}if(o.dimension==="time")throw refuse();if(!i)return{kind:"amount",value:o.value,dimension:o.dimension,text:r};const a=i[2].toLowerCase();if(a==="snapshot")return{kind:"rate",value:o.value,dimension:o.dimension,per:"snapshot",text:r};if(!(a in lt))throw refuse();return{kind:"rate",value:o.value/lt[a],dimension:o.dimension,per:"second",text:r}}function parseRule(e,t){if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${t}: expected a rule (match, metric, limits), got ${describeValue(e)}`);const r=e;for(const e of Object.keys(r)){if(!at.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${at.join(", ")}`)}const i=r.metric??"total";if(i!=="self"&&i!=="total")throw new InputError(`${t}.metric: expected self or total, got ${describeValue(i)}`);return{match:"match"in r?parsePatterns(r.match,`${t}.match`):parsePatterns("*",t),metric:i,...parseLimits(e,t,at)}}function parseLimits(e,t,r){if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${t}: expected limits (max-increase, max-relative-increase, max-absolute-increase, severity), got ${describeValue(e)}`);const i=e;for(const e of Object.keys(i)){if(!r.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${r.join(", ")}`)}const o=i.severity??"fail";if(o!=="fail"&&o!=="warn")throw new InputError(`${t}.severity: expected fail or warn, got ${describeValue(o)}`);const a={severity:o,where:t};if(i["max-increase"]!==undefined)a.maxIncrease=parsePercentage(i["max-increase"],`${t}.max-increase`);if(i["max-relative-increase"]!==undefined)a.maxRelativeIncrease=parsePercentage(i["max-relative-increase"],`${t}.max-relative-increase`);if(i["max-absolute-increase"]!==undefined)a.maxAbsoluteIncrease=parseQuantity(i["max-absolute-increase"],`${t}.max-absolute-increase`);if(a.maxIncrease===undefined&&a.maxRelativeIncrease===undefined&&a.maxAbsoluteIncrease===undefined){throw new InputError(`${t}: no limit, expected at least one of max-increase, max-relative-increase, max-absolute-increase`)}return a}function failLimit(e){const t=e.rules.filter(e=>e.severity==="fail"&&e.maxIncrease!==undefined).map(e=>e.maxIncrease);return t.length>0?Math.min(...t):undefined}function parsePercentage(e,t){const r=typeof e==="string"?ct.exec(e):null;if(r)return Number(r[1])/100;const i=typeof e==="number"&&Number.isFinite(e)&&e>=0?` (a bare number is ambiguous: write ${e}%, or ${Number((e*100).toPrecision(12))}% if ${e} is a fraction)`:"";throw new InputError(`${t}: expected a percentage such as 5%, got ${describeValue(e)}${i}`)}const ct=/^\s*(\d+(?:\.\d+)?)\s*%\s*$/;function parseLevel(e,t){const r=typeof e==="string"?ct.exec(e):null;const i=typeof e==="number"?e:r?Number(r[1])/100:NaN;if(i>0&&i<1)return i;throw new InputError(`${t}: expected a level between 0 and 1 such as 0.05 (or 5%), got ${describeValue(e)}`)}function parsePatterns(e,t){const r=Array.isArray(e)?e:[e];return r.map((r,i)=>{if(typeof r!=="string"||r==="")throw new InputError(`${t}${Array.isArray(e)?`[${i}]`:""}: expected a glob or /regex/, got ${describeValue(r)}`);return parsePattern(r,t)})}function parsePattern(e,t){const r=/^\/(.*)\/([a-z]*)$/s.exec(e);if(r){try{const t=new RegExp(r[1],r[2]);return{source:e,test:e=>t.test(e)}}catch(r){throw new InputError(`${t}: ${quote(e)} is not a valid regular expression (${r.message})`)}}const i=e.replace(/[()]/g,e=>`[${e}]`);const o=N().makeRe(i,{bash:true,dot:true,noextglob:true});return{source:e,test:e=>e!==""&&(e===i||o.test(e))}}const ut={time:{amount:"a time",measures:"time"},bytes:{amount:"bytes",measures:"bytes"},count:{amount:"a count",measures:"counts"}};function checkRules(e,t,r){const i=getUnitScale(t.unit).dimension;const o=[];const checkUnit=(e,r)=>{const a=e.maxAbsoluteIncrease;if(a===undefined||a.dimension===i)return;o.push(`${e.where??r}.max-absolute-increase is ${quote(a.text,40)} (${ut[a.dimension].amount}) but the compared sample type ${quote(`${t.type}/${t.unit}`,80)} measures ${ut[i].measures}: this rule can never fire`)};e.rules.forEach((e,t)=>checkUnit(e,`rules[${t}]`));if(e.overall)checkUnit(e.overall,"overall");if(o.length>0)throw new InputError(o.join("; "));const a=[];e.rules.forEach((e,t)=>{if(findMatch(e.match,r)>=0)return;const i=e.match.map(e=>quote(e.source,60)).join(", ");a.push(`${e.where??`rules[${t}]`} (match ${i}) matches no function in these profiles${hint(e.match,r)}`)});return a}function findMatch(e,t){for(let r=0;r<t.length;r++){const i=t.name(r);if(e.some(e=>e.test(i)))return r}return-1}function hint(e,t){const r=e.filter(({source:e})=>!e.startsWith("/")&&!e.startsWith("*")).flatMap(({source:e})=>e.endsWith("*")?[`*${e}`]:[`*${e}`,`*${e}*`]).map(e=>parsePattern(e,e));const i=r.map(()=>-1);for(let e=0;e<t.length&&i[0]<0;e++){const o=t.name(e);r.forEach((t,r)=>{if(i[r]<0&&t.test(o))i[r]=e})}const o=i.findIndex(e=>e>=0);return o<0?"":`; names look like ${quote(t.name(i[o]),80)}: did you mean ${quote(r[o].source,62)}?`}const ft=.5;function findMovedWork(e,t,r=.05){const i=new Set(t.filter(e=>e.status==="new").map(e=>e.function));if(i.size===0)return new Set;const{aligned:o}=e;const a=new Map([...i].map(e=>[e,new Set]));const l=new Uint8Array(o.names.length);o.names.forEach((e,t)=>l[t]=i.has(e)?1:0);for(let e=1;e<o.parent.length;e++){const t=o.func[e];const r=o.parent[e];if(l[t]===1&&r>0)a.get(o.names[t]).add(o.names[o.func[r]])}const{table:c}=e;const runs=(e,t)=>c.measuredRuns(e,t,"total");const u=new Set;for(const t of i){const i=c.rowOf(t);const o=i<0?0:mean(runs(i,"candidate"))-mean(runs(i,"baseline"));const l=a.get(t);if(l.size===0||!(o>0))continue;const carriedLess=t=>{const i=c.rowOf(t);if(i<0)return false;const a=runs(i,"baseline");const l=mean(a);if(!(l>0))return false;const u=l/(l+ft*o);const f=runs(i,"candidate").map(e=>e*u);const p=e.testRow(i,a,f);return mean(f)/e.driftOf(i).factor<l&&p/2<=r};if([...l].every(carriedLess))u.add(t)}return u}function findReplacements(e,t,r=.05){const i=new Set(t.violations.filter(e=>e.status==="new"&&e.metric==="total").map(e=>e.function));const o=new Map;if(i.size===0)return o;const{aligned:a,table:l}=e;const c=new Uint8Array(a.names.length);for(let e=0;e<l.length;e++)if(l.status(e)==="gone")c[l.ids[e]]=1;const u=a.names.map(e=>i.has(e));const f=new Map;for(let e=1;e<a.parent.length;e++){const t=a.func[e];const r=a.parent[e];if(r<=0||!(u[t]||c[t]===1))continue;if(!f.has(t))f.set(t,new Set);f.get(t).add(a.func[r])}const p=getUnitScale(e.sampleType.unit).dimension;const runs=(e,t)=>l.measuredRuns(e,t,"total");for(const[i,h]of f){if(!u[i])continue;const d=a.names[i];const m=[...f].filter(([e,t])=>c[e]===1&&[...t].some(e=>h.has(e))).map(([e])=>a.names[e]).sort();if(m.length===0)continue;const v=l.rowOf(d);const y=m.map(e=>runs(l.rowOf(e),"baseline")).reduce((e,t)=>e.map((e,r)=>e+t[r]));const b=runs(v,"candidate");const w=e.driftOf(v).factor;const x=changeOf(e,mean(y),mean(b)/w);const $=e.testRow(v,y,b);const S=x.delta>0&&$/2<=r;const k=t.violations.filter(e=>e.function===d&&e.metric==="total"&&S&&exceedsLimits(x,e.limits,p)).map(t=>({...t,change:x,rawChange:changeOf(e,mean(y),mean(b)),pValue:Math.max(t.pValue,$/2)}));o.set(d,{replaces:m,violations:k})}return o}function withReplacements(e,t){if(t.size===0)return e;const r=e.violations.filter(e=>!(t.has(e.function)&&e.metric==="total"));const i=[...r,...[...t.values()].flatMap(e=>e.violations)];return withViolations(e,i)}function buildReport(e,t,r,i,o,a=new Map){const finite=e=>Number.isFinite(e)?e:null;const cut=e=>e.length>G.text?`${e.slice(0,G.text-40)}… (${e.length} characters)`:e;const sideSummary=e=>({runs:e.runs,total:e.total,totals:e.totals,sources:e.sources.map(cut),formats:e.formats});const l=t.overall;const c={verdict:t.verdict,...e.kernelShare?{kernelShare:e.kernelShare}:{},sampleType:{type:cut(e.sampleType.type),unit:cut(e.sampleType.unit)},normalize:e.measure.normalize,valueUnit:cut(e.measure.valueUnit),noise:{test:e.noiseTest,runToRunMeasured:e.noiseTest!=="sampling",assumedRunNoise:e.noiseTest==="sampling"&&!e.runNoiseEstimated?e.runNoise:null,alpha:o,drift:e.drift&&{baseline:e.drift.baseline,candidate:e.drift.candidate,change:e.shift-1},runNoise:e.runNoise,runNoiseEstimated:e.runNoiseEstimated,machineShare:e.machineShare,tested:t.tested,hypotheses:t.hypotheses,notSignificant:t.notSignificant},baseline:sideSummary(e.baseline),candidate:sideSummary(e.candidate),overall:l&&{baseline:l.change.baseline,candidate:l.change.candidate,delta:l.change.delta,relative:finite(l.change.relative),pValue:l.pValue,violated:l.violated,...l.severity?{severity:l.severity,rule:l.rule}:{}},violations:t.violations.map(e=>({function:e.function,...a.has(e.function)?{pattern:a.get(e.function).pattern,carriers:a.get(e.function).carriers}:{},metric:e.metric,severity:e.severity,rule:e.rule,status:e.status,...changeFields(e.change),pValue:e.pValue,drift:e.drift.factor,driftIdentifiable:e.drift.identifiable,raw:{candidate:e.rawChange.candidate,delta:e.rawChange.delta,relative:Number.isFinite(e.rawChange.relative)?e.rawChange.relative:null}})),findings:r,functions:tableRows(e.table),notes:i.map(cut)};return c}function tableRows(e){return{length:e.length,name:t=>e.name(t),total:(t,r)=>e.meanMeasured(t,r,"total"),pValue:t=>e.pValue(t,"total"),entry:t=>e.entry(t)}}function listRows(e,t){return{length:e.length,name:t=>e[t].name,total:(r,i)=>t.of(e[r][i],"total"),pValue:t=>e[t].pValue,entry:t=>e[t]}}function fromJson(e){return{...e,functions:listRows(e.functions,Measure.of(e))}}function allFunctions(e){return Array.from({length:e.functions.length},(t,r)=>e.functions.entry(r))}function changeFields(e){return{baseline:e.baseline,candidate:e.candidate,delta:e.delta,relative:Number.isFinite(e.relative)?e.relative:null,ofBaselineTotal:Number.isFinite(e.points)?e.points:null}}const pt=/^(contentions?|delay|locks?|lock[-_]\w+|wait|wait[-_]\w+)$/i;const ht=/alloc|inuse|objects|heap/i;const dt=20;const mt=.8;function findPatterns(e,t,r,i){const o=new Map;const a=r.type;const l=getUnitScale(r.unit).dimension==="bytes"||ht.test(r.type);for(const[r,c]of i.entries()){const i=r<dt?readBelow(e,t,c.name):{callees:new Map,kernel:0};const u=c.total.candidate-c.total.baseline;const f=c.self.candidate-c.self.baseline;const p=carriersOf(i.callees,u-f);let h;if(pt.test(a)&&!l)h="contention";else if(l)h="allocation";else if(c.status==="new")h="new-code";else if(isKernelFrame(c.name)||u>0&&i.kernel>=u/2)h="kernel";else h=f>=u/2?"hot-spot":"subtree";o.set(c.name,{pattern:h,carriers:p})}return o}function carriersOf(e,t){if(!(t>0))return[];const r=[];let i=0;for(const[o,a]of[...e].filter(([,e])=>e>0).sort((e,t)=>t[1]-e[1])){if(i>=mt*t||r.length===3)break;r.push(o);i+=a}return r}function readBelow(e,t,r){const i=e.parent.length;const o=e.names.indexOf(r);const a=new Map;if(o<0)return{callees:a,kernel:0};const l=nodeDelta(e,t);const c=new Uint8Array(i);let u=0;for(let t=1;t<i;t++){const r=c[e.parent[t]];const i=e.func[t]===o;if(r===0&&!i)continue;const f=isKernelFrame(e.names[e.func[t]],e.modules[e.func[t]]);if(r===0){c[t]=1;for(let r=e.firstChild[t];r>=0;r=e.nextSibling[r]){const t=e.names[e.func[r]];a.set(t,(a.get(t)??0)+l(r))}}else c[t]=r===2||f?2:1;if(r===1&&f)u+=l(t)}return{callees:a,kernel:u}}function nodeDelta(e,t){const r=e.baselineRuns;const i=e.runs-r;const o=e.inclusive.map(e=>e[0]);return a=>{let l=0;let c=0;for(let i=0;i<e.runs;i++){const u=t.inRun(e.inclusive[i][a],o[i]);if(i<r)l+=u;else c+=u}return(i>0?c/i:0)-(r>0?l/r:0)}}function analyze(e){const{baseline:t,candidate:r,sampleType:i,normalize:o,config:a}=e;const l=compareRuns(t,r,{sampleType:i,normalize:o,runNoise:a.runNoise,drift:a.drift,floor:a.floor});const c=l.aligned.mergedRoots;const u=[...e.notes,...c?[`every run's stacks start at one frame, named ${c.join(", ")}: compared as one frame, ${c[c.length-1]} (a process named after its binary, built or renamed apart)`]:[],...checkRules(a,i,l.table)];if(t.length===0){const e={verdict:"no-baseline",violations:[],notSignificant:0,tested:0,hypotheses:0,overall:null};return{report:buildReport(l,e,[],u,a.alpha),comparison:l,config:a}}const f=evaluateRules(l,a);const p=findReplacements(l,f,a.alpha);const h=withReplacements(f,p);const d=findMovedWork(l,h.violations.filter(e=>!p.has(e.function)),a.alpha);const m=withdraw(h,d);const v=[...u,...[...p].sort(([e],[t])=>e<t?-1:1).map(([e,t])=>`${e} is new and ${t.replaces.join(", ")} ${t.replaces.length===1?"is":"are"} gone under the same callers: judged as a replacement, by the net change${t.violations.length===0?" (within the noise or the rules: not a regression)":""}`),...[...d].sort().map(e=>`${e} is new, but its callers did not grow (the noise model says they grew by less than half its cost): counted as work that moved, not as a regression`)];const y=new Map;const b=new Set;for(const e of m.violations){if(e.metric==="total"||!y.has(e.function))y.set(e.function,e.drift.factor);if(e.metric==="total"&&!e.drift.identifiable&&l.drift!==null)b.add(e.function)}const w=getUnitScale(i.unit).dimension;const wouldBreak=(e,t)=>m.violations.some(r=>r.function===e&&exceedsLimits(withDelta(r.change,t),r.limits,w));const x=new Set(y.keys());const $=findLibraryFunctions(l.aligned,x);const S=x.size>0?attributeGrowth(x,findCallRelations(l.aligned,x,l.measure),{isLibrary:e=>$.has(e),wouldBreak:wouldBreak,drift:e=>y.get(e),wholeProfile:e=>b.has(e),profileDrift:l.shift}):[];const k=findGrowthPaths(l.aligned,S.map(e=>e.function),l.measure);const _=S.map(e=>({...e,paths:k.get(e.function)??[]}));const{table:A,measure:N}=l;const E=[...new Set([...S.map(e=>e.function),...x])];const T=E.map(e=>{const t=A.rowOf(e);const value=(e,r)=>t<0?0:A.meanMeasured(t,e,r);return{name:e,status:t<0?"both":A.status(t),self:{baseline:value("baseline","self"),candidate:value("candidate","self")},total:{baseline:value("baseline","total"),candidate:value("candidate","total")}}});const I=findPatterns(l.aligned,N,i,T);return{report:buildReport(l,m,_,v,a.alpha,I),comparison:l,config:a}}const gt=require("node:perf_hooks");function timing(e){if(process.env.FLAMEGATE_TIMING)process.stderr.write(`flamegate: timing: ${e} at ${gt.performance.now().toFixed(0)} ms\n`)}const vt=require("node:os");const yt=require("node:worker_threads");function afterFailure(e,t){return t>Atomics.load(e,0)}function markFailed(e,t){let r=Atomics.load(e,0);while(t<r){const i=Atomics.compareExchange(e,0,r,t);if(i===r)return;r=i}}function workerScript(){if(!__filename.endsWith(".js"))return undefined;return[(0,l.join)(__dirname,"parse-worker","index.js"),(0,l.join)(__dirname,"..","parse-worker","index.js")].find(e=>(0,a.existsSync)(e))}const bt=16*1024*1024;function threadLimit(e){const t=Number(process.env.FLAMEGATE_THREADS);if(Number.isInteger(t)&&t>=1)return t;return totalSize(e)>=bt?(0,vt.availableParallelism)():1}function readIntoSharedTable(e,t,r=()=>undefined){const i={...t,shared:new SharedTable};return e.map(({file:e,side:t})=>{const o=readProfiles([e],t,i)[0];r();return o})}async function readProfilesInParallel(e,t,r){const i=workerScript();const o=Math.min(e.length,threadLimit(e.map(e=>e.file)),8);let a=0;const tick=()=>r?.(++a);if(!i||o<2){const r=readIntoSharedTable(e,t,tick);timing("profiles parsed on 1 thread");return r}const l=new Int32Array(new SharedArrayBuffer(4));l[0]=e.length;const c=new Array(e.length);const u={...t,shared:new SharedTable};const f={...t,shared:undefined};const p=Array.from({length:o-1},()=>new yt.Worker(i));try{const t=p.map((t,r)=>new Promise(i=>{const a=e.map(({file:e,side:t},r)=>({id:r,file:e,side:t,options:f})).filter(e=>e.id%o===r+1);let u=a.length;if(u===0)i();t.on("message",t=>{c[t.id]="profile"in t?{profile:{source:e[t.id].file,profile:t.profile}}:"skipped"in t?t:{error:t.input?new InputError(t.error):new Error(t.error)};if(!("skipped"in t))tick();if(--u===0)i()});const fail=e=>{for(const t of a)c[t.id]??={error:e};i()};t.on("error",fail);t.on("exit",e=>fail(new Error(`a parse worker exited with code ${e}`)));for(const e of a)t.postMessage({...e,failed:l})}));e.forEach(({file:e,side:t},r)=>{if(r%o!==0)return;if(afterFailure(l,r)){c[r]={skipped:true};return}try{c[r]={profile:readProfiles([e],t,r===0?u:f)[0]}}catch(e){c[r]={error:e};markFailed(l,r)}tick()});await Promise.all(t)}finally{await Promise.all(p.map(e=>e.terminate()))}const h=c.map((t,r)=>{if(!t)throw new Error("a parse worker ended without an answer");if("error"in t)throw t.error;if("skipped"in t)throw new Error("unreachable: a file was skipped, though none before it failed");const{profile:i}=t.profile;if(i.tree.shared===u.shared)return t.profile;const o=withinLimits(`${e[r].side} ${quote(e[r].file)}`,()=>absorbTree(i.tree,u.shared));return{...t.profile,profile:{...i,tree:o}}});timing(`profiles parsed on ${o} threads`);return h}const wt=16*1024*1024;function startProgress(e,t){if(!e.isTTY)return{end:()=>undefined};const r=totalSize(t);if(r<wt)return{end:()=>undefined};const i=r>=1e9?`${(r/1e9).toFixed(1)} GB`:`${Math.round(r/1e6)} MB`;const show=r=>e.write(`\r[Kflamegate: reading ${r} of ${t.length} profile${t.length===1?"":"s"} (${i})…`);show(0);return{progress:show,end:()=>e.write("\r[K")}}const xt=".github/flamegate.yml";function loadConfig(e){const t=e??((0,a.existsSync)(xt)?xt:undefined);if(t===undefined)return defaultConfig();let r;try{r=(0,a.readFileSync)(t,"utf8")}catch(e){throw new InputError(`rules file ${quote(t)}: cannot be read (${e.code??e.message})`)}return parseConfig(r,`rules file ${quote(t)}`)}async function loadRuns(e,t){const r=loadConfig(e.configPath);const i=sideFiles(e);const o=await readFiles(i,{maxDecompressedBytes:e.maxDecompressedBytes,...e.tag?{label:e.tag}:{},...e.window?{window:e.window}:{}},t);const a=e.tag?checkTag(e.tag,o):[];const l=e.window?checkWindow(e.window,o):[];const c=i.filter(e=>e.side==="baseline").length;const u=selectSampleType(o.slice(0,c),o.slice(c),e.sampleType??r.sampleType);return{...u,normalize:e.normalize??r.normalize??"none",config:r,notes:[...e.notes??[],...overlap(i),...l,...a,...fileNotes(o),...emptyRuns([...u.baseline,...u.candidate],u.sampleType,e.tag!==undefined||e.window!==undefined)]}}function overlap(e){const resolved=t=>new Set(e.filter(e=>e.side===t).map(e=>(0,l.resolve)(e.file)));const t=resolved("baseline");const r=resolved("candidate");const i=[...r].filter(e=>t.has(e));if(i.length===0||i.length===t.size&&i.length===r.size)return[];return[`${i.length} file${i.length===1?" is":"s are"} on both sides (${quote(i[0])}${i.length>1?", ...":""}): each is compared with itself, which hides a change; check the globs (baseline ${t.size} files, candidate ${r.size})`]}function sideFiles(e){const t=e.baseline.length===0?[]:expandInputs(e.baseline,"baseline");return[...t.map(e=>({file:e,side:"baseline"})),...expandInputs(e.candidate,"candidate").map(e=>({file:e,side:"candidate"}))]}async function readFiles(e,t,r){timing("first profile read");const{progress:i,end:o}=r?startProgress(r,e.map(e=>e.file)):{progress:undefined,end:()=>undefined};try{const r=await readProfilesInParallel(e,{...t,maxDecompressedBytes:t.maxDecompressedBytes??he},i);return r.map((t,r)=>({...t,side:e[r].side}))}finally{o()}}const $t=20;async function labelValues(e,t){const r=await readFiles(sideFiles(e),{maxDecompressedBytes:e.maxDecompressedBytes,label:{key:t}});const i=new Map;r.forEach(({source:e,side:r,profile:o})=>{if(!o.labels)throw new InputError(`--split-by ${t}: ${r} ${quote(e)} is ${o.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile)`);for(const[e,t]of o.labels.values)i.set(e,(i.get(e)??0)+t)});if(![...i.keys()].some(e=>e!==""))throw new InputError(`--split-by ${t}: ${describeValues(t,r.map(e=>e.profile))}`);if(i.size>$t){throw new InputError(`--split-by ${t}: it takes ${i.size} values, more than the ${$t} a split compares; expected a label with few values (a service, an endpoint), or --tag ${t}=VALUE for one of them`)}return[...i.keys()].sort((e,t)=>e===""?1:t===""?-1:e<t?-1:e>t?1:0)}function checkTag(e,t){const r=e.split?`--split-by ${e.key}`:`--tag ${e.key}=${e.value}`;const i=e.value===""?`the samples without the label ${e.key}`:`the samples labelled ${e.key}=${e.value}`;let o=0;let a=0;for(const{source:e,side:i,profile:l}of t){if(!l.labels){throw new InputError(`${r}: ${i} ${quote(e)} is ${l.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile=NAME)`)}o+=l.labels.kept;for(const[,e]of l.labels.values)a+=e}const l=[`kept only ${i}: ${a>0?(o/a*100).toFixed(1):"0"}% of all sample records`];for(const o of[...new Set(t.map(e=>e.side))]){const a=t.filter(e=>e.side===o);if(a.length===0||a.some(e=>e.profile.labels.kept>0))continue;if(e.split)l.push(`the ${o} has none of ${i}: all of it is ${o==="baseline"?"new":"gone"}`);else throw new InputError(`${r}: no sample of the ${o} has it (${quote(a[0].source)}${a.length>1?` and ${a.length-1} more`:""}); ${describeValues(e.key,a.map(e=>e.profile))}`)}return l}function describeWindow(e){const s=e=>`${Number(e.toPrecision(6))} s`;return`${e.start>0?`from ${s(e.start)}`:"from the start"} ${Number.isFinite(e.end)?`to ${s(e.end)}`:"to the end"}`}function checkWindow(e,t){const r=`the window ${describeWindow(e)}`;let i=0;let o=0;for(const{source:e,side:a,profile:l}of t){if(!l.window){throw new InputError(`${r}: ${a} ${quote(e)} is ${l.format}, which records no time per sample; expected perf script, a V8 .cpuprofile or Chrome trace, or a speedscope evented profile`)}i+=l.window.kept;o+=l.window.records}for(const e of[...new Set(t.map(e=>e.side))]){const i=t.filter(t=>t.side===e);if(i.some(e=>e.profile.window.kept>0&&e.profile.tree.leafSelf[e.profile.defaultSampleType].some(e=>e>0)))continue;const o=i.map(e=>e.profile.window.span);throw new InputError(`${r}: keeps no sample of the ${e} (${quote(i[0].source)}${i.length>1?` and ${i.length-1} more`:""}), whose samples end ${o.length>1&&Math.min(...o)!==Math.max(...o)?`between ${Number(Math.min(...o).toPrecision(4))} and ${Number(Math.max(...o).toPrecision(4))}`:Number(Math.max(...o).toPrecision(4))} s after their start; expected a window inside them`)}return[`kept the samples ${describeWindow(e)} of each profile: ${o>0?(i/o*100).toFixed(1):"0"}% of the sample records`]}function describeValues(e,t){const r=new Map;let i=0;for(const e of t){for(const[t,o]of e.labels?.values??[]){r.set(t,(r.get(t)??0)+o);i+=o}}const o=[...r].filter(([e])=>e!=="");if(o.length===0){const r=[...new Set(t.flatMap(e=>e.labels?.keys??[]))].sort();return`no sample is labelled ${e} at all (string labels are read; a numeric one is not a value to select by); expected a label key the profiles carry${r.length>0?`: ${r.slice(0,10).map(e=>quote(e,60)).join(", ")}${r.length>10?`, and ${r.length-10} more`:""}`:" (they carry none)"}`}const a=[...r].sort((e,t)=>t[1]-e[1]).slice(0,10).map(([t,r])=>`${t===""?`(no ${e} label)`:quote(t)} (${(r/i*100).toFixed(1)}%)`);return`${e} takes ${a.join(", ")}${r.size>10?`, and ${r.size-10} more`:""}; expected one of them`}function fileNotes(e){const t=new Map;for(const{source:r,profile:i}of e){for(const e of new Set(i.notes)){const i=t.get(e);if(i)i.push(r);else t.set(e,[r])}}return[...t].map(([e,t])=>`${t[0]}${t.length>1?` and ${t.length-1} more file${t.length===2?"":"s"}`:""}: ${e}`)}function emptyRuns(e,t,r){return e.filter(e=>!e.profile.tree.leafSelf[e.typeIndex].some(e=>e!==0)).map(e=>`${e.source}: holds no ${t.type}/${t.unit}${r?" among the samples kept":" (an empty profile)"}: it counts as a run that did nothing`)}function formatP(e){if(e<.001)return"<0.001";return e>=.1?e.toFixed(2):e.toFixed(3)}function functionChange(e,t){const r=measure_Measure.of(e);const i=r.of(t.baseline,"total");const o=r.of(t.candidate,"total");const a=o-i;const l=i!==0?a/i:null;return{baseline:i,candidate:o,delta:a,relative:l,ofTotal:ofTotal(e,a)}}function ofTotal(e,t){const r=measure_Measure.of(e);return r.share||e.baseline.total!==0?r.points(t,e.baseline.total):null}function biggestChanges(e,t,r){const i=e.functions;const o=[];const before=(e,r)=>(r.delta-e.delta)*t<0||e.delta===r.delta&&i.name(e.row)<i.name(r.row);for(let a=0;a<i.length;a++){const l=i.total(a,"candidate")-i.total(a,"baseline");if(!(l*t>0))continue;if(t===-1&&!(Math.abs(ofTotal(e,l)??1)>=.005&&i.pValue(a)<=e.noise.alpha))continue;const c={row:a,delta:l};if(o.length===r){if(r===0||!before(c,o[r-1]))continue;o.pop()}let u=o.length;while(u>0&&before(c,o[u-1]))u--;o.splice(u,0,c)}return o.map(({row:e})=>i.entry(e))}function biggestChangeRows(e,t,r){const i=[];for(const o of biggestChanges(e,t,r*4)){const e=i.find(e=>sameSamples(e[0],o));if(e)e.push(o);else if(i.length<r)i.push([o])}return i}function sameSamples(e,t){const equal=(e,t)=>e.length===t.length&&e.every((e,r)=>e===t[r]);return e.status===t.status&&equal(e.baseline.totalRuns,t.baseline.totalRuns)&&equal(e.candidate.totalRuns,t.candidate.totalRuns)}function selfChange(e,t){const r=measure_Measure.of(e);return t.reduce((e,t)=>e+r.of(t.candidate,"self")-r.of(t.baseline,"self"),0)}function verdictSummary(e){const t=leadViolations(e).map(e=>e.lead);const r=t.filter(e=>e.severity==="fail").length;const i=t.filter(e=>e.severity==="warn").length;const o=e.overall?.violated?` (profile total ${e.overall.severity==="fail"?"over its limit":"grew"})`:"";if(e.verdict==="no-baseline")return"no baseline to compare with";if(e.verdict==="pass")return"no regression";const a=[];if(r>0)a.push(`${r} regression${r===1?"":"s"}`);if(i>0)a.push(`${i} warning${i===1?"":"s"}`);return`${a.join(", ")||"profile total grew"}${a.length>0?o:""}`}function noiseSentence(e){const{noise:t}=e;const r=t.hypotheses<t.tested?`, ${t.hypotheses} distinct`:"";const pct=e=>`${Number((e*100).toPrecision(3))}%`;const i=`weighted Benjamini-Hochberg at ${Number((t.alpha*100).toPrecision(4))}% over ${t.tested} function${t.tested===1?"":"s"} large enough to break a rule${r}`;const o=t.runNoiseEstimated?`run-to-run noise ${pct(t.runNoise)}, estimated`:`run-to-run noise ${pct(t.runNoise)}, assumed: too few functions to estimate it`;const a=t.drift&&Math.abs(t.drift.change)>.001?` Runner drift: judged for each function from the code outside it (whole profile ${formatPercent(t.drift.change)}).`:"";const l=t.machineShare&&runnersDiffered(t.machineShare.baseline,t.machineShare.candidate)?` The runners differed: frames that measure the machine (preemption, GC, interrupts, idle) held ${pct(t.machineShare.baseline)} of the baseline and ${pct(t.machineShare.candidate)} of the candidate; they are never judged on their own.`:"";if(t.test==="welch")return`moderated t-test on log per-run values (${o}), ${i}.${a}${l}`;if(t.test==="prediction")return`one run against the other side's runs (moderated variance, ${o}), ${i}.${a}${l}`;return`one run per side (${o} on top of sampling noise), ${i}.${a}${l} Compare several runs per side for a sharper verdict.`}function runnersDiffered(e,t){const[r,i]=e<t?[e,t]:[t,e];return i-r>=.02&&i>=1.5*r}function driftNote(e,t){if(t.drift===undefined||Math.abs(t.drift-1)<.001)return"";return` (measured ${measure_Measure.of(e).formatChange(t.raw.delta,t.raw.relative,null)}; runner drift ${formatPercent(t.drift-1)} divided out)`}function leadViolations(e){const t=new Map;for(const r of e.violations)if(!t.has(r.function))t.set(r.function,r);return e.findings.filter(e=>t.has(e.function)).map(e=>({lead:t.get(e.function),paths:e.paths,into:e.into}))}const St={"hot-spot":{label:"hot spot",look:"its own code takes the time: look inside it, not at what it calls",carriers:"the rest through"},subtree:{label:"subtree",look:"its own code did not grow; what it calls did",carriers:"through"},"new-code":{label:"new code",look:"the candidate runs it and the baseline never did: is it meant to run here, this often?",carriers:"through"},allocation:{label:"allocation",look:"more memory allocated or kept: look for new or larger allocations here and below",carriers:"through"},contention:{label:"contention",look:"more time waiting for a lock through it: look at what holds the lock, and for how long",carriers:"through"},kernel:{label:"kernel",look:"the growth is kernel time below it (system calls, I/O, page faults): look at what it asks the kernel for",carriers:"through"}};const kt=/(?:^|[.:_])R?[Uu]nlock$/;const _t={label:"contention",look:"others waited longer for a lock it held (the profile records the holder at its unlock): look at what it does while holding the lock",carriers:"released through"};function patternLine(e,t,r){if(!e.pattern)return null;const i=e.pattern==="contention"&&e.carriers?.some(e=>kt.test(e))?_t:St[e.pattern];const o=e.carriers?.length?`; ${i.carriers} ${e.carriers.map(t).join(", ")}`:"";return`${i.label}: ${i.look}${o}${e.pattern==="contention"&&r?waitShare(e,r):""}`}function waitShare(e,t){const share=(e,r)=>t.normalize==="total"?e:r>0?e/r:0;const pct=e=>`${(e*100).toFixed(1)}%`;const r=t.baseline.runs>0?` (${pct(share(e.baseline,t.baseline.total))} before)`:"";return`; ${pct(share(e.candidate,t.candidate.total))} of all wait time${r}`}function kernelNote(e){const t=e.kernelShare;if(!t)return"";const pct=e=>`${(e*100).toFixed(1)}%`;return e.baseline.runs>0?` · kernel time ${pct(t.baseline)} → ${pct(t.candidate)} of each total`:` · kernel time ${pct(t.candidate)} of the total`}async function compareFiles(e,t){const r=analyze(await loadRuns(e,t));timing("compared");return r}const At={pass:"✅",warn:"⚠️",fail:"❌","no-baseline":"ℹ️"};const Nt=120;function codeSpan(e,t=Nt,r=true){let i=visible(e);if(i.length>t)i=`${i.slice(0,t-1)}…`;const o=Math.max(0,...(i.match(/`+/g)??[]).map(e=>e.length));const a="`".repeat(o+1);const l=i.startsWith("`")||i.endsWith("`")||i.startsWith(" ")||i.endsWith(" ")?" ":"";return`${a}${l}${r?i.replace(/\|/g,"\\|"):i}${l}${a}`}const Et=`<sub>How to read this: a function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested. "of total" is points of the baseline profile's total.</sub>`;const Tt=["fail","warn","pass","no-baseline"];function combinedVerdict(e){return Tt.find(t=>e.includes(t))??null}function renderCombined(e){const t=combinedVerdict(e.map(e=>e.verdict));const r=e.map(e=>`${codeSpan(e.key,40,false)} ${e.verdict?`${At[e.verdict]} ${e.verdict}`:"· no report"}`).join(" · ");const i=[`### flamegate · ${t?`${At[t]} ${t}`:"no report"} · ${r}`,""];for(const t of e){if(t.verdict)i.push(t.markdown.replace(/^### /,"#### ").replace(Et,"").trimEnd(),"");else i.push(`#### flamegate · ${codeSpan(t.key,40,false)} · no report`,"",t.markdown,"")}if(e.some(e=>e.verdict))i.push(Et,"");return i.join("\n")}function renderMarkdown(e,t={}){const r=measure_Measure.of(e);const i=t.rows??10;const o=`flamegate · ${codeSpan(t.key??e.sampleType.type,40,false)}`;const a=[];a.push(`### ${o} · ${At[e.verdict]} ${e.verdict}: ${verdictSummary(e)}`);a.push("");if(t.commits){const e=t.commits;a.push(`${codeSpan(e.candidate.slice(0,7),12)} (this PR) against ${e.baseline?`${codeSpan(e.baseline.slice(0,7),12)}${e.baseRef?` (${codeSpan(e.baseRef,60,false)})`:""}`:"no baseline"}`,"")}a.push(`Candidate (${runs(e.candidate.runs)}) against baseline (${runs(e.baseline.runs)}) · ${codeSpan(`${e.sampleType.type}/${e.sampleType.unit}`,60,false)} · ${r.description} (\`normalize: ${r.normalize}\`) · total ${formatValue(e.baseline.total,e.sampleType.unit)} → ${formatValue(e.candidate.total,e.sampleType.unit)}${kernelNote(e)}`);a.push("");if(e.verdict!=="no-baseline")a.push(`Noise: ${noiseSentence(e)}`,"");const l=leadViolations(e);const source=e=>{const r=t.sources?.get(e);if(!r)return"";const i=`${r.path}${r.line?`:${r.line}`:""}`;return` · [${codeSpan(i,80)}](${r.url})${r.changed?" ✏️ **changed in this PR**":""}`};const c=l.filter(e=>t.sources?.get(e.lead.function)?.changed).length;if(c>0)a.push(`✏️ ${c===l.length?l.length===1?"The regression is":`All ${l.length} regressions are`:`${c} of the ${l.length} regressions are`} in code this pull request changed.`,"");if(l.length>0){a.push("| | function | metric | baseline | candidate | change | p | rule |");a.push("|---|---|---|---|---|---|---|---|");for(const{lead:t,paths:i,into:o}of l){const l=t.severity==="fail"?"❌":"⚠️";const c=t.status==="new"?" (new)":"";a.push(`| ${l} | ${codeSpan(t.function)}${c}${source(t.function)} | ${t.metric} | ${r.format(t.baseline)} | ${r.format(t.candidate)} | ${r.formatChange(t.delta,t.relative,t.ofBaselineTotal)+driftNote(e,t)} | ${formatP(t.pValue)} | ${codeSpan(t.rule)} |`);for(const e of i){if(e.callers.length>0)a.push(`| | ↳ via ${e.callers.map(e=>codeSpan(e,60)).join(" ← ")} | | | | ${r.formatSigned(e.delta)} | | |`)}if(o.length>0)a.push(`| | ↳ into ${chain(o," · ")} | | | | | | |`);const u=patternLine(t,e=>codeSpan(e,60),e);if(u)a.push(`| | ↳ ${u} | | | | | | |`)}a.push("");const t=e.violations.length-l.length;if(t>0)a.push(`${t} more violation${t===1?"":"s"} of the same growth (callers, callees, other metrics) ${t===1?"is":"are"} in the JSON report.`,"")}if(e.overall?.violated){a.push(`${e.overall.severity==="fail"?"❌":"⚠️"} The profile total grew ${r.formatChange(e.overall.delta,e.overall.relative,null)} (p ${formatP(e.overall.pValue)}; rule: ${codeSpan(e.overall.rule??"",undefined,false)}).`,"")}if(t.image){const e=`![diff flame graph](${t.image.url})`;a.push(t.image.inline?t.interactive?`[${e}](${t.interactive})`:e:`[diff flame graph (PNG)](${t.image.url})`,"")}if(t.interactive){a.push(`🔎 [Open the interactive report](${t.interactive}): zoom and search the flame graph, see a function's callers and callees, sort every function.`,"")}const u=biggestChangeRows(e,1,i);if(u.length>0){a.push(l.length>0?"<details><summary>Biggest increases</summary>":"**Biggest increases**","");a.push(...changeTable(e,u),"");if(l.length>0)a.push("</details>","")}const f=biggestChangeRows(e,-1,i);if(f.length>0){a.push("<details><summary>Biggest improvements</summary>","");a.push(...changeTable(e,f),"","</details>","")}a.push("<details><summary>Profiles read</summary>","",...profilesRead(e),"","</details>","");if(e.notes.length>0){a.push("<details><summary>Notes</summary>","");for(const t of e.notes)a.push(`- ${codeSpan(t,300,false)}`);a.push("","</details>","")}if(t.links?.length)a.push(t.links.join(" · "),"");a.push(Et);return`${a.join("\n")}\n`}function changeTable(e,t){const r=measure_Measure.of(e);const i=["| function | total baseline | total candidate | change | self change | p |","|---|---|---|---|---|---|"];for(const o of t){const t=o[0];const a=functionChange(e,t);const l=t.status==="both"?"":` (${t.status})`;const c=o.slice(0,4).map(e=>codeSpan(e.name,o.length>1?60:undefined)).join(" · ")+(o.length>4?` · … (${o.length-4} more)`:"");i.push(`| ${c}${l} | ${r.format(a.baseline)} | ${r.format(a.candidate)} | ${r.formatChange(a.delta,a.relative,a.ofTotal)} | ${r.formatSigned(selfChange(e,o))} | ${formatP(t.pValue)} |`)}if(t.some(e=>e.length>1))i.push("","Functions on one row ran on the same samples in every run (a call chain): one change, not several.");return i}function profilesRead(e){const t=10;const r=[...e.baseline.sources,...e.candidate.sources];let i=r.length>0?r[0].slice(0,r[0].search(/[^/\\]*$/)):"";for(const e of r)while(i!==""&&!e.startsWith(i))i=i.slice(0,i.slice(0,-1).search(/[^/\\]*$/));return["baseline","candidate"].filter(t=>e[t].runs>0).map(r=>{const{sources:o,formats:a=[]}=e[r];const l=a.length>0&&a.every(e=>e===a[0]);const c=o.slice(0,t).map((e,t)=>`${codeSpan(e.slice(i.length),80,false)}${!l&&a[t]?` (${codeSpan(a[t],20,false)})`:""}`);const u=o.length>t?`, and ${o.length-t} more`:"";return`- ${r}${l?` (read as ${codeSpan(a[0],20,false)})`:""}: ${c.join(", ")}${u}`})}function chain(e,t){const r=e.slice(0,3).map(e=>codeSpan(e,60));return r.join(t)+(e.length>3?`${t}… (${e.length-3} more)`:"")}function runs(e){return`${e} run${e===1?"":"s"}`}const It=["name","file","line","status","baseline","candidate","pValue","pValueSelf","self","total","selfShare","totalShare","selfRuns","totalRuns"];const Ct=true;const Ot=[...It];const Lt=256;function reportJson(e){return[...reportJsonParts(e)].join("")}function*reportJsonParts(e){const t=Object.entries(e);yield"{\n";for(let r=0;r<t.length;r++){const[i,o]=t[r];yield`  ${JSON.stringify(i)}: `;if(i==="functions")yield*functionLines(largestChangeFirst(allFunctions(e)));else yield JSON.stringify(o,null,2).replace(/\n/g,"\n  ");yield r<t.length-1?",\n":"\n"}yield"}\n"}function largestChangeFirst(e){const t=Float64Array.from(e,e=>Math.abs(e.candidate.total-e.baseline.total));return Array.from(t.keys()).sort((r,i)=>t[i]-t[r]||(e[r].name<e[i].name?-1:1)).map(t=>e[t])}function*functionLines(e){if(e.length===0){yield"[]";return}yield"[\n    ";for(let t=0;t<e.length;t+=Lt){const r=JSON.stringify(e.slice(t,t+Lt),Ot);if(t>0)yield",\n    ";yield r.slice(1,-1).replaceAll('},{"name":','},\n    {"name":')}yield"\n  ]"}function*splitJsonParts(e,t){yield`{\n"splitBy": ${JSON.stringify(e)},\n"reports": [\n`;for(let e=0;e<t.length;e++){yield`{"value": ${JSON.stringify(t[e].value)}, "report": `;yield*reportJsonParts(t[e].report);yield`}${e<t.length-1?",":""}\n`}yield"]\n}\n"}const Mt=60;const Pt={fail:e=>e,warn:e=>e,pass:e=>e,dim:e=>e};const Ft={fail:e=>`[1;31m${e}[0m`,warn:e=>`[1;33m${e}[0m`,pass:e=>`[1;32m${e}[0m`,dim:e=>`[2m${e}[0m`};function paletteFor(e){return e?Ft:Pt}function wantsColor(e,t=process.env){if(t.NO_COLOR!==undefined&&t.NO_COLOR!=="")return false;if(t.FORCE_COLOR!==undefined&&t.FORCE_COLOR!=="0")return true;return e.isTTY===true&&t.TERM!=="dumb"}function renderTerminal(e,t={}){const r=measure_Measure.of(e);const i=t.rows??10;const o=t.color?Ft:Pt;const a=e.verdict==="fail"?o.fail:e.verdict==="warn"?o.warn:e.verdict==="pass"?o.pass:o.dim;const l=[];l.push(`flamegate: ${a(e.verdict.toUpperCase())}: ${verdictSummary(e)}`);l.push(`${terminalText(`${e.sampleType.type}/${e.sampleType.unit}`,60)}, ${r.description}; candidate ${e.candidate.runs} run(s) against baseline ${e.baseline.runs} run(s); total ${formatValue(e.baseline.total,e.sampleType.unit)} -> ${formatValue(e.candidate.total,e.sampleType.unit)}${kernelNote(e).replace(" · ","; ").replace("→","->")}`);l.push(`read as: ${["baseline","candidate"].filter(t=>e[t].runs>0).map(t=>`${t} ${formatsOf(e[t].formats??[])}`).join(", ")}`);if(e.verdict!=="no-baseline")l.push(`noise: ${noiseSentence(e)}`);const c=leadViolations(e);if(c.length>0){l.push("","Violations:");const t=[["","function","metric","baseline","candidate","change","p"]];for(const{lead:i,paths:o,into:a}of c){t.push([i.severity.toUpperCase(),terminalName(i.function)+(i.status==="new"?" (new)":""),i.metric,r.format(i.baseline),r.format(i.candidate),r.formatChange(i.delta,i.relative,i.ofBaselineTotal)+driftNote(e,i),formatP(i.pValue)]);for(const e of o){if(e.callers.length>0)t.push(["",`\0  via ${e.callers.map(e=>terminalName(e,40)).join(" <- ")} (${r.formatSigned(e.delta)})`])}if(a.length>0)t.push(["",`\0  into ${list(a)}`]);const l=patternLine(i,e=>terminalName(e,40),e);if(l)t.push(["",`\0  ${l}`]);t.push(["",`\0  rule: ${terminalText(i.rule,200)}`])}l.push(...align(t).map(e=>e.replace(/^ {2}(FAIL|WARN) /,(e,t)=>`  ${t==="FAIL"?o.fail(t):o.warn(t)} `)));const i=e.violations.length-c.length;if(i>0)l.push("",`${i} more violation${i===1?"":"s"} of the same growth (callers, callees, other metrics) ${i===1?"is":"are"} in the JSON report.`)}if(e.overall?.violated){const t=e.overall.severity==="fail"?o.fail("FAIL"):o.warn("WARN");l.push("",`${t}: the profile total grew ${r.formatChange(e.overall.delta,e.overall.relative,null)} (p ${formatP(e.overall.pValue)}; rule: ${terminalText(e.overall.rule??"",200)})`)}for(const[t,o]of[["Biggest increases (total):",1],["Biggest improvements (total):",-1]]){const a=biggestChangeRows(e,o,o===1?i:Math.ceil(i/2));if(a.length===0)continue;l.push("",t);const c=[["function","baseline","candidate","change","self change","p"]];for(const t of a){const i=t[0];const o=functionChange(e,i);const a=t.slice(0,4).map(e=>terminalName(e.name,t.length>1?40:undefined)).join(" · ")+(t.length>4?` (+${t.length-4} more)`:"")+(i.status==="both"?"":` (${i.status})`);c.push([a,r.format(o.baseline),r.format(o.candidate),r.formatChange(o.delta,o.relative,o.ofTotal),r.formatSigned(selfChange(e,t)),formatP(i.pValue)])}l.push(...align(c))}if(e.notes.length>0)l.push("");for(const t of e.notes)l.push(`note: ${terminalText(t,200)}`);l.push("",o.dim('A function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested; "of total" is points of the baseline profile\'s total.'));return`${l.join("\n")}\n`}function formatsOf(e){const t=new Map;for(const r of e)t.set(r,(t.get(r)??0)+1);if(t.size===1)return terminalText(e[0],40);return[...t].map(([e,t])=>`${terminalText(e,40)} ${t}`).join(", ")}function list(e){return e.slice(0,3).map(e=>terminalName(e,40)).join(", ")+(e.length>3?` (+${e.length-3} more)`:"")}function terminalText(e,t=Mt){const r=visible(e);return r.length>t?`${r.slice(0,t-1)}…`:r}function terminalName(e,t=Mt){return shortenName(visible(e),t)}function align(e){const fits=e=>!e.some(e=>e.startsWith("\0"));const t=e[0].map((t,r)=>Math.max(...e.filter(fits).map(e=>[...e[r]].length)));return e.map(e=>{const r=e.map((e,r)=>e.startsWith("\0")?e.slice(1):e+" ".repeat(Math.max(0,t[r]-[...e].length)));return`  ${r.join("  ").trimEnd()}`})}const Rt=16;const Bt=11;const jt=Bt*.6021;const Dt="DejaVu Sans Mono";function escapeXml(e,t=false){return visible(e,t).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;")}function n(e){return(Math.round(e*100)/100).toString()}function stroke(e,t=""){return e.outline?` stroke="${e.outline}" stroke-width="1.5"${e.dashed?' stroke-dasharray="3 2"':""}`:t}function renderSvg(e){const t=[];t.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(e.width)}" height="${n(e.height)}" viewBox="0 0 ${n(e.width)} ${n(e.height)}" font-family="${Dt}" font-size="${Bt}">`);t.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);t.push(`<text x="10" y="22" font-size="15" font-weight="bold" fill="${e.titleColor}">${escapeXml(e.title)}</text>`);t.push(`<text x="10" y="40" fill="#333333">${escapeXml(e.subtitle)}</text>`);let r=10;for(const i of e.legend){t.push(`<rect x="${n(r)}" y="49" width="14" height="11" fill="${i.fill}"${stroke(i,' stroke="#888888" stroke-width="0.5"')}/>`);t.push(`<text x="${n(r+18)}" y="58.5" fill="#333333">${escapeXml(i.label)}</text>`);r+=18+i.label.length*jt+16}if(e.chart)t.push(...renderChart(e.chart));for(const r of e.frames){const e=r.outline?.75:0;t.push(`<g><title>${escapeXml(r.title,true)}</title><rect x="${n(r.x+e)}" y="${n(r.y+e)}" width="${n(Math.max(r.width-.5-2*e,.5))}" height="${Rt-1-2*e}" fill="${r.fill}"${stroke(r)}/>${r.label?`<text x="${n(r.x+3)}" y="${n(r.y+Rt-4.5)}">${escapeXml(r.label)}</text>${underscores(r.label,r.x+3,r.y+Rt-2.5)}`:""}</g>`)}t.push("</svg>");return`${t.join("\n")}\n`}function renderChart(e){const t=[];const{x:r,y:i,width:o,height:a}=e;t.push(`<rect x="${n(r)}" y="${n(i)}" width="${n(o)}" height="${n(a)}" fill="#fafbfc" stroke="#d0d7de" stroke-width="0.5"/>`);for(const i of e.yTicks){t.push(`<line x1="${n(r)}" y1="${n(i.y)}" x2="${n(r+o)}" y2="${n(i.y)}" stroke="#e6e8eb" stroke-width="0.5"/>`);t.push(`<text x="${n(r-4)}" y="${n(i.y+4)}" text-anchor="end" fill="#57606a">${escapeXml(i.label)}</text>`)}for(const r of e.xTicks)t.push(`<text x="${n(r.x)}" y="${n(i+a+13)}" text-anchor="middle" fill="#57606a">${escapeXml(r.label)}</text>`);t.push(`<text x="${n(r+o)}" y="${n(i+a+26)}" text-anchor="end" fill="#57606a">${escapeXml(e.xLabel)}</text>`);e.lines.forEach((e,a)=>{const l=e.points.map(([e,t])=>`${n(e)},${n(t)}`).join(" ");t.push(`<polyline points="${l}" fill="none" stroke="${e.color}" stroke-width="1.75"${e.dashed?' stroke-dasharray="4 3"':""}/>`);const c=i+8+a*16;const u=r+o+12;t.push(`<line x1="${n(u)}" y1="${n(c)}" x2="${n(u+18)}" y2="${n(c)}" stroke="${e.color}" stroke-width="2.5"${e.dashed?' stroke-dasharray="4 3"':""}/>`);t.push(`<text x="${n(u+24)}" y="${n(c+4)}" fill="#24292f">${escapeXml(e.label)}</text>`)});return t}function underscores(e,t,r){const i=[];const o=[...e];for(let e=0;e<o.length;e++){if(o[e]!=="_")continue;let a=e;while(o[a+1]==="_")a++;i.push(`<rect x="${n(t+e*jt)}" y="${n(r)}" width="${n((a-e+1)*jt)}" height="1" fill="#000000"/>`);e=a}return i.join("")}function fitLabel(e,t,r){const i=visible(e);const o=Math.floor((r-6)/jt);if(o<3)return"";const a=t?`${i} ${t}`:i;if([...a].length<=o)return a;const l=o-(t?t.length+1:0);if(t&&l>=5)return`${shortenName(i,l)} ${t}`;return shortenName(i,o)}function mannKendall(e,t){const r=e.length;if(r<3)return{s:0,p:1};let i=0;for(let t=0;t<r-1;t++){const o=e[t];for(let a=t+1;a<r;a++)i+=Math.sign(e[a]-o)}const o=tieGroups(e);const a=t?serialInflation(t,e):1;if(r<=10&&o.length===0&&a===1)return{s:i,p:exactUpper(r,i)};let l=r*(r-1)*(2*r+5);for(const e of o)l-=e*(e-1)*(2*e+5);l=l/18*a;if(!(l>0))return{s:i,p:1};const c=i>0?(i-1)/Math.sqrt(l):i<0?(i+1)/Math.sqrt(l):0;const u=zPValue(c);return{s:i,p:c>0?u/2:1-u/2}}function serialInflation(e,t){const r=t.length;const i=theilSen(e,t);const o=Array.from({length:r},(r,o)=>t[o]-i*e[o]);const a=rank(o);const l=(r+1)/2;let c=0;for(const e of a)c+=(e-l)**2;if(!(c>0))return 1;const u=1.96/Math.sqrt(r);let f=0;for(let e=1;e<r-2;e++){let t=0;for(let i=0;i<r-e;i++)t+=(a[i]-l)*(a[i+e]-l);const i=t/c;if(Math.abs(i)>u)f+=(r-e)*(r-e-1)*(r-e-2)*i}return Math.max(1,1+2/(r*(r-1)*(r-2))*f)}function rank(e){const t=e.map((e,t)=>t).sort((t,r)=>e[t]-e[r]);const r=new Array(e.length);for(let i=0;i<t.length;){let o=i+1;while(o<t.length&&e[t[o]]===e[t[i]])o++;for(let e=i;e<o;e++)r[t[e]]=(i+o+1)/2;i=o}return r}function tieGroups(e){const t=Float64Array.from(e).sort();const r=[];for(let e=0;e<t.length;){let i=e+1;while(i<t.length&&t[i]===t[e])i++;if(i-e>1)r.push(i-e);e=i}return r}function exactUpper(e,t){const r=e*(e-1)/2;let i=[1];for(let t=2;t<=e;t++){const e=new Array(i.length+t-1).fill(0);for(let r=0;r<i.length;r++)for(let o=0;o<t;o++)e[r+o]+=i[r];i=e}let o=0;let a=0;for(let e=0;e<i.length;e++){o+=i[e];if(r-2*e>=t)a+=i[e]}return a/o}function evenlySpaced(e,t){if(e<=t)return Array.from({length:e},(e,t)=>t);return Array.from({length:t},(r,i)=>Math.round(i*(e-1)/(t-1)))}const qt=200;function theilSen(e,t,r=0,i=t.length){const o=evenlySpaced(i-r,qt).map(e=>r+e);const a=[];for(let r=0;r<o.length-1;r++){const i=o[r];for(let l=r+1;l<o.length;l++){const r=o[l];const c=e[r]-e[i];if(c!==0)a.push((t[r]-t[i])/c)}}if(a.length===0)return 0;const l=Float64Array.from(a).sort();const c=l.length>>1;return l.length%2===1?l[c]:(l[c-1]+l[c])/2}const Vt=.0025;const Ut=.05;function growthNoise(e,t,r,i=true){const o=t.length;const a=Math.max(1,o-2);if(o<2)return{noise:0,df:a};let l=0;for(let e=0;e<o;e++)l+=t[e]/o;const c=Math.max(0,l)*r;if(!(c>0))return{noise:0,df:a};const u=Float64Array.from({length:o-1},(e,r)=>t[r+1]-t[r]);const f=medianOf(u);let p=0;for(const e of u)p+=(e-f)**2;const h=Math.max(0,p/a-(i?Math.max(0,f)*r:0));const d=Math.min(1,h/(2*c));let m=0;for(let t=0;t<o;t++)m+=e[t]/o;let v=0;for(let t=0;t<o;t++)v+=(e[t]-m)**2;if(!(v>0))return{noise:0,df:a};let y=0;for(let t=0;t<o;t++){const r=e[t]-m;y+=r*r;for(let i=1;t+i<o&&i*d<1;i++)y+=2*r*(e[t+i]-m)*(1-i*d)}const b=e[o-1]-e[0];return{noise:Math.sqrt(c*Math.max(0,y))/v*b,df:a}}function medianOf(e){const t=Float64Array.from(e).sort();const r=t.length>>1;return t.length%2===1?t[r]:(t[r-1]+t[r])/2}function seriesTrend(e,t,r=0,i=true){const o=t.length;const a=theilSen(e,t);const l=o>1?a*(e[o-1]-e[0]):0;let c=-Infinity;let u=0;for(let e=0;e<o;e++){c=Math.max(c,t[e]);u=Math.max(u,c-t[e])}const f=a>0?mannKendall(t,e).p:1;const p=Math.floor(o/2);const h=Array.prototype.slice.call(t,p);const d=Array.prototype.slice.call(e,p);const m=theilSen(d,h);const v=a>0?mannKendall(h,d).p:1;const{noise:y,df:b}=r>0?growthNoise(d,h,r,i):{noise:0,df:1};const w=h.length>1?m*(d[h.length-1]-d[0]):0;const x=y===0||w>0&&tPValue(w/y,b)/2<=Vt;const $=!(a>0)?"falling":u>l/2?"freed":!(v<=Ut&&m>=a/2)?"stopped":!x?"noise":"steady";return{slope:a,growth:l,p:f,drawdown:u,lateP:v,lateSlope:m,noise:y,steady:$==="steady",shape:$}}const Kt={freed:"freed again",stopped:"stopped rising",noise:"within sampling noise","not significant":"not significant",small:"under the floor"};const zt=8;const Ht=16;async function trendFiles(e,t){const r=loadConfig(e.configPath);const i=e.maxGrowth?{...r,trend:{maxGrowth:e.maxGrowth}}:r;const o=expandInputs(e.profiles,"profiles");if(o.length<zt){throw new InputError(`profiles ${e.profiles.map(e=>quote(e)).join(" ")}: ${o.length} file${o.length===1?"":"s"}, expected a series of at least ${zt} heap profiles of one run (fewer can show no leak; ${Ht} or more to tell a slow leak from noise)`)}const a=await readFiles(o.map(e=>({file:e,side:"profile"})),{maxDecompressedBytes:e.maxDecompressedBytes,...e.tag?{label:e.tag}:{}},t);const l=e.tag?checkTag(e.tag,a):[];const c=e.sampleType??i.sampleType??inUseType(a[0].profile.sampleTypes);const{sampleType:u,runs:f}=selectSampleTypeOf(a,c);refuseCumulative(u,a[0].source,a[0].profile.sampleTypes);checkTrendRule(i.trend.maxGrowth,u);const p=[...e.notes??[],...l,...fileNotes(a)];const h=analyzeTrend(f,u,i,p);timing("trend analysed");return h}function inUseType(e){return e.find(e=>e.type==="inuse_space")?.type??e.find(e=>/^inuse/.test(e.type))?.type}function refuseCumulative(e,t,r){const i=`profile ${quote(t)}`;const{dimension:o}=getUnitScale(e.unit);if(o==="time"){throw new InputError(`${i}: ${e.type}/${e.unit} is time, expected memory in use (a heap profile: inuse_space, inuse_objects; it has ${listTypes(r)}); trend follows memory, compare judges time`)}if(/^alloc_/.test(e.type)){throw new InputError(`${i}: ${e.type} counts every allocation since the program started, so it grows in any program; expected memory in use (--sample-type ${e.type.replace(/^alloc_/,"inuse_")})`)}}function analyzeTrend(e,t,r,i=[]){const o=e.every(e=>e.profile.time!==undefined);const a=o?new Set(e.map(e=>e.profile.time)).size:0;const l=o&&a*2>e.length;const c=l?[...e].sort((e,t)=>e.profile.time-t.profile.time||naturalCompare(e.source,t.source)):[...e].sort((e,t)=>naturalCompare(e.source,t.source));const u=[];if(!l){const t=e.some(e=>e.profile.time!==undefined);u.push(o?"most snapshots say the same time as another: ordered by file name (heap-2 before heap-10), growth per snapshot":t?"some snapshots say when they were taken and some do not: ordered by file name, growth per snapshot":"the snapshots do not say when they were taken: ordered by file name (heap-2 before heap-10), growth per snapshot")}else if(a<e.length){u.push(`${e.length-a} snapshot${e.length-a===1?" says":"s say"} the same time as another (a file copied?): ordered by file name among them`)}if(c.length<Ht)u.push(`${c.length} snapshots: only a fast leak can be told from the heap profiler's sampling noise in so few; write ${Ht} or more`);const f=l?c.map(e=>(e.profile.time-c[0].profile.time)/1e3):c.map((e,t)=>t);const p=alignTrees([],c);const h=alignedFunctionValues(p);const d=h.map(e=>e.sum);const m=c.length;const v=d[m-1];const y=r.floor*medianOf(d);const b=[];for(let e=0;e<p.names.length;e++){let t=0;for(let r=0;r<m;r++)t=Math.max(t,h[r].self[e]);if(t>0&&t>=y&&!r.ignore.some(t=>t.test(p.names[e])))b.push(e)}const w=c.map(samplingStep);const x=Math.max(...w.map(e=>e.step));const $=w.every(e=>e.stated);const S=b.map(e=>{const t=h.map(t=>t.self[e]);return{id:e,self:t,total:h.map(t=>t.total[e]),trend:seriesTrend(f,t,x,$)}});const k=adjustBenjaminiHochberg(S.map(e=>e.trend.p));const _=S.map(({id:e,self:t,total:i,trend:o},a)=>{const l=p.files[e];const c=p.lines[e];const u=Math.min(o.growth,Math.max(...t)-Math.min(...t));const f=k[a]<=r.alpha&&o.steady&&u>=r.floor*v;const h=f||!(u>0)?undefined:o.shape==="freed"||o.shape==="stopped"||o.shape==="noise"?o.shape:k[a]>r.alpha?"not significant":"small";return{name:p.names[e],...l?{file:l}:{},...c?{line:c}:{},self:t,total:i,slope:o.slope,growth:u,p:o.p,q:k[a],drawdown:o.drawdown,leak:f,...h?{why:h}:{}}});_.sort((e,t)=>Number(t.leak)-Number(e.leak)||t.growth-e.growth||(e.name<t.name?-1:1));const A=l?"second":"snapshot";const N=r.trend.maxGrowth;if(N.kind==="rate"&&N.per==="second"&&A==="snapshot"){throw new InputError(`max-growth ${quote(N.text)}: a rate per second, but the snapshots do not say when they were taken; expected a share (1%), an amount (4MiB) or a rate per snapshot (512KiB/snapshot)`)}const E=_.filter(e=>e.leak).map(e=>({function:e.name,growth:e.growth,share:v>0?e.growth/v:0,rate:e.slope,severity:overLimit(N,e,v,m,A,t)?"fail":"warn",path:heaviestPath(p,p.names.indexOf(e.name),f)}));const T=seriesTrend(f,d);const I=E.some(e=>e.severity==="fail")?"fail":E.length>0?"warn":"pass";const C={kind:"trend",verdict:I,sampleType:t,per:A,order:l?"time":"name",snapshots:c.map((e,t)=>({source:e.source,...l?{time:new Date(e.profile.time).toISOString()}:{},total:d[t]})),overall:{slope:T.slope,growth:T.growth,p:T.p,first:d[0],last:v},alpha:r.alpha,maxGrowth:r.trend.maxGrowth.text,tested:_.length,leaks:E,functions:_,notes:[...i,...u]};return{report:C,aligned:p,times:f,step:x,stepStated:$,config:r}}function samplingStep(e){const{profile:t,typeIndex:r,scale:i}=e;const o=t.sampleTypes[r];const a=getUnitScale(o.unit);if(t.period&&t.period.value>0){const e=getUnitScale(t.period.unit);if(e.dimension===a.dimension&&a.dimension!=="count")return{step:t.period.value*e.scale/a.scale*i,stated:true}}const l=t.eventValues?.[r]??0;if(l>0)return{step:l*i,stated:false};const c=t.sampleTypes.findIndex(e=>e.type==="samples"&&e.unit==="count");if(c<0||c===r)return{step:0,stated:false};let u=0;let f=0;for(const e of t.tree.leafSelf[r])u+=e;for(const e of t.tree.leafSelf[c])f+=e;return{step:f>0?u/f*i:0,stated:false}}function overLimit(e,t,r,i,o,a){const{scale:l}=getUnitScale(a.unit);if(e.kind==="share")return r>0&&t.growth/r>e.value;if(e.kind==="amount")return t.growth*l>e.value;if(e.per==="snapshot"&&o==="second")return t.growth*l/Math.max(1,i-1)>e.value;return t.slope*l>e.value}function heaviestPath(e,t,r){let i=-1;let o=-Infinity;for(let a=1;a<e.parent.length;a++){if(e.func[a]!==t)continue;const l=theilSen(r,e.inclusive.map(e=>e[a]));if(l>o){o=l;i=a}}const a=[];for(let t=i;t>0;t=e.parent[t])a.push(e.names[e.func[t]]);return a.reverse()}function checkTrendRule(e,t){if(e.kind==="share")return;const{dimension:r}=getUnitScale(t.unit);if(e.dimension!==r){throw new InputError(`max-growth ${quote(e.text)}: ${e.dimension==="bytes"?"a size":"a count"}, but ${t.type} is in ${t.unit}; expected ${r==="bytes"?"a size such as 4MiB or 100KiB/s":"a count such as 1000 or 100/min"}, or a share such as 1%`)}}const Wt=.5;function classifyFrame(e,t,r){const{total:i,self:o}=e;const a=e.totalSignificant&&Math.abs(i)>=t;const l=a&&Math.sign(o)===Math.sign(i)&&Math.abs(o)>=Wt*Math.abs(i);if(o!==0&&(Math.abs(o)>=t||l)&&r())return{role:"cause",direction:o>0?1:-1};if(a)return{role:"through",direction:i>0?1:-1};return{role:"none",direction:1}}const Gt={default:{more:2,less:130},colorblind:{more:2,less:215}};const Yt=["#dadada","#cfcfcf"];const Jt="#ececec";function changeColor(e,t,r){const i=t>0?Gt[e].more:Gt[e].less;const o=Math.max(0,Math.min(1,r));const a=45+40*o;const l=84-32*o;return hslToHex(i,a,l)}function throughColor(e,t,r){const i=t>0?Gt[e].more:Gt[e].less;const o=Math.max(0,Math.min(1,r));return hslToHex(i,60+20*o,91-4*o)}function outlineColor(e,t){return hslToHex(t>0?Gt[e].more:Gt[e].less,80,25)}function packageColor(e){let t=2166136261;for(let r=0;r<e.length;r++)t=Math.imul(t^e.charCodeAt(r),16777619);const r=(t>>>0)/2**32;const i=(Math.imul(t,2654435761)>>>0)/2**32;return hslToHex(8+42*r,70+20*i,58+10*r)}function kernelColor(e){let t=2166136261;for(let r=0;r<e.length;r++)t=Math.imul(t^e.charCodeAt(r),16777619);const r=(t>>>0)/2**32;return hslToHex(200+25*r,55+15*r,62+10*r)}function packageOf(e){const t=/^<?([a-zA-Z_][\w]*(?:::[a-zA-Z_][\w]*)*)::[^:]+$/.exec(e);if(t)return t[1];const r=e.lastIndexOf("/");const i=e.slice(r+1);const o=i.indexOf(".");if(o>0)return e.slice(0,r+1+o);if(r>0)return e.slice(0,r);return e}function hslToHex(e,t,r){const i=t/100;const o=r/100;const a=i*Math.min(o,1-o);const channel=t=>{const r=(t+e/30)%12;const i=o-a*Math.max(-1,Math.min(r-3,9-r,1));return Math.round(i*255).toString(16).padStart(2,"0")};return`#${channel(0)}${channel(8)}${channel(4)}`}const Qt=256;function layoutFlame(e,t){const{runs:r}=e;const i=e.inclusive.map(e=>{const r=e[0];return t.measure.share?e.map(e=>t.measure.inRun(e,r)):e});const o=e.baselineRuns;const a=r-o;const l=t.only==="candidate"?0:1;const c=t.only==="baseline"?0:1;const u=e.parent.length;const f=meanOver(i,0,o,u);const p=meanOver(i,o,a,u);const h=l*f[0]+c*p[0];if(!(h>0))return[];const d=t.width/h;const m=t.minWidth??1;const v=t.maxDepth??Qt;const sum=(e,t)=>{let r=0;for(const i of t)r+=e[i];return r};const runsOf=(e,t,r)=>Array.from({length:r},(r,o)=>sum(i[t+o],e));const y=[];const b=new Map;const w=new Int32Array(e.names.length).fill(-2);const familyOfFunc=t=>{if(w[t]!==-2)return w[t];const r=familyOf(e.names[t]);let i=b.get(r);if(i===undefined){i=y.push(r)-1;b.set(r,i)}return w[t]=i};const x=[];const $=new Int32Array(e.names.length).fill(-1);const S=new Int32Array(u);const k=[{name:"all",parent:-1,x:0,width:t.width,depth:0,baseline:f[0],candidate:p[0],baselineRuns:runsOf([0],0,o),candidateRuns:runsOf([0],o,a),status:"both",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]}];const _=t.maxFrames??Infinity;const A=new Frontier(Number.isFinite(_));A.push({set:[0],frame:0,x:0,depth:0,width:t.width});while(A.length>0){const{set:t,frame:r,x:u,depth:h}=A.pop();if(k.length>=_){setSelf(k[r],selfOf(i,t,childSums(e,i,t)),o);continue}const{funcs:b,heads:w,groupB:N,groupC:E,kids:T}=groupChildren(e,i,f,p,t,$,S);const members=(e,t=[])=>{for(let r=w[e];r>=0;r=S[r])t.push(r);return t};setSelf(k[r],selfOf(i,t,T),o);const I=[];const C=h+1>v;const O=[];const L={count:0,b:0,c:0};for(let t=0;t<b.length;t++){const r=l*N[t]+c*E[t];if(!(r>0))continue;if(!C&&r*d>=m){I.push({name:e.names[b[t]],groups:[t],size:r,b:N[t],c:E[t]});continue}const i=C?-1:familyOfFunc(b[t]);const o=i>=0&&(x[i]??-1)>=0?O[x[i]]:undefined;if(i<0){L.count++;L.b+=N[t];L.c+=E[t]}else if(o){o.groups.push(t);o.size+=r;o.b+=N[t];o.c+=E[t]}else{x[i]=O.length;O.push({family:i,groups:[t],size:r,b:N[t],c:E[t]})}}for(const e of O){x[e.family]=-1;if(e.groups.length>1&&e.size*d>=m)I.push({...e,name:`${y[e.family]} ×${e.groups.length}`});else{L.count+=e.groups.length;L.b+=e.b;L.c+=e.c}}const M=Math.max(1,_-k.length-1);if(I.length>M){I.sort((e,t)=>t.size-e.size);for(const e of I.splice(M)){L.count+=e.groups.length;L.b+=e.b;L.c+=e.c}}I.sort((e,t)=>e.name<t.name?-1:e.name>t.name?1:0);let P=u;for(const e of I){const{b:t,c:i}=e;const l=[];for(const t of e.groups)members(t,l);k.push({name:e.name,parent:r,x:P,width:e.size*d,depth:h+1,baseline:t,candidate:i,baselineRuns:runsOf(l,0,o),candidateRuns:runsOf(l,o,a),status:t===0&&i>0?"new":i===0&&t>0?"gone":"both",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]});A.push({set:l,frame:k.length-1,x:P,depth:h+1,width:e.size*d});P+=e.size*d}if(L.count>0){const e=(l*L.b+c*L.c)*d;if(e>=m){k.push({name:C?"deeper frames not drawn":`${L.count} small frames`,parent:r,x:P,width:e,depth:h+1,baseline:L.b,candidate:L.c,baselineRuns:[],candidateRuns:[],status:"merged",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]})}}}return k}class Frontier{widestFirst;items=[];constructor(e){this.widestFirst=e}get length(){return this.items.length}push(e){const t=this.items;t.push(e);if(!this.widestFirst)return;let r=t.length-1;while(r>0){const e=r-1>>1;if(t[e].width>=t[r].width)break;[t[e],t[r]]=[t[r],t[e]];r=e}}pop(){const e=this.items;if(!this.widestFirst||e.length<=1)return e.pop();const t=e[0];e[0]=e.pop();let r=0;for(;;){const t=2*r+1;const i=t+1;let o=r;if(t<e.length&&e[t].width>e[o].width)o=t;if(i<e.length&&e[i].width>e[o].width)o=i;if(o===r)break;[e[o],e[r]]=[e[r],e[o]];r=o}return t}}function childSums(e,t,r){const i=new Float64Array(t.length);for(const o of r){for(let r=e.firstChild[o];r>=0;r=e.nextSibling[r]){for(let e=0;e<t.length;e++)i[e]+=t[e][r]}}return i}function groupChildren(e,t,r,i,o,a,l){const{firstChild:c,nextSibling:u,func:f}=e;const p=t.length;const h=[];const d=[];const m=[];const v=[];const y=new Float64Array(p);for(let e=0;e<o.length;e++){for(let b=c[o[e]];b>=0;b=u[b]){for(let e=0;e<p;e++)y[e]+=t[e][b];const e=f[b];let o=a[e];if(o<0){o=a[e]=h.length;h.push(e);d.push(-1);m.push(0);v.push(0)}l[b]=d[o];d[o]=b;m[o]+=r[b];v[o]+=i[b]}}for(const e of h)a[e]=-1;return{funcs:h,heads:d,groupB:m,groupC:v,kids:y}}function meanOver(e,t,r,i){if(r===1)return e[t];const o=new Float64Array(i);for(let a=t;a<t+r;a++){const t=e[a];for(let e=0;e<i;e++)o[e]+=t[e]}if(r>1)for(let e=0;e<i;e++)o[e]/=r;return o}const Xt=/\.(?:func|gowrap|deferwrap)\d|\$|\{lambda\(/;function familyOf(e){if(!Xt.test(e))return e;return e.replace(/\.(func|gowrap|deferwrap)\d+(?:\.\d+)*/g,".$1*").replace(/\$\$Lambda(?:\$\d+)?(?:[/.]0x[0-9a-fA-F]+)?/g,"$$$$Lambda*").replace(/\b(lambda|anonfun)\$([\w$]*?)\$\d+/g,"$1$$$2$$*").replace(/\{lambda\(([^)]*)\)#\d+\}/g,"{lambda($1)#*}")}function selfOf(e,t,r){return e.map((e,i)=>{let o=0;for(const r of t)o+=e[r];const a=o-r[i];return Math.abs(a)<=1e-9*Math.abs(o)?0:a})}function setSelf(e,t,r){e.baselineSelfRuns=t.slice(0,r);e.candidateSelfRuns=t.slice(r);const mean=e=>e.length>0?e.reduce((e,t)=>e+t,0)/e.length:0;e.baselineSelf=mean(e.baselineSelfRuns);e.candidateSelf=mean(e.candidateSelfRuns)}const Zt=10;const en=.6;const tn=72;const nn={pass:"#1a7f37",warn:"#9a6700",fail:"#cf222e","no-baseline":"#57606a"};function buildReportGraph(e,t,r={}){return t.verdict==="no-baseline"?buildPlainGraph(e,"candidate",r):buildDiffGraph(e,t,r)}function diffFrameStyle(e,t,r={}){const i=r.palette??"default";const o=r.failPoints??.05;const a=o/5;const{measure:l}=e;const fmt=e=>l.format(e);const points=t=>l.points(t,e.baseline.total);return r=>{const c=r.candidate-r.baseline;const u=r.baseline!==0?c/r.baseline:null;const f=r.baselineRuns.length>0&&r.candidateRuns.length>0;const p=r.depth>0?e.table.rowOf(r.name):-1;const test=(t,r)=>p>=0?e.testRow(p,t,r):e.testChange(t,r);const h=r.depth===0&&t.overall?t.overall.pValue:f?test(r.baselineRuns,r.candidateRuns):1;const d=h<=t.noise.alpha;const m=r.candidateSelf-r.baselineSelf;const{role:v,direction:y}=classifyFrame({total:points(c),totalSignificant:d,self:points(m)},a,()=>f&&test(r.baselineSelfRuns,r.candidateSelfRuns)<=t.noise.alpha);let b;let w;let x=false;let $="";let S="";let k="none";if(r.status==="merged")b=Jt;else if((r.status==="new"||r.status==="gone")&&d&&Math.abs(points(c))>=a/2){const e=r.status==="new"?1:-1;b=changeColor(i,e,Math.max(.6,Math.abs(points(c))/o));w=outlineColor(i,e);x=true;$=r.status;k=r.status}else if(v==="cause"){b=changeColor(i,y,Math.max(en,Math.abs(points(m))/o));w=outlineColor(i,y);$=u===null?"":formatPercent(u);k="cause"}else if(v==="through"){b=throughColor(i,y,Math.abs(points(c))/o);$=u===null?"":formatPercent(u);k="through"}else{b=Yt[flame_graph_hash(r.name)&1]}if(r.status!=="merged"&&v!=="none"){const e=`self ${l.formatSigned(m)}: ${fmt(r.baselineSelf)} → ${fmt(r.candidateSelf)}`;S=v==="cause"?`\nown cost ${y>0?"grew":"shrank"} (${e})`:`\n${y>0?"grew":"shrank"} through callees (${e})`}const _=l.formatChange(c,u,points(c));const A=r.status==="merged"?`${visible(r.name)} narrower than a pixel\nbaseline ${fmt(r.baseline)} → candidate ${fmt(r.candidate)}`:`${cap(r.name)}\nbaseline ${fmt(r.baseline)} → candidate ${fmt(r.candidate)}\nchange ${_}, p ${formatP(h)}${r.status==="both"?"":` (${r.status})`}${S}`;return{fill:b,...w?{outline:w,dashed:x}:{},suffix:$,title:A,p:h,role:k}}}function diffHeader(e,t,r={}){const i=r.palette??"default";const o=r.failPoints??.05;const{measure:a}=e;const l=e.sampleType.unit;const c=t.baseline.total!==0?formatPercent(t.candidate.total/t.baseline.total-1):"new";const u=r.key??t.sampleType.type;return{title:`flamegate · ${u} · ${t.verdict.toUpperCase()}: ${verdictSummary(t)}`,titleColor:nn[t.verdict],subtitle:`${t.sampleType.type}/${t.sampleType.unit} · candidate ${flame_graph_runs(t.candidate.runs)} against baseline ${flame_graph_runs(t.baseline.runs)} · total ${formatValue(t.baseline.total,l)} → ${formatValue(t.candidate.total,l)} (${c})${a.share?" · shares of each run":""} · width: baseline + candidate`,legend:[{fill:changeColor(i,1,1),outline:outlineColor(i,1),label:`own cost grew ≥ ${Number((o*100).toPrecision(3))}% of total`},{fill:changeColor(i,1,en),outline:outlineColor(i,1),label:"own cost grew"},{fill:throughColor(i,1,.5),label:"grew through callees"},{fill:Yt[0],label:"no significant change"},{fill:throughColor(i,-1,.5),label:"shrank through callees"},{fill:changeColor(i,-1,.6),outline:outlineColor(i,-1),label:"own cost shrank"},{fill:changeColor(i,1,.6),outline:outlineColor(i,1),dashed:true,label:"new"},{fill:changeColor(i,-1,.6),outline:outlineColor(i,-1),dashed:true,label:"gone"}]}}function buildDiffGraph(e,t,r={}){const i=r.width??1200;const o=layoutFlame(e.aligned,{width:i-2*Zt,measure:e.measure});const a=diffFrameStyle(e,t,r);const l=place(o,r.icicle??false,e=>{const{fill:t,outline:r,dashed:i,suffix:o,title:l}=a(e);return{fill:t,...r?{outline:r,dashed:i}:{},label:fitLabel(e.name,o,e.width),title:l}},e=>e!==Jt&&!Yt.includes(e));return{width:i,height:l.height,...diffHeader(e,t,r),frames:l.frames}}function buildPlainGraph(e,t,r={}){const i=r.width??1200;const{measure:o}=e;const a=layoutFlame(e.aligned,{width:i-2*Zt,measure:o,only:t});const l=e.sampleType.unit;const c=e[t];const u=place(a,r.icicle??false,e=>{const r=t==="baseline"?e.baseline:e.candidate;const i=o.share?r:c.total!==0?r/c.total:0;return{fill:e.status==="merged"?Jt:isKernelFrame(e.name)?kernelColor(e.name):packageColor(packageOf(e.name)),label:fitLabel(e.name,"",e.width),title:`${cap(e.name)}\n${o.share?"":`${formatValue(r,l)}, `}${(i*100).toFixed(2)}% of total`}});return{width:i,height:u.height,title:`flamegate · ${r.key??e.sampleType.type} · ${t} profile`,titleColor:"#24292f",subtitle:`${e.sampleType.type}/${l} · ${flame_graph_runs(c.runs)} (mean) · total ${formatValue(c.total,l)} · colour: package`,legend:e.kernelShare?[{fill:packageColor("main"),label:"user code (by package)"},{fill:kernelColor("kernel"),label:`kernel (${(e.kernelShare[t]*100).toFixed(1)}% of the total)`}]:[],frames:u.frames}}const rn=4;function place(e,t,r,i=()=>false,o=tn){const a=e.map(e=>({f:e,s:r(e)}));const l=a.reduce((e,{f:t,s:r})=>t.width>=rn||i(r.fill)?Math.max(e,t.depth):e,0);const c=a.filter(({f:e})=>e.depth<=l).map(({f:e,s:r})=>({x:Zt+e.x,y:o+(t?e.depth:l-e.depth)*Rt,width:e.width,...r}));return{frames:c,height:o+(l+1)*Rt+Zt}}function flame_graph_runs(e){return`${e} run${e===1?"":"s"}`}function cap(e){const t=visible(e);return t.length>2e3?`${t.slice(0,2e3)}… (${e.length} characters)`:t}function flame_graph_hash(e){let t=0;for(let r=0;r<e.length;r++)t=Math.imul(t,31)+e.charCodeAt(r)|0;return t>>>0}const sn={pass:"✅",warn:"⚠️",fail:"❌"};const on=20;function formatRate(e,t){return`${t>=0?"+":"−"}${formatValue(Math.abs(t),e.sampleType.unit)}/${e.per==="second"?"s":"snapshot"}`}function span(e){const t=e.snapshots.length;const r=e.snapshots[0].time;const i=e.snapshots[t-1].time;if(e.per!=="second"||!r||!i)return`${t} snapshots (ordered by file name)`;const o=(Date.parse(i)-Date.parse(r))/1e3;return`${t} snapshots over ${o>=120?`${(o/60).toFixed(1)} min`:`${o.toFixed(1)} s`}`}function trendSummary(e,t){const r=e.leaks.filter(e=>e.severity==="fail").length;if(e.leaks.length===0)return`no function's ${t(e.sampleType.type)} grows steadily (${e.tested} tested)`;const i=`${e.leaks.length} function${e.leaks.length===1?"":"s"} leak${e.leaks.length===1?"s":""}`;return r>0?`${i}, ${r} over max-growth ${e.maxGrowth}`:`${i}, under max-growth ${e.maxGrowth}`}function overallLine(e){const{overall:t,sampleType:r}=e;return`total ${formatValue(t.first,r.unit)} -> ${formatValue(t.last,r.unit)} (trend ${formatRate(e,t.slope)}, p ${formatP(t.p)})`}function leakAdvice(e,t){const r=e.path.slice(0,-1).slice(-3).reverse();return`what it allocates is kept: look for a cache, map, list or global that only grows${r.length>0?`; reached through ${r.map(t).join(" <- ")}`:""}`}function grownOthers(e,t){return e.functions.filter(e=>!e.leak&&e.growth>0).slice(0,t)}function renderTrendTerminal(e,t){const r=e.sampleType.unit;const i=e.verdict==="fail"?t.fail:e.verdict==="warn"?t.warn:t.pass;const o=[`flamegate trend: ${i(e.verdict.toUpperCase())}: ${trendSummary(e,e=>terminalText(e,40))}`,`${terminalText(`${e.sampleType.type}/${r}`,60)}; ${span(e)}; ${overallLine(e)}`];const a=new Map(e.functions.map(e=>[e.name,e]));if(e.leaks.length>0){o.push("","Leaks:");const i=[["","function","first","last","growth","rate","of total","p"]];for(const t of e.leaks){const o=a.get(t.function);i.push([t.severity.toUpperCase(),terminalName(t.function),formatValue(o.self[0],r),formatValue(o.self[o.self.length-1],r),`+${formatValue(t.growth,r)}`,formatRate(e,t.rate),`${(t.share*100).toFixed(1)}%`,formatP(o.q)]);i.push(["",`\0  ${leakAdvice(t,e=>terminalName(e,40))}`])}o.push(...align(i).map(e=>e.replace(/^ {2}(FAIL|WARN) /,(e,r)=>`  ${r==="FAIL"?t.fail(r):t.warn(r)} `)))}const l=grownOthers(e,5);if(l.length>0){o.push("","Grew, but not as a leak does:");const e=[["function","first","last","largest fall","p","why"]];for(const t of l)e.push([terminalName(t.name),formatValue(t.self[0],r),formatValue(t.self[t.self.length-1],r),formatValue(t.drawdown,r),formatP(t.q),t.why?Kt[t.why]:""]);o.push(...align(e))}if(e.notes.length>0)o.push("");for(const t of e.notes)o.push(`note: ${terminalText(t,200)}`);o.push("",t.dim(`A function leaks when its ${terminalText(e.sampleType.type,40)} rises through the series (Mann-Kendall, false discovery rate ${e.alpha}), never gives back half of its growth, and still rises in the last half; p is adjusted for the ${e.tested} functions tested.`));return`${o.join("\n")}\n`}function renderTrendMarkdown(e,t={}){const r=e.sampleType.unit;const i=[`### flamegate trend · ${codeSpan(t.key??e.sampleType.type,40,false)} · ${sn[e.verdict]} ${e.verdict}: ${trendSummary(e,e=>codeSpan(e,40,false))}`,""];i.push(`${codeSpan(`${e.sampleType.type}/${r}`,60,false)} · ${span(e)} · ${overallLine(e).replace("->","→")}`,"");const o=new Map(e.functions.map(e=>[e.name,e]));if(e.leaks.length>0){i.push("| | function | first | last | growth | rate | of total | p |","|---|---|---|---|---|---|---|---|");for(const t of e.leaks.slice(0,on)){const a=o.get(t.function);i.push(`| ${t.severity==="fail"?"❌":"⚠️"} | ${codeSpan(t.function)} | ${formatValue(a.self[0],r)} | ${formatValue(a.self[a.self.length-1],r)} | +${formatValue(t.growth,r)} | ${formatRate(e,t.rate)} | ${(t.share*100).toFixed(1)}% | ${formatP(a.q)} |`);i.push(`| | ↳ ${leakAdvice(t,e=>codeSpan(e,60)).replace(/ <- /g," ← ")} | | | | | | |`)}i.push("");const t=e.leaks.length-on;if(t>0)i.push(`${t} more leak${t===1?" is":"s are"} in the JSON report.`,"")}if(t.image){const e=`![heap growth flame graph](${t.image.url})`;i.push(t.image.inline?e:`[heap growth flame graph (PNG)](${t.image.url})`,"")}const a=grownOthers(e,10);if(a.length>0){i.push("<details><summary>Grew, but not as a leak does</summary>","","| function | first | last | largest fall | p | why |","|---|---|---|---|---|---|");for(const e of a)i.push(`| ${codeSpan(e.name)} | ${formatValue(e.self[0],r)} | ${formatValue(e.self[e.self.length-1],r)} | ${formatValue(e.drawdown,r)} | ${formatP(e.q)} | ${e.why?Kt[e.why]:""} |`);i.push("","</details>","")}i.push("<details><summary>Snapshots read</summary>","");for(const t of e.snapshots.slice(0,50))i.push(`- ${codeSpan(t.source,200,false)}${t.time?` · ${t.time}`:""} · ${formatValue(t.total,r)}`);if(e.snapshots.length>50)i.push(`- … ${e.snapshots.length-50} more`);i.push("","</details>","");if(e.notes.length>0){i.push("<details><summary>Notes</summary>","");for(const t of e.notes)i.push(`- ${codeSpan(t,300,false)}`);i.push("","</details>","")}if(t.links?.length)i.push(t.links.join(" · "),"");i.push(`<sub>How to read this: a function leaks when its ${codeSpan(e.sampleType.type,40,false)} rises through the series (Mann-Kendall test, false discovery rate ${e.alpha}), never gives back half of its growth and still rises in the last half. The rule max-growth (${codeSpan(e.maxGrowth,40,false)}) makes a leak fail; under it, a leak warns.</sub>`);return`${i.join("\n")}\n`}function*trendJsonParts(e){const t=Object.entries(e);yield"{\n";for(let e=0;e<t.length;e++){const[r,i]=t[e];const o=e<t.length-1?",":"";if(r==="functions"){const e=i;yield`  "functions": [${e.length===0?"]":"\n"}`;for(let t=0;t<e.length;t++)yield`    ${JSON.stringify(e[t])}${t<e.length-1?",":""}\n`;if(e.length>0)yield`  ]${o}\n`;else yield`${o}\n`}else{yield`  ${JSON.stringify(r)}: ${JSON.stringify(i,null,2).replace(/\n/g,"\n  ")}${o}\n`}}yield"}\n"}const an=["#cf222e","#82071e","#fa4549","#a40e26","#ff8182"];const cn=["#8250df","#0969da","#bf8700","#1b7c83","#57606a"];const un=5;const fn=150;const pn=80;const hn=360;const dn=120;const mn=.05;function buildTrendGraph(e,t={}){const{report:r,aligned:i,times:o}=e;const a=t.width??1200;const l=t.palette??"default";const c=r.sampleType.unit;const fmt=e=>formatValue(e,c);const u=r.overall.last;const f=e.config.trend.maxGrowth;const p=f.kind==="share"?f.value:mn;const h=new Set(r.leaks.map(e=>e.function));const d=new Map(r.leaks.map(e=>[e.function,e.rate]));const m=new measure_Measure("none",c);const v=layoutFlame(i,{width:a-2*Zt,measure:m,only:"candidate"});const y=tn;const b=y+fn+40;const w=evenlySpaced(o.length,dn);const x=w.map(e=>o[e]);const $=place(v,t.icicle??false,t=>{const i=t.candidateRuns;const o=i.length>1&&t.status!=="merged"?seriesTrend(x,w.map(e=>i[e]),e.step,e.stepStated):undefined;const a=o!==undefined&&o.steady&&o.p<=r.alpha;const c=o&&u>0?o.growth/u:0;const f=t.depth>0&&h.has(t.name);const m=t.status==="merged"?Jt:a?f?changeColor(l,1,Math.max(.6,c/p)):throughColor(l,1,c/p):Yt[flame_graph_hash(t.name)&1];const v=t.status==="merged"?`${t.name} narrower than a pixel\nmean ${fmt(t.candidate)} in use`:`${cap(t.name)}\nin use ${fmt(i[0]??0)} → ${fmt(i[i.length-1]??0)} (mean ${fmt(t.candidate)})${o?`\ntrend ${formatRate(r,o.slope)}, p ${formatP(o.p)}${f?"\nleaks: what it allocates is kept":a?"\ngrows steadily (through what it calls)":o.slope>0&&o.drawdown>o.growth/2?"\nrises and falls: freed again":""}`:""}`;return{fill:m,...f?{outline:outlineColor(l,1)}:{},label:fitLabel(t.name,f?formatRate(r,d.get(t.name)??0):"",t.width),title:v}},e=>e!==Jt&&!Yt.includes(e),b);const S=r.snapshots.length;const k=r.per==="second"&&S>1?` over ${formatSeconds(o[S-1])}`:"";return{width:a,height:$.height,title:`flamegate trend · ${t.key??r.sampleType.type} · ${r.verdict.toUpperCase()}: ${trendSummary(r,e=>e)}`,titleColor:nn[r.verdict],subtitle:`${r.sampleType.type}/${c} · ${S} snapshots${k} · total ${fmt(r.overall.first)} → ${fmt(u)} (trend ${formatRate(r,r.overall.slope)}) · width: mean in use`,legend:[{fill:changeColor(l,1,1),outline:outlineColor(l,1),label:`leaks, ≥ ${Number((p*100).toPrecision(3))}% of the total`},{fill:changeColor(l,1,.6),outline:outlineColor(l,1),label:"leaks"},{fill:throughColor(l,1,.5),label:"grows here or below, not judged a leak"},{fill:Yt[0],label:"no steady growth"}],chart:seriesChart(e,a,y),frames:$.frames}}function seriesChart(e,t,r){const{report:i,times:o}=e;const a=i.sampleType.unit;const peak=e=>Math.max(...e.self);const l=Math.max(0,...i.functions.map(peak));const c=i.functions.filter(e=>!e.leak&&peak(e)>=.05*l).sort((e,t)=>peak(t)-peak(e));const u=[...i.functions.filter(e=>e.leak),...c].slice(0,un);const f=pn;const p=t-pn-hn;const h=Math.max(0,...u.flatMap(e=>e.self));const d=niceCeiling(h,a);const m=o[0];const v=o[o.length-1];const px=e=>f+(v>m?(e-m)/(v-m)*p:0);const py=e=>r+fn-(d>0?e/d*fn:0);const y=[0,.25,.5,.75,1].map(e=>({y:py(e*d),label:formatValue(e*d,a)}));const b=niceSteps(m,v).map(e=>({x:px(e),label:i.per==="second"?formatSeconds(e):`#${e+1}`}));return{x:f,y:r,width:p,height:fn,yTicks:y,xTicks:b,xLabel:i.per==="second"?"time since the first snapshot":"snapshot",lines:u.map((e,t)=>({color:e.leak?an[t]:cn[t-u.filter(e=>e.leak).length],dashed:!e.leak,label:`${shortenName(visible(e.name),40)} ${e.leak?"leaks":"no leak"}`,points:e.self.map((e,t)=>[px(o[t]),py(e)])}))}}function niceCeiling(e,t){if(!(e>0))return 1;const{dimension:r,scale:i}=getUnitScale(t);const o=e*i;const a=r==="bytes"?1024**Math.max(0,Math.floor(Math.log(o)/Math.log(1024))):1;const l=o/a;const c=10**Math.floor(Math.log10(l));const u=[1,1.2,1.6,2,2.4,3,4,6,8,10].find(e=>e*c>=l)??10;return u*c*a/i}function niceSteps(e,t){if(!(t>e))return[e];const r=(t-e)/6;const i=10**Math.floor(Math.log10(r));const o=[1,2,5,10].map(e=>e*i).find(e=>e>=r)??r;const a=[];for(let r=Math.ceil(e/o)*o;r<=t+1e-9;r+=o)a.push(Number(r.toPrecision(12)));return a}function formatSeconds(e){if(e>=120)return`${Number((e/60).toPrecision(3))} min`;return`${Number(e.toPrecision(3))} s`}var gn=r(7992);const vn=require("node:module");const yn="DejaVuSansMono.ttf";const bn="resvg.wasm";function locate(e,t){for(const t of[__dirname,(0,l.join)(__dirname,"..")]){const r=(0,l.join)(t,e);if((0,a.existsSync)(r))return r}return(0,vn.createRequire)(__filename).resolve(t)}function loadRasterAssets(){const e=locate(yn,"dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf");return{font:(0,a.readFileSync)(e),fontPath:e,loadWasm:()=>(0,a.readFileSync)(locate(bn,"@resvg/resvg-wasm/index_bg.wasm"))}}const wn=require("node:v8");var xn;var $n=new Array(128).fill(void 0);$n.push(void 0,null,true,false);var Sn=$n.length;function addHeapObject(e){if(Sn===$n.length)$n.push($n.length+1);const t=Sn;Sn=$n[t];$n[t]=e;return t}function getObject(e){return $n[e]}function dropObject(e){if(e<132)return;$n[e]=Sn;Sn=e}function takeObject(e){const t=getObject(e);dropObject(e);return t}var kn=0;var _n=null;function getUint8Memory0(){if(_n===null||_n.byteLength===0){_n=new Uint8Array(xn.memory.buffer)}return _n}var An=typeof TextEncoder!=="undefined"?new TextEncoder("utf-8"):{encode:()=>{throw Error("TextEncoder not available")}};var Nn=typeof An.encodeInto==="function"?function(e,t){return An.encodeInto(e,t)}:function(e,t){const r=An.encode(e);t.set(r);return{read:e.length,written:r.length}};function passStringToWasm0(e,t,r){if(r===void 0){const r=An.encode(e);const i=t(r.length,1)>>>0;getUint8Memory0().subarray(i,i+r.length).set(r);kn=r.length;return i}let i=e.length;let o=t(i,1)>>>0;const a=getUint8Memory0();let l=0;for(;l<i;l++){const t=e.charCodeAt(l);if(t>127)break;a[o+l]=t}if(l!==i){if(l!==0){e=e.slice(l)}o=r(o,i,i=l+e.length*3,1)>>>0;const t=getUint8Memory0().subarray(o+l,o+i);const a=Nn(e,t);l+=a.written;o=r(o,i,l,1)>>>0}kn=l;return o}function isLikeNone(e){return e===void 0||e===null}var En=null;function getInt32Memory0(){if(En===null||En.byteLength===0){En=new Int32Array(xn.memory.buffer)}return En}var Tn=typeof TextDecoder!=="undefined"?new TextDecoder("utf-8",{ignoreBOM:true,fatal:true}):{decode:()=>{throw Error("TextDecoder not available")}};if(typeof TextDecoder!=="undefined"){Tn.decode()}function getStringFromWasm0(e,t){e=e>>>0;return Tn.decode(getUint8Memory0().subarray(e,e+t))}function _assertClass(e,t){if(!(e instanceof t)){throw new Error(`expected instance of ${t.name}`)}return e.ptr}function handleError(e,t){try{return e.apply(this,t)}catch(e){xn.__wbindgen_exn_store(addHeapObject(e))}}var In=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>xn.__wbg_bbox_free(e>>>0));var Cn=class _BBox{static __wrap(e){e=e>>>0;const t=Object.create(_BBox.prototype);t.__wbg_ptr=e;In.register(t,t.__wbg_ptr,t);return t}__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;In.unregister(this);return e}free(){const e=this.__destroy_into_raw();xn.__wbg_bbox_free(e)}get x(){const e=xn.__wbg_get_bbox_x(this.__wbg_ptr);return e}set x(e){xn.__wbg_set_bbox_x(this.__wbg_ptr,e)}get y(){const e=xn.__wbg_get_bbox_y(this.__wbg_ptr);return e}set y(e){xn.__wbg_set_bbox_y(this.__wbg_ptr,e)}get width(){const e=xn.__wbg_get_bbox_width(this.__wbg_ptr);return e}set width(e){xn.__wbg_set_bbox_width(this.__wbg_ptr,e)}get height(){const e=xn.__wbg_get_bbox_height(this.__wbg_ptr);return e}set height(e){xn.__wbg_set_bbox_height(this.__wbg_ptr,e)}};var On=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>xn.__wbg_renderedimage_free(e>>>0));var Ln=class _RenderedImage{static __wrap(e){e=e>>>0;const t=Object.create(_RenderedImage.prototype);t.__wbg_ptr=e;On.register(t,t.__wbg_ptr,t);return t}__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;On.unregister(this);return e}free(){const e=this.__destroy_into_raw();xn.__wbg_renderedimage_free(e)}get width(){const e=xn.renderedimage_width(this.__wbg_ptr);return e>>>0}get height(){const e=xn.renderedimage_height(this.__wbg_ptr);return e>>>0}asPng(){try{const i=xn.__wbindgen_add_to_stack_pointer(-16);xn.renderedimage_asPng(i,this.__wbg_ptr);var e=getInt32Memory0()[i/4+0];var t=getInt32Memory0()[i/4+1];var r=getInt32Memory0()[i/4+2];if(r){throw takeObject(t)}return takeObject(e)}finally{xn.__wbindgen_add_to_stack_pointer(16)}}get pixels(){const e=xn.renderedimage_pixels(this.__wbg_ptr);return takeObject(e)}};var Mn=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>xn.__wbg_resvg_free(e>>>0));var Pn=class{__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;Mn.unregister(this);return e}free(){const e=this.__destroy_into_raw();xn.__wbg_resvg_free(e)}constructor(e,t,r){try{const u=xn.__wbindgen_add_to_stack_pointer(-16);var i=isLikeNone(t)?0:passStringToWasm0(t,xn.__wbindgen_malloc,xn.__wbindgen_realloc);var o=kn;xn.resvg_new(u,addHeapObject(e),i,o,isLikeNone(r)?0:addHeapObject(r));var a=getInt32Memory0()[u/4+0];var l=getInt32Memory0()[u/4+1];var c=getInt32Memory0()[u/4+2];if(c){throw takeObject(l)}this.__wbg_ptr=a>>>0;return this}finally{xn.__wbindgen_add_to_stack_pointer(16)}}get width(){const e=xn.resvg_width(this.__wbg_ptr);return e}get height(){const e=xn.resvg_height(this.__wbg_ptr);return e}render(){try{const i=xn.__wbindgen_add_to_stack_pointer(-16);xn.resvg_render(i,this.__wbg_ptr);var e=getInt32Memory0()[i/4+0];var t=getInt32Memory0()[i/4+1];var r=getInt32Memory0()[i/4+2];if(r){throw takeObject(t)}return Ln.__wrap(e)}finally{xn.__wbindgen_add_to_stack_pointer(16)}}toString(){let e;let t;try{const o=xn.__wbindgen_add_to_stack_pointer(-16);xn.resvg_toString(o,this.__wbg_ptr);var r=getInt32Memory0()[o/4+0];var i=getInt32Memory0()[o/4+1];e=r;t=i;return getStringFromWasm0(r,i)}finally{xn.__wbindgen_add_to_stack_pointer(16);xn.__wbindgen_free(e,t,1)}}innerBBox(){const e=xn.resvg_innerBBox(this.__wbg_ptr);return e===0?void 0:Cn.__wrap(e)}getBBox(){const e=xn.resvg_getBBox(this.__wbg_ptr);return e===0?void 0:Cn.__wrap(e)}cropByBBox(e){_assertClass(e,Cn);xn.resvg_cropByBBox(this.__wbg_ptr,e.__wbg_ptr)}imagesToResolve(){try{const i=xn.__wbindgen_add_to_stack_pointer(-16);xn.resvg_imagesToResolve(i,this.__wbg_ptr);var e=getInt32Memory0()[i/4+0];var t=getInt32Memory0()[i/4+1];var r=getInt32Memory0()[i/4+2];if(r){throw takeObject(t)}return takeObject(e)}finally{xn.__wbindgen_add_to_stack_pointer(16)}}resolveImage(e,t){try{const o=xn.__wbindgen_add_to_stack_pointer(-16);const a=passStringToWasm0(e,xn.__wbindgen_malloc,xn.__wbindgen_realloc);const l=kn;xn.resvg_resolveImage(o,this.__wbg_ptr,a,l,addHeapObject(t));var r=getInt32Memory0()[o/4+0];var i=getInt32Memory0()[o/4+1];if(i){throw takeObject(r)}}finally{xn.__wbindgen_add_to_stack_pointer(16)}}};async function __wbg_load(e,t){if(typeof Response==="function"&&e instanceof Response){if(typeof WebAssembly.instantiateStreaming==="function"){try{return await WebAssembly.instantiateStreaming(e,t)}catch(t){if(e.headers.get("Content-Type")!="application/wasm"){console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n",t)}else{throw t}}}const r=await e.arrayBuffer();return await WebAssembly.instantiate(r,t)}else{const r=await WebAssembly.instantiate(e,t);if(r instanceof WebAssembly.Instance){return{instance:r,module:e}}else{return r}}}function __wbg_get_imports(){const e={};e.wbg={};e.wbg.__wbg_new_28c511d9baebfa89=function(e,t){const r=new Error(getStringFromWasm0(e,t));return addHeapObject(r)};e.wbg.__wbindgen_memory=function(){const e=xn.memory;return addHeapObject(e)};e.wbg.__wbg_buffer_12d079cc21e14bdb=function(e){const t=getObject(e).buffer;return addHeapObject(t)};e.wbg.__wbg_newwithbyteoffsetandlength_aa4a17c33a06e5cb=function(e,t,r){const i=new Uint8Array(getObject(e),t>>>0,r>>>0);return addHeapObject(i)};e.wbg.__wbindgen_object_drop_ref=function(e){takeObject(e)};e.wbg.__wbg_new_63b92bc8671ed464=function(e){const t=new Uint8Array(getObject(e));return addHeapObject(t)};e.wbg.__wbg_values_839f3396d5aac002=function(e){const t=getObject(e).values();return addHeapObject(t)};e.wbg.__wbg_next_196c84450b364254=function(){return handleError(function(e){const t=getObject(e).next();return addHeapObject(t)},arguments)};e.wbg.__wbg_done_298b57d23c0fc80c=function(e){const t=getObject(e).done;return t};e.wbg.__wbg_value_d93c65011f51a456=function(e){const t=getObject(e).value;return addHeapObject(t)};e.wbg.__wbg_instanceof_Uint8Array_2b3bbecd033d19f6=function(e){let t;try{t=getObject(e)instanceof Uint8Array}catch(e){t=false}const r=t;return r};e.wbg.__wbindgen_string_get=function(e,t){const r=getObject(t);const i=typeof r==="string"?r:void 0;var o=isLikeNone(i)?0:passStringToWasm0(i,xn.__wbindgen_malloc,xn.__wbindgen_realloc);var a=kn;getInt32Memory0()[e/4+1]=a;getInt32Memory0()[e/4+0]=o};e.wbg.__wbg_new_16b304a2cfa7ff4a=function(){const e=new Array;return addHeapObject(e)};e.wbg.__wbindgen_string_new=function(e,t){const r=getStringFromWasm0(e,t);return addHeapObject(r)};e.wbg.__wbg_push_a5b05aedc7234f9f=function(e,t){const r=getObject(e).push(getObject(t));return r};e.wbg.__wbg_length_c20a40f15020d68a=function(e){const t=getObject(e).length;return t};e.wbg.__wbg_set_a47bac70306a19a7=function(e,t,r){getObject(e).set(getObject(t),r>>>0)};e.wbg.__wbindgen_throw=function(e,t){throw new Error(getStringFromWasm0(e,t))};return e}function __wbg_init_memory(e,t){}function __wbg_finalize_init(e,t){xn=e.exports;__wbg_init.__wbindgen_wasm_module=t;En=null;_n=null;return xn}async function __wbg_init(e){if(xn!==void 0)return xn;if(typeof e==="undefined"){e=new URL("index_bg.wasm",void 0)}const t=__wbg_get_imports();if(typeof e==="string"||typeof Request==="function"&&e instanceof Request||typeof URL==="function"&&e instanceof URL){e=fetch(e)}__wbg_init_memory(t);const{instance:r,module:i}=await __wbg_load(await e,t);return __wbg_finalize_init(r,i)}var Fn=__wbg_init;var Rn=false;var initWasm=async e=>{if(Rn){throw new Error("Already initialized. The `initWasm()` function can be used only once.")}await Fn(await e);Rn=true};var Bn=class extends Pn{constructor(e,t){if(!Rn)throw new Error("Wasm has not been initialized. Call `initWasm()` function.");const r=t?.font;if(!!r&&isCustomFontsOptions(r)){const i={...t,font:{...r,fontBuffers:void 0}};super(e,JSON.stringify(i),r.fontBuffers)}else{super(e,JSON.stringify(t))}}};function isCustomFontsOptions(e){return Object.prototype.hasOwnProperty.call(e,"fontBuffers")}let jn;function prepareRenderer(e,t="auto"){if(jn||t==="native"||t==="auto"&&loadNative())return;(0,wn.setFlagsFromString)("--liftoff-only");jn=initWasm(e.loadWasm());jn.catch(()=>undefined)}async function renderPng(e,t,r="auto"){if(r!=="wasm"){const i=loadNative();if(i){const r=new i.Resvg(e,{font:{loadSystemFonts:false,fontFiles:[t.fontPath],defaultFontFamily:Dt,monospaceFamily:Dt},fitTo:{mode:"original"}}).render();return{png:new Uint8Array(r.asPng()),renderer:"resvg-js"}}if(r==="native")throw new Error("the native renderer @resvg/resvg-js is not installed for this platform")}prepareRenderer(t,"wasm");await jn;timing("rasterizer ready");const i=new Bn(e,{font:{fontBuffers:[t.font],defaultFontFamily:Dt,monospaceFamily:Dt},fitTo:{mode:"original"}});const o=i.render();const a=o.asPng();o.free();i.free();return{png:a,renderer:"resvg-wasm"}}let Dn;function loadNative(){if(Dn!==undefined)return Dn;try{const e=["@resvg","resvg-js"].join("/");Dn=(0,vn.createRequire)(__filename)(e)}catch{Dn=null}return Dn}const qn="viewer.js";const Vn=12e4;const Un=2e4;function quantumOf(e){const t=Math.max(e.measure.whole(e.baseline.total),e.measure.whole(e.candidate.total));return t>0?10**(Math.floor(Math.log10(t))-6):1}const Kn=1024;function htmlData(e,t,r={}){const i=quantumOf(e);const round=e=>Math.round(e/i);const o=new Names;const a=layoutFlame(e.aligned,{width:Vn,measure:e.measure,maxFrames:Un,maxDepth:Kn});const l=diffFrameStyle(e,t,r);const c=[];const u=new Map;const f={up:[],name:[],b:[],c:[],bs:[],cs:[],style:[],p:[]};for(const e of a){const t=l(e);const r=[t.fill,t.outline??"",t.dashed?1:0,t.role];const i=r.join("\0");let a=u.get(i);if(a===undefined){a=c.push(r)-1;u.set(i,a)}f.up.push(e.parent<0?0:f.up.length-e.parent);f.name.push(o.of(e.name));f.b.push(round(e.baseline));f.c.push(round(e.candidate));f.bs.push(round(e.baselineSelf));f.cs.push(round(e.candidateSelf));f.style.push(a);f.p.push(Number(t.p.toPrecision(3)))}return{version:1,quantum:i,...diffHeader(e,t,r),verdict:t.verdict,normalize:t.normalize,unit:e.sampleType.unit,alpha:t.noise.alpha,failPoints:r.failPoints??.05,palette:r.palette??"default",baselineTotal:e.baseline.total,candidateTotal:e.candidate.total,names:o.list,frames:f,styles:c,violations:t.violations.map(e=>({function:e.function,metric:e.metric,rule:e.rule,severity:e.severity}))}}function htmlFunctions(e,t){const r=quantumOf(e);const{table:i}=e;const value=(e,t,o)=>Math.round(i.meanMeasured(e,t,o)/r);const o=new Names;const a={names:o.list,name:[],file:[],bs:[],bt:[],cs:[],ct:[],p:[],ps:[],status:"",sources:[]};const l=[];for(let e=0;e<i.length;e++){const r=i.file(e);a.name.push(o.of(i.name(e)));a.file.push(r?o.of(r):-1);a.bs.push(value(e,"baseline","self"));a.bt.push(value(e,"baseline","total"));a.cs.push(value(e,"candidate","self"));a.ct.push(value(e,"candidate","total"));a.p.push(Number(i.pValue(e,"total").toPrecision(3)));a.ps.push(Number(i.pValue(e,"self").toPrecision(3)));l.push(i.status(e)[0]);const c=t?.get(i.name(e));if(c)a.sources.push({row:e,label:`${c.path}${c.line?`:${c.line}`:""}`,url:c.url,changed:c.changed})}a.status=l.join("");return a}class Names{list=[];index=new Map;of(e){let t=this.index.get(e);if(t===undefined){t=this.list.push(e)-1;this.index.set(e,t)}return t}}function packedData(e){return(0,pe.gzipSync)(JSON.stringify(e),{level:6}).toString("base64")}function loadViewer(){for(const e of[__dirname,(0,l.join)(__dirname,"..")]){const t=(0,l.join)(e,qn);if((0,a.existsSync)(t))return(0,a.readFileSync)(t,"utf8")}const e=(0,l.join)(__dirname,"..","..","scripts","build-viewer.js");return(0,vn.createRequire)(__filename)(e).buildViewer().script}function renderHtml(e,t,r={},i=loadViewer()){const o=htmlData(e,t,r);const a=htmlFunctions(e,r.sources);const l=i.replace(/<\/(script)/gi,"<\\/$1");return`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>flamegate report</title>\n</head>\n<body>\n<noscript>This report needs JavaScript: it draws the flame graphs from the data in this file.</noscript>\n<script type="application/gzip;base64" id="flamegate-data">${packedData(o)}<\/script>\n<script type="application/gzip;base64" id="flamegate-functions">${packedData(a)}<\/script>\n<script>${l}<\/script>\n</body>\n</html>\n`}function writeFileParts(e,t){const r=(0,a.openSync)(e,"w");try{for(const e of t){const t=typeof e==="string"?Buffer.from(e):e;for(let e=0;e<t.length;)e+=(0,a.writeSync)(r,t,e)}}finally{(0,a.closeSync)(r)}}function renderPicture(e,t={}){return renderSvg(buildReportGraph(e.comparison,e.report,{...t,failPoints:failLimit(e.config)}))}function renderReportHtml(e,t={}){return renderHtml(e.comparison,e.report,{...t,failPoints:failLimit(e.config)})}async function rasterize(e,t="auto"){return(await renderPng(e,loadRasterAssets(),t)).png}function prepareRasterizer(e="auto"){prepareRenderer(loadRasterAssets(),e)}function makeFolders(e){if((0,a.existsSync)(e))return;const t=(0,l.dirname)(e);if(t!==e)makeFolders(t);try{(0,a.mkdirSync)(e)}catch(e){if(e.code!=="EEXIST")throw e}}function writeOutput(e,t,r){const i=typeof t==="string"||t instanceof Uint8Array?[t]:t;if(e==="-"&&r){for(const e of i)r.write(e);return}try{makeFolders((0,l.dirname)(e));writeFileParts(e,i)}catch(t){throw new InputError(`cannot write ${quote(e)} (${t.code??t.message})`)}}const zn=`Usage: flamegate compare --baseline FILE_OR_GLOB --candidate FILE_OR_GLOB [options]\n       flamegate trend --profiles FILE_OR_GLOB [options]\n       flamegate --help | --version\n\nCatches performance regressions: compares the CPU, memory or lock profiles of a change\n(the candidate) with those of its base (the baseline), judges every function's change with\nrules that know CI machines are noisy, and gives one verdict: pass, warn or fail.\n\nCommands:\n  compare     compare two sets of profiles (flamegate compare --help for its options)\n  trend       find leaks in a series of heap profiles of one run, no baseline needed\n              (flamegate trend --help)\n\nOptions:\n  -h, --help     this text\n  -V, --version  the version\n\nEnvironment:\n  NO_COLOR=1            no colours in the table (they are only used on a terminal anyway)\n  FLAMEGATE_THREADS=N   parse on N threads (default: one per core from 16 MB of input)\n  FLAMEGATE_TIMING=1    print when each stage ends, in ms since the start\n  FLAMEGATE_DEBUG=1     print the stack of an internal error\n\nDocs: the README (https://github.com/flamegate/flamegate#readme).`;const Hn=`Usage: flamegate compare --baseline FILE_OR_GLOB [--baseline ...] --candidate FILE_OR_GLOB [--candidate ...]\n                         [--sample-type NAME] [--normalize none|total] [--config rules.yml]\n                         [--json report.json] [--markdown report.md] [--svg diff.svg] [--png diff.png]\n                         [--html report.html]\n                         [--tag KEY=VALUE | --split-by KEY] [--time-range START..END | --skip START]\n                         [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]\n\nCompares the baseline profiles with the candidate profiles and prints a table, or writes\nthe reports and pictures asked for. Formats are recognised by content: pprof (gzipped or\nnot), folded stacks, perf script output, V8 .cpuprofile, speedscope JSON.\n\nInputs:\n  --baseline FILE_OR_GLOB    profiles of the base; repeat it or use a glob ('base/*.pb.gz')\n                             for several runs. Leave it out (with an output option) to draw\n                             the candidate alone: the verdict is no-baseline.\n  --candidate FILE_OR_GLOB   profiles of the change\n                             Several files a side are runs of the same workload: give 3 or\n                             more a side and the machine's noise is measured, not assumed.\n  --sample-type NAME         what to compare: cpu, alloc_space, inuse_space, delay, an event\n                             of perf (cycles), ... (default: the profile's default type)\n  --normalize none|total     none: absolute values (each run does fixed work; default)\n                             total: shares of each run's total (runs of fixed time)\n  --config FILE              rules file (default: .github/flamegate.yml if it exists,\n                             else the built-in rules)\n  --max-decompressed-size N  refuse gzip that inflates past N (default 1GiB)\n  --tag KEY=VALUE            keep only the samples labelled so: pprof sample labels (Go\n                             pprof.Do, Pyroscope tags, @datadog/pprof), or a speedscope\n                             file's profile names as profile=NAME\n  --time-range START..END    keep only the samples taken in this window of each profile\n                             (2s..10s, 500ms.., ..30s; a bare number is seconds): perf\n                             script, .cpuprofile, Chrome traces, speedscope evented\n  --skip START               the same as --time-range START..: leave a warm-up out\n  --split-by KEY             compare each value of the label on its own (samples without it\n                             as one more, "(none)"): a table, a comment section and a verdict\n                             per value; the exit status is the worst. Not with pictures\n\nOutputs (- is standard output; the table is printed unless a report goes there):\n  --json FILE                the report (every function, every violation)\n  --markdown FILE            the pull-request comment\n  --svg FILE, --png FILE     the diff flame graph (red: slower, green: faster, grey: noise)\n  --html FILE                the interactive report: one offline file with the diff flame\n                             graph to zoom and search, each side's, a function's callers\n                             and callees (sandwich) and a sortable table of every function\n  --icicle                   draw the root at the top\n  --palette colorblind       red and blue instead of red and green\n\nExamples:\n  # five runs a side of a Go benchmark\n  flamegate compare --baseline 'base/cpu-*.pb.gz' --candidate 'head/cpu-*.pb.gz'\n  # a heap profile's in-use bytes, with the picture\n  flamegate compare --baseline base.heap.pb.gz --candidate head.heap.pb.gz --sample-type inuse_space --png diff.png\n  # perf script output, as shares of each run's total, with the PR comment on stdout\n  flamegate compare --baseline base.perf.txt --candidate head.perf.txt --normalize total --markdown -\n\nExit status: 0 pass or warn (or no baseline), 1 fail, 2 bad usage or unreadable input.`;const Wn=`Usage: flamegate trend --profiles FILE_OR_GLOB [--profiles ...] [--sample-type NAME]\n                       [--max-growth LIMIT] [--tag KEY=VALUE] [--config rules.yml]\n                       [--json trend.json] [--markdown trend.md] [--svg trend.svg] [--png trend.png]\n                       [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]\n\nFinds memory leaks in a series of heap profiles written during one run (Go's\nWriteHeapProfile in a loop, @datadog/pprof heap profiles, Chrome's .heapprofile): the\nfunctions whose in-use bytes or objects grow steadily. Memory freed again (a sawtooth) and\na cache that fills up to its bound are not leaks. Snapshots are ordered by the time they\nsay (pprof time_nanos), else by file name (heap-2 before heap-10).\n\nOptions:\n  --profiles FILE_OR_GLOB    the snapshots (at least 8; 16 or more to tell a slow leak from noise)\n  --sample-type NAME         inuse_space (default where the profile has it), inuse_objects, ...\n  --max-growth LIMIT         a leak fails above this (default 1%, or trend.max-growth of the\n                             rules file): a share of the last snapshot's total (1%), an\n                             amount over the series (4MiB), or a rate (100KiB/s, 10MB/min,\n                             512KiB/snapshot); under it a leak warns\n  --tag KEY=VALUE            follow only the samples labelled so (a service's memory)\n  --config FILE              rules file (alpha, floor, ignore, trend.max-growth)\n  --json, --markdown, --svg, --png FILE\n                             the report, the comment, the picture (a flame graph coloured\n                             by growth under a chart of the top functions over time)\n\nExit status: 0 pass or warn, 1 fail (a leak over max-growth), 2 bad usage or unreadable input.`;const Gn={"sample-type":{type:"string"},config:{type:"string"},json:{type:"string"},markdown:{type:"string"},svg:{type:"string"},png:{type:"string"},icicle:{type:"boolean"},palette:{type:"string"},"max-decompressed-size":{type:"string"},tag:{type:"string",multiple:true},help:{type:"boolean",short:"h"}};async function main(e,t={out:process.stdout,err:process.stderr}){try{return await run(e,t)}catch(e){if(e instanceof InputError){t.err.write(`flamegate: ${visible(e.message)}\n`);return 2}const r=e;t.err.write(`flamegate: internal error: ${visible(r.message)} (please report it; set FLAMEGATE_DEBUG=1 for details)\n`);if(process.env.FLAMEGATE_DEBUG)t.err.write(`${visible(r.stack??"").replace(/\\u000A/g,"\n")}\n`);return 2}}async function run(e,t){if(e.length===0){t.err.write(`${zn}\n`);return 2}if(e[0]==="help"&&e[1]==="compare"){t.out.write(`${Hn}\n`);return 0}if(e[0]==="--help"||e[0]==="-h"||e[0]==="help"){t.out.write(`${zn}\n`);return 0}if(e[0]==="--version"||e[0]==="-V"){t.out.write(`flamegate ${gn.x}\n`);return 0}if(e[0]==="help"&&e[1]==="trend"){t.out.write(`${Wn}\n`);return 0}if(e[0]==="trend")return runTrend(e.slice(1),t);if(e[0]!=="compare")throw new InputError(`unknown command ${quote(e[0])}, expected 'compare' or 'trend' (see flamegate --help)`);let r;try{r=(0,o.parseArgs)({args:e.slice(1),options:{baseline:{type:"string",multiple:true},candidate:{type:"string",multiple:true},...Gn,normalize:{type:"string"},html:{type:"string"},"split-by":{type:"string"},"time-range":{type:"string"},skip:{type:"string"}},strict:true,allowPositionals:false})}catch(t){throw new InputError(argumentError(t,e.slice(1)))}const i=r.values;if(i.help){t.out.write(`${Hn}\n`);return 0}if(!i.baseline?.length&&i.svg===undefined&&i.png===undefined&&i.json===undefined&&i.html===undefined&&i.markdown===undefined){throw new InputError("missing --baseline: expected the baseline profile files or globs (without one, give --json, --markdown, --svg, --png or --html to report on the candidate alone)")}if(!i.candidate?.length)throw new InputError("missing --candidate: expected the candidate profile files or globs");if(i.normalize!==undefined&&i.normalize!=="none"&&i.normalize!=="total"){throw new InputError(`--normalize: expected none or total, got ${quote(i.normalize)}`)}const a=parseSize(i["max-decompressed-size"]);checkOutputs(i);const l=parseTags(i.tag);if(i["time-range"]!==undefined&&i.skip!==undefined)throw new InputError("--time-range and --skip: expected one of them (--skip 2s is --time-range 2s..)");const c=i["time-range"]!==undefined?parseWindow(i["time-range"],"--time-range"):i.skip!==undefined?parseWindow(`${i.skip}..`,"--skip"):undefined;const u={baseline:i.baseline??[],candidate:i.candidate,sampleType:i["sample-type"],normalize:i.normalize,configPath:i.config,maxDecompressedBytes:a,...l?{tag:l}:{},...c?{window:c}:{}};refuseOverwrite(i,[...i.baseline??[],...i.candidate],i.config);if(i["split-by"]!==undefined)return runSplit(u,i["split-by"],i,t);const f=rendererChoice();if(i.png!==undefined)prepareRasterizer(f);const p=await compareFiles(u,t.err);const{report:h}=p;if(i.json!==undefined)writeOutput(i.json,reportJsonParts(h),t.out);if(i.markdown!==undefined)writeOutput(i.markdown,renderMarkdown(h),t.out);if(i.json!==undefined||i.markdown!==undefined)timing("reports written");if(i.svg!==undefined||i.png!==undefined){const e=renderPicture(p,{icicle:i.icicle,palette:i.palette});timing("picture laid out");if(i.svg!==undefined)writeOutput(i.svg,e,t.out);if(i.png!==undefined)writeOutput(i.png,await rasterize(e,f),t.out);timing("pictures written")}if(i.html!==undefined){writeOutput(i.html,renderReportHtml(p,{palette:i.palette}),t.out);timing("HTML report written")}if(toStandardOutput(i).length===0)t.out.write(renderTerminal(h,{color:wantsColor(t.out)}));else{for(const e of h.notes)t.err.write(`flamegate: note: ${terminalText(e,200)}\n`);t.err.write(`flamegate: ${h.verdict}\n`)}return h.verdict==="fail"?1:0}function parseWindow(e,t){const r=t==="--skip"?e.slice(0,-2):e;const refuse=()=>new InputError(`${t}: expected ${t==="--skip"?"a time such as 2s or 500ms":"START..END such as 2s..10s, 2s.. or ..10s"}, got ${quote(r)}`);const i=/^\s*([^.]*(?:\.\d+[a-zµ]*)?)\s*\.\.\s*(.*?)\s*$/i.exec(e);if(!i||i[1]===""&&i[2]==="")throw refuse();const seconds=(e,r)=>{if(e==="")return r;let i;try{i=parseQuantity(e,t)}catch{throw refuse()}if(i.dimension==="time")return i.value/1e9;if(i.dimension==="count"&&/^\d+(\.\d+)?$/.test(e))return i.value;throw refuse()};const o={start:seconds(i[1],0),end:seconds(i[2],Infinity)};if(!(o.end>o.start))throw new InputError(`${t}: ${quote(r)} ${o.end===o.start?"is empty, it ends where it starts":"ends before it starts"}; expected START..END with END after START`);return o}function parseTags(e){if(e===undefined||e.length===0)return undefined;if(e.length>1)throw new InputError(`--tag given ${e.length} times (${e.map(e=>quote(e,60)).join(", ")}): expected one; to judge each value on its own, use --split-by KEY`);return parseTag(e[0],"--tag")}function parseTag(e,t){const r=e.indexOf("=");if(r<=0||r===e.length-1)throw new InputError(`${t}: expected KEY=VALUE such as service=api, got ${quote(e)}`);return{key:e.slice(0,r),value:e.slice(r+1)}}async function runSplit(e,t,r,i){if(e.tag)throw new InputError(`--split-by ${t} and --tag: expected one of them (--tag keeps one value, --split-by compares every value)`);const o=["svg","png","html"].filter(e=>r[e]!==undefined);if(o.length>0)throw new InputError(`--split-by ${t} with ${o.map(e=>`--${e}`).join(", ")}: a split writes a table, a comment and a JSON report per value, not pictures; draw one value's with --tag ${t}=VALUE`);if(t==="")throw new InputError("--split-by: expected a label key such as service, got ''");const a=await labelValues(e,t);const l=[];for(const r of a)l.push({value:r,report:(await compareFiles({...e,tag:{key:t,value:r,split:true}})).report});const plain=e=>/^[\w./:@+-]+$/.test(e)?e:quote(e,80);const name=e=>e===""?`${plain(t)} (none)`:`${plain(t)}=${plain(e)}`;if(typeof r.json==="string")writeOutput(r.json,splitJsonParts(t,l),i.out);if(typeof r.markdown==="string"){writeOutput(r.markdown,renderCombined(l.map(e=>({key:name(e.value),verdict:e.report.verdict,markdown:renderMarkdown(e.report,{key:name(e.value)})}))),i.out)}const c=combinedVerdict(l.map(e=>e.report.verdict))??"pass";if(toStandardOutput(r).length===0){const e=wantsColor(i.out);i.out.write(`flamegate: split by ${terminalText(t,60)}: ${l.map(e=>`${terminalText(name(e.value),60)} ${e.report.verdict}`).join(", ")}\n`);for(const t of l)i.out.write(`\n== ${terminalText(name(t.value),200)} ==\n${renderTerminal(t.report,{color:e})}`)}else i.err.write(`flamegate: ${c}\n`);return c==="fail"?1:0}function refuseOverwrite(e,t,r){const real=e=>{try{return(0,a.realpathSync)(e)}catch{return undefined}};const i=Jn.filter(t=>typeof e[t]==="string"&&e[t]!=="-"&&real(e[t])!==undefined);if(i.length===0)return;let o=[];try{o=expandInputs(t,"input")}catch{}const l=new Map;for(const e of r===undefined?o:[...o,r]){const t=real(e);if(t)l.set(t,e)}for(const t of i){const r=e[t];const i=real(r);if(i&&l.has(i))throw new InputError(`--${t} ${quote(r)}: that is an input (${quote(l.get(i))}), which the output would overwrite; expected another file name`)}}function parseSize(e){if(e===undefined)return undefined;const refuse=()=>new InputError(`--max-decompressed-size: expected a size such as 1GiB or 512MB, got ${quote(e)}`);let t;try{t=parseQuantity(e,"--max-decompressed-size")}catch{throw refuse()}if(t.dimension!=="bytes")throw refuse();return t.value}function checkOutputs(e){if(e.palette!==undefined&&e.palette!=="default"&&e.palette!=="colorblind"){throw new InputError(`--palette: expected default or colorblind, got ${quote(e.palette)}`)}checkExtensions(e);const t=toStandardOutput(e);if(t.length>1){throw new InputError(`${t.map(e=>`--${e} -`).join(" and ")}: only one output can go to standard output (they would run together); give the others file names`)}}function rendererChoice(){const e=process.env.FLAMEGATE_RENDERER;return e==="wasm"||e==="native"?e:"auto"}async function runTrend(e,t){let r;try{r=(0,o.parseArgs)({args:e,options:{...Gn,profiles:{type:"string",multiple:true},"max-growth":{type:"string"}},strict:true,allowPositionals:false})}catch(t){throw new InputError(argumentError(t,e).replace("flamegate compare --help","flamegate trend --help"))}const i=r.values;if(i.help){t.out.write(`${Wn}\n`);return 0}if(!i.profiles?.length)throw new InputError("missing --profiles: expected the heap profiles of one run, as files or a glob (--profiles 'heap-*.pb.gz')");const a=parseSize(i["max-decompressed-size"]);checkOutputs(i);const l=i["max-growth"]===undefined?undefined:parseMaxGrowth(i["max-growth"],"--max-growth");refuseOverwrite(i,i.profiles,i.config);const c=parseTags(i.tag);if(i.png!==undefined)prepareRasterizer(rendererChoice());const u=await trendFiles({profiles:i.profiles,sampleType:i["sample-type"],configPath:i.config,maxDecompressedBytes:a,maxGrowth:l,...c?{tag:c}:{}},t.err);const{report:f}=u;if(i.json!==undefined)writeOutput(i.json,trendJsonParts(f),t.out);if(i.markdown!==undefined)writeOutput(i.markdown,renderTrendMarkdown(f),t.out);if(i.svg!==undefined||i.png!==undefined){const e=renderSvg(buildTrendGraph(u,{icicle:i.icicle,palette:i.palette}));if(i.svg!==undefined)writeOutput(i.svg,e,t.out);if(i.png!==undefined)writeOutput(i.png,await rasterize(e,rendererChoice()),t.out)}if(toStandardOutput(i).length===0)t.out.write(renderTrendTerminal(f,paletteFor(wantsColor(t.out))));else{for(const e of f.notes)t.err.write(`flamegate: note: ${terminalText(e,200)}\n`);t.err.write(`flamegate: ${f.verdict}\n`)}return f.verdict==="fail"?1:0}function argumentError(e,t){const r=e.message.split("\n")[0];const i=/Option '(--[\w-]+)/.exec(r)?.[1];if(e.code==="ERR_PARSE_ARGS_INVALID_OPTION_VALUE"&&i){const e=t[t.indexOf(i)+1];const r=["--json","--markdown","--svg","--png","--html"].includes(i);const o=r?`${i} FILE; - for standard output`:e!==undefined&&/^-\d/.test(e)?`a value starting with - goes after =: ${i}=${e}`:`${i} VALUE`;return`${i}: expected a value after it${e===undefined?", got the end of the command":`, got ${quote(e)}, which reads as an option`} (${o})`}const o=/Unexpected argument '(.*)'\. This command/.exec(r)?.[1];if(e.code==="ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"&&o!==undefined){const e=t.indexOf(o);let r=e-1;while(r>=0&&!t[r].startsWith("--"))r--;const i=r>=0?t[r+1]??"":"";const a=i.slice(i.lastIndexOf("/")+1);const l=a.indexOf(".")>0?`${i.slice(0,i.length-a.length)}*${a.slice(a.indexOf("."))}`:"base/*.pb.gz";return`unexpected argument ${quote(o)}${r>=0?` after ${t[r]} ${quote(i)}`:""}: an option takes one value; a glob the shell expanded gives several. Quote the glob (${r>=0?t[r]:"--baseline"} ${quote(l)}) or repeat the option before each file`}const a=r.replace(/\. To specify a positional argument.*$/,"");return`${a.charAt(0).toLowerCase()}${a.slice(1)} (see flamegate compare --help)`}const Yn={json:[".json"],markdown:[".md",".markdown"],svg:[".svg"],png:[".png"],html:[".html",".htm"]};const Jn=Object.keys(Yn);function toStandardOutput(e){return Jn.filter(t=>e[t]==="-")}function checkExtensions(e){for(const[t,r]of Object.entries(Yn)){const i=e[t];if(typeof i!=="string"||i==="-")continue;const o=/\.[^./\\]+$/.exec(i)?.[0].toLowerCase();const a=Object.entries(Yn).find(([e,r])=>e!==t&&o!==undefined&&r.includes(o));if(a&&!r.includes(o)){throw new InputError(`--${t} ${quote(i)}: that name says ${o}, but --${t} writes ${t==="markdown"?"Markdown":t.toUpperCase()}: name it ${quote(i.slice(0,-o.length)+r[0])}, or use --${a[0]} for ${o}`)}}}},7992:(e,t,r)=>{r.d(t,{x:()=>i});const i="0.2.0"},8787:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3742);e.exports=i},3742:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(e,t){var r;var i;r=[];for(i=0;i<t;i++){r.push(e)}return r}e.exports=filled},1830:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1401);e.exports=i},1401:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8787);function zeros(e){return i(0,e)}e.exports=zeros},9979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9714);var o=r(5878);var a=r(8520);var l;if(i()){l=o}else{l=a}e.exports=l},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:void 0;e.exports=t},8520:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},4826:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5613);var o=r(3405);var a=r(523);var l;if(i()){l=o}else{l=a}e.exports=l},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:void 0;e.exports=t},523:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},7096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4171);var o=r(2399);var a=r(3689);var l;if(i()){l=o}else{l=a}e.exports=l},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:void 0;e.exports=t},3689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5183:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4246);var o=r(8570);var a=r(7540);var l;if(i()){l=o}else{l=a}e.exports=l},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:void 0;e.exports=t},7540:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},9714:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6405);e.exports=i},6405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(910);var o=r(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=new o([1,3.14,-3.14,NaN]);e=i(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3103);e.exports=i},3103:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3595);function hasGeneratorSupport(){var e;try{i('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},1907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4270);e.exports=i},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,r){if(e===void 0||e===null){return false}return t.call(e,r)}e.exports=hasOwnProp},5547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(166);e.exports=i},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6284);e.exports=i},6284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5547);var o=i();function hasToStringTagSupport(){return o&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2364);e.exports=i},2364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3599);var o=r(6653);var a=r(5929);function hasUint16ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,o+1,o+2];t=new a(t);e=i(t)&&t[0]===1&&t[1]===3&&t[2]===o-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},4171:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8950);e.exports=i},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3209);var o=r(8035);var a=r(2709);function hasUint32ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,o+1,o+2];t=new a(t);e=i(t)&&t[0]===1&&t[1]===3&&t[2]===o-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(249);e.exports=i},249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(228);var o=r(2732);var a=r(5545);function hasUint8ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=[1,3.14,-3.14,o+1,o+2];t=new a(t);e=i(t)&&t[0]===1&&t[1]===3&&t[2]===o-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},910:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7439);e.exports=i},7439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(547);var o=typeof Float64Array==="function";function isFloat64Array(e){return o&&e instanceof Float64Array||i(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5183);var o=r(4826);var a={uint16:o,uint8:i};e.exports=a},347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7158);e.exports=i},7158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7604);var o;function isLittleEndian(){var e;var t;e=new i["uint16"](1);e[0]=4660;t=new i["uint8"](e.buffer);return t[0]===52}o=isLittleEndian();e.exports=o},3599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2394);e.exports=i},2394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(547);var o=typeof Uint16Array==="function";function isUint16Array(e){return o&&e instanceof Uint16Array||i(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8168);e.exports=i},8168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(547);var o=typeof Uint32Array==="function";function isUint32Array(e){return o&&e instanceof Uint32Array||i(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7755);e.exports=i},7755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(547);var o=typeof Uint8Array==="function";function isUint8Array(e){return o&&e instanceof Uint8Array||i(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=11754943508222875e-54;e.exports=t},45:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.718281828459045;e.exports=t},5088:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2220446049250313e-31;e.exports=t},2404:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.5772156649015329;e.exports=t},1877:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},6862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.7853981633974483;e.exports=t},3822:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=10.900511;e.exports=t},9475:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.34657359027997264;e.exports=t},5553:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.5707963267948966;e.exports=t},3935:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647>>>0;e.exports=t},222:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2146435072;e.exports=t},5976:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483648>>>0;e.exports=t},8910:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1048575;e.exports=t},1239:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.6931471805599453;e.exports=t},2656:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1023|0;e.exports=t},6276:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},4193:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=709.782712893384;e.exports=t},313:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=170|0;e.exports=t},6622:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=9007199254740991;e.exports=t},3424:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=17976931348623157e292;e.exports=t},4862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1074|0;e.exports=t},7999:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-708.3964185322641;e.exports=t},1475:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4241);var o=i.NEGATIVE_INFINITY;e.exports=o},1277:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=20|0;e.exports=t},9701:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=3.141592653589793;e.exports=t},469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},5417:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=22250738585072014e-324;e.exports=t},8159:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4901161193847656e-8;e.exports=t},2385:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.5066282746310007;e.exports=t},4739:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=6.283185307179586;e.exports=t},3960:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647|0;e.exports=t},6653:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=65535|0;e.exports=t},8035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=4294967295;e.exports=t},2732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=255|0;e.exports=t},6990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4209);e.exports=i},4209:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Function;e.exports=t},530:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8085);e.exports=i},8085:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2804);function isEven(e){return i(e/2)}e.exports=isEven},7234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(661);e.exports=i},661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(469);var o=r(1475);function isInfinite(e){return e===i||e===o}e.exports=isInfinite},2804:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3835);e.exports=i},3835:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2334);function isInteger(e){return i(e)===e}e.exports=isInteger},6523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9382);e.exports=i},9382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},3270:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8121);e.exports=i},8121:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1475);function isNegativeZero(e){return e===0&&1/e===i}e.exports=isNegativeZero},7687:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9106);e.exports=i},9106:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(530);function isOdd(e){if(e>0){return i(e-1)}return i(e+1)}e.exports=isOdd},866:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7685);e.exports=i},7685:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(469);function isPositiveZero(e){return e===0&&1/e===i}e.exports=isPositiveZero},6260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6443);e.exports=i},6443:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(e){return Math.abs(e)}e.exports=abs},9827:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7841);e.exports=i},7841:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var i=r(6523);var o=r(5478);var a=r(6862);var l=r(7947);var c=r(35);var u=6123233995736766e-32;function asin(e){var t;var r;var f;var p;var h;if(i(e)){return NaN}if(e>0){f=e}else{t=true;f=-e}if(f>1){return NaN}if(f>.625){r=1-f;p=r*c(r);r=o(r+r);h=a-r;r=r*p-u;h-=r;h+=a}else{if(f<1e-8){return e}r=f*f;h=r*l(r);h=f*h+f}return t?-h:h}e.exports=asin},7947:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));i=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));i=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return r/i}e.exports=evalrational},35:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));i=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));i=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return r/i}e.exports=evalrational},1354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1165);e.exports=i},9530:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));i=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));i=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/i}e.exports=evalrational},1165:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6523);var o=r(7260);var a=r(5478);var l=r(6260);var c=r(1851);var u=r(6310);var f=r(45);var p=r(5088);var h=r(9530);var d=10.900511;function beta(e,t){var r;var m;var v;var y;var b;var w;var x;if(i(e)||i(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}x=e+t;if(x<p){b=x/e;b/=t;return b}if(x===e&&t<p){return 1/t}if(x===t&&e<p){return 1/e}if(e<t){w=t;t=e;e=w}m=e+d-.5;v=t+d-.5;y=x+d-.5;b=h(e)*(h(t)/h(x));r=e-.5-t;if(l(t*r)<y*100&&e>100){b*=c(r*o(-t/y))}else{b*=u(m/y,r)}if(y>1e10){b*=u(m/y*(v/y),t)}else{b*=u(m*v/(y*y),t)}b*=a(f/v);return b}e.exports=beta},9986:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4757);e.exports=i},4757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9818).assign;function betainc(e,t,r,o,a){var l=[0,0];o=o===false?false:true;a=a===true?true:false;i(e,t,r,o,a,l,1,0);return l[0]}e.exports=betainc},7548:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7811);e.exports=i},7811:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6622);var o=r(469);var a=r(2804);var l=r(6523);var c=r(7687);var u=r(2334);var f=r(4370);function binomcoef(e,t){var r;var p;var h;var d;var m;var v;var y;if(l(e)||l(t)){return NaN}if(!a(e)||!a(t)){return NaN}if(t<0){return 0}p=1;if(e<0){e=-e+t-1;if(c(t)){p*=-1}}if(t>e){return 0}if(t===0||t===e){return p}if(t===1||t===e-1){return p*e}if(e-t<t){t=e-t}y=u(i/e);r=1;for(m=1;m<=t;m++){if(r>y){break}r*=e;r/=m;e-=1}if(m>t){return p*r}h=binomcoef(e,t-m+1);if(h===o){return p*h}d=binomcoef(t,t-m+1);v=f(h,d);h/=v;d/=v;r/=d;return p*r*h}e.exports=binomcoef},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7640);e.exports=i},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},5672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9775);e.exports=i},9775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5976);var o=r(3935);var a=r(7949);var l=r(2882);var c=r(7844);var u=[0,0];function copysign(e,t){var r;var f;a.assign(e,u,1,0);r=u[0];r&=o;f=l(t);f&=i;r|=f;return c(r,u[1])}e.exports=copysign},9191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4274);e.exports=i},4274:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(2882);var o=r(1567);var a=r(186);var l=r(3982);var c=r(3935);var u=r(222);var f=[0,0];var p=1072243195|0;var h=1044381696|0;function cos(e){var t;var r;t=i(e);t&=c;if(t<=p){if(t<h){return 1}return o(e,0)}if(t>=u){return NaN}r=l(e,f);switch(r&3){case 0:return o(f[0],f[1]);case 1:return-a(f[0],f[1]);case 2:return-o(f[0],f[1]);default:return a(f[0],f[1])}}e.exports=cos},988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4387);e.exports=i},4387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(1851);var a=r(3786);var l=r(469);var c=r(1475);var u=r(8300);var f=r(8018);var p=r(675);var h=r(5266);var d=r(8925);var m=r(1332);var v=r(516);var y=r(9101);var b=1e-300;var w=13877787807814457e-33;var x=.8450629115104675;var $=.12837916709551256;var S=1;var k=-.0023621185607526594;var _=1;var A=-.009864944034847148;var N=1;var E=-.0098649429247001;var T=1;function erfc(e){var t;var r;var I;var C;var O;var L;var M;var P;if(i(e)){return NaN}if(e===l){return 0}if(e===c){return 2}if(e===0){return 1}if(e<0){t=true;r=-e}else{t=false;r=e}if(r<.84375){if(r<w){return 1-e}I=e*e;C=$+I*u(I);O=S+I*f(I);L=C/O;if(e<.25){return 1-(e+e*L)}C=e*L;C+=e-.5;return.5-C}if(r<1.25){O=r-1;M=k+O*p(O);P=_+O*h(O);if(t){return 1+x+M/P}return 1-x-M/P}if(r<28){O=1/(r*r);if(r<2.857142857142857){C=A+O*d(O);O=N+O*m(O)}else{if(e<-6){return 2-b}C=E+O*v(O);O=T+O*y(O)}I=a(r,0);C=o(-(I*I)-.5625)*o((I-r)*(I+r)+C/O);if(t){return 2-C/r}return C/r}if(t){return 2-b}return b*b}e.exports=erfc},675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.41485611868374833}return.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}e.exports=evalpoly},8300:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3250421072470015}return-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}e.exports=evalpoly},5266:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.10642088040084423}return.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}e.exports=evalpoly},8018:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.39791722395915535}return.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}e.exports=evalpoly},8925:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.6938585727071818}return-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}e.exports=evalpoly},516:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.799283237680523}return-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}e.exports=evalpoly},1332:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 19.651271667439257}return 19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}e.exports=evalpoly},9101:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},6567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(3291);var o=r(1589);function expmulti(e,t,r){var a;var l;var c;var u;a=e-t;l=a*a;c=a-l*o(l);u=1-(t-a*c/(2-c)-e);return i(u,r)}e.exports=expmulti},1851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1878);e.exports=i},1878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(1262);var a=r(1475);var l=r(469);var c=r(6567);var u=.6931471803691238;var f=1.9082149292705877e-10;var p=1.4426950408889634;var h=709.782712893384;var d=-745.1332191019411;var m=1/(1<<28);var v=-m;function exp(e){var t;var r;var y;if(i(e)||e===l){return e}if(e===a){return 0}if(e>h){return l}if(e<d){return 0}if(e>v&&e<m){return 1+e}if(e<0){y=o(p*e-.5)}else{y=o(p*e+.5)}t=e-y*u;r=y*f;return c(t,r,y)}e.exports=exp},1589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6172);e.exports=i},6172:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(2882);var a=r(5990);var l=r(7844);var c=r(469);var u=r(1475);var f=r(1877);var p=r(9475);var h=r(6736);var d=709.782712893384;var m=.6931471803691238;var v=1.9082149292705877e-10;var y=1.4426950408889634;var b=38.816242111356935;var w=1.0397207708399179;function expm1(e){var t;var r;var x;var $;var S;var k;var _;var A;var N;var E;var T;var I;var C;if(e===c||i(e)){return e}if(e===u){return-1}if(e===0){return e}if(e<0){x=true;A=-e}else{x=false;A=e}if(A>=b){if(x){return-1}if(A>=d){return c}}k=o(A)|0;if(A>p){if(A<w){if(x){$=e+m;S=-v;C=-1}else{$=e-m;S=v;C=1}}else{if(x){C=y*e-.5}else{C=y*e+.5}C|=0;T=C;$=e-T*m;S=T*v}e=$-S;E=$-e-S}else if(k<1016070144){return e}else{C=0}t=.5*e;N=e*t;_=1+N*h(N);T=3-_*t;I=N*((_-T)/(6-e*T));if(C===0){return e-(e*I-N)}r=l(f+C<<20,0);I=e*(I-E)-E;I-=N;if(C===-1){return.5*(e-I)-.5}if(C===1){if(e<-.25){return-2*(I-(e+.5))}return 1+2*(e-I)}if(C<=-2||C>56){A=1-(I-e);if(C===1024){$=o(A)+(C<<20)|0;A=a(A,$)}else{A*=r}return A-1}T=1;if(C<20){$=1072693248-(2097152>>C)|0;T=a(T,$);A=T-(I-e)}else{$=f-C<<20|0;T=a(T,$);A=e-(I+T);A+=1}A*=r;return A}e.exports=expm1},6736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},9119:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2938);e.exports=i},2938:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6523);var o=r(2804);var a=r(905);var l=r(469);var c=r(313);var u=r(7994);function factorial(e){if(i(e)){return NaN}if(o(e)){if(e<0){return NaN}if(e<=c){return u[e]}return l}return a(e+1)}e.exports=factorial},2334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5681);e.exports=i},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},1011:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2950);var o=r(905);var a=r(7260);var l=r(6260);var c=r(1851);var u=r(6310);var f=r(5088);var p=r(45);var h=r(3822);var d=r(313);var m=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var r;var v;var y;if(e<f){if(t>=d){v=gammaDeltaRatioLanczos(t,d-t);v*=e;v*=m;return 1/v}return 1/(e*o(e+t))}y=e+h-.5;if(e+t===e){if(l(t/y)<f){r=c(-t)}else{r=1}}else{if(l(t)<10){r=c((.5-e)*a(t/y))}else{r=u(y/(y+t),e-.5)}r*=i(e)/i(e+t)}r*=u(p/(y+t),t);return r}e.exports=gammaDeltaRatioLanczos},4320:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2503);e.exports=i},2503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6260);var o=r(2334);var a=r(905);var l=r(9119);var c=r(313);var u=r(1011);function gammaDeltaRatio(e,t){var r;var f;var p;if(e<=0||e+t<=0){return a(e)/a(e+t)}f=o(t);if(f===t){p=o(e);if(p===e){if(e<=c&&e+t<=c){return l(p-1)/l(f+p-1)}}if(i(t)<20){if(t===0){return 1}if(t<0){e-=1;r=e;t+=1;while(t!==0){e-=1;r*=e;t+=1}return r}r=1/e;t-=1;while(t!==0){e+=1;r/=e;t-=1}return r}}return u(e,t)}e.exports=gammaDeltaRatio},2638:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2193);e.exports=i},2193:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(9497);e.exports=i},9497:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));i=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));i=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/i}e.exports=evalrational},2950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2185);e.exports=i},2185:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(350);e.exports=i},350:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));i=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));i=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/i}e.exports=evalrational},905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9848);e.exports=i},9848:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var i=r(6523);var o=r(2804);var a=r(3270);var l=r(6260);var c=r(2334);var u=r(1794);var f=r(469);var p=r(1475);var h=r(9701);var d=r(101);var m=r(6630);var v=r(3381);function gamma(e){var t;var r;var y;var b;if(o(e)&&e<0||e===p||i(e)){return NaN}if(e===0){if(a(e)){return p}return f}if(e>171.61447887182297){return f}if(e<-170.5674972726612){return 0}r=l(e);if(r>33){if(e>=0){return d(e)}y=c(r);if((y&1)===0){t=-1}else{t=1}b=r-y;if(b>.5){y+=1;b=r-y}b=r*u(h*b);return t*h/(l(b)*d(r))}b=1;while(e>=3){e-=1;b*=e}while(e<0){if(e>-1e-9){return m(e,b)}b/=e;e+=1}while(e<2){if(e<1e-9){return m(e,b)}b/=e;e+=1}if(e===2){return b}e-=2;return b*v(e)}e.exports=gamma},6886:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333334822}return.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}e.exports=evalpoly},3381:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));i=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));i=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return r/i}e.exports=evalrational},6630:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var i=r(2404);function gamma(e,t){return t/((1+i*e)*e)}e.exports=gamma},101:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var i=r(2385);var o=r(6310);var a=r(1851);var l=r(6886);var c=143.01608;function gamma(e){var t;var r;var u;t=1/e;t=1+t*l(t);r=a(e);if(e>c){u=o(e,.5*e-.25);r=u*(u/r)}else{r=o(e,e-.5)/r}return i*r*t}e.exports=gamma},7186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7013);e.exports=i},3256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(1550);var o=r(5088);var a=r(8280);var l=r(1440);var c=r(7492);var u=.15896368026733398;var f=.5281534194946289;var p=.45201730728149414;function lgammaSmallImp(e,t,r){var h;var d;var m;var v;if(e<o){return-i(e)}if(t===0||r===0){return 0}d=0;if(e>2){if(e>=3){do{e-=1;r-=1;d+=i(e)}while(e>=3);r=e-2}m=r*(e+1);v=a(r);d+=m*u+m*v;return d}if(e<1){d+=-i(e);r=t;t=e;e+=1}if(e<=1.5){m=l(t);h=t*r;d+=h*f+h*m;return d}m=r*t;v=c(-r);d+=m*p+m*v;return d}e.exports=lgammaSmallImp},7013:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(905);var o=r(141);var a=r(7260);var l=r(6523);var c=r(3256);function gamma1pm1(e){if(l(e)){return NaN}if(e<0){if(e<-.5){return i(1+e)-1}return o(-a(e)+c(e+2,e+1,e))}if(e<2){return o(c(e+1,e,e-1))}return i(1+e)-1}e.exports=gamma1pm1},8280:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));i=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));i=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return r/i}e.exports=evalrational},1440:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));i=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));i=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return r/i}e.exports=evalrational},7492:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var i;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));i=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));i=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return r/i}e.exports=evalrational},7078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(1851);function finiteGammaQ(e,t){var r;var o;var a;var l;a=i(-t);o=a;if(o!==0){r=o;for(l=1;l<e;++l){r/=l;r*=t;o+=r}}return o}e.exports=finiteGammaQ},5120:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(988);var o=r(5478);var a=r(1851);var l=r(9701);function finiteHalfGammaQ(e,t){var r;var c;var u;var f;var p;f=i(o(t));if(f!==0&&e>1){c=a(-t)/o(l*t);c*=t;r=.5;c/=r;u=c;for(p=2;p<e;++p){c/=p-r;c*=t;u+=c}f+=u}return f}e.exports=finiteHalfGammaQ},5852:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(1851);var o=r(6310);var a=r(1550);var l=r(4193);var c=r(7999);function fullIGammaPrefix(e,t){var r;var u;u=e*a(t);if(t>=1){if(u<l&&-t>c){r=o(t,e)*i(-t)}else if(e>=1){r=o(t/i(t/e),e)}else{r=i(u-t)}}else{if(u>c){r=o(t,e)*i(-t)}else if(t/e<l){r=o(t/i(t/e),e)}else{r=i(u-t)}}return r}e.exports=fullIGammaPrefix},6144:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2334);var o=r(905);var a=r(6260);var l=r(6310);var c=r(1550);var u=r(8159);var f=r(3424);var p=r(4193);var h=r(3781);var d=r(7078);var m=r(5120);var v=r(5852);var y=r(712);var b=r(7178);var w=r(4175);var x=r(97);var $=r(386);function igammaFinal(e,t,r,S){var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var F;var R;I=0;C=S;T=t<30&&t<=e+1&&e<p;if(T){F=i(t);O=F===t;A=O?false:a(F-t)===.5}else{O=false;A=false}if(O&&e>.6){C=!C;_=0}else if(A&&e>.2){C=!C;_=1}else if(e<u&&t>1){_=6}else if(e>1e3&&(t<e||a(t-50)/e<1)){C=!C;_=7}else if(e<.5){if(-.4/c(e)<t){_=2}else{_=3}}else if(e<1.1){if(e*.75<t){_=2}else{_=3}}else{E=false;if(r&&t>20){L=a((e-t)/t);if(t>200){if(20/t>L*L){E=true}}else if(L<.4){E=true}}if(E){_=5}else if(e-1/(3*e)<t){_=2}else{_=4;C=!C}}switch(_){case 0:I=d(t,e);if(r===false){I*=o(t)}break;case 1:I=m(t,e);if(r===false){I*=o(t)}break;case 2:I=r?w(t,e):v(t,e);if(I!==0){N=0;k=false;if(C){N=r?1:o(t);if(r||I>=1||f*I>N){N/=I;if(r||t<1||f/t>N){N*=-t;k=true}else{N=0}}else{N=0}}I*=b(t,e,N)/t;if(k){C=false;I=-I}}break;case 3:C=!C;M=x(t,e,C);I=M[0];R=M[1];C=false;if(r){I/=R}break;case 4:I=r?w(t,e):v(t,e);if(I!==0){I*=$(t,e)}break;case 5:I=y(t,e);if(e>=t){C=!C}break;case 6:I=r?l(e,t)/o(t+1):l(e,t)/t;I*=1-t*e/(t+1);break;case 7:I=r?w(t,e):v(t,e);I/=e;if(I!==0){I*=h(t,e)}break}if(r&&I>1){I=1}if(C){P=r?1:o(t);I=P-I}return I}e.exports=igammaFinal},712:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2096);var o=r(5430);var a=r(988);var l=r(5478);var c=r(1851);var u=r(4739);var f=r(4410);var p=r(5273);var h=r(736);var d=r(8135);var m=r(6870);var v=r(7589);var y=r(3164);var b=r(8099);var w=r(9413);var x=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var r;var $;var S;var k;var _;$=(t-e)/e;S=-o($);k=e*S;_=l(2*S);if(t<e){_=-_}x[0]=f(_);x[1]=p(_);x[2]=h(_);x[3]=d(_);x[4]=m(_);x[5]=v(_);x[6]=y(_);x[7]=b(_);x[8]=w(_);x[9]=-.0005967612901927463;r=i(x,1/e);r*=c(-k)/l(u*e);if(t<e){r=-r}r+=a(l(k))/2;return r}e.exports=igammaTemmeLarge},5479:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3218);e.exports=i},7178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6491);var o=r(3027);function lowerGammaSeries(e,t,r){var a;var l;r=r||0;l=o(e,t);a=i(l,{initialValue:r});return a}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(e,t){var r=1;var i=e;var o=t;return next;function next(){var e=r;i+=1;r*=o/i;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(7711);var o=r(1851);var a=r(1550);var l=r(2385);var c=r(4193);var u=r(469);var f=r(313);var p=r(6144);var h=r(7178);var d=r(386);function gammainc(e,t,r,m){var v;var y;var b;var w;if(e<0||t<=0){return NaN}v=r===void 0?true:r;b=m;if(t>=f&&!v){if(b&&t*4<e){w=t*a(e)-e;w+=a(d(t,e))}else if(!b&&t>4*e){w=t*a(e)-e;y=0;w+=a(h(t,e,y)/t)}else{w=p(e,t,true,b);if(w===0){if(b){w=1+1/(12*t)+1/(288*t*t);w=a(w)-t+(t-.5)*a(t);w+=a(l)}else{w=t*a(e)-e;y=0;w+=a(h(t,e,y)/t)}}else{w=a(w)+i(t)}}if(w>c){return u}return o(w)}return p(e,t,v,b)}e.exports=gammainc},4410:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3333333333333333}return-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8.296711340953087e-7+e*(-1.7665952736826078e-7+e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(-4.382036018453353e-9+e*9.14769958223679e-10)))))))))))))}e.exports=evalpoly},5273:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.001851851851851852}return-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4.018775720164609e-7+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(-5.752545603517705e-8+e*1.1951628599778148e-8)))))))))))}e.exports=evalpoly},736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.004133597883597883}return.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(-6.298992138380055e-7+e*1.4280614206064242e-7)))))))))}e.exports=evalpoly},8135:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0006494341563786008}return.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2.396505113867297e-7+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}e.exports=evalpoly},6870:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0008618882909167117}return-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}e.exports=evalpoly},7589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.00033679855336635813}return-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}e.exports=evalpoly},3164:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0005313079364639922}return.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7.902353232660328e-7+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}e.exports=evalpoly},8099:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.00034436760689237765}return.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}e.exports=evalpoly},9413:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},4175:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2638);var o=r(7711);var a=r(905);var l=r(5430);var c=r(5478);var u=r(6260);var f=r(1851);var p=r(6310);var h=r(2974);var d=r(8008);var m=r(1550);var v=r(3424);var y=r(4193);var b=r(7999);var w=r(3822);var x=r(45);function regularisedGammaPrefix(e,t){var r;var $;var S;var k;var _;var A;var N;S=e+w-.5;N=(t-e-w+.5)/S;if(e<1){if(t<=b||e<1/v){return f(e*m(t)-t-o(e))}return p(t,e)*f(-t)/a(e)}if(u(N*N*e)<=100&&e>150){r=e*l(N)+t*(.5-w)/S;r=f(r)}else{k=e*m(t/S);_=e-t;if(d(k,_)<=b||h(k,_)>=y){$=_/e;if(d(k,_)/2>b&&h(k,_)/2<y){A=p(t/S,e/2)*f(_/2);r=A*A}else if(d(k,_)/4>b&&h(k,_)/4<y&&t>e){A=p(t/S,e/4)*f(_/4);r=A*A;r*=r}else if($>b&&$<y){r=p(t*f($)/S,e)}else{r=f(k+_)}}else{r=p(t/S,e)*f(_)}}r*=c(S/x)/i(e);return r}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(e,t){var r;var i;var o;var a;r=-t;t=-t;i=e+1;o=1;return next;function next(){a=r/i;r*=t;o+=1;r/=o;i+=1;return a}}e.exports=smallGamma2Series},3781:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6491);var o=r(4809);function tgammaILargeX(e,t){var r;var a;a=o(e,t);r=i(a);return r}e.exports=tgammaILargeX},4809:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(e,t){var r=1;var i=e;var o=t;return next;function next(){var e=r;r*=i/o;i-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(4756);var o=r(6491);var a=r(7186);var l=r(7708);function tgammaSmallUpperPart(e,t,r){var c;var u;var f;var p;var h;u=a(e);f=(u+1)/e;p=i(t,e);u-=p;u/=e;h=l(e,t);p+=1;c=r?f:0;u=-p*o(h,{initialValue:(c-u)/p});if(r){u=-u}return[u,f]}e.exports=tgammaSmallUpperPart},386:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(508);var o=r(2923);function upperGammaFraction(e,t){var r=o(e,t);return 1/(t-e+1+i(r))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(e,t){var r=t-e+1;var i=e;var o=0;return next;function next(){o+=1;r+=2;return[o*(i-o),r]}}e.exports=upperIncompleteGammaFract},7711:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8554);e.exports=i},8554:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(7234);var a=r(6260);var l=r(1550);var c=r(1262);var u=r(8901);var f=r(9701);var p=r(469);var h=r(9303);var d=r(5690);var m=r(1271);var v=r(7120);var y=r(2778);var b=r(6503);var w=r(2352);var x=r(7942);var $=r(5059);var S=r(9596);var k=.07721566490153287;var _=.3224670334241136;var A=1;var N=-.07721566490153287;var E=.48383612272381005;var T=-.1475877229945939;var I=.06462494023913339;var C=-.07721566490153287;var O=1;var L=.4189385332046727;var M=1.4616321449683622;var P=4503599627370496;var F=72057594037927940;var R=13877787807814457e-33;var B=1.4616321449683622;var j=-.12148629053584961;var D=-3638676997039505e-33;function gammaln(e){var t;var r;var q;var V;var U;var K;var z;var H;var W;var G;var Y;var J;var Q;if(i(e)||o(e)){return e}if(e===0){return p}if(e<0){t=true;e=-e}else{t=false}if(e<R){return-l(e)}if(t){if(e>=P){return p}W=u(e);if(W===0){return p}r=l(f/a(W*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){Q=-l(e);if(e>=M-1+.27){Y=1-e;q=0}else if(e>=M-1-.27){Y=e-(B-1);q=1}else{Y=e;q=2}}else{Q=0;if(e>=M+.27){Y=2-e;q=0}else if(e>=M-.27){Y=e-B;q=1}else{Y=e-1;q=2}}switch(q){case 0:J=Y*Y;K=k+J*h(J);U=J*(_+J*d(J));z=Y*K+U;Q+=z-.5*Y;break;case 1:J=Y*Y;G=J*Y;K=E+G*y(G);U=T+G*b(G);V=I+G*w(G);z=J*K-(D-G*(U+Y*V));Q+=j+z;break;case 2:K=Y*(C+Y*x(Y));U=O+Y*$(Y);Q+=-.5*Y+K/U;break}}else if(e<8){q=c(e);Y=e-q;z=Y*(N+Y*v(Y));H=A+Y*m(Y);Q=.5*Y+z/H;J=1;switch(q){case 7:J*=Y+6;case 6:J*=Y+5;case 5:J*=Y+4;case 4:J*=Y+3;case 3:J*=Y+2;Q+=l(J)}}else if(e<F){W=l(e);J=1/e;Y=J*J;G=L+J*S(Y);Q=(e-.5)*(W-1)+G}else{Q=e*(l(e)-1)}if(t){Q=r-Q}return Q}e.exports=gammaln},9303:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.06735230105312927}return.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}e.exports=evalpoly},5690:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.020580808432516733}return.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}e.exports=evalpoly},1271:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1.3920053346762105}return 1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}e.exports=evalpoly},7120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.21498241596060885}return.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}e.exports=evalpoly},2778:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.032788541075985965}return-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}e.exports=evalpoly},6503:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.01797067508118204}return.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}e.exports=evalpoly},2352:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.010314224129834144}return-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}e.exports=evalpoly},7942:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6328270640250934}return.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}e.exports=evalpoly},5059:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 2.4559779371304113}return 2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}e.exports=evalpoly},9596:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333333297}return.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}e.exports=evalpoly},512:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=1;var i;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;r*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){i=t;t=e;e=i}t-=e}return r*e}e.exports=gcd},9216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=0;var i;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;r+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){i=t;t=e;e=i}t-=e}return e<<r}e.exports=gcd},4370:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1413);e.exports=i},1413:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6523);var o=r(2804);var a=r(469);var l=r(1475);var c=r(3960);var u=r(9216);var f=r(512);function gcd(e,t){if(i(e)||i(t)){return NaN}if(e===a||t===a||e===l||t===l){return NaN}if(!(o(e)&&o(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=c&&t<=c){return u(e,t)}return f(e,t)}e.exports=gcd},9061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6523);var o=r(141);var a=r(2334);var l=r(7260);var c=r(9827);var u=r(1354);var f=r(5478);var p=r(1851);var h=r(6310);var d=r(2974);var m=r(8008);var v=r(3424);var y=r(5417);var b=r(3960);var w=r(5553);var x=r(9701);var $=r(1471);var S=r(1402);var k=r(6005);var _=r(2148);var A=r(7531);var N=r(9140);var E=r(6203);var T=1/x;function ibetaImp(e,t,r,I,C,O,L,M){var P;var F;var R;var B;var j;var D;var q;var V;var U;var K;var z;var H;H=1-e;q=M;V=M+L;O[V]=-1;if(i(e)||e<0||e>1){O[q]=NaN;O[V]=NaN;return O}if(I){if(t<0||r<0){O[q]=NaN;O[V]=NaN;return O}if(t===0){if(r===0){O[q]=NaN;O[V]=NaN;return O}if(r>0){O[q]=C?0:1;return O}}else if(r===0){if(t>0){O[q]=C?1:0;return O}}}else if(t<=0||r<=0){O[q]=NaN;O[V]=NaN;return O}if(e===0){if(t===1){O[V]=1}else{O[V]=t<1?v/2:y*2}if(C){O[q]=I?1:u(t,r);return O}O[q]=0;return O}if(e===1){if(r===1){O[V]=1}else{O[V]=r<1?v/2:y*2}if(C){O[q]=0}else{O[q]=I?1:u(t,r)}return O}if(t===.5&&r===.5){O[V]=T*f(H*e);z=C?c(f(H)):c(f(e));z/=w;if(!I){z*=x}O[q]=z;return O}if(t===1){D=r;r=t;t=D;D=H;H=e;e=D;C=!C}if(r===1){if(t===1){O[q]=C?H:e;O[V]=1;return O}O[V]=t*h(e,t-1);if(H<.5){z=C?-o(t*l(-H)):p(t*l(-H))}else{z=C?-(h(e,t)-1):h(e,t)}if(!I){z/=t}O[q]=z;return O}if(m(t,r)<=1){if(e>.5){D=r;r=t;t=D;D=H;H=e;e=D;C=!C}if(d(t,r)<=1){if(t>=m(.2,r)||h(e,t)<=.9){if(C){R=-(I?1:u(t,r));C=false;R=-E(t,r,e,R,I,O,H)}else{R=E(t,r,e,0,I,O,H)}}else{D=r;r=t;t=D;D=H;H=e;e=D;C=!C;if(H>=.3){if(C){R=-(I?1:u(t,r));C=false;R=-E(t,r,e,R,I,O,H)}else{R=E(t,r,e,0,I,O,H)}}else{if(I){F=1}else{F=S(t+r,t,20)}R=N(t,r,e,H,20,I,O);if(C){R-=I?1:u(t,r);C=false;R=-$(t+20,r,e,H,R,F,I)}else{R=$(t+20,r,e,H,R,F,I)}}}}else if(r<=1||e<.1&&h(r*e,t)<=.7){if(C){R=-(I?1:u(t,r));C=false;R=-E(t,r,e,R,I,O,H)}else{R=E(t,r,e,0,I,O,H)}}else{D=r;r=t;t=D;D=H;H=e;e=D;C=!C;if(H>=.3){if(C){R=-(I?1:u(t,r));C=false;R=-E(t,r,e,R,I,O,H)}else{R=E(t,r,e,0,I,O,H)}}else if(t>=15){if(C){R=-(I?1:u(t,r));C=false;R=-$(t,r,e,H,R,1,I)}else{R=$(t,r,e,H,0,1,I)}}else{if(I){F=1}else{F=S(t+r,t,20)}R=N(t,r,e,H,20,I,O);if(C){R-=I?1:u(t,r);C=false;R=-$(t+20,r,e,H,R,F,I)}else{R=$(t+20,r,e,H,R,F,I)}}}}else{if(t<r){P=t-(t+r)*e}else{P=(t+r)*H-r}if(P<0){D=r;r=t;t=D;D=H;H=e;e=D;C=!C}if(r<40){if(a(t)===t&&a(r)===r&&t<b-100){U=t-1;K=r+U;R=A(K,U,e,H);if(!I){R*=u(t,r)}}else if(r*e<=.7){if(C){R=-(I?1:u(t,r));C=false;R=-E(t,r,e,R,I,O,H)}else{R=E(t,r,e,0,I,O,H)}}else if(t>15){K=a(r);if(K===r){K-=1}B=r-K;if(I){F=1}else{F=S(t+B,B,K)}R=N(B,t,H,e,K,I);R=$(t,B,e,H,R,1,I);R/=F}else if(I){K=a(r);B=r-K;if(B<=0){K-=1;B+=1}R=N(B,t,H,e,K,I);R+=N(t,B,e,H,20,I);if(C){R-=1}R=$(t+20,B,e,H,R,1,I);if(C){R=-R;C=false}}else{R=_(t,r,e,H,I,O)}}else{R=_(t,r,e,H,I,O)}}if(O[V]<0){O[V]=k(t,r,e,H,true)}j=H*e;if(O[V]!==0){if(v*j<O[V]){O[V]=v/2}else{O[V]/=j}}O[q]=C?(I?1:u(t,r))-R:R;return O}e.exports=ibetaImp},1471:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(4320);var o=r(9119);var a=r(5479);var l=r(7260);var c=r(6260);var u=r(6310);var f=r(1550);var p=r(5417);var h=r(5088);var d=r(7499);var m=r(4141);var v=new Array(30);function betaSmallBLargeASeries(e,t,r,y,b,w,x){var $;var S;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var F;var R;var B;var j;N=t-1;B=e+N/2;if(y<.35){C=l(-y)}else{C=f(r)}j=-B*C;L=m(t,j);if(L<=p){return b}if(x){$=L/i(e,t);$/=u(B,t)}else{$=d(t,j)/u(B,t)}$*=w;v[0]=1;M=a(j,t,true,true);M/=L;_=b+$*M;k=1;E=C/2;E*=E;T=1;O=4*B*B;A=t;for(F=1;F<v.length;++F){k+=2;v[F]=0;I=t-F;S=3;for(P=1;P<F;++P){I=P*t-F;v[F]+=I*v[F-P]/o(S);S+=2}v[F]/=F;v[F]+=N/o(k);M=(A*(A+1)*M+(j+A+1)*T)/O;T*=E;A+=2;R=$*v[F]*M;_+=R;if(R>1){if(c(R)<c(h*_)){break}}else if(c(R/h)<c(_)){break}}return _}e.exports=betaSmallBLargeASeries},7531:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(7548);var o=r(2334);var a=r(6310);var l=r(5417);function binomialCCDF(e,t,r,c){var u;var f;var p;var h;var d;f=a(r,e);if(f>l){h=f;for(d=o(e-1);d>t;d--){h*=(d+1)*c/((e-d)*r);f+=h}}else{p=o(e*r);if(p<=t+1){p=o(t+2)}f=a(r,p)*a(c,e-p);f*=i(o(e),o(p));if(f===0){for(d=p-1;d>t;d--){f+=a(r,d)*a(c,e-d);f*=i(o(e),o(d))}}else{h=f;u=f;for(d=p-1;d>t;d--){h*=(d+1)*c/((e-d)*r);f+=h}h=u;for(d=p+1;d<=e;d++){h*=(e-d+1)*r/(d*c);f+=h}}}return f}e.exports=binomialCCDF},7499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(1851);var o=r(6310);var a=r(1550);var l=r(4193);var c=r(7999);function fullIGammaPrefix(e,t){var r;var u;u=e*a(t);if(t>=1){if(u<l&&-t>c){r=o(t,e)*i(-t)}else if(e>=1){r=o(t/i(t/e),e)}else{r=i(u-t)}}else if(u>c){r=o(t,e)*i(-t)}else if(t/e<l){r=o(t/i(t/e),e)}else{r=i(u-t)}return r}e.exports=fullIGammaPrefix},9140:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6005);function ibetaAStep(e,t,r,o,a,l,c){var u;var f;var p;var h;u=i(e,t,r,o,l);if(c){c[1]=u}u/=e;if(u===0){return u}p=1;f=1;for(h=0;h<a-1;++h){f*=(e+t+h)*r/(e+h+1);p+=f}u*=p;return u}e.exports=ibetaAStep},2148:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(508);var o=r(6005);var a={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,r,i){var o=0;return next;function next(){var a;var l;var c;l=(e+o-1)*(e+t+o-1)*o*(t-o)*r*r;a=e+2*o-1;l/=a*a;c=o;c+=o*(t-o)*r/(e+2*o-1);c+=(e+o)*(e*i-t*r+1+o*(2-r))/(e+2*o+1);o+=1;return[l,c]}}function ibetaFraction2(e,t,r,l,c,u){var f;var p;var h;f=o(e,t,r,l,c);if(u){u[1]=f}if(f===0){return f}h=ibetaFraction2t(e,t,r,l);p=i(h,a);return f/p}e.exports=ibetaFraction2},6005:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2638);var o=r(9594);var a=r(9912);var l=r(141);var c=r(7260);var u=r(5478);var f=r(6260);var p=r(1851);var h=r(6310);var d=r(8008);var m=r(1550);var v=r(4193);var y=r(7999);var b=r(3822);var w=r(45);function ibetaPowerTerms(e,t,r,x,$){var S;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var F;if(!$){return h(r,e)*h(x,t)}P=e+t;A=e+b-.5;N=t+b-.5;E=P+b-.5;S=i(P);S/=i(e)*i(t);S*=u(N/w);S*=u(A/E);T=(r*t-x*A)/A;I=(x*e-r*N)/N;if(a(T,I)<.2){if(T*I>0||d(e,t)<1){if(f(T)<.1){S*=p(e*c(T))}else{S*=h(r*E/A,e)}if(f(I)<.1){S*=p(t*c(I))}else{S*=h(x*E/N,t)}}else if(o(T,I)<.5){k=e<t;_=t/e;if(k&&_*I<.1||!k&&T/_>.1){C=l(_*c(I));C=T+C+C*T;C=e*c(C);S*=p(C)}else{C=l(c(T)/_);C=I+C+C*I;C=t*c(C);S*=p(C)}}else if(f(T)<f(I)){F=e*c(T)+t*m(x*E/N);if(F<=y||F>=v){F+=m(S);if(F>=v){return NaN}S=p(F)}else{S*=p(F)}}else{F=t*c(I)+e*m(r*E/A);if(F<=y||F>=v){F+=m(S);if(F>=v){return NaN}S=p(F)}else{S*=p(F)}}}else{L=r*E/A;M=x*E/N;T=e*m(L);I=t*m(M);if(T>=v||T<=y||I>=v||I<=y){if(e<t){O=h(M,t/e);C=e*(m(L)+m(O));if(C<v&&C>y){S*=h(O*L,e)}else{I+=T+m(S);if(I>=v){return NaN}S=p(I)}}else{O=h(L,e/t);C=(m(O)+m(M))*t;if(C<v&&C>y){S*=h(O*M,t)}else{I+=T+m(S);if(I>=v){return NaN}S=p(I)}}}else{S*=h(L,e)*h(M,t)}}return S}e.exports=ibetaPowerTerms},6203:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2638);var o=r(6491);var a=r(7260);var l=r(5478);var c=r(1851);var u=r(6310);var f=r(1550);var p=r(5417);var h=r(4193);var d=r(7999);var m=r(3822);var v=r(45);var y={maxTerms:100};function ibetaSeriesT(e,t,r,i){var o=1-t;var a=1;return next;function next(){var t=i/e;e+=1;i*=o*r/a;a+=1;o+=1;return t}}function ibetaSeries(e,t,r,b,w,x,$){var S;var k;var _;var A;var N;var E;var T;var I;if(w){T=e+t;k=e+m-.5;_=t+m-.5;A=T+m-.5;S=i(T)/(i(e)*i(t));N=f(A/_)*(t-.5);E=f(r*A/k)*e;if(N>d&&N<h&&E>d&&E<h){if(e*t<_*10){S*=c((t-.5)*a(e/_))}else{S*=u(A/_,t-.5)}S*=u(r*A/k,e);S*=l(k/v);if(x){x[1]=S*u($,t)}}else{S=f(S)+N+E+(f(k)-1)/2;if(x){x[1]=c(S+t*f($))}S=c(S)}}else{S=u(r,e)}if(S<p){return b}I=ibetaSeriesT(e,t,r,S);y.initialValue=b;return o(I,y)}e.exports=ibetaSeries},9818:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(4573);var a=r(9061);i(o,"assign",a);e.exports=o},4573:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9061);function kernelBetainc(e,t,r,o,a){return i(e,t,r,o,a,[0,0],1,0)}e.exports=kernelBetainc},4141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(2638);var o=r(7711);var a=r(905);var l=r(7260);var c=r(5478);var u=r(6260);var f=r(1851);var p=r(6310);var h=r(2974);var d=r(8008);var m=r(1550);var v=r(4193);var y=r(7999);var b=r(3822);var w=r(45);function regularizedGammaPrefix(e,t){var r;var x;var $;var S;var k;var _;var A;$=e+b-.5;A=(t-e-b+.5)/$;if(e<1){if(t<=y){return f(e*m(t)-t-o(e))}return p(t,e)*f(-t)/a(e)}if(u(A*A*e)<=100&&e>150){r=e*(l(A)-A)+t*(.5-b)/$;r=f(r)}else{S=e*m(t/$);k=e-t;if(d(S,k)<=y||h(S,k)>=v){x=k/e;if(d(S,k)/2>y&&h(S,k)/2<v){_=p(t/$,e/2)*f(k/2);r=_*_}else if(d(S,k)/4>y&&h(S,k)/4<v&&t>e){_=p(t/$,e/4)*f(k/4);r=_*_;r*=r}else if(x>y&&x<v){r=p(t*f(x)/$,e)}else{r=f(S+k)}}else{r=p(t/$,e)*f(k)}}r*=c($/w)/i(e);return r}e.exports=regularizedGammaPrefix},1402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function risingFactorialRatio(e,t,r){var i;var o;if(r===0){return 1}i=1;for(o=0;o<r;o++){i*=(e+o)/(t+o)}return i}e.exports=risingFactorialRatio},1567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4010);e.exports=i},4010:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(5732);var o=r(3242);function kernelCos(e,t){var r;var a;var l;var c;c=e*e;l=c*c;a=c*i(c);a+=l*l*o(c);r=.5*c;l=1-r;return l+(1-l-r+(c*a-e*t))}e.exports=kernelCos},5732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0416666666666666}return.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}e.exports=evalpoly},3242:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7485);e.exports=i},7485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=-.16666666666666632;var r=.00833333333332249;var i=-.0001984126982985795;var o=27557313707070068e-22;var a=-2.5050760253406863e-8;var l=1.58969099521155e-10;function kernelSin(e,c){var u;var f;var p;var h;h=e*e;p=h*h;u=r+h*(i+h*o)+h*p*(a+h*l);f=h*e;if(c===0){return e+f*(t+h*u)}return e-(h*(.5*c-f*u)-c-f*t)}e.exports=kernelSin},3291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3078);e.exports=i},3078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(469);var o=r(1475);var a=r(1877);var l=r(6276);var c=r(2656);var u=r(4862);var f=r(6523);var p=r(7234);var h=r(5672);var d=r(9335).assign;var m=r(6075);var v=r(7949);var y=r(7844);var b=2220446049250313e-31;var w=2148532223>>>0;var x=[0,0];var $=[0,0];function ldexp(e,t){var r;var S;if(t===0||e===0||f(e)||p(e)){return e}d(e,x,1,0);e=x[0];t+=x[1];t+=m(e);if(t<u){return h(0,e)}if(t>l){if(e<0){return o}return i}if(t<=c){t+=52;S=b}else{S=1}v.assign(e,$,1,0);r=$[0];r&=w;r|=t+a<<20;return S*y(r,$[1])}e.exports=ldexp},1550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7934);e.exports=i},7934:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(2882);var o=r(5990);var a=r(6523);var l=r(1877);var c=r(1475);var u=r(6488);var f=r(1103);var p=.6931471803691238;var h=1.9082149292705877e-10;var d=0x40000000000000;var m=.3333333333333333;var v=1048575|0;var y=2146435072|0;var b=1048576|0;var w=1072693248|0;function ln(e){var t;var r;var x;var $;var S;var k;var _;var A;var N;var E;var T;var I;if(e===0){return c}if(a(e)||e<0){return NaN}r=i(e);S=0|0;if(r<b){S-=54|0;e*=d;r=i(e)}if(r>=y){return e+e}S+=(r>>20)-l|0;r&=v;A=r+614244&1048576|0;e=o(e,r|A^w);S+=A>>20|0;_=e-1;if((v&2+r)<3){if(_===0){if(S===0){return 0}return S*p+S*h}k=_*_*(.5-m*_);if(S===0){return _-k}return S*p-(k-S*h-_)}E=_/(2+_);I=E*E;A=r-398458|0;T=I*I;N=440401-r|0;$=T*u(T);x=I*f(T);A|=N;k=x+$;if(A>0){t=.5*_*_;if(S===0){return _-(t-E*(t+k))}return S*p-(t-(E*(t+k)+S*h)-_)}if(S===0){return _-E*(_-k)}return S*p-(E*(_-k)-S*h-_)}e.exports=ln},6488:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.3999999999940942}return.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}e.exports=evalpoly},1103:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},7260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7306);e.exports=i},7306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(2882);var a=r(5990);var l=r(469);var c=r(1475);var u=r(1877);var f=r(897);var p=.6931471803691238;var h=1.9082149292705877e-10;var d=.41421356237309503;var m=-.2928932188134525;var v=1.862645149230957e-9;var y=5551115123125783e-32;var b=9007199254740992;var w=.6666666666666666;function log1p(e){var t;var r;var x;var $;var S;var k;var _;var A;var N;var E;if(e<-1||i(e)){return NaN}if(e===-1){return c}if(e===l){return e}if(e===0){return e}if(e<0){x=-e}else{x=e}E=1;if(x<d){if(x<v){if(x<y){return e}return e-e*e*.5}if(e>m){E=0;$=e;r=1}}if(E!==0){if(x<b){N=1+e;r=o(N);E=(r>>20)-u;if(E>0){S=1-(N-e)}else{S=e-(N-1)}S/=N}else{N=e;r=o(N);E=(r>>20)-u;S=0}r&=1048575;if(r<434334){N=a(N,r|1072693248)}else{E+=1;N=a(N,r|1071644672);r=1048576-r>>2}$=N-1}t=.5*$*$;if(r===0){if($===0){S+=E*h;return E*p+S}A=t*(1-w*$);return E*p-(A-(E*h+S)-$)}k=$/(2+$);_=k*k;A=_*f(_);if(E===0){return $-(t-k*(t+A))}return E*p-(t-(k*(t+A)+(E*h+S))-$)}e.exports=log1p},897:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},5430:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4473);e.exports=i},4781:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(e){var t=-e;var r=-1;var i=0;return next;function next(){r*=t;i+=1;return r/i}}e.exports=log1pSeries},4473:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6260);var o=r(1550);var a=r(5088);var l=r(6491);var c=r(4781);function log1pmx(e){var t;var r;if(e<=-1){return NaN}r=i(e);if(r>.95){return o(1+e)-e}if(r<a){return-e*e/2}t={initialValue:-e};return l(c(e),t)}e.exports=log1pmx},2974:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8641);e.exports=i},8641:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(866);var o=r(6523);var a=r(469);function max(e,t){if(o(e)||o(t)){return NaN}if(e===a||t===a){return a}if(e===t&&e===0){if(i(e)){return e}return t}if(e>t){return e}return t}e.exports=max},9594:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3757);e.exports=i},3757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(2974);function maxabs(e,t){return o(i(e),i(t))}e.exports=maxabs},8008:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9503);e.exports=i},9503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3270);var o=r(6523);var a=r(1475);function min(e,t){if(o(e)||o(t)){return NaN}if(e===a||t===a){return a}if(e===t&&e===0){if(i(e)){return e}return t}if(e<t){return e}return t}e.exports=min},9912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(431);e.exports=i},431:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(8008);function minabs(e,t){return o(i(e),i(t))}e.exports=minabs},6310:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7609);e.exports=i},9905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(2882);var o=r(3786);var a=r(5990);var l=r(1877);var c=r(1277);var u=r(3140);var f=1048575|0;var p=1048576|0;var h=1072693248|0;var d=536870912|0;var m=524288|0;var v=9007199254740992;var y=.9617966939259756;var b=.9617967009544373;var w=-7.028461650952758e-9;var x=[1,1.5];var $=[0,.5849624872207642];var S=[0,1.350039202129749e-8];function log2ax(e,t,r){var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var F;var R;var B;var j;var D;var q;var V;var U;var K;var z;U=0|0;if(r<p){t*=v;U-=53|0;r=i(t)}U+=(r>>c)-l|0;K=r&f|0;r=K|h|0;if(K<=235662){z=0}else if(K<767610){z=1}else{z=0;U+=1|0;r-=p}t=a(t,r);C=x[z];q=t-C;V=1/(t+C);_=q*V;N=o(_,0);k=(r>>1|d)+m;k+=z<<18;T=a(0,k);I=t-(T-C);E=V*(q-N*T-N*I);A=_*_;D=A*A*u(A);D+=E*(N+_);A=N*N;T=3+A+D;T=o(T,0);I=D-(T-3-A);q=N*T;V=E*T+I*_;L=q+V;L=o(L,0);M=V-(L-q);P=b*L;F=w*L+M*y+S[z];O=$[z];j=U;R=P+F+O+j;R=o(R,0);B=F-(R-j-O-P);e[0]=R;e[1]=B;return e}e.exports=log2ax},3726:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(3786);var o=r(837);var a=1.4426950408889634;var l=1.4426950216293335;var c=1.9259629911266175e-8;function logx(e,t){var r;var u;var f;var p;var h;var d;f=t-1;p=f*f*o(f);h=l*f;d=f*c-p*a;u=h+d;u=i(u,0);r=d-(u-h);e[0]=u;e[1]=r;return e}e.exports=logx},7609:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(6523);var o=r(7687);var a=r(7234);var l=r(2804);var c=r(5478);var u=r(6260);var f=r(7949);var p=r(3786);var h=r(6519);var d=r(1475);var m=r(469);var v=r(3935);var y=r(2122);var b=r(888);var w=r(3355);var x=r(9905);var $=r(3726);var S=r(5224);var k=1072693247|0;var _=1105199104|0;var A=1139802112|0;var N=1083179008|0;var E=1072693248|0;var T=1083231232|0;var I=3230714880>>>0;var C=31|0;var O=1e300;var L=1e-300;var M=8008566259537294e-32;var P=[0|0,0|0];var F=[0,0];function pow(e,t){var r;var R;var B;var j;var D;var q;var V;var U;var K;var z;var H;var W;var G;var Y;var J;var Q;if(i(e)||i(t)){return NaN}f.assign(t,P,1,0);q=P[0];V=P[1];if(V===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return c(e)}if(t===-.5){return 1/c(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(a(t)){return w(e,t)}}f.assign(e,P,1,0);j=P[0];D=P[1];if(D===0){if(j===0){return y(e,t)}if(e===1){return 1}if(e===-1&&o(t)){return-1}if(a(e)){if(e===d){return pow(-0,-t)}if(t<0){return 0}return m}}if(e<0&&l(t)===false){return(e-e)/(e-e)}B=u(e);r=j&v|0;R=q&v|0;U=j>>>C|0;K=q>>>C|0;if(U&&o(t)){U=-1}else{U=1}if(R>_){if(R>A){return b(e,t)}if(r<k){if(K===1){return U*O*O}return U*L*L}if(r>E){if(K===0){return U*O*O}return U*L*L}G=$(F,B)}else{G=x(F,B,r)}z=p(t,0);W=(t-z)*G[0]+t*G[1];H=z*G[0];Y=W+H;f.assign(Y,P,1,0);J=h(P[0]);Q=h(P[1]);if(J>=N){if((J-N|Q)!==0){return U*O*O}if(W+M>Y-H){return U*O*O}}else if((J&v)>=T){if((J-I|Q)!==0){return U*L*L}if(W<=Y-H){return U*L*L}}Y=S(J,H,W);return U*Y}e.exports=pow},3140:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5999999999999946}return.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}e.exports=evalpoly},5568:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},837:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},5224:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(2882);var o=r(5990);var a=r(3786);var l=r(6519);var c=r(3291);var u=r(1239);var f=r(1877);var p=r(3935);var h=r(8910);var d=r(1277);var m=r(5568);var v=1048576|0;var y=1071644672|0;var b=.6931471824645996;var w=-1.904654299957768e-9;function pow2(e,t,r){var x;var $;var S;var k;var _;var A;var N;var E;var T;var I;var C;I=e&p|0;C=(I>>d)-f|0;T=0;if(I>y){T=e+(v>>C+1)>>>0;C=((T&p)>>d)-f|0;x=(T&~(h>>C))>>>0;S=o(0,x);T=(T&h|v)>>d-C>>>0;if(e<0){T=-T}t-=S}S=r+t;S=a(S,0);_=S*b;A=(r-(S-t))*u+S*w;E=_+A;N=A-(E-_);S=E*E;$=E-S*m(S);k=E*$/($-2)-(N+E*N);E=1-(k-E);e=i(E);e=l(e);e+=T<<d>>>0;if(e>>d<=0){E=c(E,T)}else{E=o(E,e)}return E}e.exports=pow2},2122:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(7687);var o=r(5672);var a=r(1475);var l=r(469);function pow(e,t){if(t===a){return l}if(t===l){return 0}if(t>0){if(i(t)){return e}return 0}if(i(t)){return o(l,e)}return l}e.exports=pow},888:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(3935);var o=r(2882);var a=1072693247|0;var l=1e300;var c=1e-300;function pow(e,t){var r;var u;u=o(e);r=u&i;if(r<=a){if(t<0){return l*l}return c*c}if(t>0){return l*l}return c*c}e.exports=pow},3355:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(i(e)<1===(t===o)){return 0}return o}e.exports=pow},4756:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2603);e.exports=i},2603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var i=r(6523);var o=r(7234);var a=r(6260);var l=r(141);var c=r(1550);var u=r(6310);var f=r(1262);function powm1(e,t){var r;var p;if(i(e)||i(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(a(t*(e-1))<.5||a(t)<.2){p=c(e)*t;if(p<.5){return l(p)}}}else if(f(t)!==t){return NaN}r=u(e,t)-1;if(o(r)||i(r)){return NaN}return r}e.exports=powm1},3982:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4385);e.exports=i},7236:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(2334);var o=r(3291);var a=r(1830);var l=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var c=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var u=16777216;var f=5.960464477539063e-8;var p=a(20);var h=a(20);var d=a(20);var m=a(20);function compute(e,t,r,a,p,h,v,y,b){var w;var x;var $;var S;var k;var _;var A;var N;var E;S=h;E=a[r];N=r;for(k=0;N>0;k++){x=f*E|0;m[k]=E-u*x|0;E=a[N-1]+x;N-=1}E=o(E,p);E-=8*i(E*.125);A=E|0;E-=A;$=0;if(p>0){k=m[r-1]>>24-p;A+=k;m[r-1]-=k<<24-p;$=m[r-1]>>23-p}else if(p===0){$=m[r-1]>>23}else if(E>=.5){$=2}if($>0){A+=1;w=0;for(k=0;k<r;k++){N=m[k];if(w===0){if(N!==0){w=1;m[k]=16777216-N}}else{m[k]=16777215-N}}if(p>0){switch(p){case 1:m[r-1]&=8388607;break;case 2:m[r-1]&=4194303;break}}if($===2){E=1-E;if(w!==0){E-=o(1,p)}}}if(E===0){N=0;for(k=r-1;k>=h;k--){N|=m[k]}if(N===0){for(_=1;m[h-_]===0;_++){}for(k=r+1;k<=r+_;k++){b[y+k]=l[v+k];x=0;for(N=0;N<=y;N++){x+=e[N]*b[y+(k-N)]}a[k]=x}r+=_;return compute(e,t,r,a,p,h,v,y,b)}r-=1;p-=24;while(m[r]===0){r-=1;p-=24}}else{E=o(E,-p);if(E>=u){x=f*E|0;m[r]=E-u*x|0;r+=1;p+=24;m[r]=x}else{m[r]=E|0}}x=o(1,p);for(k=r;k>=0;k--){a[k]=x*m[k];x*=f}for(k=r;k>=0;k--){x=0;for(_=0;_<=S&&_<=r-k;_++){x+=c[_]*a[k+_]}d[r-k]=x}x=0;for(k=r;k>=0;k--){x+=d[k]}if($===0){t[0]=x}else{t[0]=-x}x=d[0]-x;for(k=1;k<=r;k++){x+=d[k]}if($===0){t[1]=x}else{t[1]=-x}return A&7}function kernelRempio2(e,t,r,i){var o;var a;var c;var u;var f;var d;var m;var v;var y;a=4;u=i-1;c=(r-3)/24|0;if(c<0){c=0}d=r-24*(c+1);v=c-u;y=u+a;for(m=0;m<=y;m++){if(v<0){p[m]=0}else{p[m]=l[v]}v+=1}for(m=0;m<=a;m++){o=0;for(v=0;v<=u;v++){o+=e[v]*p[u+(m-v)]}h[m]=o}f=a;return compute(e,t,f,h,d,a,c,u,p)}e.exports=kernelRempio2},4385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var i=r(3935);var o=r(222);var a=r(8910);var l=r(2882);var c=r(1662);var u=r(7844);var f=r(7236);var p=r(499);var h=0;var d=16777216;var m=1.5707963267341256;var v=6077100506506192e-26;var y=2*v;var b=3*v;var w=4*v;var x=598523|0;var $=1072243195|0;var S=1073928572|0;var k=1074752122|0;var _=1074977148|0;var A=1075183036|0;var N=1075388923|0;var E=1075594811|0;var T=1094263291|0;var I=[0,0,0];var C=[0,0];function rempio2(e,t){var r;var O;var L;var M;var P;var F;var R;var B;L=l(e)|0;M=L&i|0;if(M<=$){t[0]=e;t[1]=0;return 0}if(M<=k){if((M&a)===x){return p(e,M,t)}if(M<=S){if(L>0){B=e-m;t[0]=B-v;t[1]=B-t[0]-v;return 1}B=e+m;t[0]=B+v;t[1]=B-t[0]+v;return-1}if(L>0){B=e-2*m;t[0]=B-y;t[1]=B-t[0]-y;return 2}B=e+2*m;t[0]=B+y;t[1]=B-t[0]+y;return-2}if(M<=E){if(M<=A){if(M===_){return p(e,M,t)}if(L>0){B=e-3*m;t[0]=B-b;t[1]=B-t[0]-b;return 3}B=e+3*m;t[0]=B+b;t[1]=B-t[0]+b;return-3}if(M===N){return p(e,M,t)}if(L>0){B=e-4*m;t[0]=B-w;t[1]=B-t[0]-w;return 4}B=e+4*m;t[0]=B+w;t[1]=B-t[0]+w;return-4}if(M<T){return p(e,M,t)}if(M>=o){t[0]=NaN;t[1]=NaN;return 0}r=c(e);O=(M>>20)-1046;B=u(M-(O<<20|0),r);for(F=0;F<2;F++){I[F]=B|0;B=(B-I[F])*d}I[2]=B;P=3;while(I[P-1]===h){P-=1}R=f(I,C,O,P,1);if(L<0){t[0]=-C[0];t[1]=-C[1];return-R}t[0]=C[0];t[1]=C[1];return R}e.exports=rempio2},499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(8972);var o=r(2882);var a=.6366197723675814;var l=1.5707963267341256;var c=6077100506506192e-26;var u=6077100506303966e-26;var f=20222662487959506e-37;var p=20222662487111665e-37;var h=84784276603689e-45;var d=2047|0;function rempio2Medium(e,t,r){var m;var v;var y;var b;var w;var x;var $;v=i(e*a);b=e-v*l;w=v*c;$=t>>20|0;r[0]=b-w;m=o(r[0]);x=$-(m>>20&d);if(x>16){y=b;w=v*u;b=y-w;w=v*f-(y-b-w);r[0]=b-w;m=o(r[0]);x=$-(m>>20&d);if(x>49){y=b;w=v*p;b=y-w;w=v*h-(y-b-w);r[0]=b-w}}r[1]=b-r[0]-w;return v}e.exports=rempio2Medium},8972:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6547);e.exports=i},6547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},1794:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3205);e.exports=i},3205:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var i=r(3935);var o=r(222);var a=r(2882);var l=r(1567);var c=r(186);var u=r(3982);var f=1072243195|0;var p=1045430272|0;var h=[0,0];function sin(e){var t;var r;t=a(e);t&=i;if(t<=f){if(t<p){return e}return c(e,0)}if(t>=o){return NaN}r=u(e,h);switch(r&3){case 0:return c(h[0],h[1]);case 1:return l(h[0],h[1]);case 2:return-c(h[0],h[1]);default:return-l(h[0],h[1])}}e.exports=sin},8901:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3012);e.exports=i},3012:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6523);var o=r(7234);var a=r(9191);var l=r(1794);var c=r(6260);var u=r(5672);var f=r(9701);function sinpi(e){var t;var r;if(i(e)){return NaN}if(o(e)){return NaN}r=e%2;t=c(r);if(t===0||t===1){return u(0,r)}if(t<.25){return l(f*r)}if(t<.75){t=.5-t;return u(a(f*t),r)}if(t<1.25){r=u(1,r)-r;return l(f*r)}if(t<1.75){t-=1.5;return-u(a(f*t),r)}r-=u(2,r);return l(f*r)}e.exports=sinpi},5478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1689);e.exports=i},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},1262:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2657);e.exports=i},2657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2334);var o=r(3385);function trunc(e){if(e<0){return o(e)}return i(e)}e.exports=trunc},3962:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(5088);var a=r(8858);var l=1e6;function continuedFractionA(e,t,r){var o;var l;var c;var u;var f;var p;p=e();f=p[1];l=p[0];if(f===0){f=a}c=f;u=0;do{p=e();if(p){u=p[1]+p[0]*u;if(u===0){u=a}c=p[1]+p[0]/c;if(c===0){c=a}u=1/u;o=c*u;f*=o}}while(p&&i(o-1)>t&&--r);return l/f}function continuedFractionB(e,t,r){var o;var l;var c;var u;var f;f=e();u=f[1];if(u===0){u=a}l=u;c=0;do{f=e();if(f){c=f[1]+f[0]*c;if(c===0){c=a}l=f[1]+f[0]/l;if(l===0){l=a}c=1/c;o=l*c;u*=o}}while(f&&i(o-1)>t&&--r);return u}function continuedFraction(e,t){var r;var i;var a;i={};if(arguments.length>1){i=t}a=i.tolerance||o;r=i.maxIter||l;if(i.keep){return continuedFractionB(e,a,r)}return continuedFractionA(e,a,r)}e.exports=continuedFraction},7028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(8858);var a=r(5088);var l=1e6;function continuedFractionA(e,t,r){var a;var l;var c;var u;var f;var p;var h;a=typeof e.next==="function";h=a?e.next().value:e();u=h[1];c=h[0];if(u===0){u=o}f=u;p=0;if(a===true){do{h=e.next().value;if(h){p=h[1]+h[0]*p;if(p===0){p=o}f=h[1]+h[0]/f;if(f===0){f=o}p=1/p;l=f*p;u*=l}}while(i(l-1)>t&&--r)}else{do{h=e();if(h){p=h[1]+h[0]*p;if(p===0){p=o}f=h[1]+h[0]/f;if(f===0){f=o}p=1/p;l=f*p;u*=l}}while(h&&i(l-1)>t&&--r)}return c/u}function continuedFractionB(e,t,r){var a;var l;var c;var u;var f;var p;a=typeof e.next==="function";p=a?e.next().value:e();c=p[1];if(c===0){c=o}u=c;f=0;if(a===true){do{p=e.next().value;if(p){f=p[1]+p[0]*f;if(f===0){f=o}u=p[1]+p[0]/u;if(u===0){u=o}f=1/f;l=u*f;c*=l}}while(p&&i(l-1)>t&&--r)}else{do{p=e();if(p){f=p[1]+p[0]*f;if(f===0){f=o}u=p[1]+p[0]/u;if(u===0){u=o}f=1/f;l=u*f;c*=l}}while(p&&i(l-1)>t&&--r)}return c}function continuedFraction(e,t){var r;var i;var o;i={};if(arguments.length>1){i=t}r=i.maxIter||l;o=i.tolerance||a;if(i.keep){return continuedFractionB(e,o,r)}return continuedFractionA(e,o,r)}e.exports=continuedFraction},508:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2878);var o=r(7028);var a=r(3962);var l;if(i()){l=o}else{l=a}e.exports=l},1278:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6990);var o=r(3767);function factory(e){var t;var r;var a;var l;if(e.length>500){return polyval}t="return function evalpoly(x){";r=e.length;if(r===0){t+="return 0.0;"}else if(r===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];a=r-1;for(l=1;l<r;l++){t+="+x*";if(l<a){t+="("}t+=e[l]}for(l=0;l<a-1;l++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new i(t)();function polyval(t){return o(e,t)}}e.exports=factory},2096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(3767);var a=r(1278);i(o,"factory",a);e.exports=o},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var r;var i;i=e.length;if(i<2||t===0){if(i===0){return 0}return e[0]}i-=1;r=e[i]*t+e[i-1];i-=2;while(i>=0){r=r*t+e[i];i-=1}return r}e.exports=evalpoly},6049:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(5088);var a=1e6;function sumSeries(e,t){var r;var l;var c;var u;var f;f={};if(arguments.length>1){f=t}r=f.tolerance||o;c=f.maxTerms||a;u=f.initialValue||0;do{l=e();u+=l}while(i(r*u)<i(l)&&--c);return u}e.exports=sumSeries},3333:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6260);var o=r(5088);var a=1e6;function sumSeries(e,t){var r;var l;var c;var u;var f;var p;p={};if(arguments.length>1){p=t}l=p.tolerance||o;u=p.maxTerms||a;f=p.initialValue||0;r=typeof e.next==="function";if(r===true){for(c of e){f+=c;if(i(l*f)>=i(c)||--u===0){break}}}else{do{c=e();f+=c}while(i(l*f)<i(c)&&--u)}return f}e.exports=sumSeries},6491:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2878);var o=r(3333);var a=r(6049);var l;if(i()){l=o}else{l=a}e.exports=l},4241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7696);e.exports=i},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7014);e.exports=i},7014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2882);var o=r(222);var a=r(1877);function exponent(e){var t=i(e);t=(t&o)>>>20;return t-a|0}e.exports=exponent},7844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5259);e.exports=i},9593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;var a;var l;if(i===true){a=1;l=0}else{a=0;l=1}o={HIGH:a,LOW:l};e.exports=o},5259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(9593);var l=new o(1);var c=new i(l.buffer);var u=a.HIGH;var f=a.LOW;function fromWords(e,t){c[u]=e;c[f]=t;return l[0]}e.exports=fromWords},9828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;if(i===true){o=1}else{o=0}e.exports=o},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6053);e.exports=i},6053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(9828);var l=new o(1);var c=new i(l.buffer);function getHighWord(e){l[0]=e;return c[a]}e.exports=getHighWord},1662:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3761);e.exports=i},5844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;if(i===true){o=0}else{o=1}e.exports=o},3761:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(5844);var l=new o(1);var c=new i(l.buffer);function getLowWord(e){l[0]=e;return c[a]}e.exports=getLowWord},750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5417);var o=r(7234);var a=r(6523);var l=r(6260);var c=4503599627370496;function normalize(e,t,r,u){if(a(e)||o(e)){t[u]=e;t[u+r]=0;return t}if(e!==0&&l(e)<i){t[u]=e*c;t[u+r]=-52;return t}t[u]=e;t[u+r]=0;return t}e.exports=normalize},9335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(6754);var a=r(750);i(o,"assign",a);e.exports=o},6754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(750);function normalize(e){return i(e,[0,0],1,0)}e.exports=normalize},2880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;if(i===true){o=1}else{o=0}e.exports=o},5990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6921);e.exports=i},6921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(2880);var l=new o(1);var c=new i(l.buffer);function setHighWord(e,t){l[0]=e;c[a]=t>>>0;return l[0]}e.exports=setHighWord},3786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(253);e.exports=i},9760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;if(i===true){o=0}else{o=1}e.exports=o},253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(9760);var l=new o(1);var c=new i(l.buffer);function setLowWord(e,t){l[0]=e;c[a]=t>>>0;return l[0]}e.exports=setLowWord},5132:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7096);var o=r(9979);var a=r(3808);var l=new o(1);var c=new i(l.buffer);var u=a.HIGH;var f=a.LOW;function toWords(e,t,r,i){l[0]=e;t[i]=c[u];t[i+r]=c[f];return t}e.exports=toWords},7949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(6364);var a=r(5132);i(o,"assign",a);e.exports=o},3808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(347);var o;var a;var l;if(i===true){a=1;l=0}else{a=0;l=1}o={HIGH:a,LOW:l};e.exports=o},6364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5132);function toWords(e){return i(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},6519:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3234);e.exports=i},3234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},9073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3084);var o=r(6523);function factory(e){if(o(e)){return i(NaN)}return cdf;function cdf(t){if(o(t)){return NaN}return t<e?0:1}}e.exports=factory},6603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(7782);var a=r(9073);i(o,"factory",a);e.exports=o},7782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6523);function cdf(e,t){if(i(e)||i(t)){return NaN}return e<t?0:1}e.exports=cdf},1250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3084);var o=r(6603).factory;var a=r(6523);var l=r(5478);var c=r(988);function factory(e,t){var r;if(a(e)||a(t)||t<0){return i(NaN)}if(t===0){return o(e)}r=t*l(2);return cdf;function cdf(t){var i;if(a(t)){return NaN}i=t-e;return.5*c(-i/r)}}e.exports=factory},2484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(1643);var a=r(1250);i(o,"factory",a);e.exports=o},1643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(988);var o=r(5478);var a=r(6523);function cdf(e,t,r){var l;var c;if(a(e)||a(t)||a(r)||r<0){return NaN}if(r===0){return e<t?0:1}l=r*o(2);c=e-t;return.5*i(-c/l)}e.exports=cdf},2335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3084);var o=r(9986);var a=r(6523);var l=r(6310);function factory(e){if(a(e)||e<=0){return i(NaN)}return cdf;function cdf(t){var r;var i;var c;if(a(t)){return NaN}if(t===0){return.5}r=l(t,2);if(e>2*r){c=r/(e+r);i=o(c,.5,e/2,true,true)/2}else{c=e/(e+r);i=o(c,e/2,.5,true,false)/2}return t>0?1-i:i}}e.exports=factory},6021:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4568);var o=r(1044);var a=r(2335);i(o,"factory",a);e.exports=o},1044:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9986);var o=r(6523);var a=r(6310);function cdf(e,t){var r;var l;var c;if(o(e)||o(t)||t<=0){return NaN}if(e===0){return.5}r=a(e,2);if(t>2*r){c=r/(t+r);l=i(c,.5,t/2,true,true)/2}else{c=t/(t+r);l=i(c,t/2,.5,true,false)/2}return e>0?1-l:l}e.exports=cdf},2029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs;var r=String.prototype.toLowerCase;var i=String.prototype.toUpperCase;var o=String.prototype.replace;var a=/e\+(\d)$/;var l=/e-(\d)$/;var c=/^(\d+)$/;var u=/^(\d+)e/;var f=/\.0$/;var p=/\.0*e/;var h=/(\..*[^0])0*e/;function formatDouble(e,d){var m;var v;switch(d.specifier){case"e":case"E":v=e.toExponential(d.precision);break;case"f":case"F":v=e.toFixed(d.precision);break;case"g":case"G":if(t(e)<1e-4){m=d.precision;if(m>0){m-=1}v=e.toExponential(m)}else{v=e.toPrecision(d.precision)}if(!d.alternate){v=o.call(v,h,"$1e");v=o.call(v,p,"e");v=o.call(v,f,"")}break;default:throw new Error("invalid double notation. Value: "+d.specifier)}v=o.call(v,a,"e+0$1");v=o.call(v,l,"e-0$1");if(d.alternate){v=o.call(v,c,"$1.");v=o.call(v,u,"$1.e")}if(e>=0&&d.sign){v=d.sign+v}v=d.specifier===i.call(d.specifier)?i.call(v):r.call(v);return v}e.exports=formatDouble},1836:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6392);var o=r(122);var a=String.prototype.toLowerCase;var l=String.prototype.toUpperCase;function formatInteger(e){var t;var r;var c;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}r=e.arg;c=parseInt(r,10);if(!isFinite(c)){if(!i(r)){throw new Error("invalid integer. Value: "+r)}c=0}if(c<0&&(e.specifier==="u"||t!==10)){c=4294967295+c+1}if(c<0){r=(-c).toString(t);if(e.precision){r=o(r,e.precision,e.padRight)}r="-"+r}else{r=c.toString(t);if(!c&&!e.precision){r=""}else if(e.precision){r=o(r,e.precision,e.padRight)}if(e.sign){r=e.sign+r}}if(t===16){if(e.alternate){r="0x"+r}r=e.specifier===l.call(e.specifier)?l.call(r):a.call(r)}if(t===8){if(e.alternate&&r.charAt(0)!=="0"){r="0"+r}}return r}e.exports=formatInteger},24:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(4879);e.exports=i},6392:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(e){return typeof e==="number"}e.exports=isNumber},7852:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},4879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1836);var o=r(7852);var a=r(6392);var l=r(2029);var c=r(4484);var u=r(122);var f=String.fromCharCode;var p=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var r;var h;var d;var m;var v;var y;var b;var w;var x;if(!p(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}v="";y=1;for(w=0;w<e.length;w++){h=e[w];if(o(h)){v+=h}else{t=h.precision!==void 0;h=initialize(h);if(!h.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+w+"`. Value: `"+h+"`.")}if(h.mapping){y=h.mapping}r=h.flags;for(x=0;x<r.length;x++){d=r.charAt(x);switch(d){case" ":h.sign=" ";break;case"+":h.sign="+";break;case"-":h.padRight=true;h.padZeros=false;break;case"0":h.padZeros=r.indexOf("-")<0;break;case"#":h.alternate=true;break;default:throw new Error("invalid flag: "+d)}}if(h.width==="*"){h.width=parseInt(arguments[y],10);y+=1;if(isnan(h.width)){throw new TypeError("the argument for * width at position "+y+" is not a number. Value: `"+h.width+"`.")}if(h.width<0){h.padRight=true;h.width=-h.width}}if(t){if(h.precision==="*"){h.precision=parseInt(arguments[y],10);y+=1;if(isnan(h.precision)){throw new TypeError("the argument for * precision at position "+y+" is not a number. Value: `"+h.precision+"`.")}if(h.precision<0){h.precision=1;t=false}}}h.arg=arguments[y];switch(h.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){h.padZeros=false}h.arg=i(h);break;case"s":h.maxWidth=t?h.precision:-1;h.arg=String(h.arg);break;case"c":if(!isnan(h.arg)){m=parseInt(h.arg,10);if(m<0||m>127){throw new Error("invalid character code. Value: "+h.arg)}h.arg=isnan(m)?String(h.arg):f(m)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){h.precision=6}b=parseFloat(h.arg);if(!isFinite(b)){if(!a(h.arg)){throw new Error("invalid floating-point number. Value: "+v)}b=h.arg;h.padZeros=false}h.arg=l(b,h);break;default:throw new Error("invalid specifier: "+h.specifier)}if(h.maxWidth>=0&&h.arg.length>h.maxWidth){h.arg=h.arg.substring(0,h.maxWidth)}if(h.padZeros){h.arg=u(h.arg,h.width||h.precision,h.padRight)}else if(h.width){h.arg=c(h.arg,h.width,h.padRight)}v+=h.arg||"";y+=1}}return v}e.exports=formatInterpolate},4484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(e){var t="";var r;for(r=0;r<e;r++){t+=" "}return t}function spacePad(e,t,r){var i=t-e.length;if(i<0){return e}e=r?e+spaces(i):spaces(i)+e;return e}e.exports=spacePad},122:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var r;for(r=0;r<e;r++){t+="0"}return t}function zeroPad(e,t,r){var i=false;var o=t-e.length;if(o<0){return e}if(startsWithMinus(e)){i=true;e=e.substr(1)}e=r?e+zeros(o):zeros(o)+e;if(i){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8755);e.exports=i},8755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var r;var i;var o;var a;i=[];a=0;o=t.exec(e);while(o){r=e.slice(a,t.lastIndex-o[0].length);if(r.length){i.push(r)}if(o[6]==="%"){i.push("%")}else{i.push(parse(o))}a=t.lastIndex;o=t.exec(e)}r=e.slice(a);if(r.length){i.push(r)}return i}e.exports=formatTokenize},7760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(3191);e.exports=i},8676:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},3191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(24);var o=r(9340);var a=r(8676);function format(e){var t;var r;if(!a(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[o(e)];for(r=1;r<arguments.length;r++){t.push(arguments[r])}return i.apply(null,t)}e.exports=format},2038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2873);e.exports=i},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},3084:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(8675);e.exports=i},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(e){return constantFunction;function constantFunction(){return e}}e.exports=wrap},4568:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(6239);e.exports=i},6239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(708);function setNonEnumerableReadOnly(e,t,r){i(e,t,{configurable:false,enumerable:false,writable:false,value:r})}e.exports=setNonEnumerableReadOnly},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},5141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},2342:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5141);function hasDefinePropertySupport(){try{i({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2342);var o=r(7619);var a=r(61);var l;if(i()){l=o}else{l=a}e.exports=l},61:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(7760);var o=Object.prototype;var a=o.toString;var l=o.__defineGetter__;var c=o.__defineSetter__;var u=o.__lookupGetter__;var f=o.__lookupSetter__;function defineProperty(e,t,r){var p;var h;var d;var m;if(typeof e!=="object"||e===null||a.call(e)==="[object Array]"){throw new TypeError(i("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof r!=="object"||r===null||a.call(r)==="[object Array]"){throw new TypeError(i("invalid argument. Property descriptor must be an object. Value: `%s`.",r))}h="value"in r;if(h){if(u.call(e,t)||f.call(e,t)){p=e.__proto__;e.__proto__=o;delete e[t];e[t]=r.value;e.__proto__=p}else{e[t]=r.value}}d="get"in r;m="set"in r;if(h&&(d||m)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(d&&l){l.call(e,t,r.get)}if(m&&c){c.call(e,t,r.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(9501);var o=r(1006);var a=r(9728);var l;if(i()){l=a}else{l=o}e.exports=l},1006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(5763);function nativeClass(e){return i.call(e)}e.exports=nativeClass},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(1907);var o=r(4499);var a=r(5763);function nativeClass(e){var t;var r;var l;if(e===null||e===void 0){return a.call(e)}r=e[o];t=i(e,o);try{e[o]=void 0}catch(t){return a.call(e)}l=a.call(e);if(t){e[o]=r}else{delete e[o]}return l}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},4499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var i=r(2038);var o=typeof i==="function"?i.toStringTag:"";e.exports=o},4006:(e,t,r)=>{const i=r(8016);const o=r(4059);function picomatch(e,t,r=false){if(t&&(t.windows===null||t.windows===undefined)){t={...t,windows:o.isWindows()}}return i(e,t,r)}Object.assign(picomatch,i);e.exports=picomatch},5595:e=>{const t="\\\\/";const r=`[^${t}]`;const i=0;const o="\\.";const a="\\+";const l="\\?";const c="\\/";const u="(?=.)";const f="[^/]";const p=`(?:${c}|$)`;const h=`(?:^|${c})`;const d=`${o}{1,2}${p}`;const m=`(?!${o})`;const v=`(?!${h}${d})`;const y=`(?!${o}{0,1}${p})`;const b=`(?!${d})`;const w=`[^.${c}]`;const x=`${f}*?`;const $="/";const S={DOT_LITERAL:o,PLUS_LITERAL:a,QMARK_LITERAL:l,SLASH_LITERAL:c,ONE_CHAR:u,QMARK:f,END_ANCHOR:p,DOTS_SLASH:d,NO_DOT:m,NO_DOTS:v,NO_DOT_SLASH:y,NO_DOTS_SLASH:b,QMARK_NO_DOT:w,STAR:x,START_ANCHOR:h,SEP:$};const k={...S,SLASH_LITERAL:`[${t}]`,QMARK:r,STAR:`${r}*?`,DOTS_SLASH:`${o}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${o})`,NO_DOTS:`(?!(?:^|[${t}])${o}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${o}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${o}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};const _={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:i,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:_,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===true?k:S}}},8265:(e,t,r)=>{const i=r(5595);const o=r(4059);const{MAX_LENGTH:a,POSIX_REGEX_SOURCE:l,REGEX_NON_SPECIAL_CHARS:c,REGEX_SPECIAL_CHARS_BACKREF:u,REPLACEMENTS:f}=i;const expandRange=(e,t)=>{if(typeof t.expandRange==="function"){return t.expandRange(...e,t)}e.sort();const r=`[${e.join("-")}]`;try{new RegExp(r)}catch(t){return e.map(e=>o.escapeRegex(e)).join("..")}return r};const syntaxError=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`;const splitTopLevel=e=>{const t=[];let r=0;let i=0;let o=0;let a="";let l=false;for(const c of e){if(l===true){a+=c;l=false;continue}if(c==="\\"){a+=c;l=true;continue}if(c==='"'){o=o===1?0:1;a+=c;continue}if(o===0){if(c==="["){r++}else if(c==="]"&&r>0){r--}else if(r===0){if(c==="("){i++}else if(c===")"&&i>0){i--}else if(c==="|"&&i===0){t.push(a);a="";continue}}}a+=c}t.push(a);return t};const isPlainBranch=e=>{let t=false;for(const r of e){if(t===true){t=false;continue}if(r==="\\"){t=true;continue}if(/[?*+@!()[\]{}]/.test(r)){return false}}return true};const normalizeSimpleBranch=e=>{let t=e.trim();let r=true;while(r===true){r=false;if(/^@\([^\\()[\]{}|]+\)$/.test(t)){t=t.slice(2,-1);r=true}}if(!isPlainBranch(t)){return}return t.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=e=>{const t=e.map(normalizeSimpleBranch).filter(Boolean);for(let e=0;e<t.length;e++){for(let r=e+1;r<t.length;r++){const i=t[e];const o=t[r];const a=i[0];if(!a||i!==a.repeat(i.length)||o!==a.repeat(o.length)){continue}if(i===o||i.startsWith(o)||o.startsWith(i)){return true}}}return false};const parseRepeatedExtglob=(e,t=true)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="("){return}let r=0;let i=0;let o=0;let a=false;for(let l=1;l<e.length;l++){const c=e[l];if(a===true){a=false;continue}if(c==="\\"){a=true;continue}if(c==='"'){o=o===1?0:1;continue}if(o===1){continue}if(c==="["){r++;continue}if(c==="]"&&r>0){r--;continue}if(r>0){continue}if(c==="("){i++;continue}if(c===")"){i--;if(i===0){if(t===true&&l!==e.length-1){return}return{type:e[0],body:e.slice(2,l),end:l}}}}};const buildCharClassStar=e=>{const t=e.length===1?o.escapeRegex(e[0]):`[${e.map(e=>o.escapeRegex(e)).join("")}]`;return`${t}*`};const getStarExtglobSequenceChars=e=>{let t=0;const r=[];while(t<e.length){const i=parseRepeatedExtglob(e.slice(t),false);if(!i||i.type!=="*"){return}const o=splitTopLevel(i.body).map(e=>e.trim());if(o.length!==1){return}const a=normalizeSimpleBranch(o[0]);if(!a||a.length!==1){return}r.push(a);t+=i.end+1}if(r.length<1){return}return r};const repeatedExtglobRecursion=e=>{let t=0;let r=e.trim();let i=parseRepeatedExtglob(r);while(i){t++;r=i.body.trim();i=parseRepeatedExtglob(r)}return t};const analyzeRepeatedExtglob=(e,t)=>{if(t.maxExtglobRecursion===false){return{risky:false}}const r=typeof t.maxExtglobRecursion==="number"?t.maxExtglobRecursion:i.DEFAULT_MAX_EXTGLOB_RECURSION;const o=splitTopLevel(e).map(e=>e.trim());if(o.length>1){if(o.some(e=>e==="")||o.some(e=>/^[*?]+$/.test(e))||hasRepeatedCharPrefixOverlap(o)){return{risky:true}}}const a=[];let l=false;let c=true;for(const e of o){const t=getStarExtglobSequenceChars(e);if(t){l=true;a.push(...t);continue}const i=normalizeSimpleBranch(e);if(i&&i.length===1){a.push(i);continue}c=false;if(repeatedExtglobRecursion(e)>r){return{risky:true}}}if(l){return c?{risky:true,safeOutput:buildCharClassStar([...new Set(a)])}:{risky:true}}return{risky:false}};const parse=(e,t)=>{if(typeof e!=="string"){throw new TypeError("Expected a string")}e=f[e]||e;const r={...t};const p=typeof r.maxLength==="number"?Math.min(a,r.maxLength):a;let h=e.length;if(h>p){throw new SyntaxError(`Input length: ${h}, exceeds maximum allowed length: ${p}`)}const d={type:"bos",value:"",output:r.prepend||""};const m=[d];const v=r.capture?"":"?:";const y=i.globChars(r.windows);const b=i.extglobChars(y);const{DOT_LITERAL:w,PLUS_LITERAL:x,SLASH_LITERAL:$,ONE_CHAR:S,DOTS_SLASH:k,NO_DOT:_,NO_DOT_SLASH:A,NO_DOTS_SLASH:N,QMARK:E,QMARK_NO_DOT:T,STAR:I,START_ANCHOR:C}=y;const globstar=e=>`(${v}(?:(?!${C}${e.dot?k:w}).)*?)`;const O=r.dot?"":_;const L=r.dot?E:T;let M=r.bash===true?globstar(r):I;if(r.capture){M=`(${M})`}if(typeof r.noext==="boolean"){r.noextglob=r.noext}const P={input:e,index:-1,start:0,dot:r.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens:m};e=o.removePrefix(e,P);h=e.length;const F=[];const R=[];const B=[];let j=d;let D;const eos=()=>P.index===h-1;const q=P.peek=(t=1)=>e[P.index+t];const V=P.advance=()=>e[++P.index]||"";const remaining=()=>e.slice(P.index+1);const consume=(e="",t=0)=>{P.consumed+=e;P.index+=t};const append=e=>{P.output+=e.output!=null?e.output:e.value;consume(e.value)};const negate=()=>{let e=1;while(q()==="!"&&(q(2)!=="("||q(3)==="?")){V();P.start++;e++}if(e%2===0){return false}P.negated=true;P.start++;return true};const increment=e=>{P[e]++;B.push(e)};const decrement=e=>{P[e]--;B.pop()};const push=e=>{if(j.type==="globstar"){const t=P.braces>0&&(e.type==="comma"||e.type==="brace");const r=e.extglob===true||F.length&&(e.type==="pipe"||e.type==="paren");if(e.type!=="slash"&&e.type!=="paren"&&!t&&!r){P.output=P.output.slice(0,-j.output.length);j.type="star";j.value="*";j.output=M;P.output+=j.output}}if(F.length&&e.type!=="paren"){F[F.length-1].inner+=e.value}if(e.value||e.output)append(e);if(j&&j.type==="text"&&e.type==="text"){j.output=(j.output||j.value)+e.value;j.value+=e.value;return}e.prev=j;m.push(e);j=e};const extglobOpen=(e,t)=>{const i={...b[t],conditions:1,inner:""};i.prev=j;i.parens=P.parens;i.output=P.output;i.startIndex=P.index;i.tokensIndex=m.length;const o=(r.capture?"(":"")+i.open;increment("parens");push({type:e,value:t,output:P.output?"":S});push({type:"paren",extglob:true,value:V(),output:o});F.push(i)};const extglobClose=i=>{const a=e.slice(i.startIndex,P.index+1);const l=e.slice(i.startIndex+2,P.index);const c=analyzeRepeatedExtglob(l,r);if((i.type==="plus"||i.type==="star")&&c.risky){const e=c.safeOutput?(i.output?"":S)+(r.capture?`(${c.safeOutput})`:c.safeOutput):undefined;const t=m[i.tokensIndex];t.type="text";t.value=a;t.output=e||o.escapeRegex(a);for(let e=i.tokensIndex+1;e<m.length;e++){m[e].value="";m[e].output="";delete m[e].suffix}P.output=i.output+t.output;P.backtrack=true;push({type:"paren",extglob:true,value:D,output:""});decrement("parens");return}let u=i.close+(r.capture?")":"");let f;if(i.type==="negate"){let e=M;if(i.inner&&i.inner.length>1&&i.inner.includes("/")){e=globstar(r)}if(e!==M||eos()||/^\)+$/.test(remaining())){u=i.close=`)$))${e}`}if(i.inner.includes("*")&&(f=remaining())&&/^\.[^\\/.]+$/.test(f)){const r=parse(f,{...t,fastpaths:false}).output;u=i.close=`)${r})${e})`}if(i.prev.type==="bos"){P.negatedExtglob=true}}push({type:"paren",extglob:true,value:D,output:u});decrement("parens")};if(r.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(e)){let i=false;let a=e.replace(u,(e,t,r,o,a,l)=>{if(o==="\\"){i=true;return e}if(o==="?"){if(t){return t+o+(a?E.repeat(a.length):"")}if(l===0){return L+(a?E.repeat(a.length):"")}return E.repeat(r.length)}if(o==="."){return w.repeat(r.length)}if(o==="*"){if(t){return t+o+(a?M:"")}return M}return t?e:`\\${e}`});if(i===true){if(r.unescape===true){a=a.replace(/\\/g,"")}else{a=a.replace(/\\+/g,e=>e.length%2===0?"\\\\":e?"\\":"")}}if(a===e&&r.contains===true){P.output=e;return P}P.output=o.wrapOutput(a,P,t);return P}while(!eos()){D=V();if(D==="\0"){continue}if(D==="\\"){const e=q();if(e==="/"&&r.bash!==true){continue}if(e==="."||e===";"){continue}if(!e){D+="\\";push({type:"text",value:D});continue}const t=/^\\+/.exec(remaining());let i=0;if(t&&t[0].length>2){i=t[0].length;P.index+=i;if(i%2!==0){D+="\\"}}if(r.unescape===true){D=V()}else{D+=V()}if(P.brackets===0){push({type:"text",value:D});continue}}if(P.brackets>0&&(D!=="]"||j.value==="["||j.value==="[^")){if(r.posix!==false&&D===":"){const e=j.value.slice(1);if(e.includes("[")){j.posix=true;if(e.includes(":")){const e=j.value.lastIndexOf("[");const t=j.value.slice(0,e);const r=j.value.slice(e+2);const i=l[r];if(i){j.value=t+i;P.backtrack=true;V();if(!d.output&&m.indexOf(j)===1){d.output=S}continue}}}}if(D==="["&&q()!==":"||D==="-"&&q()==="]"){D=`\\${D}`}if(D==="]"&&(j.value==="["||j.value==="[^")){D=`\\${D}`}if(r.posix===true&&D==="!"&&j.value==="["){D="^"}j.value+=D;append({value:D});continue}if(P.quotes===1&&D!=='"'){D=o.escapeRegex(D);j.value+=D;append({value:D});continue}if(D==='"'){P.quotes=P.quotes===1?0:1;if(r.keepQuotes===true){push({type:"text",value:D})}continue}if(D==="("){increment("parens");push({type:"paren",value:D});continue}if(D===")"){if(P.parens===0&&r.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const e=F[F.length-1];if(e&&P.parens===e.parens+1){extglobClose(F.pop());continue}push({type:"paren",value:D,output:P.parens?")":"\\)"});decrement("parens");continue}if(D==="["){if(r.nobracket===true||!remaining().includes("]")){if(r.nobracket!==true&&r.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}D=`\\${D}`}else{increment("brackets")}push({type:"bracket",value:D});continue}if(D==="]"){if(r.nobracket===true||j&&j.type==="bracket"&&j.value.length===1){push({type:"text",value:D,output:`\\${D}`});continue}if(P.brackets===0){if(r.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value:D,output:`\\${D}`});continue}decrement("brackets");const e=j.value.slice(1);if(j.posix!==true&&e[0]==="^"&&!e.includes("/")){D=`/${D}`}j.value+=D;append({value:D});if(r.literalBrackets===false||o.hasRegexChars(e)){continue}const t=o.escapeRegex(j.value);P.output=P.output.slice(0,-j.value.length);if(r.literalBrackets===true){P.output+=t;j.value=t;continue}j.value=`(${v}${t}|${j.value})`;P.output+=j.value;continue}if(D==="{"&&r.nobrace!==true){increment("braces");const e={type:"brace",value:D,output:"(",outputIndex:P.output.length,tokensIndex:P.tokens.length};R.push(e);push(e);continue}if(D==="}"){const e=R[R.length-1];if(r.nobrace===true||!e){push({type:"text",value:D,output:D});continue}let t=")";if(e.dots===true){const e=m.slice();const i=[];for(let t=e.length-1;t>=0;t--){m.pop();if(e[t].type==="brace"){break}if(e[t].type!=="dots"){i.unshift(e[t].value)}}t=expandRange(i,r);P.backtrack=true}if(e.comma!==true&&e.dots!==true){const r=P.output.slice(0,e.outputIndex);const i=P.tokens.slice(e.tokensIndex);e.value=e.output="\\{";D=t="\\}";P.output=r;for(const e of i){P.output+=e.output||e.value}}push({type:"brace",value:D,output:t});decrement("braces");R.pop();continue}if(D==="|"){if(F.length>0){F[F.length-1].conditions++}push({type:"text",value:D});continue}if(D===","){let e=D;const t=R[R.length-1];if(t&&B[B.length-1]==="braces"){t.comma=true;e="|"}push({type:"comma",value:D,output:e});continue}if(D==="/"){if(j.type==="dot"&&P.index===P.start+1){P.start=P.index+1;P.consumed="";P.output="";m.pop();j=d;continue}push({type:"slash",value:D,output:$});continue}if(D==="."){if(P.braces>0&&j.type==="dot"){if(j.value===".")j.output=w;const e=R[R.length-1];j.type="dots";j.output+=D;j.value+=D;e.dots=true;continue}if(P.braces+P.parens===0&&j.type!=="bos"&&j.type!=="slash"){push({type:"text",value:D,output:w});continue}push({type:"dot",value:D,output:w});continue}if(D==="?"){const e=j&&j.value==="(";if(!e&&r.noextglob!==true&&q()==="("&&q(2)!=="?"){extglobOpen("qmark",D);continue}if(j&&j.type==="paren"){const e=q();let t=D;if(j.value==="("&&!/[!=<:]/.test(e)||e==="<"&&!/<([!=]|\w+>)/.test(remaining())){t=`\\${D}`}push({type:"text",value:D,output:t});continue}if(r.dot!==true&&(j.type==="slash"||j.type==="bos")){push({type:"qmark",value:D,output:T});continue}push({type:"qmark",value:D,output:E});continue}if(D==="!"){if(r.noextglob!==true&&q()==="("){if(q(2)!=="?"||!/[!=<:]/.test(q(3))){extglobOpen("negate",D);continue}}if(r.nonegate!==true&&P.index===0){negate();continue}}if(D==="+"){if(r.noextglob!==true&&q()==="("&&q(2)!=="?"){extglobOpen("plus",D);continue}if(j&&j.value==="("||r.regex===false){push({type:"plus",value:D,output:x});continue}if(j&&(j.type==="bracket"||j.type==="paren"||j.type==="brace")||P.parens>0){push({type:"plus",value:D});continue}push({type:"plus",value:x});continue}if(D==="@"){if(r.noextglob!==true&&q()==="("&&q(2)!=="?"){push({type:"at",extglob:true,value:D,output:""});continue}push({type:"text",value:D});continue}if(D!=="*"){if(D==="$"||D==="^"){D=`\\${D}`}const e=c.exec(remaining());if(e){D+=e[0];P.index+=e[0].length}push({type:"text",value:D});continue}if(j&&(j.type==="globstar"||j.star===true)){j.type="star";j.star=true;j.value+=D;j.output=M;P.backtrack=true;P.globstar=true;consume(D);continue}let t=remaining();if(r.noextglob!==true&&/^\([^?]/.test(t)){extglobOpen("star",D);continue}if(j.type==="star"){if(r.noglobstar===true){consume(D);continue}const i=j.prev;const o=i.prev;const a=i.type==="slash"||i.type==="bos";const l=o&&(o.type==="star"||o.type==="globstar");if(r.bash===true&&(!a||t[0]&&t[0]!=="/")){push({type:"star",value:D,output:""});continue}const c=P.braces>0&&(i.type==="comma"||i.type==="brace");const u=F.length&&(i.type==="pipe"||i.type==="paren");if(!a&&i.type!=="paren"&&!c&&!u){push({type:"star",value:D,output:""});continue}while(t.slice(0,3)==="/**"){const r=e[P.index+4];if(r&&r!=="/"){break}t=t.slice(3);consume("/**",3)}const f=eos()||P.parens>0&&t===")".repeat(P.parens)&&!F.some(e=>e.type==="negate");if(i.type==="bos"&&eos()){j.type="globstar";j.value+=D;j.output=globstar(r);P.output=j.output;P.globstar=true;consume(D);continue}if(i.type==="slash"&&i.prev.type!=="bos"&&!l&&f){P.output=P.output.slice(0,-(i.output+j.output).length);i.output=`(?:${i.output}`;j.type="globstar";j.output=globstar(r)+(r.strictSlashes?")":"|$)");j.value+=D;P.globstar=true;P.output+=i.output+j.output;consume(D);continue}if(i.type==="slash"&&i.prev.type!=="bos"&&t[0]==="/"){const e=t[1]!==void 0?"|$":"";P.output=P.output.slice(0,-(i.output+j.output).length);i.output=`(?:${i.output}`;j.type="globstar";j.output=`${globstar(r)}${$}|${$}${e})`;j.value+=D;P.output+=i.output+j.output;P.globstar=true;consume(D+V());push({type:"slash",value:"/",output:""});continue}if(i.type==="bos"&&t[0]==="/"){j.type="globstar";j.value+=D;j.output=`(?:^|${$}|${globstar(r)}${$})`;P.output=j.output;P.globstar=true;consume(D+V());push({type:"slash",value:"/",output:""});continue}P.output=P.output.slice(0,-j.output.length);j.type="globstar";j.output=globstar(r);j.value+=D;P.output+=j.output;P.globstar=true;consume(D);continue}const i={type:"star",value:D,output:M};if(r.bash===true){i.output=".*?";if(j.type==="bos"||j.type==="slash"){i.output=O+i.output}push(i);continue}if(j&&(j.type==="bracket"||j.type==="paren")&&r.regex===true){i.output=D;push(i);continue}if(P.index===P.start||j.type==="slash"||j.type==="dot"){if(j.type==="dot"){P.output+=A;j.output+=A}else if(r.dot===true){P.output+=N;j.output+=N}else{P.output+=O;j.output+=O}if(q()!=="*"){P.output+=S;j.output+=S}}push(i)}while(P.brackets>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));P.output=o.escapeLast(P.output,"[");decrement("brackets")}while(P.parens>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));P.output=o.escapeLast(P.output,"(");decrement("parens")}while(P.braces>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));P.output=o.escapeLast(P.output,"{");decrement("braces")}if(r.strictSlashes!==true&&(j.type==="star"||j.type==="bracket")){push({type:"maybe_slash",value:"",output:`${$}?`})}if(P.backtrack===true){P.output="";for(const e of P.tokens){P.output+=e.output!=null?e.output:e.value;if(e.suffix){P.output+=e.suffix}}}return P};parse.fastpaths=(e,t)=>{const r={...t};const l=typeof r.maxLength==="number"?Math.min(a,r.maxLength):a;const c=e.length;if(c>l){throw new SyntaxError(`Input length: ${c}, exceeds maximum allowed length: ${l}`)}e=f[e]||e;const{DOT_LITERAL:u,SLASH_LITERAL:p,ONE_CHAR:h,DOTS_SLASH:d,NO_DOT:m,NO_DOTS:v,NO_DOTS_SLASH:y,STAR:b,START_ANCHOR:w}=i.globChars(r.windows);const x=r.dot?v:m;const $=r.dot?y:m;const S=r.capture?"":"?:";const k={negated:false,prefix:""};let _=r.bash===true?".*?":b;if(r.capture){_=`(${_})`}const globstar=e=>{if(e.noglobstar===true)return _;return`(${S}(?:(?!${w}${e.dot?d:u}).)*?)`};const create=e=>{switch(e){case"*":return`${x}${h}${_}`;case".*":return`${u}${h}${_}`;case"*.*":return`${x}${_}${u}${h}${_}`;case"*/*":return`${x}${_}${p}${h}${$}${_}`;case"**":return x+globstar(r);case"**/*":return`(?:${x}${globstar(r)}${p})?${$}${h}${_}`;case"**/*.*":return`(?:${x}${globstar(r)}${p})?${$}${_}${u}${h}${_}`;case"**/.*":return`(?:${x}${globstar(r)}${p})?${u}${h}${_}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const r=create(t[1]);if(!r)return;return r+u+t[2]}}};const A=o.removePrefix(e,k);let N=create(A);if(N&&r.strictSlashes!==true){N+=`${p}?`}return N};e.exports=parse},8016:(e,t,r)=>{const i=r(1781);const o=r(8265);const a=r(4059);const l=r(5595);const isObject=e=>e&&typeof e==="object"&&!Array.isArray(e);const picomatch=(e,t,r=false)=>{if(Array.isArray(e)){const i=e.map(e=>picomatch(e,t,r));const arrayMatcher=e=>{for(const t of i){const r=t(e);if(r)return r}return false};return arrayMatcher}const i=isObject(e)&&e.tokens&&e.input;if(e===""||typeof e!=="string"&&!i){throw new TypeError("Expected pattern to be a non-empty string")}const o=t||{};const a=o.windows;const l=i?picomatch.compileRe(e,t):picomatch.makeRe(e,t,false,true);const c=l.state;delete l.state;let isIgnored=()=>false;if(o.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(o.ignore,e,r)}const matcher=(r,i=false)=>{const{isMatch:u,match:f,output:p}=picomatch.test(r,l,t,{glob:e,posix:a});const h={glob:e,state:c,regex:l,posix:a,input:r,output:p,match:f,isMatch:u};if(typeof o.onResult==="function"){o.onResult(h)}if(u===false){h.isMatch=false;return i?h:false}if(isIgnored(r)){if(typeof o.onIgnore==="function"){o.onIgnore(h)}h.isMatch=false;return i?h:false}if(typeof o.onMatch==="function"){o.onMatch(h)}return i?h:true};if(r){matcher.state=c}return matcher};picomatch.test=(e,t,r,{glob:i,posix:o}={})=>{if(typeof e!=="string"){throw new TypeError("Expected input to be a string")}if(e===""){return{isMatch:false,output:""}}const l=r||{};const c=l.format||(o?a.toPosixSlashes:null);let u=e===i;let f=u&&c?c(e):e;if(u===false){f=c?c(e):e;u=f===i}if(u===false||l.capture===true){if(l.matchBase===true||l.basename===true){u=picomatch.matchBase(e,t,r,o)}else{u=t.exec(f)}}return{isMatch:Boolean(u),match:u,output:f}};picomatch.matchBase=(e,t,r,i=r&&r.windows)=>{const o=t instanceof RegExp?t:picomatch.makeRe(t,r);return o.test(a.basename(e,{windows:i}))};picomatch.isMatch=(e,t,r)=>picomatch(t,r)(e);picomatch.parse=(e,t)=>{if(Array.isArray(e))return e.map(e=>picomatch.parse(e,t));return o(e,{...t,fastpaths:false})};picomatch.scan=(e,t)=>i(e,t);picomatch.compileRe=(e,t,r=false,i=false)=>{if(r===true){return e.output}const o=t||{};const a=o.contains?"":"^";const l=o.contains?"":"$";let c=`${a}(?:${e.output})${l}`;if(e&&e.negated===true){c=`^(?!${c}).*$`}const u=picomatch.toRegex(c,t);if(i===true){u.state=e}return u};picomatch.makeRe=(e,t={},r=false,i=false)=>{if(!e||typeof e!=="string"){throw new TypeError("Expected a non-empty string")}let a={negated:false,fastpaths:true};if(t.fastpaths!==false&&(e[0]==="."||e[0]==="*")){a.output=o.fastpaths(e,t)}if(!a.output){a=o(e,t)}return picomatch.compileRe(a,t,r,i)};picomatch.toRegex=(e,t)=>{try{const r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(e){if(t&&t.debug===true)throw e;return/$^/}};picomatch.constants=l;e.exports=picomatch},1781:(e,t,r)=>{const i=r(4059);const{CHAR_ASTERISK:o,CHAR_AT:a,CHAR_BACKWARD_SLASH:l,CHAR_COMMA:c,CHAR_DOT:u,CHAR_EXCLAMATION_MARK:f,CHAR_FORWARD_SLASH:p,CHAR_LEFT_CURLY_BRACE:h,CHAR_LEFT_PARENTHESES:d,CHAR_LEFT_SQUARE_BRACKET:m,CHAR_PLUS:v,CHAR_QUESTION_MARK:y,CHAR_RIGHT_CURLY_BRACE:b,CHAR_RIGHT_PARENTHESES:w,CHAR_RIGHT_SQUARE_BRACKET:x}=r(5595);const isPathSeparator=e=>e===p||e===l;const depth=e=>{if(e.isPrefix!==true){e.depth=e.isGlobstar?Infinity:1}};const scan=(e,t)=>{const r=t||{};const $=e.length-1;const S=r.parts===true||r.tokens===true||r.scanToEnd===true;const k=[];const _=[];const A=[];let N=e;let E=-1;let T=0;let I=0;let C=false;let O=false;let L=false;let M=false;let P=false;let F=false;let R=false;let B=false;let j=false;let D=false;let q=0;let V;let U;let K={value:"",depth:0,isGlob:false};const eos=()=>E>=$;const peek=()=>N.charCodeAt(E+1);const advance=()=>{V=U;return N.charCodeAt(++E)};while(E<$){U=advance();let e;if(U===l){R=K.backslashes=true;U=advance();if(U===h){F=true}continue}if(F===true||U===h){q++;while(eos()!==true&&(U=advance())){if(U===l){R=K.backslashes=true;advance();continue}if(U===h){q++;continue}if(F!==true&&U===u&&(U=advance())===u){C=K.isBrace=true;L=K.isGlob=true;D=true;if(S===true){continue}break}if(F!==true&&U===c){C=K.isBrace=true;L=K.isGlob=true;D=true;if(S===true){continue}break}if(U===b){q--;if(q===0){F=false;C=K.isBrace=true;D=true;break}}}if(S===true){continue}break}if(U===p){k.push(E);_.push(K);K={value:"",depth:0,isGlob:false};if(D===true)continue;if(V===u&&E===T+1){T+=2;continue}I=E+1;continue}if(r.noext!==true){const e=U===v||U===a||U===o||U===y||U===f;if(e===true&&peek()===d){L=K.isGlob=true;M=K.isExtglob=true;D=true;if(U===f&&E===T){j=true}if(S===true){let e=0;while(eos()!==true&&(U=advance())){if(U===l){R=K.backslashes=true;advance();continue}if(U===d){e++;continue}if(U===w&&--e===0){D=true;break}}continue}break}}if(U===o){if(V===o)P=K.isGlobstar=true;L=K.isGlob=true;D=true;if(S===true){continue}break}if(U===y){L=K.isGlob=true;D=true;if(S===true){continue}break}if(U===m){while(eos()!==true&&(e=advance())){if(e===l){R=K.backslashes=true;advance();continue}if(e===x){O=K.isBracket=true;L=K.isGlob=true;D=true;break}}if(S===true){continue}break}if(r.nonegate!==true&&U===f&&E===T){B=K.negated=true;T++;continue}if(r.noparen!==true&&U===d){L=K.isGlob=true;if(S===true){let e=1;while(eos()!==true&&(U=advance())){if(U===l){R=K.backslashes=true;advance();continue}if(U===d){e++;continue}if(U===w&&--e===0){D=true;break}}continue}break}if(L===true){D=true;if(S===true){continue}break}}if(r.noext===true){M=false;L=false}let z=N;let H="";let W="";if(T>0){H=N.slice(0,T);N=N.slice(T);I-=T}if(z&&L===true&&I>0){z=N.slice(0,I);W=N.slice(I)}else if(L===true){z="";W=N}else{z=N}if(z&&z!==""&&z!=="/"&&z!==N){if(isPathSeparator(z.charCodeAt(z.length-1))){z=z.slice(0,-1)}}if(r.unescape===true){if(W)W=i.removeBackslashes(W);if(z&&R===true){z=i.removeBackslashes(z)}}const G={prefix:H,input:e,start:T,base:z,glob:W,isBrace:C,isBracket:O,isGlob:L,isExtglob:M,isGlobstar:P,negated:B,negatedExtglob:j};if(r.tokens===true){G.maxDepth=0;if(!isPathSeparator(U)){_.push(K)}G.tokens=_}if(r.parts===true||r.tokens===true){let t;for(let i=0;i<k.length;i++){const o=t!==undefined?t+1:T;const a=k[i];const l=e.slice(o,a);if(r.tokens){if(i===0&&T!==0){_[i].isPrefix=true;_[i].value=H}else{_[i].value=l}depth(_[i]);G.maxDepth+=_[i].depth}if(a>=T){A.push(l);t=a}}const i=t!==undefined?t+1:T;const o=e.slice(i);A.push(o);if(r.tokens&&t&&t+1<e.length){_[_.length-1].value=o;depth(_[_.length-1]);G.maxDepth+=_[_.length-1].depth}G.slashes=k;G.parts=A}return G};e.exports=scan},4059:(e,t,r)=>{const{REGEX_BACKSLASH:i,REGEX_REMOVE_BACKSLASH:o,REGEX_SPECIAL_CHARS:a,REGEX_SPECIAL_CHARS_GLOBAL:l}=r(5595);t.isObject=e=>e!==null&&typeof e==="object"&&!Array.isArray(e);t.hasRegexChars=e=>a.test(e);t.isRegexChar=e=>e.length===1&&t.hasRegexChars(e);t.escapeRegex=e=>e.replace(l,"\\$1");t.toPosixSlashes=e=>e.replace(i,"/");t.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};t.removeBackslashes=e=>e.replace(o,e=>e==="\\"?"":e);t.escapeLast=(e,r,i)=>{const o=e.lastIndexOf(r,i);if(o===-1)return e;if(e[o-1]==="\\")return t.escapeLast(e,r,o-1);return`${e.slice(0,o)}\\${e.slice(o)}`};t.removePrefix=(e,t={})=>{let r=e;if(r.startsWith("./")){r=r.slice(2);t.prefix="./"}return r};t.wrapOutput=(e,t={},r={})=>{const i=r.contains?"":"^";const o=r.contains?"":"$";let a=`${i}(?:${e})${o}`;if(t.negated===true){a=`(?:^(?!${a}).*$)`}return a};t.basename=(e,{windows:t}={})=>{const r=e.split(t?/[\\/]/:"/");const i=r[r.length-1];if(i===""){return r[r.length-2]}return i}},181:e=>{e.exports=require("buffer")},932:e=>{e.exports=require("process")},7349:(e,t,r)=>{var i=r(1127);var o=r(3301);var a=r(4454);var l=r(2223);var c=r(7103);var u=r(334);var f=r(3142);function resolveCollection(e,t,r,i,o,a){const l=r.type==="block-map"?c.resolveBlockMap(e,t,r,i,a):r.type==="block-seq"?u.resolveBlockSeq(e,t,r,i,a):f.resolveFlowCollection(e,t,r,i,a);const p=l.constructor;if(o==="!"||o===p.tagName){l.tag=p.tagName;return l}if(o)l.tag=o;return l}function composeCollection(e,t,r,c,u){const f=c.tag;const p=!f?null:t.directives.tagName(f.source,e=>u(f,"TAG_RESOLVE_FAILED",e));if(r.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=c;const r=e&&f?e.offset>f.offset?e:f:e??f;if(r&&(!t||t.offset<r.offset)){const e="Missing newline after block sequence props";u(r,"MISSING_CHAR",e)}}const h=r.type==="block-map"?"map":r.type==="block-seq"?"seq":r.start.source==="{"?"map":"seq";if(!f||!p||p==="!"||p===a.YAMLMap.tagName&&h==="map"||p===l.YAMLSeq.tagName&&h==="seq"){return resolveCollection(e,t,r,u,p)}let d=t.schema.tags.find(e=>e.tag===p&&e.collection===h);if(!d){const i=t.schema.knownTags[p];if(i?.collection===h){t.schema.tags.push(Object.assign({},i,{default:false}));d=i}else{if(i){u(f,"BAD_COLLECTION_TYPE",`${i.tag} used for ${h} collection, but expects ${i.collection??"scalar"}`,true)}else{u(f,"TAG_RESOLVE_FAILED",`Unresolved tag: ${p}`,true)}return resolveCollection(e,t,r,u,p)}}const m=resolveCollection(e,t,r,u,p,d);const v=d.resolve?.(m,e=>u(f,"TAG_RESOLVE_FAILED",e),t.options)??m;const y=i.isNode(v)?v:new o.Scalar(v);y.range=m.range;y.tag=p;if(d?.format)y.format=d.format;return y}t.composeCollection=composeCollection},3683:(e,t,r)=>{var i=r(3021);var o=r(5937);var a=r(7788);var l=r(4631);function composeDoc(e,t,{offset:r,start:c,value:u,end:f},p){const h=Object.assign({_directives:t},e);const d=new i.Document(undefined,h);const m={atKey:false,atRoot:true,directives:d.directives,options:d.options,schema:d.schema};const v=l.resolveProps(c,{indicator:"doc-start",next:u??f?.[0],offset:r,onError:p,parentIndent:0,startOnNewline:true});if(v.found){d.directives.docStart=true;if(u&&(u.type==="block-map"||u.type==="block-seq")&&!v.hasNewline)p(v.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}d.contents=u?o.composeNode(m,u,v,p):o.composeEmptyNode(m,v.end,c,null,v,p);const y=d.contents.range[2];const b=a.resolveEnd(f,y,false,p);if(b.comment)d.comment=b.comment;d.range=[r,y,b.offset];return d}t.composeDoc=composeDoc},5937:(e,t,r)=>{var i=r(4065);var o=r(1127);var a=r(7349);var l=r(5413);var c=r(7788);var u=r(2599);const f={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,r,i){const c=e.atKey;const{spaceBefore:u,comment:p,anchor:h,tag:d}=r;let m;let v=true;switch(t.type){case"alias":m=composeAlias(e,t,i);if(h||d)i(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":m=l.composeScalar(e,t,d,i);if(h)m.anchor=h.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{m=a.composeCollection(f,e,t,r,i);if(h)m.anchor=h.source.substring(1)}catch(e){const r=e instanceof Error?e.message:String(e);i(t,"RESOURCE_EXHAUSTION",r)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;i(t,"UNEXPECTED_TOKEN",e);v=false}}m??(m=composeEmptyNode(e,t.offset,undefined,null,r,i));if(h&&m.anchor==="")i(h,"BAD_ALIAS","Anchor cannot be an empty string");if(c&&e.options.stringKeys&&(!o.isScalar(m)||typeof m.value!=="string"||m.tag&&m.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";i(d??t,"NON_STRING_KEY",e)}if(u)m.spaceBefore=true;if(p){if(t.type==="scalar"&&t.source==="")m.comment=p;else m.commentBefore=p}if(e.options.keepSourceTokens&&v)m.srcToken=t;return m}function composeEmptyNode(e,t,r,i,{spaceBefore:o,comment:a,anchor:c,tag:f,end:p},h){const d={type:"scalar",offset:u.emptyScalarPosition(t,r,i),indent:-1,source:""};const m=l.composeScalar(e,d,f,h);if(c){m.anchor=c.source.substring(1);if(m.anchor==="")h(c,"BAD_ALIAS","Anchor cannot be an empty string")}if(o)m.spaceBefore=true;if(a){m.comment=a;m.range[2]=p}return m}function composeAlias({options:e},{offset:t,source:r,end:o},a){const l=new i.Alias(r.substring(1));if(l.source==="")a(t,"BAD_ALIAS","Alias cannot be an empty string");if(l.source.endsWith(":"))a(t+r.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const u=t+r.length;const f=c.resolveEnd(o,u,e.strict,a);l.range=[t,u,f.offset];if(f.comment)l.comment=f.comment;return l}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,r)=>{var i=r(1127);var o=r(3301);var a=r(8913);var l=r(6842);function composeScalar(e,t,r,c){const{value:u,type:f,comment:p,range:h}=t.type==="block-scalar"?a.resolveBlockScalar(e,t,c):l.resolveFlowScalar(t,e.options.strict,c);const d=r?e.directives.tagName(r.source,e=>c(r,"TAG_RESOLVE_FAILED",e)):null;let m;if(e.options.stringKeys&&e.atKey){m=e.schema[i.SCALAR]}else if(d)m=findScalarTagByName(e.schema,u,d,r,c);else if(t.type==="scalar")m=findScalarTagByTest(e,u,t,c);else m=e.schema[i.SCALAR];let v;try{const a=m.resolve(u,e=>c(r??t,"TAG_RESOLVE_FAILED",e),e.options);v=i.isScalar(a)?a:new o.Scalar(a)}catch(e){const i=e instanceof Error?e.message:String(e);c(r??t,"TAG_RESOLVE_FAILED",i);v=new o.Scalar(u)}v.range=h;v.source=u;if(f)v.type=f;if(d)v.tag=d;if(m.format)v.format=m.format;if(p)v.comment=p;return v}function findScalarTagByName(e,t,r,o,a){if(r==="!")return e[i.SCALAR];const l=[];for(const t of e.tags){if(!t.collection&&t.tag===r){if(t.default&&t.test)l.push(t);else return t}}for(const e of l)if(e.test?.test(t))return e;const c=e.knownTags[r];if(c&&!c.collection){e.tags.push(Object.assign({},c,{default:false,test:undefined}));return c}a(o,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,r!=="tag:yaml.org,2002:str");return e[i.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:r},o,a,l){const c=r.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(o))||r[i.SCALAR];if(r.compat){const e=r.compat.find(e=>e.default&&e.test?.test(o))??r[i.SCALAR];if(c.tag!==e.tag){const r=t.tagString(c.tag);const i=t.tagString(e.tag);const o=`Value may be parsed as either ${r} or ${i}`;l(a,"TAG_RESOLVE_FAILED",o,true)}}return c}t.composeScalar=composeScalar},9984:(e,t,r)=>{var i=r(932);var o=r(1342);var a=r(3021);var l=r(1464);var c=r(1127);var u=r(3683);var f=r(7788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:r}=e;return[t,t+(typeof r==="string"?r.length:1)]}function parsePrelude(e){let t="";let r=false;let i=false;for(let o=0;o<e.length;++o){const a=e[o];switch(a[0]){case"#":t+=(t===""?"":i?"\n\n":"\n")+(a.substring(1)||" ");r=true;i=false;break;case"%":if(e[o+1]?.[0]!=="#")o+=1;r=false;break;default:if(!r)i=true;r=false}}return{comment:t,afterEmptyLine:i}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,r,i)=>{const o=getErrorPos(e);if(i)this.warnings.push(new l.YAMLWarning(o,t,r));else this.errors.push(new l.YAMLParseError(o,t,r))};this.directives=new o.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:r,afterEmptyLine:i}=parsePrelude(this.prelude);if(r){const o=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${r}`:r}else if(i||e.directives.docStart||!o){e.commentBefore=r}else if(c.isCollection(o)&&!o.flow&&o.items.length>0){let e=o.items[0];if(c.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${r}\n${t}`:r}else{const e=o.commentBefore;o.commentBefore=e?`${r}\n${e}`:r}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,r=-1){for(const t of e)yield*this.next(t);yield*this.end(t,r)}*next(e){if(i.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,r,i)=>{const o=getErrorPos(e);o[0]+=t;this.onError(o,"BAD_DIRECTIVE",r,i)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=u.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const r=new l.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(r);else this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new l.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=f.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new l.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const r=new a.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");r.range=[0,t,t];this.decorate(r,false);yield r}}}t.Composer=Composer},7103:(e,t,r)=>{var i=r(7165);var o=r(4454);var a=r(4631);var l=r(9499);var c=r(4051);var u=r(1187);const f="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},r,p,h,d){const m=d?.nodeClass??o.YAMLMap;const v=new m(r.schema);if(r.atRoot)r.atRoot=false;let y=p.offset;let b=null;for(const o of p.items){const{start:d,key:m,sep:w,value:x}=o;const $=a.resolveProps(d,{indicator:"explicit-key-ind",next:m??w?.[0],offset:y,onError:h,parentIndent:p.indent,startOnNewline:true});const S=!$.found;if(S){if(m){if(m.type==="block-seq")h(y,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in m&&m.indent!==p.indent)h(y,"BAD_INDENT",f)}if(!$.anchor&&!$.tag&&!w){b=$.end;if($.comment){if(v.comment)v.comment+="\n"+$.comment;else v.comment=$.comment}continue}if($.newlineAfterProp||l.containsNewline(m)){h(m??d[d.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if($.found?.indent!==p.indent){h(y,"BAD_INDENT",f)}r.atKey=true;const k=$.end;const _=m?e(r,m,$,h):t(r,k,d,null,$,h);if(r.schema.compat)c.flowIndentCheck(p.indent,m,h);r.atKey=false;if(u.mapIncludes(r,v.items,_))h(k,"DUPLICATE_KEY","Map keys must be unique");const A=a.resolveProps(w??[],{indicator:"map-value-ind",next:x,offset:_.range[2],onError:h,parentIndent:p.indent,startOnNewline:!m||m.type==="block-scalar"});y=A.end;if(A.found){if(S){if(x?.type==="block-map"&&!A.hasNewline)h(y,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(r.options.strict&&$.start<A.found.offset-1024)h(_.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const a=x?e(r,x,A,h):t(r,y,w,null,A,h);if(r.schema.compat)c.flowIndentCheck(p.indent,x,h);y=a.range[2];const l=new i.Pair(_,a);if(r.options.keepSourceTokens)l.srcToken=o;v.items.push(l)}else{if(S)h(_.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(A.comment){if(_.comment)_.comment+="\n"+A.comment;else _.comment=A.comment}const e=new i.Pair(_);if(r.options.keepSourceTokens)e.srcToken=o;v.items.push(e)}}if(b&&b<y)h(b,"IMPOSSIBLE","Map comment with trailing content");v.range=[p.offset,y,b??y];return v}t.resolveBlockMap=resolveBlockMap},8913:(e,t,r)=>{var i=r(3301);function resolveBlockScalar(e,t,r){const o=t.offset;const a=parseBlockScalarHeader(t,e.options.strict,r);if(!a)return{value:"",type:null,comment:"",range:[o,o,o]};const l=a.mode===">"?i.Scalar.BLOCK_FOLDED:i.Scalar.BLOCK_LITERAL;const c=t.source?splitLines(t.source):[];let u=c.length;for(let e=c.length-1;e>=0;--e){const t=c[e][1];if(t===""||t==="\r")u=e;else break}if(u===0){const e=a.chomp==="+"&&c.length>0?"\n".repeat(Math.max(1,c.length-1)):"";let r=o+a.length;if(t.source)r+=t.source.length;return{value:e,type:l,comment:a.comment,range:[o,r,r]}}let f=t.indent+a.indent;let p=t.offset+a.length;let h=0;for(let t=0;t<u;++t){const[i,o]=c[t];if(o===""||o==="\r"){if(a.indent===0&&i.length>f)f=i.length}else{if(i.length<f){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";r(p+i.length,"MISSING_CHAR",e)}if(a.indent===0)f=i.length;h=t;if(f===0&&!e.atRoot){const e="Block scalar values in collections must be indented";r(p,"BAD_INDENT",e)}break}p+=i.length+o.length+1}for(let e=c.length-1;e>=u;--e){if(c[e][0].length>f)u=e+1}let d="";let m="";let v=false;for(let e=0;e<h;++e)d+=c[e][0].slice(f)+"\n";for(let e=h;e<u;++e){let[t,o]=c[e];p+=t.length+o.length+1;const u=o[o.length-1]==="\r";if(u)o=o.slice(0,-1);if(o&&t.length<f){const e=a.indent?"explicit indentation indicator":"first line";const i=`Block scalar lines must not be less indented than their ${e}`;r(p-o.length-(u?2:1),"BAD_INDENT",i);t=""}if(l===i.Scalar.BLOCK_LITERAL){d+=m+t.slice(f)+o;m="\n"}else if(t.length>f||o[0]==="\t"){if(m===" ")m="\n";else if(!v&&m==="\n")m="\n\n";d+=m+t.slice(f)+o;m="\n";v=true}else if(o===""){if(m==="\n")d+="\n";else m="\n"}else{d+=m+o;m=" ";v=false}}switch(a.chomp){case"-":break;case"+":for(let e=u;e<c.length;++e)d+="\n"+c[e][0].slice(f);if(d[d.length-1]!=="\n")d+="\n";break;default:d+="\n"}const y=o+a.length+t.source.length;return{value:d,type:l,comment:a.comment,range:[o,y,y]}}function parseBlockScalarHeader({offset:e,props:t},r,i){if(t[0].type!=="block-scalar-header"){i(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:o}=t[0];const a=o[0];let l=0;let c="";let u=-1;for(let t=1;t<o.length;++t){const r=o[t];if(!c&&(r==="-"||r==="+"))c=r;else{const i=Number(r);if(!l&&i)l=i;else if(u===-1)u=e+t}}if(u!==-1)i(u,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${o}`);let f=false;let p="";let h=o.length;for(let e=1;e<t.length;++e){const o=t[e];switch(o.type){case"space":f=true;case"newline":h+=o.source.length;break;case"comment":if(r&&!f){const e="Comments must be separated from other tokens by white space characters";i(o,"MISSING_CHAR",e)}h+=o.source.length;p=o.source.substring(1);break;case"error":i(o,"UNEXPECTED_TOKEN",o.message);h+=o.source.length;break;default:{const e=`Unexpected token in block scalar header: ${o.type}`;i(o,"UNEXPECTED_TOKEN",e);const t=o.source;if(t&&typeof t==="string")h+=t.length}}}return{mode:a,indent:l,chomp:c,comment:p,length:h}}function splitLines(e){const t=e.split(/\n( *)/);const r=t[0];const i=r.match(/^( *)/);const o=i?.[1]?[i[1],r.slice(i[1].length)]:["",r];const a=[o];for(let e=1;e<t.length;e+=2)a.push([t[e],t[e+1]]);return a}t.resolveBlockScalar=resolveBlockScalar},334:(e,t,r)=>{var i=r(2223);var o=r(4631);var a=r(4051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},r,l,c,u){const f=u?.nodeClass??i.YAMLSeq;const p=new f(r.schema);if(r.atRoot)r.atRoot=false;if(r.atKey)r.atKey=false;let h=l.offset;let d=null;for(const{start:i,value:u}of l.items){const f=o.resolveProps(i,{indicator:"seq-item-ind",next:u,offset:h,onError:c,parentIndent:l.indent,startOnNewline:true});if(!f.found){if(f.anchor||f.tag||u){if(u?.type==="block-seq")c(f.end,"BAD_INDENT","All sequence items must start at the same column");else c(h,"MISSING_CHAR","Sequence item without - indicator")}else{d=f.end;if(f.comment)p.comment=f.comment;continue}}const m=u?e(r,u,f,c):t(r,f.end,i,null,f,c);if(r.schema.compat)a.flowIndentCheck(l.indent,u,c);h=m.range[2];p.items.push(m)}p.range=[l.offset,h,d??h];return p}t.resolveBlockSeq=resolveBlockSeq},7788:(e,t)=>{function resolveEnd(e,t,r,i){let o="";if(e){let a=false;let l="";for(const c of e){const{source:e,type:u}=c;switch(u){case"space":a=true;break;case"comment":{if(r&&!a)i(c,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!o)o=t;else o+=l+t;l="";break}case"newline":if(o)l+=e;a=true;break;default:i(c,"UNEXPECTED_TOKEN",`Unexpected ${u} at node end`)}t+=e.length}}return{comment:o,offset:t}}t.resolveEnd=resolveEnd},3142:(e,t,r)=>{var i=r(1127);var o=r(7165);var a=r(4454);var l=r(2223);var c=r(7788);var u=r(4631);var f=r(9499);var p=r(1187);const h="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},r,d,m,v){const y=d.start.source==="{";const b=y?"flow map":"flow sequence";const w=v?.nodeClass??(y?a.YAMLMap:l.YAMLSeq);const x=new w(r.schema);x.flow=true;const $=r.atRoot;if($)r.atRoot=false;if(r.atKey)r.atKey=false;let S=d.offset+d.start.source.length;for(let l=0;l<d.items.length;++l){const c=d.items[l];const{start:v,key:w,sep:$,value:k}=c;const _=u.resolveProps(v,{flow:b,indicator:"explicit-key-ind",next:w??$?.[0],offset:S,onError:m,parentIndent:d.indent,startOnNewline:false});if(!_.found){if(!_.anchor&&!_.tag&&!$&&!k){if(l===0&&_.comma)m(_.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${b}`);else if(l<d.items.length-1)m(_.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${b}`);if(_.comment){if(x.comment)x.comment+="\n"+_.comment;else x.comment=_.comment}S=_.end;continue}if(!y&&r.options.strict&&f.containsNewline(w))m(w,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(l===0){if(_.comma)m(_.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${b}`)}else{if(!_.comma)m(_.start,"MISSING_CHAR",`Missing , between ${b} items`);if(_.comment){let e="";e:for(const t of v){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=x.items[x.items.length-1];if(i.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;_.comment=_.comment.substring(e.length+1)}}}if(!y&&!$&&!_.found){const i=k?e(r,k,_,m):t(r,_.end,$,null,_,m);x.items.push(i);S=i.range[2];if(isBlock(k))m(i.range,"BLOCK_IN_FLOW",h)}else{r.atKey=true;const i=_.end;const l=w?e(r,w,_,m):t(r,i,v,null,_,m);if(isBlock(w))m(l.range,"BLOCK_IN_FLOW",h);r.atKey=false;const f=u.resolveProps($??[],{flow:b,indicator:"map-value-ind",next:k,offset:l.range[2],onError:m,parentIndent:d.indent,startOnNewline:false});if(f.found){if(!y&&!_.found&&r.options.strict){if($)for(const e of $){if(e===f.found)break;if(e.type==="newline"){m(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(_.start<f.found.offset-1024)m(f.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(k){if("source"in k&&k.source?.[0]===":")m(k,"MISSING_CHAR",`Missing space after : in ${b}`);else m(f.start,"MISSING_CHAR",`Missing , or : between ${b} items`)}const A=k?e(r,k,f,m):f.found?t(r,f.end,$,null,f,m):null;if(A){if(isBlock(k))m(A.range,"BLOCK_IN_FLOW",h)}else if(f.comment){if(l.comment)l.comment+="\n"+f.comment;else l.comment=f.comment}const N=new o.Pair(l,A);if(r.options.keepSourceTokens)N.srcToken=c;if(y){const e=x;if(p.mapIncludes(r,e.items,l))m(i,"DUPLICATE_KEY","Map keys must be unique");e.items.push(N)}else{const e=new a.YAMLMap(r.schema);e.flow=true;e.items.push(N);const t=(A??l).range;e.range=[l.range[0],t[1],t[2]];x.items.push(e)}S=A?A.range[2]:f.end}}const k=y?"}":"]";const[_,...A]=d.end;let N=S;if(_?.source===k)N=_.offset+_.source.length;else{const e=b[0].toUpperCase()+b.substring(1);const t=$?`${e} must end with a ${k}`:`${e} in block collection must be sufficiently indented and end with a ${k}`;m(S,$?"MISSING_CHAR":"BAD_INDENT",t);if(_&&_.source.length!==1)A.unshift(_)}if(A.length>0){const e=c.resolveEnd(A,N,r.options.strict,m);if(e.comment){if(x.comment)x.comment+="\n"+e.comment;else x.comment=e.comment}x.range=[d.offset,N,e.offset]}else{x.range=[d.offset,N,N]}return x}t.resolveFlowCollection=resolveFlowCollection},6842:(e,t,r)=>{var i=r(3301);var o=r(7788);function resolveFlowScalar(e,t,r){const{offset:a,type:l,source:c,end:u}=e;let f;let p;const _onError=(e,t,i)=>r(a+e,t,i);switch(l){case"scalar":f=i.Scalar.PLAIN;p=plainValue(c,_onError);break;case"single-quoted-scalar":f=i.Scalar.QUOTE_SINGLE;p=singleQuotedValue(c,_onError);break;case"double-quoted-scalar":f=i.Scalar.QUOTE_DOUBLE;p=doubleQuotedValue(c,_onError);break;default:r(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${l}`);return{value:"",type:null,comment:"",range:[a,a+c.length,a+c.length]}}const h=a+c.length;const d=o.resolveEnd(u,h,t,r);return{value:p,type:f,comment:d.comment,range:[a,h,d.offset]}}function plainValue(e,t){let r="";switch(e[0]){case"\t":r="a tab character";break;case",":r="flow indicator character ,";break;case"%":r="directive indicator character %";break;case"|":case">":{r=`block scalar indicator ${e[0]}`;break}case"@":case"`":{r=`reserved character ${e[0]}`;break}}if(r)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${r}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let r=t.exec(e);if(!r)return e;let i,o;try{i=new RegExp("(?<![ \t])[ \t]+$");o=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{i=/[ \t]+$/;o=/^[ \t]+|[ \t]+$/g}let a=r[1].replace(i,"");let l=" ";let c=t.lastIndex;while(r=t.exec(e)){const e=r[1].replace(o,"");if(e===""){if(l==="\n")a+=l;else l="\n"}else{a+=l+e;l=" "}c=t.lastIndex}const u=/[ \t]*(.*)/sy;u.lastIndex=c;r=u.exec(e);return a+l+(r?.[1]??"")}function doubleQuotedValue(e,t){let r="";for(let i=1;i<e.length-1;++i){const o=e[i];if(o==="\r"&&e[i+1]==="\n")continue;if(o==="\n"){const{fold:t,offset:o}=foldNewline(e,i);r+=t;i=o}else if(o==="\\"){let o=e[++i];const l=a[o];if(l)r+=l;else if(o==="\n"){o=e[i+1];while(o===" "||o==="\t")o=e[++i+1]}else if(o==="\r"&&e[i+1]==="\n"){o=e[++i+1];while(o===" "||o==="\t")o=e[++i+1]}else if(o==="x"||o==="u"||o==="U"){const a=o==="x"?2:o==="u"?4:8;r+=parseCharCode(e,i+1,a,t);i+=a}else{const o=e.substr(i-1,2);t(i-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${o}`);r+=o}}else if(o===" "||o==="\t"){const t=i;let a=e[i+1];while(a===" "||a==="\t")a=e[++i+1];if(a!=="\n"&&!(a==="\r"&&e[i+2]==="\n"))r+=i>t?e.slice(t,i+1):o}else{r+=o}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return r}function foldNewline(e,t){let r="";let i=e[t+1];while(i===" "||i==="\t"||i==="\n"||i==="\r"){if(i==="\r"&&e[t+2]!=="\n")break;if(i==="\n")r+="\n";t+=1;i=e[t+1]}if(!r)r=" ";return{fold:r,offset:t}}const a={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,r,i){const o=e.substr(t,r);const a=o.length===r&&/^[0-9a-fA-F]+$/.test(o);const l=a?parseInt(o,16):NaN;try{return String.fromCodePoint(l)}catch{const o=e.substr(t-2,r+2);i(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${o}`);return o}}t.resolveFlowScalar=resolveFlowScalar},4631:(e,t)=>{function resolveProps(e,{flow:t,indicator:r,next:i,offset:o,onError:a,parentIndent:l,startOnNewline:c}){let u=false;let f=c;let p=c;let h="";let d="";let m=false;let v=false;let y=null;let b=null;let w=null;let x=null;let $=null;let S=null;let k=null;for(const o of e){if(v){if(o.type!=="space"&&o.type!=="newline"&&o.type!=="comma")a(o.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");v=false}if(y){if(f&&o.type!=="comment"&&o.type!=="newline"){a(y,"TAB_AS_INDENT","Tabs are not allowed as indentation")}y=null}switch(o.type){case"space":if(!t&&(r!=="doc-start"||i?.type!=="flow-collection")&&o.source.includes("\t")){y=o}p=true;break;case"comment":{if(!p)a(o,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=o.source.substring(1)||" ";if(!h)h=e;else h+=d+e;d="";f=false;break}case"newline":if(f){if(h)h+=o.source;else if(!S||r!=="seq-item-ind")u=true}else d+=o.source;f=true;m=true;if(b||w)x=o;p=true;break;case"anchor":if(b)a(o,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(o.source.endsWith(":"))a(o.offset+o.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);b=o;k??(k=o.offset);f=false;p=false;v=true;break;case"tag":{if(w)a(o,"MULTIPLE_TAGS","A node can have at most one tag");w=o;k??(k=o.offset);f=false;p=false;v=true;break}case r:if(b||w)a(o,"BAD_PROP_ORDER",`Anchors and tags must be after the ${o.source} indicator`);if(S)a(o,"UNEXPECTED_TOKEN",`Unexpected ${o.source} in ${t??"collection"}`);S=o;f=r==="seq-item-ind"||r==="explicit-key-ind";p=false;break;case"comma":if(t){if($)a(o,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);$=o;f=false;p=false;break}default:a(o,"UNEXPECTED_TOKEN",`Unexpected ${o.type} token`);f=false;p=false}}const _=e[e.length-1];const A=_?_.offset+_.source.length:o;if(v&&i&&i.type!=="space"&&i.type!=="newline"&&i.type!=="comma"&&(i.type!=="scalar"||i.source!=="")){a(i.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(y&&(f&&y.indent<=l||i?.type==="block-map"||i?.type==="block-seq"))a(y,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:$,found:S,spaceBefore:u,comment:h,hasNewline:m,anchor:b,tag:w,newlineAfterProp:x,end:A,start:k??A}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},2599:(e,t)=>{function emptyScalarPosition(e,t,r){if(t){r??(r=t.length);for(let i=r-1;i>=0;--i){let r=t[i];switch(r.type){case"space":case"comment":case"newline":e-=r.source.length;continue}r=t[++i];while(r?.type==="space"){e+=r.source.length;r=t[++i]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},4051:(e,t,r)=>{var i=r(9499);function flowIndentCheck(e,t,r){if(t?.type==="flow-collection"){const o=t.end[0];if(o.indent===e&&(o.source==="]"||o.source==="}")&&i.containsNewline(t)){const e="Flow end indicator should be more indented than parent";r(o,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},1187:(e,t,r)=>{var i=r(1127);function mapIncludes(e,t,r){const{uniqueKeys:o}=e.options;if(o===false)return false;const a=typeof o==="function"?o:(e,t)=>e===t||i.isScalar(e)&&i.isScalar(t)&&e.value===t.value;return t.some(e=>a(e.key,r))}t.mapIncludes=mapIncludes},3021:(e,t,r)=>{var i=r(4065);var o=r(2482);var a=r(1127);var l=r(7165);var c=r(4043);var u=r(5840);var f=r(6829);var p=r(1596);var h=r(3661);var d=r(23);var m=r(1342);class Document{constructor(e,t,r){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,a.NODE_TYPE,{value:a.DOC});let i=null;if(typeof t==="function"||Array.isArray(t)){i=t}else if(r===undefined&&t){r=t;t=undefined}const o=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},r);this.options=o;let{version:l}=o;if(r?._directives){this.directives=r._directives.atDocument();if(this.directives.yaml.explicit)l=this.directives.yaml.version}else this.directives=new m.Directives({version:l});this.setSchema(l,r);this.contents=e===undefined?null:this.createNode(e,i,r)}clone(){const e=Object.create(Document.prototype,{[a.NODE_TYPE]:{value:a.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=a.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const r=p.anchorNames(this);e.anchor=!t||r.has(t)?p.findNewAnchor(t||"a",r):t}return new i.Alias(e.anchor)}createNode(e,t,r){let i=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);i=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);i=t}else if(r===undefined&&t){r=t;t=undefined}const{aliasDuplicateObjects:o,anchorPrefix:l,flow:c,keepUndefined:u,onTagObj:f,tag:h}=r??{};const{onAnchor:m,setAnchors:v,sourceObjects:y}=p.createNodeAnchors(this,l||"a");const b={aliasDuplicateObjects:o??true,keepUndefined:u??false,onAnchor:m,onTagObj:f,replacer:i,schema:this.schema,sourceObjects:y};const w=d.createNode(e,h,b);if(c&&a.isCollection(w))w.flow=true;v();return w}createPair(e,t,r={}){const i=this.createNode(e,null,r);const o=this.createNode(t,null,r);return new l.Pair(i,o)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(o.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return a.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(o.isEmptyPath(e))return!t&&a.isScalar(this.contents)?this.contents.value:this.contents;return a.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return a.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(o.isEmptyPath(e))return this.contents!==undefined;return a.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=o.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(o.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=o.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let r;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new m.Directives({version:"1.1"});r={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new m.Directives({version:e});r={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;r=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new u.Schema(Object.assign(r,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:i,onAnchor:o,reviver:a}={}){const l={anchors:new Map,doc:this,keep:!e,mapAsMap:r===true,mapKeyWarned:false,maxAliasCount:typeof i==="number"?i:100};const u=c.toJS(this.contents,t??"",l);if(typeof o==="function")for(const{count:e,res:t}of l.anchors.values())o(t,e);return typeof a==="function"?h.applyReviver(a,{"":u},"",u):u}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return f.stringifyDocument(this,e)}}function assertCollection(e){if(a.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},1596:(e,t,r)=>{var i=r(1127);var o=r(204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const r=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(r)}return true}function anchorNames(e){const t=new Set;o.visit(e,{Value(e,r){if(r.anchor)t.add(r.anchor)}});return t}function findNewAnchor(e,t){for(let r=1;true;++r){const i=`${e}${r}`;if(!t.has(i))return i}}function createNodeAnchors(e,t){const r=[];const o=new Map;let a=null;return{onAnchor:i=>{r.push(i);a??(a=anchorNames(e));const o=findNewAnchor(t,a);a.add(o);return o},setAnchors:()=>{for(const e of r){const t=o.get(e);if(typeof t==="object"&&t.anchor&&(i.isScalar(t.node)||i.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:o}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},3661:(e,t)=>{function applyReviver(e,t,r,i){if(i&&typeof i==="object"){if(Array.isArray(i)){for(let t=0,r=i.length;t<r;++t){const r=i[t];const o=applyReviver(e,i,String(t),r);if(o===undefined)delete i[t];else if(o!==r)i[t]=o}}else if(i instanceof Map){for(const t of Array.from(i.keys())){const r=i.get(t);const o=applyReviver(e,i,t,r);if(o===undefined)i.delete(t);else if(o!==r)i.set(t,o)}}else if(i instanceof Set){for(const t of Array.from(i)){const r=applyReviver(e,i,t,t);if(r===undefined)i.delete(t);else if(r!==t){i.delete(t);i.add(r)}}}else{for(const[t,r]of Object.entries(i)){const o=applyReviver(e,i,t,r);if(o===undefined)delete i[t];else if(o!==r)i[t]=o}}}return e.call(t,r,i)}t.applyReviver=applyReviver},23:(e,t,r)=>{var i=r(4065);var o=r(1127);var a=r(3301);const l="tag:yaml.org,2002:";function findTagObject(e,t,r){if(t){const e=r.filter(e=>e.tag===t);const i=e.find(e=>!e.format)??e[0];if(!i)throw new Error(`Tag ${t} not found`);return i}return r.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,r){if(o.isDocument(e))e=e.contents;if(o.isNode(e))return e;if(o.isPair(e)){const t=r.schema[o.MAP].createNode?.(r.schema,null,r);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:c,onAnchor:u,onTagObj:f,schema:p,sourceObjects:h}=r;let d=undefined;if(c&&e&&typeof e==="object"){d=h.get(e);if(d){d.anchor??(d.anchor=u(e));return new i.Alias(d.anchor)}else{d={anchor:null,node:null};h.set(e,d)}}if(t?.startsWith("!!"))t=l+t.slice(2);let m=findTagObject(e,t,p.tags);if(!m){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new a.Scalar(e);if(d)d.node=t;return t}m=e instanceof Map?p[o.MAP]:Symbol.iterator in Object(e)?p[o.SEQ]:p[o.MAP]}if(f){f(m);delete r.onTagObj}const v=m?.createNode?m.createNode(r.schema,e,r):typeof m?.nodeClass?.from==="function"?m.nodeClass.from(r.schema,e,r):new a.Scalar(e);if(t)v.tag=t;else if(!m.default)v.tag=m.tag;if(d)d.node=v;return v}t.createNode=createNode},1342:(e,t,r)=>{var i=r(1127);var o=r(204);const a={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>a[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const r=e.trim().split(/[ \t]+/);const i=r.shift();switch(i){case"%TAG":{if(r.length!==2){t(0,"%TAG directive should contain exactly two parts");if(r.length<2)return false}const[e,i]=r;this.tags[e]=i;return true}case"%YAML":{this.yaml.explicit=true;if(r.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=r;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const r=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,r);return false}}default:t(0,`Unknown directive ${i}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const r=e.slice(2,-1);if(r==="!"||r==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return r}const[,r,i]=e.match(/^(.*!)([^!]*)$/s);if(!i)t(`The ${e} tag has no suffix`);const o=this.tags[r];if(o){try{return o+decodeURIComponent(i)}catch(e){t(String(e));return null}}if(r==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,r]of Object.entries(this.tags)){if(e.startsWith(r))return t+escapeTagName(e.substring(r.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const r=Object.entries(this.tags);let a;if(e&&r.length>0&&i.isNode(e.contents)){const t={};o.visit(e.contents,(e,r)=>{if(i.isNode(r)&&r.tag)t[r.tag]=true});a=Object.keys(t)}else a=[];for(const[i,o]of r){if(i==="!!"&&o==="tag:yaml.org,2002:")continue;if(!e||a.some(e=>e.startsWith(o)))t.push(`%TAG ${i} ${o}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},1464:(e,t)=>{class YAMLError extends Error{constructor(e,t,r,i){super();this.name=e;this.code=r;this.message=i;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,r){super("YAMLParseError",e,t,r)}}class YAMLWarning extends YAMLError{constructor(e,t,r){super("YAMLWarning",e,t,r)}}const prettifyError=(e,t)=>r=>{if(r.pos[0]===-1)return;r.linePos=r.pos.map(e=>t.linePos(e));const{line:i,col:o}=r.linePos[0];r.message+=` at line ${i}, column ${o}`;let a=o-1;let l=e.substring(t.lineStarts[i-1],t.lineStarts[i]).replace(/[\n\r]+$/,"");if(a>=60&&l.length>80){const e=Math.min(a-39,l.length-79);l="…"+l.substring(e);a-=e-1}if(l.length>80)l=l.substring(0,79)+"…";if(i>1&&/^ *$/.test(l.substring(0,a))){let r=e.substring(t.lineStarts[i-2],t.lineStarts[i-1]);if(r.length>80)r=r.substring(0,79)+"…\n";l=r+l}if(/[^ ]/.test(l)){let e=1;const t=r.linePos[1];if(t?.line===i&&t.col>o){e=Math.max(1,Math.min(t.col-o,80-a))}const c=" ".repeat(a)+"^".repeat(e);r.message+=`:\n\n${l}\n${c}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},8815:(e,t,r)=>{var i=r(9984);var o=r(3021);var a=r(5840);var l=r(1464);var c=r(4065);var u=r(1127);var f=r(7165);var p=r(3301);var h=r(4454);var d=r(2223);var m=r(3461);var v=r(361);var y=r(6628);var b=r(3456);var w=r(4047);var x=r(204);t.Composer=i.Composer;t.Document=o.Document;t.Schema=a.Schema;t.YAMLError=l.YAMLError;t.YAMLParseError=l.YAMLParseError;t.YAMLWarning=l.YAMLWarning;t.Alias=c.Alias;t.isAlias=u.isAlias;t.isCollection=u.isCollection;t.isDocument=u.isDocument;t.isMap=u.isMap;t.isNode=u.isNode;t.isPair=u.isPair;t.isScalar=u.isScalar;t.isSeq=u.isSeq;t.Pair=f.Pair;t.Scalar=p.Scalar;t.YAMLMap=h.YAMLMap;t.YAMLSeq=d.YAMLSeq;t.CST=m;t.Lexer=v.Lexer;t.LineCounter=y.LineCounter;t.Parser=b.Parser;t.parse=w.parse;t.parseAllDocuments=w.parseAllDocuments;t.parseDocument=w.parseDocument;t.stringify=w.stringify;t.visit=x.visit;t.visitAsync=x.visitAsync},7249:(e,t,r)=>{var i=r(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof i.emitWarning==="function")i.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,r)=>{var i=r(1596);var o=r(204);var a=r(1127);var l=r(6673);var c=r(4043);class Alias extends l.NodeBase{constructor(e){super(a.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;if(t?.aliasResolveCache){r=t.aliasResolveCache}else{r=[];o.visit(e,{Node:(e,t)=>{if(a.isAlias(t)||a.hasAnchor(t))r.push(t)}});if(t)t.aliasResolveCache=r}let i=undefined;for(const e of r){if(e===this)break;if(e.anchor===this.source)i=e}if(i&&t){const{anchors:e,doc:r,maxAliasCount:o}=t;let a=e.get(i);if(!a){c.toJS(i,null,t);a=e.get(i)}if(a?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(o>=0){a.count+=1;if(a.aliasCount===0)a.aliasCount=getAliasCount(r,i,e);if(a.count*a.aliasCount>o){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return i}toJSON(e,t){if(!t)return{source:this.source};const r=this.resolve(t.doc,t);if(!r){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(r).res}toString(e,t,r){const o=`*${this.source}`;if(e){i.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${o} `}return o}}function getAliasCount(e,t,r){if(a.isAlias(t)){const i=t.resolve(e);const o=r&&i&&r.get(i);return o?o.count*o.aliasCount:0}else if(a.isCollection(t)){let i=0;for(const o of t.items){const t=getAliasCount(e,o,r);if(t>i)i=t}return i}else if(a.isPair(t)){const i=getAliasCount(e,t.key,r);const o=getAliasCount(e,t.value,r);return Math.max(i,o)}return 1}t.Alias=Alias},2482:(e,t,r)=>{var i=r(23);var o=r(1127);var a=r(6673);function collectionFromPath(e,t,r){let o=r;for(let e=t.length-1;e>=0;--e){const r=t[e];if(typeof r==="number"&&Number.isInteger(r)&&r>=0){const e=[];e[r]=o;o=e}else{o=new Map([[r,o]])}}return i.createNode(o,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends a.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>o.isNode(t)||o.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[r,...i]=e;const a=this.get(r,true);if(o.isCollection(a))a.addIn(i,t);else if(a===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}deleteIn(e){const[t,...r]=e;if(r.length===0)return this.delete(t);const i=this.get(t,true);if(o.isCollection(i))return i.deleteIn(r);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){const[r,...i]=e;const a=this.get(r,true);if(i.length===0)return!t&&o.isScalar(a)?a.value:a;else return o.isCollection(a)?a.getIn(i,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!o.isPair(t))return false;const r=t.value;return r==null||e&&o.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){const[t,...r]=e;if(r.length===0)return this.has(t);const i=this.get(t,true);return o.isCollection(i)?i.hasIn(r):false}setIn(e,t){const[r,...i]=e;if(i.length===0){this.set(r,t)}else{const e=this.get(r,true);if(o.isCollection(e))e.setIn(i,t);else if(e===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,i,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${i}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},6673:(e,t,r)=>{var i=r(3661);var o=r(1127);var a=r(4043);class NodeBase{constructor(e){Object.defineProperty(this,o.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:l,reviver:c}={}){if(!o.isDocument(e))throw new TypeError("A document argument is required");const u={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const f=a.toJS(this,"",u);if(typeof l==="function")for(const{count:e,res:t}of u.anchors.values())l(t,e);return typeof c==="function"?i.applyReviver(c,{"":f},"",f):f}}t.NodeBase=NodeBase},7165:(e,t,r)=>{var i=r(23);var o=r(9748);var a=r(7104);var l=r(1127);function createPair(e,t,r){const o=i.createNode(e,undefined,r);const a=i.createNode(t,undefined,r);return new Pair(o,a)}class Pair{constructor(e,t=null){Object.defineProperty(this,l.NODE_TYPE,{value:l.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:r}=this;if(l.isNode(t))t=t.clone(e);if(l.isNode(r))r=r.clone(e);return new Pair(t,r)}toJSON(e,t){const r=t?.mapAsMap?new Map:{};return a.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?o.stringifyPair(this,e,t,r):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},3301:(e,t,r)=>{var i=r(1127);var o=r(6673);var a=r(4043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends o.NodeBase{constructor(e){super(i.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:a.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},4454:(e,t,r)=>{var i=r(1212);var o=r(7104);var a=r(2482);var l=r(1127);var c=r(7165);var u=r(3301);function findPair(e,t){const r=l.isScalar(t)?t.value:t;for(const i of e){if(l.isPair(i)){if(i.key===t||i.key===r)return i;if(l.isScalar(i.key)&&i.key.value===r)return i}}return undefined}class YAMLMap extends a.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(l.MAP,e);this.items=[]}static from(e,t,r){const{keepUndefined:i,replacer:o}=r;const a=new this(e);const add=(e,l)=>{if(typeof o==="function")l=o.call(t,e,l);else if(Array.isArray(o)&&!o.includes(e))return;if(l!==undefined||i)a.items.push(c.createPair(e,l,r))};if(t instanceof Map){for(const[e,r]of t)add(e,r)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){a.items.sort(e.sortMapEntries)}return a}add(e,t){let r;if(l.isPair(e))r=e;else if(!e||typeof e!=="object"||!("key"in e)){r=new c.Pair(e,e?.value)}else r=new c.Pair(e.key,e.value);const i=findPair(this.items,r.key);const o=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${r.key} already set`);if(l.isScalar(i.value)&&u.isScalarValue(r.value))i.value.value=r.value;else i.value=r.value}else if(o){const e=this.items.findIndex(e=>o(r,e)<0);if(e===-1)this.items.push(r);else this.items.splice(e,0,r)}else{this.items.push(r)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const r=this.items.splice(this.items.indexOf(t),1);return r.length>0}get(e,t){const r=findPair(this.items,e);const i=r?.value;return(!t&&l.isScalar(i)?i.value:i)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new c.Pair(e,t),true)}toJSON(e,t,r){const i=r?new r:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(i);for(const e of this.items)o.addPairToJSMap(t,i,e);return i}toString(e,t,r){if(!e)return JSON.stringify(this);for(const e of this.items){if(!l.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return i.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},2223:(e,t,r)=>{var i=r(23);var o=r(1212);var a=r(2482);var l=r(1127);var c=r(3301);var u=r(4043);class YAMLSeq extends a.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(l.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const r=this.items.splice(t,1);return r.length>0}get(e,t){const r=asItemIndex(e);if(typeof r!=="number")return undefined;const i=this.items[r];return!t&&l.isScalar(i)?i.value:i}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const r=asItemIndex(e);if(typeof r!=="number")throw new Error(`Expected a valid index, not ${e}.`);const i=this.items[r];if(l.isScalar(i)&&c.isScalarValue(t))i.value=t;else this.items[r]=t}toJSON(e,t){const r=[];if(t?.onCreate)t.onCreate(r);let i=0;for(const e of this.items)r.push(u.toJS(e,String(i++),t));return r}toString(e,t,r){if(!e)return JSON.stringify(this);return o.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t})}static from(e,t,r){const{replacer:o}=r;const a=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let l of t){if(typeof o==="function"){const r=t instanceof Set?l:String(e++);l=o.call(t,r,l)}a.items.push(i.createNode(l,undefined,r))}}return a}}function asItemIndex(e){let t=l.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},7104:(e,t,r)=>{var i=r(7249);var o=r(452);var a=r(9767);var l=r(1127);var c=r(4043);function addPairToJSMap(e,t,{key:r,value:i}){if(l.isNode(r)&&r.addToJSMap)r.addToJSMap(e,t,i);else if(o.isMergeKey(e,r))o.addMergeToJSMap(e,t,i);else{const o=c.toJS(r,"",e);if(t instanceof Map){t.set(o,c.toJS(i,o,e))}else if(t instanceof Set){t.add(o)}else{const a=stringifyKey(r,o,e);const l=c.toJS(i,a,e);if(a in t)Object.defineProperty(t,a,{value:l,writable:true,enumerable:true,configurable:true});else t[a]=l}}return t}function stringifyKey(e,t,r){if(t===null)return"";if(typeof t!=="object")return String(t);if(l.isNode(e)&&r?.doc){const t=a.createStringifyContext(r.doc,{});t.anchors=new Set;for(const e of r.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const o=e.toString(t);if(!r.mapKeyWarned){let e=JSON.stringify(o);if(e.length>40)e=e.substring(0,36)+'..."';i.warn(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);r.mapKeyWarned=true}return o}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},1127:(e,t)=>{const r=Symbol.for("yaml.alias");const i=Symbol.for("yaml.document");const o=Symbol.for("yaml.map");const a=Symbol.for("yaml.pair");const l=Symbol.for("yaml.scalar");const c=Symbol.for("yaml.seq");const u=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[u]===r;const isDocument=e=>!!e&&typeof e==="object"&&e[u]===i;const isMap=e=>!!e&&typeof e==="object"&&e[u]===o;const isPair=e=>!!e&&typeof e==="object"&&e[u]===a;const isScalar=e=>!!e&&typeof e==="object"&&e[u]===l;const isSeq=e=>!!e&&typeof e==="object"&&e[u]===c;function isCollection(e){if(e&&typeof e==="object")switch(e[u]){case o:case c:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[u]){case r:case o:case l:case c:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=r;t.DOC=i;t.MAP=o;t.NODE_TYPE=u;t.PAIR=a;t.SCALAR=l;t.SEQ=c;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},4043:(e,t,r)=>{var i=r(1127);function toJS(e,t,r){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),r));if(e&&typeof e.toJSON==="function"){if(!r||!i.hasAnchor(e))return e.toJSON(t,r);const o={aliasCount:0,count:1,res:undefined};r.anchors.set(e,o);r.onCreate=e=>{o.res=e;delete r.onCreate};const a=e.toJSON(t,r);if(r.onCreate)r.onCreate(a);return a}if(typeof e==="bigint"&&!r?.keep)return Number(e);return e}t.toJS=toJS},110:(e,t,r)=>{var i=r(8913);var o=r(6842);var a=r(1464);var l=r(3069);function resolveAsScalar(e,t=true,r){if(e){const _onError=(e,t,i)=>{const o=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(r)r(o,t,i);else throw new a.YAMLParseError([o,o+1],t,i)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return o.resolveFlowScalar(e,t,_onError);case"block-scalar":return i.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:r=false,indent:i,inFlow:o=false,offset:a=-1,type:c="PLAIN"}=t;const u=l.stringifyString({type:c,value:e},{implicitKey:r,indent:i>0?" ".repeat(i):"",inFlow:o,options:{blockQuote:true,lineWidth:-1}});const f=t.end??[{type:"newline",offset:-1,indent:i,source:"\n"}];switch(u[0]){case"|":case">":{const e=u.indexOf("\n");const t=u.substring(0,e);const r=u.substring(e+1)+"\n";const o=[{type:"block-scalar-header",offset:a,indent:i,source:t}];if(!addEndtoBlockProps(o,f))o.push({type:"newline",offset:-1,indent:i,source:"\n"});return{type:"block-scalar",offset:a,indent:i,props:o,source:r}}case'"':return{type:"double-quoted-scalar",offset:a,indent:i,source:u,end:f};case"'":return{type:"single-quoted-scalar",offset:a,indent:i,source:u,end:f};default:return{type:"scalar",offset:a,indent:i,source:u,end:f}}}function setScalarValue(e,t,r={}){let{afterKey:i=false,implicitKey:o=false,inFlow:a=false,type:c}=r;let u="indent"in e?e.indent:null;if(i&&typeof u==="number")u+=2;if(!c)switch(e.type){case"single-quoted-scalar":c="QUOTE_SINGLE";break;case"double-quoted-scalar":c="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");c=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:c="PLAIN"}const f=l.stringifyString({type:c,value:t},{implicitKey:o||u===null,indent:u!==null&&u>0?" ".repeat(u):"",inFlow:a,options:{blockQuote:true,lineWidth:-1}});switch(f[0]){case"|":case">":setBlockScalarValue(e,f);break;case'"':setFlowScalarValue(e,f,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,f,"single-quoted-scalar");break;default:setFlowScalarValue(e,f,"scalar")}}function setBlockScalarValue(e,t){const r=t.indexOf("\n");const i=t.substring(0,r);const o=t.substring(r+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=i;e.source=o}else{const{offset:t}=e;const r="indent"in e?e.indent:-1;const a=[{type:"block-scalar-header",offset:t,indent:r,source:i}];if(!addEndtoBlockProps(a,"end"in e?e.end:undefined))a.push({type:"newline",offset:-1,indent:r,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:r,props:a,source:o})}}function addEndtoBlockProps(e,t){if(t)for(const r of t)switch(r.type){case"space":case"comment":e.push(r);break;case"newline":e.push(r);return true}return false}function setFlowScalarValue(e,t,r){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=r;e.source=t;break;case"block-scalar":{const i=e.props.slice(1);let o=t.length;if(e.props[0].type==="block-scalar-header")o-=e.props[0].source.length;for(const e of i)e.offset+=o;delete e.props;Object.assign(e,{type:r,source:t,end:i});break}case"block-map":case"block-seq":{const i=e.offset+t.length;const o={type:"newline",offset:i,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:r,source:t,end:[o]});break}default:{const i="indent"in e?e.indent:-1;const o="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:r,indent:i,source:t,end:o})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},1733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=stringifyToken(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const r of e.items)t+=stringifyItem(r);return t}case"flow-collection":{let t=e.start.source;for(const r of e.items)t+=stringifyItem(r);for(const r of e.end)t+=r.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const r of e.end)t+=r.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const r of e.end)t+=r.source;return t}}}function stringifyItem({start:e,key:t,sep:r,value:i}){let o="";for(const t of e)o+=t.source;if(t)o+=stringifyToken(t);if(r)for(const e of r)o+=e.source;if(i)o+=stringifyToken(i);return o}t.stringify=stringify},7715:(e,t)=>{const r=Symbol("break visit");const i=Symbol("skip children");const o=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=r;visit.SKIP=i;visit.REMOVE=o;visit.itemAtPath=(e,t)=>{let r=e;for(const[e,i]of t){const t=r?.[e];if(t&&"items"in t){r=t.items[i]}else return undefined}return r};visit.parentCollection=(e,t)=>{const r=visit.itemAtPath(e,t.slice(0,-1));const i=t[t.length-1][0];const o=r?.[i];if(o&&"items"in o)return o;throw new Error("Parent collection not found")};function _visit(e,t,i){let a=i(t,e);if(typeof a==="symbol")return a;for(const l of["key","value"]){const c=t[l];if(c&&"items"in c){for(let t=0;t<c.items.length;++t){const a=_visit(Object.freeze(e.concat([[l,t]])),c.items[t],i);if(typeof a==="number")t=a-1;else if(a===r)return r;else if(a===o){c.items.splice(t,1);t-=1}}if(typeof a==="function"&&l==="key")a=a(t,e)}}return typeof a==="function"?a(t,e):a}t.visit=visit},3461:(e,t,r)=>{var i=r(110);var o=r(1733);var a=r(7715);const l="\ufeff";const c="";const u="";const f="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case l:return"<BOM>";case c:return"<DOC>";case u:return"<FLOW_END>";case f:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case l:return"byte-order-mark";case c:return"doc-mode";case u:return"flow-error-end";case f:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=i.createScalarToken;t.resolveAsScalar=i.resolveAsScalar;t.setScalarValue=i.setScalarValue;t.stringify=o.stringify;t.visit=a.visit;t.BOM=l;t.DOCUMENT=c;t.FLOW_END=u;t.SCALAR=f;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},361:(e,t,r)=>{var i=r(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const o=new Set("0123456789ABCDEFabcdef");const a=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const l=new Set(",[]{}");const c=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||c.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";while(r&&(t||this.hasChars(1)))r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;while(t===" ")t=this.buffer[++r+e];if(t==="\r"){const t=this.buffer[r+e+1];if(t==="\n"||!t&&!this.atEnd)return e+r+1}return t==="\n"||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===i.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let r=e.indexOf("#");while(r!==-1){const i=e[r-1];if(i===" "||i==="\t"){t=r-1;break}else{r=e.indexOf("#",r+1)}}while(true){const r=e[t-1];if(r===" "||r==="\t")t-=1;else break}const i=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-i);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield i.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let r=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=r=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const o=this.getLine();if(o===null)return this.setNext("flow");if(r!==-1&&r<this.indentNext&&o[0]!=="#"||r===0&&(o.startsWith("---")||o.startsWith("..."))&&isEmpty(o[3])){const e=r===this.indentNext-1&&this.flowLevel===1&&(o[0]==="]"||o[0]==="}");if(!e){this.flowLevel=0;yield i.FLOW_END;return yield*this.parseLineStart()}}let a=0;while(o[a]===","){a+=(yield*this.pushCount(1));a+=(yield*this.pushSpaces(true));this.flowKey=false}a+=(yield*this.pushIndicators());switch(o[a]){case undefined:return"flow";case"#":yield*this.pushCount(o.length-a);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const r=this.buffer.substring(0,t);let i=r.indexOf("\n",this.pos);if(i!==-1){while(i!==-1){const e=this.continueScalar(i+1);if(e===-1)break;i=r.indexOf("\n",e)}if(i!==-1){t=i-(r[i-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let r;e:for(let i=this.pos;r=this.buffer[i];++i){switch(r){case" ":t+=1;break;case"\n":e=i;t=0;break;case"\r":{const e=this.buffer[i+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let o=e+1;r=this.buffer[o];while(r===" ")r=this.buffer[++o];if(r==="\t"){while(r==="\t"||r===" "||r==="\r"||r==="\n")r=this.buffer[++o];e=o-1}else if(!this.blockScalarKeep){do{let r=e-1;let i=this.buffer[r];if(i==="\r")i=this.buffer[--r];const o=r;while(i===" ")i=this.buffer[--r];if(i==="\n"&&r>=this.pos&&r+1+t>o)e=r;else break}while(true)}yield i.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let r=this.pos-1;let o;while(o=this.buffer[++r]){if(o===":"){const i=this.buffer[r+1];if(isEmpty(i)||e&&l.has(i))break;t=r}else if(isEmpty(o)){let i=this.buffer[r+1];if(o==="\r"){if(i==="\n"){r+=1;o="\n";i=this.buffer[r+1]}else t=r}if(i==="#"||e&&l.has(i))break;if(o==="\n"){const e=this.continueScalar(r+1);if(e===-1)break;r=Math.max(r,e-2)}}else{if(e&&l.has(o))break;t=r}}if(!o&&!this.atEnd)return this.setNext("plain-scalar");yield i.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const r=this.buffer.slice(this.pos,e);if(r){yield r;this.pos+=r.length;return r.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const r=this.charAt(1);if(isEmpty(r)||t&&l.has(r)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(a.has(t))t=this.buffer[++e];else if(t==="%"&&o.has(this.buffer[e+1])&&o.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let r;do{r=this.buffer[++t]}while(r===" "||e&&r==="\t");const i=t-this.pos;if(i>0){yield this.buffer.substr(this.pos,i);this.pos=t}return i}*pushUntil(e){let t=this.pos;let r=this.buffer[t];while(!e(r))r=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},6628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let r=this.lineStarts.length;while(t<r){const i=t+r>>1;if(this.lineStarts[i]<e)t=i+1;else r=i}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const i=this.lineStarts[t-1];return{line:t,col:e-i+1}}}}t.LineCounter=LineCounter},3456:(e,t,r)=>{var i=r(932);var o=r(3461);var a=r(361);function includesToken(e,t){for(let r=0;r<e.length;++r)if(e[r].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let r=0;r<t.length;++r)e.push(t[r])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new a.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const r of this.lexer.lex(e,t))yield*this.next(r);if(!t)yield*this.end()}*next(e){this.source=e;if(i.env.LOG_TOKENS)console.log("|",o.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=o.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const r=e.items[e.items.length-1];if(r.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(r.sep){r.value=t}else{Object.assign(r,{key:t,sep:[]});this.onKeyLine=!r.explicitKey;return}break}case"block-seq":{const r=e.items[e.items.length-1];if(r.value)e.items.push({start:[],value:t});else r.value=t;break}case"flow-collection":{const r=e.items[e.items.length-1];if(!r||r.value)e.items.push({start:[],key:t,sep:[]});else if(r.sep)r.value=t;else Object.assign(r,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const r=t.items[t.items.length-1];if(r&&!r.sep&&!r.value&&r.start.length>0&&findNonEmptyIndex(r.start)===-1&&(t.indent===0||r.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=r.start;else e.items.push({start:r.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const r=getFirstKeyStartProps(t);let i;if(e.end){i=e.end;i.push(this.sourceToken);delete e.end}else i=[this.sourceToken];const o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:i}]};this.onKeyLine=true;this.stack[this.stack.length-1]=o}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const r="end"in t.value?t.value.end:undefined;const i=Array.isArray(r)?r[r.length-1]:undefined;if(i?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const i=r?.value?.end;if(Array.isArray(i)){arrayPushArray(i,t.start);i.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const r=!this.onKeyLine&&this.indent===e.indent;const i=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let o=[];if(i&&t.sep&&!t.value){const r=[];for(let i=0;i<t.sep.length;++i){const o=t.sep[i];switch(o.type){case"newline":r.push(i);break;case"space":break;case"comment":if(o.indent>e.indent)r.length=0;break;default:r.length=0}}if(r.length>=2)o=t.sep.splice(r[1])}switch(this.type){case"anchor":case"tag":if(i||t.value){o.push(this.sourceToken);e.items.push({start:o});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(i||t.value){o.push(this.sourceToken);e.items.push({start:o,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const r=t.key;const i=t.sep;i.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:r,sep:i}]})}else if(o.length>0){t.sep=t.sep.concat(o,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||i){e.items.push({start:o,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(i||t.value){e.items.push({start:o,key:r,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(r)}else{Object.assign(t,{key:r,sep:[]});this.onKeyLine=true}return}default:{const i=this.startBlockValue(e);if(i){if(i.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(r){e.items.push({start:o})}this.stack.push(i);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const r="end"in t.value?t.value.end:undefined;const i=Array.isArray(r)?r[r.length-1]:undefined;if(i?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const i=r?.value?.end;if(Array.isArray(i)){arrayPushArray(i,t.start);i.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:r,sep:[]});else if(t.sep)this.stack.push(r);else Object.assign(t,{key:r,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const r=this.startBlockValue(e);if(r)this.stack.push(r);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const r=getPrevProps(t);const i=getFirstKeyStartProps(r);fixFlowSeqItems(e);const o=e.end.splice(1,e.end.length);o.push(this.sourceToken);const a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:i,key:e,sep:o}]};this.onKeyLine=true;this.stack[this.stack.length-1]=a}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);r.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},4047:(e,t,r)=>{var i=r(9984);var o=r(3021);var a=r(1464);var l=r(7249);var c=r(1127);var u=r(6628);var f=r(3456);function parseOptions(e){const t=e.prettyErrors!==false;const r=e.lineCounter||t&&new u.LineCounter||null;return{lineCounter:r,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:r,prettyErrors:o}=parseOptions(t);const l=new f.Parser(r?.addNewLine);const c=new i.Composer(t);const u=Array.from(c.compose(l.parse(e)));if(o&&r)for(const t of u){t.errors.forEach(a.prettifyError(e,r));t.warnings.forEach(a.prettifyError(e,r))}if(u.length>0)return u;return Object.assign([],{empty:true},c.streamInfo())}function parseDocument(e,t={}){const{lineCounter:r,prettyErrors:o}=parseOptions(t);const l=new f.Parser(r?.addNewLine);const c=new i.Composer(t);let u=null;for(const t of c.compose(l.parse(e),true,e.length)){if(!u)u=t;else if(u.options.logLevel!=="silent"){u.errors.push(new a.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(o&&r){u.errors.forEach(a.prettifyError(e,r));u.warnings.forEach(a.prettifyError(e,r))}return u}function parse(e,t,r){let i=undefined;if(typeof t==="function"){i=t}else if(r===undefined&&t&&typeof t==="object"){r=t}const o=parseDocument(e,r);if(!o)return null;o.warnings.forEach(e=>l.warn(o.options.logLevel,e));if(o.errors.length>0){if(o.options.logLevel!=="silent")throw o.errors[0];else o.errors=[]}return o.toJS(Object.assign({reviver:i},r))}function stringify(e,t,r){let i=null;if(typeof t==="function"||Array.isArray(t)){i=t}else if(r===undefined&&t){r=t}if(typeof r==="string")r=r.length;if(typeof r==="number"){const e=Math.round(r);r=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=r??t??{};if(!e)return undefined}if(c.isDocument(e)&&!i)return e.toString(r);return new o.Document(e,i,r).toString(r)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},5840:(e,t,r)=>{var i=r(1127);var o=r(7451);var a=r(1706);var l=r(6464);var c=r(18);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:u,schema:f,sortMapEntries:p,toStringDefaults:h}){this.compat=Array.isArray(e)?c.getTags(e,"compat"):e?c.getTags(null,e):null;this.name=typeof f==="string"&&f||"core";this.knownTags=u?c.coreKnownTags:{};this.tags=c.getTags(t,this.name,r);this.toStringOptions=h??null;Object.defineProperty(this,i.MAP,{value:o.map});Object.defineProperty(this,i.SCALAR,{value:l.string});Object.defineProperty(this,i.SEQ,{value:a.seq});this.sortMapEntries=typeof p==="function"?p:p===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},7451:(e,t,r)=>{var i=r(1127);var o=r(4454);const a={collection:"map",default:true,nodeClass:o.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!i.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,r)=>o.YAMLMap.from(e,t,r)};t.map=a},3632:(e,t,r)=>{var i=r(3301);const o={identify:e=>e==null,createNode:()=>new i.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new i.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&o.test.test(e)?e:t.options.nullStr};t.nullTag=o},1706:(e,t,r)=>{var i=r(1127);var o=r(2223);const a={collection:"seq",default:true,nodeClass:o.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!i.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,r)=>o.YAMLSeq.from(e,t,r)};t.seq=a},6464:(e,t,r)=>{var i=r(3069);const o={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,r,o){t=Object.assign({actualString:true},t);return i.stringifyString(e,t,r,o)}};t.string=o},3959:(e,t,r)=>{var i=r(3301);const o={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new i.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},r){if(e&&o.test.test(e)){const r=e[0]==="t"||e[0]==="T";if(t===r)return e}return t?r.options.trueStr:r.options.falseStr}};t.boolTag=o},8405:(e,t,r)=>{var i=r(3301);var o=r(8689);const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:o.stringifyNumber};const l={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():o.stringifyNumber(e)}};const c={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new i.Scalar(parseFloat(e));const r=e.indexOf(".");if(r!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-r-1;return t},stringify:o.stringifyNumber};t.float=c;t.floatExp=l;t.floatNaN=a},9874:(e,t,r)=>{var i=r(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,r,{intAsBigInt:i})=>i?BigInt(e):parseInt(e.substring(t),r);function intStringify(e,t,r){const{value:o}=e;if(intIdentify(o)&&o>=0)return r+o.toString(t);return i.stringifyNumber(e)}const o={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,r)=>intResolve(e,2,8,r),stringify:e=>intStringify(e,8,"0o")};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:i.stringifyNumber};const l={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=a;t.intHex=l;t.intOct=o},896:(e,t,r)=>{var i=r(7451);var o=r(3632);var a=r(1706);var l=r(6464);var c=r(3959);var u=r(8405);var f=r(9874);const p=[i.map,a.seq,l.string,o.nullTag,c.boolTag,f.intOct,f.int,f.intHex,u.floatNaN,u.floatExp,u.float];t.schema=p},3559:(e,t,r)=>{var i=r(3301);var o=r(7451);var a=r(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const l=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new i.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const c={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const u=[o.map,a.seq].concat(l,c);t.schema=u},18:(e,t,r)=>{var i=r(7451);var o=r(3632);var a=r(1706);var l=r(6464);var c=r(3959);var u=r(8405);var f=r(9874);var p=r(896);var h=r(3559);var d=r(6083);var m=r(452);var v=r(303);var y=r(8385);var b=r(5913);var w=r(1528);var x=r(6752);const $=new Map([["core",p.schema],["failsafe",[i.map,a.seq,l.string]],["json",h.schema],["yaml11",b.schema],["yaml-1.1",b.schema]]);const S={binary:d.binary,bool:c.boolTag,float:u.float,floatExp:u.floatExp,floatNaN:u.floatNaN,floatTime:x.floatTime,int:f.int,intHex:f.intHex,intOct:f.intOct,intTime:x.intTime,map:i.map,merge:m.merge,null:o.nullTag,omap:v.omap,pairs:y.pairs,seq:a.seq,set:w.set,timestamp:x.timestamp};const k={"tag:yaml.org,2002:binary":d.binary,"tag:yaml.org,2002:merge":m.merge,"tag:yaml.org,2002:omap":v.omap,"tag:yaml.org,2002:pairs":y.pairs,"tag:yaml.org,2002:set":w.set,"tag:yaml.org,2002:timestamp":x.timestamp};function getTags(e,t,r){const i=$.get(t);if(i&&!e){return r&&!i.includes(m.merge)?i.concat(m.merge):i.slice()}let o=i;if(!o){if(Array.isArray(e))o=[];else{const e=Array.from($.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)o=o.concat(t)}else if(typeof e==="function"){o=e(o.slice())}if(r)o=o.concat(m.merge);return o.reduce((e,t)=>{const r=typeof t==="string"?S[t]:t;if(!r){const e=JSON.stringify(t);const r=Object.keys(S).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${r}`)}if(!e.includes(r))e.push(r);return e},[])}t.coreKnownTags=k;t.getTags=getTags},6083:(e,t,r)=>{var i=r(181);var o=r(3301);var a=r(3069);const l={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof i.Buffer==="function"){return i.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const r=new Uint8Array(t.length);for(let e=0;e<t.length;++e)r[e]=t.charCodeAt(e);return r}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:r},l,c,u){if(!r)return"";const f=r;let p;if(typeof i.Buffer==="function"){p=f instanceof i.Buffer?f.toString("base64"):i.Buffer.from(f.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<f.length;++t)e+=String.fromCharCode(f[t]);p=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=o.Scalar.BLOCK_LITERAL);if(t!==o.Scalar.QUOTE_DOUBLE){const e=Math.max(l.options.lineWidth-l.indent.length,l.options.minContentWidth);const r=Math.ceil(p.length/e);const i=new Array(r);for(let t=0,o=0;t<r;++t,o+=e){i[t]=p.substr(o,e)}p=i.join(t===o.Scalar.BLOCK_LITERAL?"\n":" ")}return a.stringifyString({comment:e,type:t,value:p},l,c,u)}};t.binary=l},8398:(e,t,r)=>{var i=r(3301);function boolStringify({value:e,source:t},r){const i=e?o:a;if(t&&i.test.test(t))return t;return e?r.options.trueStr:r.options.falseStr}const o={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new i.Scalar(true),stringify:boolStringify};const a={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new i.Scalar(false),stringify:boolStringify};t.falseTag=a;t.trueTag=o},5782:(e,t,r)=>{var i=r(3301);var o=r(8689);const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:o.stringifyNumber};const l={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():o.stringifyNumber(e)}};const c={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new i.Scalar(parseFloat(e.replace(/_/g,"")));const r=e.indexOf(".");if(r!==-1){const i=e.substring(r+1).replace(/_/g,"");if(i[i.length-1]==="0")t.minFractionDigits=i.length}return t},stringify:o.stringifyNumber};t.float=c;t.floatExp=l;t.floatNaN=a},873:(e,t,r)=>{var i=r(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,r,{intAsBigInt:i}){const o=e[0];if(o==="-"||o==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(i){switch(r){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return o==="-"?BigInt(-1)*t:t}const a=parseInt(e,r);return o==="-"?-1*a:a}function intStringify(e,t,r){const{value:o}=e;if(intIdentify(o)){const e=o.toString(t);return o<0?"-"+r+e.substr(1):r+e}return i.stringifyNumber(e)}const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,r)=>intResolve(e,2,2,r),stringify:e=>intStringify(e,2,"0b")};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,r)=>intResolve(e,1,8,r),stringify:e=>intStringify(e,8,"0")};const l={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:i.stringifyNumber};const c={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=l;t.intBin=o;t.intHex=c;t.intOct=a},452:(e,t,r)=>{var i=r(1127);var o=r(3301);const a="<<";const l={identify:e=>e===a||typeof e==="symbol"&&e.description===a,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new o.Scalar(Symbol(a)),{addToJSMap:addMergeToJSMap}),stringify:()=>a};const isMergeKey=(e,t)=>(l.identify(t)||i.isScalar(t)&&(!t.type||t.type===o.Scalar.PLAIN)&&l.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===l.tag&&e.default);function addMergeToJSMap(e,t,r){const o=resolveAliasValue(e,r);if(i.isSeq(o))for(const r of o.items)mergeValue(e,t,r);else if(Array.isArray(o))for(const r of o)mergeValue(e,t,r);else mergeValue(e,t,o)}function mergeValue(e,t,r){const o=resolveAliasValue(e,r);if(!i.isMap(o))throw new Error("Merge sources must be maps or map aliases");const a=o.toJSON(null,e,Map);for(const[e,r]of a){if(t instanceof Map){if(!t.has(e))t.set(e,r)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:r,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&i.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=l},303:(e,t,r)=>{var i=r(1127);var o=r(4043);var a=r(4454);var l=r(2223);var c=r(8385);class YAMLOMap extends l.YAMLSeq{constructor(){super();this.add=a.YAMLMap.prototype.add.bind(this);this.delete=a.YAMLMap.prototype.delete.bind(this);this.get=a.YAMLMap.prototype.get.bind(this);this.has=a.YAMLMap.prototype.has.bind(this);this.set=a.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const r=new Map;if(t?.onCreate)t.onCreate(r);for(const e of this.items){let a,l;if(i.isPair(e)){a=o.toJS(e.key,"",t);l=o.toJS(e.value,a,t)}else{a=o.toJS(e,"",t)}if(r.has(a))throw new Error("Ordered maps must not include duplicate keys");r.set(a,l)}return r}static from(e,t,r){const i=c.createPairs(e,t,r);const o=new this;o.items=i.items;return o}}YAMLOMap.tag="tag:yaml.org,2002:omap";const u={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const r=c.resolvePairs(e,t);const o=[];for(const{key:e}of r.items){if(i.isScalar(e)){if(o.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{o.push(e.value)}}}return Object.assign(new YAMLOMap,r)},createNode:(e,t,r)=>YAMLOMap.from(e,t,r)};t.YAMLOMap=YAMLOMap;t.omap=u},8385:(e,t,r)=>{var i=r(1127);var o=r(7165);var a=r(3301);var l=r(2223);function resolvePairs(e,t){if(i.isSeq(e)){for(let r=0;r<e.items.length;++r){let l=e.items[r];if(i.isPair(l))continue;else if(i.isMap(l)){if(l.items.length>1)t("Each pair must have its own sequence indicator");const e=l.items[0]||new o.Pair(new a.Scalar(null));if(l.commentBefore)e.key.commentBefore=e.key.commentBefore?`${l.commentBefore}\n${e.key.commentBefore}`:l.commentBefore;if(l.comment){const t=e.value??e.key;t.comment=t.comment?`${l.comment}\n${t.comment}`:l.comment}l=e}e.items[r]=i.isPair(l)?l:new o.Pair(l)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,r){const{replacer:i}=r;const a=new l.YAMLSeq(e);a.tag="tag:yaml.org,2002:pairs";let c=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof i==="function")e=i.call(t,String(c++),e);let l,u;if(Array.isArray(e)){if(e.length===2){l=e[0];u=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){l=t[0];u=e[l]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{l=e}a.items.push(o.createPair(l,u,r))}return a}const c={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=c;t.resolvePairs=resolvePairs},5913:(e,t,r)=>{var i=r(7451);var o=r(3632);var a=r(1706);var l=r(6464);var c=r(6083);var u=r(8398);var f=r(5782);var p=r(873);var h=r(452);var d=r(303);var m=r(8385);var v=r(1528);var y=r(6752);const b=[i.map,a.seq,l.string,o.nullTag,u.trueTag,u.falseTag,p.intBin,p.intOct,p.int,p.intHex,f.floatNaN,f.floatExp,f.float,c.binary,h.merge,d.omap,m.pairs,v.set,y.intTime,y.floatTime,y.timestamp];t.schema=b},1528:(e,t,r)=>{var i=r(1127);var o=r(7165);var a=r(4454);class YAMLSet extends a.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(i.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new o.Pair(e.key,null);else t=new o.Pair(e,null);const r=a.findPair(this.items,t.key);if(!r)this.items.push(t)}get(e,t){const r=a.findPair(this.items,e);return!t&&i.isPair(r)?i.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const r=a.findPair(this.items,e);if(r&&!t){this.items.splice(this.items.indexOf(r),1)}else if(!r&&t){this.items.push(new o.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,r);else throw new Error("Set items must all have null values")}static from(e,t,r){const{replacer:i}=r;const a=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof i==="function")e=i.call(t,e,e);a.items.push(o.createPair(e,null,r))}return a}}YAMLSet.tag="tag:yaml.org,2002:set";const l={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,r)=>YAMLSet.from(e,t,r),resolve(e,t){if(i.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=l},6752:(e,t,r)=>{var i=r(8689);function parseSexagesimal(e,t){const r=e[0];const i=r==="-"||r==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const o=i.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return r==="-"?num(-1)*o:o}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return i.stringifyNumber(e);let r="";if(t<0){r="-";t*=num(-1)}const o=num(60);const a=[t%o];if(t<60){a.unshift(0)}else{t=(t-a[0])/o;a.unshift(t%o);if(t>=60){t=(t-a[0])/o;a.unshift(t)}}return r+a.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const o={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:r})=>parseSexagesimal(e,r),stringify:stringifySexagesimal};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const l={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(l.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,r,i,o,a,c,u]=t.map(Number);const f=t[7]?Number((t[7]+"00").substr(1,3)):0;let p=Date.UTC(r,i-1,o,a||0,c||0,u||0,f);const h=t[8];if(h&&h!=="Z"){let e=parseSexagesimal(h,false);if(Math.abs(e)<30)e*=60;p-=6e4*e}return new Date(p)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=a;t.intTime=o;t.timestamp=l},4475:(e,t)=>{const r="flow";const i="block";const o="quoted";function foldFlowLines(e,t,r="flow",{indentAtStart:a,lineWidth:l=80,minContentWidth:c=20,onFold:u,onOverflow:f}={}){if(!l||l<0)return e;if(l<c)c=0;const p=Math.max(1+c,1+l-t.length);if(e.length<=p)return e;const h=[];const d={};let m=l-t.length;if(typeof a==="number"){if(a>l-Math.max(2,c))h.push(0);else m=l-a}let v=undefined;let y=undefined;let b=false;let w=-1;let x=-1;let $=-1;if(r===i){w=consumeMoreIndentedLines(e,w,t.length);if(w!==-1)m=w+p}for(let a;a=e[w+=1];){if(r===o&&a==="\\"){x=w;switch(e[w+1]){case"x":w+=3;break;case"u":w+=5;break;case"U":w+=9;break;default:w+=1}$=w}if(a==="\n"){if(r===i)w=consumeMoreIndentedLines(e,w,t.length);m=w+t.length+p;v=undefined}else{if(a===" "&&y&&y!==" "&&y!=="\n"&&y!=="\t"){const t=e[w+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")v=w}if(w>=m){if(v){h.push(v);m=v+p;v=undefined}else if(r===o){while(y===" "||y==="\t"){y=a;a=e[w+=1];b=true}const t=w>$+1?w-2:x-1;if(d[t])return e;h.push(t);d[t]=true;m=t+p;v=undefined}else{b=true}}}y=a}if(b&&f)f();if(h.length===0)return e;if(u)u();let S=e.slice(0,h[0]);for(let i=0;i<h.length;++i){const a=h[i];const l=h[i+1]||e.length;if(a===0)S=`\n${t}${e.slice(0,l)}`;else{if(r===o&&d[a])S+=`${e[a]}\\`;S+=`\n${t}${e.slice(a+1,l)}`}}return S}function consumeMoreIndentedLines(e,t,r){let i=t;let o=t+1;let a=e[o];while(a===" "||a==="\t"){if(t<o+r){a=e[++t]}else{do{a=e[++t]}while(a&&a!=="\n");i=t;o=t+1;a=e[o]}}return i}t.FOLD_BLOCK=i;t.FOLD_FLOW=r;t.FOLD_QUOTED=o;t.foldFlowLines=foldFlowLines},9767:(e,t,r)=>{var i=r(1596);var o=r(1127);var a=r(9799);var l=r(3069);function createStringifyContext(e,t){const r=Object.assign({blockQuote:true,commentString:a.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let i;switch(r.collectionStyle){case"block":i=false;break;case"flow":i=true;break;default:i=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent==="number"?" ".repeat(r.indent):"  ",inFlow:i,options:r}}function getTagObject(e,t){if(t.tag){const r=e.filter(e=>e.tag===t.tag);if(r.length>0)return r.find(e=>e.format===t.format)??r[0]}let r=undefined;let i;if(o.isScalar(t)){i=t.value;let o=e.filter(e=>e.identify?.(i));if(o.length>1){const e=o.filter(e=>e.test);if(e.length>0)o=e}r=o.find(e=>e.format===t.format)??o.find(e=>!e.format)}else{i=t;r=e.find(e=>e.nodeClass&&i instanceof e.nodeClass)}if(!r){const e=i?.constructor?.name??(i===null?"null":typeof i);throw new Error(`Tag not resolved for ${e} value`)}return r}function stringifyProps(e,t,{anchors:r,doc:a}){if(!a.directives)return"";const l=[];const c=(o.isScalar(e)||o.isCollection(e))&&e.anchor;if(c&&i.anchorIsValid(c)){r.add(c);l.push(`&${c}`)}const u=e.tag??(t.default?null:t.tag);if(u)l.push(a.directives.tagString(u));return l.join(" ")}function stringify(e,t,r,i){if(o.isPair(e))return e.toString(t,r,i);if(o.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let a=undefined;const c=o.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>a=e});a??(a=getTagObject(t.doc.schema.tags,c));const u=stringifyProps(c,a,t);if(u.length>0)t.indentAtStart=(t.indentAtStart??0)+u.length+1;const f=typeof a.stringify==="function"?a.stringify(c,t,r,i):o.isScalar(c)?l.stringifyString(c,t,r,i):c.toString(t,r,i);if(!u)return f;return o.isScalar(c)||f[0]==="{"||f[0]==="["?`${u} ${f}`:`${u}\n${t.indent}${f}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},1212:(e,t,r)=>{var i=r(1127);var o=r(9767);var a=r(9799);function stringifyCollection(e,t,r){const i=t.inFlow??e.flow;const o=i?stringifyFlowCollection:stringifyBlockCollection;return o(e,t,r)}function stringifyBlockCollection({comment:e,items:t},r,{blockItemPrefix:l,flowChars:c,itemIndent:u,onChompKeep:f,onComment:p}){const{indent:h,options:{commentString:d}}=r;const m=Object.assign({},r,{indent:u,type:null});let v=false;const y=[];for(let e=0;e<t.length;++e){const c=t[e];let f=null;if(i.isNode(c)){if(!v&&c.spaceBefore)y.push("");addCommentBefore(r,y,c.commentBefore,v);if(c.comment)f=c.comment}else if(i.isPair(c)){const e=i.isNode(c.key)?c.key:null;if(e){if(!v&&e.spaceBefore)y.push("");addCommentBefore(r,y,e.commentBefore,v)}}v=false;let p=o.stringify(c,m,()=>f=null,()=>v=true);if(f)p+=a.lineComment(p,u,d(f));if(v&&f)v=false;y.push(l+p)}let b;if(y.length===0){b=c.start+c.end}else{b=y[0];for(let e=1;e<y.length;++e){const t=y[e];b+=t?`\n${h}${t}`:"\n"}}if(e){b+="\n"+a.indentComment(d(e),h);if(p)p()}else if(v&&f)f();return b}function stringifyFlowCollection({items:e},t,{flowChars:r,itemIndent:l}){const{indent:c,indentStep:u,flowCollectionPadding:f,options:{commentString:p}}=t;l+=u;const h=Object.assign({},t,{indent:l,inFlow:true,type:null});let d=false;let m=0;const v=[];for(let r=0;r<e.length;++r){const c=e[r];let u=null;if(i.isNode(c)){if(c.spaceBefore)v.push("");addCommentBefore(t,v,c.commentBefore,false);if(c.comment)u=c.comment}else if(i.isPair(c)){const e=i.isNode(c.key)?c.key:null;if(e){if(e.spaceBefore)v.push("");addCommentBefore(t,v,e.commentBefore,false);if(e.comment)d=true}const r=i.isNode(c.value)?c.value:null;if(r){if(r.comment)u=r.comment;if(r.commentBefore)d=true}else if(c.value==null&&e?.comment){u=e.comment}}if(u)d=true;let f=o.stringify(c,h,()=>u=null);d||(d=v.length>m||f.includes("\n"));if(r<e.length-1){f+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){d||(d=v.reduce((e,t)=>e+t.length+2,2)+(f.length+2)>t.options.lineWidth)}if(d){f+=","}}if(u)f+=a.lineComment(f,l,p(u));v.push(f);m=v.length}const{start:y,end:b}=r;if(v.length===0){return y+b}else{if(!d){const e=v.reduce((e,t)=>e+t.length+2,2);d=t.options.lineWidth>0&&e>t.options.lineWidth}if(d){let e=y;for(const t of v)e+=t?`\n${u}${c}${t}`:"\n";return`${e}\n${c}${b}`}else{return`${y}${f}${v.join(" ")}${f}${b}`}}}function addCommentBefore({indent:e,options:{commentString:t}},r,i,o){if(i&&o)i=i.replace(/^\n+/,"");if(i){const o=a.indentComment(t(i),e);r.push(o.trimStart())}}t.stringifyCollection=stringifyCollection},9799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,r)=>e.endsWith("\n")?indentComment(r,t):r.includes("\n")?"\n"+indentComment(r,t):(e.endsWith(" ")?"":" ")+r;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,r)=>{var i=r(1127);var o=r(9767);var a=r(9799);function stringifyDocument(e,t){const r=[];let l=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){r.push(t);l=true}else if(e.directives.docStart)l=true}if(l)r.push("---");const c=o.createStringifyContext(e,t);const{commentString:u}=c.options;if(e.commentBefore){if(r.length!==1)r.unshift("");const t=u(e.commentBefore);r.unshift(a.indentComment(t,""))}let f=false;let p=null;if(e.contents){if(i.isNode(e.contents)){if(e.contents.spaceBefore&&l)r.push("");if(e.contents.commentBefore){const t=u(e.contents.commentBefore);r.push(a.indentComment(t,""))}c.forceBlockIndent=!!e.comment;p=e.contents.comment}const t=p?undefined:()=>f=true;let h=o.stringify(e.contents,c,()=>p=null,t);if(p)h+=a.lineComment(h,"",u(p));if((h[0]==="|"||h[0]===">")&&r[r.length-1]==="---"){r[r.length-1]=`--- ${h}`}else r.push(h)}else{r.push(o.stringify(e.contents,c))}if(e.directives?.docEnd){if(e.comment){const t=u(e.comment);if(t.includes("\n")){r.push("...");r.push(a.indentComment(t,""))}else{r.push(`... ${t}`)}}else{r.push("...")}}else{let t=e.comment;if(t&&f)t=t.replace(/^\n+/,"");if(t){if((!f||p)&&r[r.length-1]!=="")r.push("");r.push(a.indentComment(u(t),""))}}return r.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},8689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:r,value:i}){if(typeof i==="bigint")return String(i);const o=typeof i==="number"?i:Number(i);if(!isFinite(o))return isNaN(o)?".nan":o<0?"-.inf":".inf";let a=Object.is(i,-0)?"-0":JSON.stringify(i);if(!e&&t&&(!r||r==="tag:yaml.org,2002:float")&&/^-?\d/.test(a)&&!a.includes("e")){let e=a.indexOf(".");if(e<0){e=a.length;a+="."}let r=t-(a.length-e-1);while(r-- >0)a+="0"}return a}t.stringifyNumber=stringifyNumber},9748:(e,t,r)=>{var i=r(1127);var o=r(3301);var a=r(9767);var l=r(9799);function stringifyPair({key:e,value:t},r,c,u){const{allNullValues:f,doc:p,indent:h,indentStep:d,options:{commentString:m,indentSeq:v,simpleKeys:y}}=r;let b=i.isNode(e)&&e.comment||null;if(y){if(b){throw new Error("With simple keys, key nodes cannot have comments")}if(i.isCollection(e)||!i.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let w=!y&&(!e||b&&t==null&&!r.inFlow||i.isCollection(e)||(i.isScalar(e)?e.type===o.Scalar.BLOCK_FOLDED||e.type===o.Scalar.BLOCK_LITERAL:typeof e==="object"));r=Object.assign({},r,{allNullValues:false,implicitKey:!w&&(y||!f),indent:h+d});let x=false;let $=false;let S=a.stringify(e,r,()=>x=true,()=>$=true);if(!w&&!r.inFlow&&S.length>1024){if(y)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");w=true}if(r.inFlow){if(f||t==null){if(x&&c)c();return S===""?"?":w?`? ${S}`:S}}else if(f&&!y||t==null&&w){S=`? ${S}`;if(b&&!x){S+=l.lineComment(S,r.indent,m(b))}else if($&&u)u();return S}if(x)b=null;if(w){if(b)S+=l.lineComment(S,r.indent,m(b));S=`? ${S}\n${h}:`}else{S=`${S}:`;if(b)S+=l.lineComment(S,r.indent,m(b))}let k,_,A;if(i.isNode(t)){k=!!t.spaceBefore;_=t.commentBefore;A=t.comment}else{k=false;_=null;A=null;if(t&&typeof t==="object")t=p.createNode(t)}r.implicitKey=false;if(!w&&!b&&i.isScalar(t))r.indentAtStart=S.length+1;$=false;if(!v&&d.length>=2&&!r.inFlow&&!w&&i.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){r.indent=r.indent.substring(2)}let N=false;const E=a.stringify(t,r,()=>N=true,()=>$=true);let T=" ";if(b||k||_){T=k?"\n":"";if(_){const e=m(_);T+=`\n${l.indentComment(e,r.indent)}`}if(E===""&&!r.inFlow){if(T==="\n"&&A)T="\n\n"}else{T+=`\n${r.indent}`}}else if(!w&&i.isCollection(t)){const e=E[0];const i=E.indexOf("\n");const o=i!==-1;const a=r.inFlow??t.flow??t.items.length===0;if(o||!a){let t=false;if(o&&(e==="&"||e==="!")){let r=E.indexOf(" ");if(e==="&"&&r!==-1&&r<i&&E[r+1]==="!"){r=E.indexOf(" ",r+1)}if(r===-1||i<r)t=true}if(!t)T=`\n${r.indent}`}}else if(E===""||E[0]==="\n"){T=""}S+=T+E;if(r.inFlow){if(N&&c)c()}else if(A&&!N){S+=l.lineComment(S,r.indent,m(A))}else if($&&u){u()}return S}t.stringifyPair=stringifyPair},3069:(e,t,r)=>{var i=r(3301);var o=r(4475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,r){if(!t||t<0)return false;const i=t-r;const o=e.length;if(o<=i)return false;for(let t=0,r=0;t<o;++t){if(e[t]==="\n"){if(t-r>i)return true;r=t+1;if(o-r<=i)return false}}return true}function doubleQuotedString(e,t){const r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;const{implicitKey:i}=t;const a=t.options.doubleQuotedMinMultiLineLength;const l=t.indent||(containsDocumentMarker(e)?"  ":"");let c="";let u=0;for(let e=0,t=r[e];t;t=r[++e]){if(t===" "&&r[e+1]==="\\"&&r[e+2]==="n"){c+=r.slice(u,e)+"\\ ";e+=1;u=e;t="\\"}if(t==="\\")switch(r[e+1]){case"u":{c+=r.slice(u,e);const t=r.substr(e+2,4);switch(t){case"0000":c+="\\0";break;case"0007":c+="\\a";break;case"000b":c+="\\v";break;case"001b":c+="\\e";break;case"0085":c+="\\N";break;case"00a0":c+="\\_";break;case"2028":c+="\\L";break;case"2029":c+="\\P";break;default:if(t.substr(0,2)==="00")c+="\\x"+t.substr(2);else c+=r.substr(e,6)}e+=5;u=e+1}break;case"n":if(i||r[e+2]==='"'||r.length<a){e+=1}else{c+=r.slice(u,e)+"\n\n";while(r[e+2]==="\\"&&r[e+3]==="n"&&r[e+4]!=='"'){c+="\n";e+=2}c+=l;if(r[e+2]===" ")c+="\\";e+=1;u=e+1}break;default:e+=1}}c=u?c+r.slice(u):r;return i?c:o.foldFlowLines(c,l,o.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const r=t.indent||(containsDocumentMarker(e)?"  ":"");const i="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${r}`)+"'";return t.implicitKey?i:o.foldFlowLines(i,r,o.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:r}=t.options;let i;if(r===false)i=doubleQuotedString;else{const t=e.includes('"');const o=e.includes("'");if(t&&!o)i=singleQuotedString;else if(o&&!t)i=doubleQuotedString;else i=r?singleQuotedString:doubleQuotedString}return i(e,t)}let a;try{a=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{a=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:r},l,c,u){const{blockQuote:f,commentString:p,lineWidth:h}=l.options;if(!f||/\n[\t ]+$/.test(r)){return quotedString(r,l)}const d=l.indent||(l.forceBlockIndent||containsDocumentMarker(r)?"  ":"");const m=f==="literal"?true:f==="folded"||t===i.Scalar.BLOCK_FOLDED?false:t===i.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(r,h,d.length);if(!r)return m?"|\n":">\n";let v;let y;for(y=r.length;y>0;--y){const e=r[y-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let b=r.substring(y);const w=b.indexOf("\n");if(w===-1){v="-"}else if(r===b||w!==b.length-1){v="+";if(u)u()}else{v=""}if(b){r=r.slice(0,-b.length);if(b[b.length-1]==="\n")b=b.slice(0,-1);b=b.replace(a,`$&${d}`)}let x=false;let $;let S=-1;for($=0;$<r.length;++$){const e=r[$];if(e===" ")x=true;else if(e==="\n")S=$;else break}let k=r.substring(0,S<$?S+1:$);if(k){r=r.substring(k.length);k=k.replace(/\n+/g,`$&${d}`)}const _=d?"2":"1";let A=(x?_:"")+v;if(e){A+=" "+p(e.replace(/ ?[\r\n]+/g," "));if(c)c()}if(!m){const e=r.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${d}`);let a=false;const c=getFoldOptions(l,true);if(f!=="folded"&&t!==i.Scalar.BLOCK_FOLDED){c.onOverflow=()=>{a=true}}const u=o.foldFlowLines(`${k}${e}${b}`,d,o.FOLD_BLOCK,c);if(!a)return`>${A}\n${d}${u}`}r=r.replace(/\n+/g,`$&${d}`);return`|${A}\n${d}${k}${r}${b}`}function plainString(e,t,r,a){const{type:l,value:c}=e;const{actualString:u,implicitKey:f,indent:p,indentStep:h,inFlow:d}=t;if(f&&c.includes("\n")||d&&/[[\]{},]/.test(c)){return quotedString(c,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(c)){return f||d||!c.includes("\n")?quotedString(c,t):blockString(e,t,r,a)}if(!f&&!d&&l!==i.Scalar.PLAIN&&c.includes("\n")){return blockString(e,t,r,a)}if(containsDocumentMarker(c)){if(p===""){t.forceBlockIndent=true;return blockString(e,t,r,a)}else if(f&&p===h){return quotedString(c,t)}}const m=c.replace(/\n+/g,`$&\n${p}`);if(u){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(m);const{compat:e,tags:r}=t.doc.schema;if(r.some(test)||e?.some(test))return quotedString(c,t)}return f?m:o.foldFlowLines(m,p,o.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,r,o){const{implicitKey:a,inFlow:l}=t;const c=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:u}=e;if(u!==i.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(c.value))u=i.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case i.Scalar.BLOCK_FOLDED:case i.Scalar.BLOCK_LITERAL:return a||l?quotedString(c.value,t):blockString(c,t,r,o);case i.Scalar.QUOTE_DOUBLE:return doubleQuotedString(c.value,t);case i.Scalar.QUOTE_SINGLE:return singleQuotedString(c.value,t);case i.Scalar.PLAIN:return plainString(c,t,r,o);default:return null}};let f=_stringify(u);if(f===null){const{defaultKeyType:e,defaultStringType:r}=t.options;const i=a&&e||r;f=_stringify(i);if(f===null)throw new Error(`Unsupported default string type ${i}`)}return f}t.stringifyString=stringifyString},204:(e,t,r)=>{var i=r(1127);const o=Symbol("break visit");const a=Symbol("skip children");const l=Symbol("remove node");function visit(e,t){const r=initVisitor(t);if(i.isDocument(e)){const t=visit_(null,e.contents,r,Object.freeze([e]));if(t===l)e.contents=null}else visit_(null,e,r,Object.freeze([]))}visit.BREAK=o;visit.SKIP=a;visit.REMOVE=l;function visit_(e,t,r,a){const c=callVisitor(e,t,r,a);if(i.isNode(c)||i.isPair(c)){replaceNode(e,a,c);return visit_(e,c,r,a)}if(typeof c!=="symbol"){if(i.isCollection(t)){a=Object.freeze(a.concat(t));for(let e=0;e<t.items.length;++e){const i=visit_(e,t.items[e],r,a);if(typeof i==="number")e=i-1;else if(i===o)return o;else if(i===l){t.items.splice(e,1);e-=1}}}else if(i.isPair(t)){a=Object.freeze(a.concat(t));const e=visit_("key",t.key,r,a);if(e===o)return o;else if(e===l)t.key=null;const i=visit_("value",t.value,r,a);if(i===o)return o;else if(i===l)t.value=null}}return c}async function visitAsync(e,t){const r=initVisitor(t);if(i.isDocument(e)){const t=await visitAsync_(null,e.contents,r,Object.freeze([e]));if(t===l)e.contents=null}else await visitAsync_(null,e,r,Object.freeze([]))}visitAsync.BREAK=o;visitAsync.SKIP=a;visitAsync.REMOVE=l;async function visitAsync_(e,t,r,a){const c=await callVisitor(e,t,r,a);if(i.isNode(c)||i.isPair(c)){replaceNode(e,a,c);return visitAsync_(e,c,r,a)}if(typeof c!=="symbol"){if(i.isCollection(t)){a=Object.freeze(a.concat(t));for(let e=0;e<t.items.length;++e){const i=await visitAsync_(e,t.items[e],r,a);if(typeof i==="number")e=i-1;else if(i===o)return o;else if(i===l){t.items.splice(e,1);e-=1}}}else if(i.isPair(t)){a=Object.freeze(a.concat(t));const e=await visitAsync_("key",t.key,r,a);if(e===o)return o;else if(e===l)t.key=null;const i=await visitAsync_("value",t.value,r,a);if(i===o)return o;else if(i===l)t.value=null}}return c}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,r,o){if(typeof r==="function")return r(e,t,o);if(i.isMap(t))return r.Map?.(e,t,o);if(i.isSeq(t))return r.Seq?.(e,t,o);if(i.isPair(t))return r.Pair?.(e,t,o);if(i.isScalar(t))return r.Scalar?.(e,t,o);if(i.isAlias(t))return r.Alias?.(e,t,o);return undefined}function replaceNode(e,t,r){const o=t[t.length-1];if(i.isCollection(o)){o.items[e]=r}else if(i.isPair(o)){if(e==="key")o.key=r;else o.value=r}else if(i.isDocument(o)){o.contents=r}else{const e=i.isAlias(o)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},7994:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var t={};function __nccwpck_require__(r){var i=t[r];if(i!==undefined){return i.exports}var o=t[r]={exports:{}};var a=true;try{e[r](o,o.exports,__nccwpck_require__);a=false}finally{if(a)delete t[r]}return o.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=__dirname+"/";(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{var e=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__;var t;__nccwpck_require__.t=function(r,i){if(i&1)r=this(r);if(i&8)return r;if(typeof r==="object"&&r){if(i&4&&r.__esModule)return r;if(i&16&&typeof r.then==="function")return r}var o=Object.create(null);__nccwpck_require__.r(o);var a={};t=t||[null,e({}),e([]),e(e)];for(var l=i&2&&r;typeof l=="object"&&!~t.indexOf(l);l=e(l)){Object.getOwnPropertyNames(l).forEach(e=>a[e]=()=>r[e])}a["default"]=()=>r;__nccwpck_require__.d(o,a);return o}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var r in t){if(__nccwpck_require__.o(t,r)&&!__nccwpck_require__.o(e,r)){Object.defineProperty(e,r,{enumerable:true,get:t[r]})}}}})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();var r={};__nccwpck_require__.r(r);var i=__nccwpck_require__(7992);const o=process.argv.slice(2);if(o.length===1&&(o[0]==="--version"||o[0]==="-V")){process.stdout.write(`flamegate ${i.x}\n`)}else{const{main:e}=__nccwpck_require__(5670);void e(o).then(e=>{process.exitCode=e;process.stdout.write("",()=>process.stderr.write("",()=>process.exit(e)))})}module.exports=r})();