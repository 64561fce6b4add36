#!/usr/bin/env node
(()=>{"use strict";var e={8787:(e,t,r)=>{
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
var s=r(3742);e.exports=s},3742:e=>{
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
function filled(e,t){var r;var s;r=[];for(s=0;s<t;s++){r.push(e)}return r}e.exports=filled},1830:(e,t,r)=>{
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
var s=r(1401);e.exports=s},1401:(e,t,r)=>{
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
var s=r(8787);function zeros(e){return s(0,e)}e.exports=zeros},9979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9714);var i=r(5878);var o=r(8520);var a;if(s()){a=i}else{a=o}e.exports=a},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(5613);var i=r(3405);var o=r(523);var a;if(s()){a=i}else{a=o}e.exports=a},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(4171);var i=r(2399);var o=r(3689);var a;if(s()){a=i}else{a=o}e.exports=a},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(4246);var i=r(8570);var o=r(7540);var a;if(s()){a=i}else{a=o}e.exports=a},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(6405);e.exports=s},6405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(910);var i=r(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=new i([1,3.14,-3.14,NaN]);e=s(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3103);e.exports=s},3103:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3595);function hasGeneratorSupport(){var e;try{s('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},1907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4270);e.exports=s},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(166);e.exports=s},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(6284);e.exports=s},6284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5547);var i=s();function hasToStringTagSupport(){return i&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2364);e.exports=s},2364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3599);var i=r(6653);var o=r(5929);function hasUint16ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new o(t);e=s(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(8950);e.exports=s},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3209);var i=r(8035);var o=r(2709);function hasUint32ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new o(t);e=s(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(249);e.exports=s},249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(228);var i=r(2732);var o=r(5545);function hasUint8ArraySupport(){var e;var t;if(typeof o!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new o(t);e=s(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(7439);e.exports=s},7439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(547);var i=typeof Float64Array==="function";function isFloat64Array(e){return i&&e instanceof Float64Array||s(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5183);var i=r(4826);var o={uint16:i,uint8:s};e.exports=o},347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7158);e.exports=s},7158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7604);var i;function isLittleEndian(){var e;var t;e=new s["uint16"](1);e[0]=4660;t=new s["uint8"](e.buffer);return t[0]===52}i=isLittleEndian();e.exports=i},3599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2394);e.exports=s},2394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(547);var i=typeof Uint16Array==="function";function isUint16Array(e){return i&&e instanceof Uint16Array||s(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(8168);e.exports=s},8168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(547);var i=typeof Uint32Array==="function";function isUint32Array(e){return i&&e instanceof Uint32Array||s(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7755);e.exports=s},7755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(547);var i=typeof Uint8Array==="function";function isUint8Array(e){return i&&e instanceof Uint8Array||s(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(4241);var i=s.NEGATIVE_INFINITY;e.exports=i},1277:e=>{
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
var s=r(4209);e.exports=s},4209:e=>{
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
var s=r(8085);e.exports=s},8085:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2804);function isEven(e){return s(e/2)}e.exports=isEven},7234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(661);e.exports=s},661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(469);var i=r(1475);function isInfinite(e){return e===s||e===i}e.exports=isInfinite},2804:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3835);e.exports=s},3835:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2334);function isInteger(e){return s(e)===e}e.exports=isInteger},6523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9382);e.exports=s},9382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(8121);e.exports=s},8121:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1475);function isNegativeZero(e){return e===0&&1/e===s}e.exports=isNegativeZero},7687:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9106);e.exports=s},9106:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(530);function isOdd(e){if(e>0){return s(e-1)}return s(e+1)}e.exports=isOdd},866:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7685);e.exports=s},7685:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(469);function isPositiveZero(e){return e===0&&1/e===s}e.exports=isPositiveZero},6260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6443);e.exports=s},6443:e=>{
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
var s=r(7841);e.exports=s},7841:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(5478);var o=r(6862);var a=r(7947);var l=r(35);var c=6123233995736766e-32;function asin(e){var t;var r;var u;var f;var p;if(s(e)){return NaN}if(e>0){u=e}else{t=true;u=-e}if(u>1){return NaN}if(u>.625){r=1-u;f=r*l(r);r=i(r+r);p=o-r;r=r*f-c;p-=r;p+=o}else{if(u<1e-8){return e}r=u*u;p=r*a(r);p=u*p+u}return t?-p:p}e.exports=asin},7947:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));s=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));s=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return r/s}e.exports=evalrational},35:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));s=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));s=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return r/s}e.exports=evalrational},1354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1165);e.exports=s},9530:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));s=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));s=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/s}e.exports=evalrational},1165:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(7260);var o=r(5478);var a=r(6260);var l=r(1851);var c=r(6310);var u=r(45);var f=r(5088);var p=r(9530);var h=10.900511;function beta(e,t){var r;var d;var m;var v;var y;var b;var w;if(s(e)||s(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}w=e+t;if(w<f){y=w/e;y/=t;return y}if(w===e&&t<f){return 1/t}if(w===t&&e<f){return 1/e}if(e<t){b=t;t=e;e=b}d=e+h-.5;m=t+h-.5;v=w+h-.5;y=p(e)*(p(t)/p(w));r=e-.5-t;if(a(t*r)<v*100&&e>100){y*=l(r*i(-t/v))}else{y*=c(d/v,r)}if(v>1e10){y*=c(d/v*(m/v),t)}else{y*=c(d*m/(v*v),t)}y*=o(u/m);return y}e.exports=beta},9986:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4757);e.exports=s},4757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9818).assign;function betainc(e,t,r,i,o){var a=[0,0];i=i===false?false:true;o=o===true?true:false;s(e,t,r,i,o,a,1,0);return a[0]}e.exports=betainc},7548:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7811);e.exports=s},7811:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6622);var i=r(469);var o=r(2804);var a=r(6523);var l=r(7687);var c=r(2334);var u=r(4370);function binomcoef(e,t){var r;var f;var p;var h;var d;var m;var v;if(a(e)||a(t)){return NaN}if(!o(e)||!o(t)){return NaN}if(t<0){return 0}f=1;if(e<0){e=-e+t-1;if(l(t)){f*=-1}}if(t>e){return 0}if(t===0||t===e){return f}if(t===1||t===e-1){return f*e}if(e-t<t){t=e-t}v=c(s/e);r=1;for(d=1;d<=t;d++){if(r>v){break}r*=e;r/=d;e-=1}if(d>t){return f*r}p=binomcoef(e,t-d+1);if(p===i){return f*p}h=binomcoef(t,t-d+1);m=u(p,h);p/=m;h/=m;r/=h;return f*r*p}e.exports=binomcoef},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7640);e.exports=s},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(9775);e.exports=s},9775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5976);var i=r(3935);var o=r(7949);var a=r(2882);var l=r(7844);var c=[0,0];function copysign(e,t){var r;var u;o.assign(e,c,1,0);r=c[0];r&=i;u=a(t);u&=s;r|=u;return l(r,c[1])}e.exports=copysign},9191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4274);e.exports=s},4274:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2882);var i=r(1567);var o=r(186);var a=r(3982);var l=r(3935);var c=r(222);var u=[0,0];var f=1072243195|0;var p=1044381696|0;function cos(e){var t;var r;t=s(e);t&=l;if(t<=f){if(t<p){return 1}return i(e,0)}if(t>=c){return NaN}r=a(e,u);switch(r&3){case 0:return i(u[0],u[1]);case 1:return-o(u[0],u[1]);case 2:return-i(u[0],u[1]);default:return o(u[0],u[1])}}e.exports=cos},988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4387);e.exports=s},4387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(1851);var o=r(3786);var a=r(469);var l=r(1475);var c=r(8300);var u=r(8018);var f=r(675);var p=r(5266);var h=r(8925);var d=r(1332);var m=r(516);var v=r(9101);var y=1e-300;var b=13877787807814457e-33;var w=.8450629115104675;var x=.12837916709551256;var S=1;var $=-.0023621185607526594;var k=1;var _=-.009864944034847148;var A=1;var N=-.0098649429247001;var E=1;function erfc(e){var t;var r;var T;var I;var C;var O;var L;var M;if(s(e)){return NaN}if(e===a){return 0}if(e===l){return 2}if(e===0){return 1}if(e<0){t=true;r=-e}else{t=false;r=e}if(r<.84375){if(r<b){return 1-e}T=e*e;I=x+T*c(T);C=S+T*u(T);O=I/C;if(e<.25){return 1-(e+e*O)}I=e*O;I+=e-.5;return.5-I}if(r<1.25){C=r-1;L=$+C*f(C);M=k+C*p(C);if(t){return 1+w+L/M}return 1-w-L/M}if(r<28){C=1/(r*r);if(r<2.857142857142857){I=_+C*h(C);C=A+C*d(C)}else{if(e<-6){return 2-y}I=N+C*m(C);C=E+C*v(C)}T=o(r,0);I=i(-(T*T)-.5625)*i((T-r)*(T+r)+I/C);if(t){return 2-I/r}return I/r}if(t){return 2-y}return y*y}e.exports=erfc},675:e=>{
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
var s=r(3291);var i=r(1589);function expmulti(e,t,r){var o;var a;var l;var c;o=e-t;a=o*o;l=o-a*i(a);c=1-(t-o*l/(2-l)-e);return s(c,r)}e.exports=expmulti},1851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1878);e.exports=s},1878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(1262);var o=r(1475);var a=r(469);var l=r(6567);var c=.6931471803691238;var u=1.9082149292705877e-10;var f=1.4426950408889634;var p=709.782712893384;var h=-745.1332191019411;var d=1/(1<<28);var m=-d;function exp(e){var t;var r;var v;if(s(e)||e===a){return e}if(e===o){return 0}if(e>p){return a}if(e<h){return 0}if(e>m&&e<d){return 1+e}if(e<0){v=i(f*e-.5)}else{v=i(f*e+.5)}t=e-v*c;r=v*u;return l(t,r,v)}e.exports=exp},1589:e=>{
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
var s=r(6172);e.exports=s},6172:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(2882);var o=r(5990);var a=r(7844);var l=r(469);var c=r(1475);var u=r(1877);var f=r(9475);var p=r(6736);var h=709.782712893384;var d=.6931471803691238;var m=1.9082149292705877e-10;var v=1.4426950408889634;var y=38.816242111356935;var b=1.0397207708399179;function expm1(e){var t;var r;var w;var x;var S;var $;var k;var _;var A;var N;var E;var T;var I;if(e===l||s(e)){return e}if(e===c){return-1}if(e===0){return e}if(e<0){w=true;_=-e}else{w=false;_=e}if(_>=y){if(w){return-1}if(_>=h){return l}}$=i(_)|0;if(_>f){if(_<b){if(w){x=e+d;S=-m;I=-1}else{x=e-d;S=m;I=1}}else{if(w){I=v*e-.5}else{I=v*e+.5}I|=0;E=I;x=e-E*d;S=E*m}e=x-S;N=x-e-S}else if($<1016070144){return e}else{I=0}t=.5*e;A=e*t;k=1+A*p(A);E=3-k*t;T=A*((k-E)/(6-e*E));if(I===0){return e-(e*T-A)}r=a(u+I<<20,0);T=e*(T-N)-N;T-=A;if(I===-1){return.5*(e-T)-.5}if(I===1){if(e<-.25){return-2*(T-(e+.5))}return 1+2*(e-T)}if(I<=-2||I>56){_=1-(T-e);if(I===1024){x=i(_)+(I<<20)|0;_=o(_,x)}else{_*=r}return _-1}E=1;if(I<20){x=1072693248-(2097152>>I)|0;E=o(E,x);_=E-(T-e)}else{x=u-I<<20|0;E=o(E,x);_=e-(T+E);_+=1}_*=r;return _}e.exports=expm1},6736:e=>{
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
var s=r(2938);e.exports=s},2938:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6523);var i=r(2804);var o=r(905);var a=r(469);var l=r(313);var c=r(7994);function factorial(e){if(s(e)){return NaN}if(i(e)){if(e<0){return NaN}if(e<=l){return c[e]}return a}return o(e+1)}e.exports=factorial},2334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5681);e.exports=s},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(2950);var i=r(905);var o=r(7260);var a=r(6260);var l=r(1851);var c=r(6310);var u=r(5088);var f=r(45);var p=r(3822);var h=r(313);var d=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var r;var m;var v;if(e<u){if(t>=h){m=gammaDeltaRatioLanczos(t,h-t);m*=e;m*=d;return 1/m}return 1/(e*i(e+t))}v=e+p-.5;if(e+t===e){if(a(t/v)<u){r=l(-t)}else{r=1}}else{if(a(t)<10){r=l((.5-e)*o(t/v))}else{r=c(v/(v+t),e-.5)}r*=s(e)/s(e+t)}r*=c(f/(v+t),t);return r}e.exports=gammaDeltaRatioLanczos},4320:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2503);e.exports=s},2503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6260);var i=r(2334);var o=r(905);var a=r(9119);var l=r(313);var c=r(1011);function gammaDeltaRatio(e,t){var r;var u;var f;if(e<=0||e+t<=0){return o(e)/o(e+t)}u=i(t);if(u===t){f=i(e);if(f===e){if(e<=l&&e+t<=l){return a(f-1)/a(u+f-1)}}if(s(t)<20){if(t===0){return 1}if(t<0){e-=1;r=e;t+=1;while(t!==0){e-=1;r*=e;t+=1}return r}r=1/e;t-=1;while(t!==0){e+=1;r/=e;t-=1}return r}}return c(e,t)}e.exports=gammaDeltaRatio},2638:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2193);e.exports=s},2193:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(9497);e.exports=s},9497:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));s=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));s=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/s}e.exports=evalrational},2950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2185);e.exports=s},2185:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(350);e.exports=s},350:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));s=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));s=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/s}e.exports=evalrational},905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9848);e.exports=s},9848:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(2804);var o=r(3270);var a=r(6260);var l=r(2334);var c=r(1794);var u=r(469);var f=r(1475);var p=r(9701);var h=r(101);var d=r(6630);var m=r(3381);function gamma(e){var t;var r;var v;var y;if(i(e)&&e<0||e===f||s(e)){return NaN}if(e===0){if(o(e)){return f}return u}if(e>171.61447887182297){return u}if(e<-170.5674972726612){return 0}r=a(e);if(r>33){if(e>=0){return h(e)}v=l(r);if((v&1)===0){t=-1}else{t=1}y=r-v;if(y>.5){v+=1;y=r-v}y=r*c(p*y);return t*p/(a(y)*h(r))}y=1;while(e>=3){e-=1;y*=e}while(e<0){if(e>-1e-9){return d(e,y)}y/=e;e+=1}while(e<2){if(e<1e-9){return d(e,y)}y/=e;e+=1}if(e===2){return y}e-=2;return y*m(e)}e.exports=gamma},6886:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));s=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));s=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return r/s}e.exports=evalrational},6630:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2404);function gamma(e,t){return t/((1+s*e)*e)}e.exports=gamma},101:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2385);var i=r(6310);var o=r(1851);var a=r(6886);var l=143.01608;function gamma(e){var t;var r;var c;t=1/e;t=1+t*a(t);r=o(e);if(e>l){c=i(e,.5*e-.25);r=c*(c/r)}else{r=i(e,e-.5)/r}return s*r*t}e.exports=gamma},7186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7013);e.exports=s},3256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(1550);var i=r(5088);var o=r(8280);var a=r(1440);var l=r(7492);var c=.15896368026733398;var u=.5281534194946289;var f=.45201730728149414;function lgammaSmallImp(e,t,r){var p;var h;var d;var m;if(e<i){return-s(e)}if(t===0||r===0){return 0}h=0;if(e>2){if(e>=3){do{e-=1;r-=1;h+=s(e)}while(e>=3);r=e-2}d=r*(e+1);m=o(r);h+=d*c+d*m;return h}if(e<1){h+=-s(e);r=t;t=e;e+=1}if(e<=1.5){d=a(t);p=t*r;h+=p*u+p*d;return h}d=r*t;m=l(-r);h+=d*f+d*m;return h}e.exports=lgammaSmallImp},7013:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(905);var i=r(141);var o=r(7260);var a=r(6523);var l=r(3256);function gamma1pm1(e){if(a(e)){return NaN}if(e<0){if(e<-.5){return s(1+e)-1}return i(-o(e)+l(e+2,e+1,e))}if(e<2){return i(l(e+1,e,e-1))}return s(1+e)-1}e.exports=gamma1pm1},8280:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));s=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));s=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return r/s}e.exports=evalrational},1440:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));s=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));s=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return r/s}e.exports=evalrational},7492:e=>{
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
function evalrational(e){var t;var r;var s;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));s=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));s=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return r/s}e.exports=evalrational},7078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(1851);function finiteGammaQ(e,t){var r;var i;var o;var a;o=s(-t);i=o;if(i!==0){r=i;for(a=1;a<e;++a){r/=a;r*=t;i+=r}}return i}e.exports=finiteGammaQ},5120:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(988);var i=r(5478);var o=r(1851);var a=r(9701);function finiteHalfGammaQ(e,t){var r;var l;var c;var u;var f;u=s(i(t));if(u!==0&&e>1){l=o(-t)/i(a*t);l*=t;r=.5;l/=r;c=l;for(f=2;f<e;++f){l/=f-r;l*=t;c+=l}u+=c}return u}e.exports=finiteHalfGammaQ},5852:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(1851);var i=r(6310);var o=r(1550);var a=r(4193);var l=r(7999);function fullIGammaPrefix(e,t){var r;var c;c=e*o(t);if(t>=1){if(c<a&&-t>l){r=i(t,e)*s(-t)}else if(e>=1){r=i(t/s(t/e),e)}else{r=s(c-t)}}else{if(c>l){r=i(t,e)*s(-t)}else if(t/e<a){r=i(t/s(t/e),e)}else{r=s(c-t)}}return r}e.exports=fullIGammaPrefix},6144:(e,t,r)=>{
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
var s=r(2334);var i=r(905);var o=r(6260);var a=r(6310);var l=r(1550);var c=r(8159);var u=r(3424);var f=r(4193);var p=r(3781);var h=r(7078);var d=r(5120);var m=r(5852);var v=r(712);var y=r(7178);var b=r(4175);var w=r(97);var x=r(386);function igammaFinal(e,t,r,S){var $;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var R;T=0;I=S;E=t<30&&t<=e+1&&e<f;if(E){P=s(t);C=P===t;_=C?false:o(P-t)===.5}else{C=false;_=false}if(C&&e>.6){I=!I;k=0}else if(_&&e>.2){I=!I;k=1}else if(e<c&&t>1){k=6}else if(e>1e3&&(t<e||o(t-50)/e<1)){I=!I;k=7}else if(e<.5){if(-.4/l(e)<t){k=2}else{k=3}}else if(e<1.1){if(e*.75<t){k=2}else{k=3}}else{N=false;if(r&&t>20){O=o((e-t)/t);if(t>200){if(20/t>O*O){N=true}}else if(O<.4){N=true}}if(N){k=5}else if(e-1/(3*e)<t){k=2}else{k=4;I=!I}}switch(k){case 0:T=h(t,e);if(r===false){T*=i(t)}break;case 1:T=d(t,e);if(r===false){T*=i(t)}break;case 2:T=r?b(t,e):m(t,e);if(T!==0){A=0;$=false;if(I){A=r?1:i(t);if(r||T>=1||u*T>A){A/=T;if(r||t<1||u/t>A){A*=-t;$=true}else{A=0}}else{A=0}}T*=y(t,e,A)/t;if($){I=false;T=-T}}break;case 3:I=!I;L=w(t,e,I);T=L[0];R=L[1];I=false;if(r){T/=R}break;case 4:T=r?b(t,e):m(t,e);if(T!==0){T*=x(t,e)}break;case 5:T=v(t,e);if(e>=t){I=!I}break;case 6:T=r?a(e,t)/i(t+1):a(e,t)/t;T*=1-t*e/(t+1);break;case 7:T=r?b(t,e):m(t,e);T/=e;if(T!==0){T*=p(t,e)}break}if(r&&T>1){T=1}if(I){M=r?1:i(t);T=M-T}return T}e.exports=igammaFinal},712:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2096);var i=r(5430);var o=r(988);var a=r(5478);var l=r(1851);var c=r(4739);var u=r(4410);var f=r(5273);var p=r(736);var h=r(8135);var d=r(6870);var m=r(7589);var v=r(3164);var y=r(8099);var b=r(9413);var w=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var r;var x;var S;var $;var k;x=(t-e)/e;S=-i(x);$=e*S;k=a(2*S);if(t<e){k=-k}w[0]=u(k);w[1]=f(k);w[2]=p(k);w[3]=h(k);w[4]=d(k);w[5]=m(k);w[6]=v(k);w[7]=y(k);w[8]=b(k);w[9]=-.0005967612901927463;r=s(w,1/e);r*=l(-$)/a(c*e);if(t<e){r=-r}r+=o(a($))/2;return r}e.exports=igammaTemmeLarge},5479:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3218);e.exports=s},7178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6491);var i=r(3027);function lowerGammaSeries(e,t,r){var o;var a;r=r||0;a=i(e,t);o=s(a,{initialValue:r});return o}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function lowerIncompleteGammaSeries(e,t){var r=1;var s=e;var i=t;return next;function next(){var e=r;s+=1;r*=i/s;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(7711);var i=r(1851);var o=r(1550);var a=r(2385);var l=r(4193);var c=r(469);var u=r(313);var f=r(6144);var p=r(7178);var h=r(386);function gammainc(e,t,r,d){var m;var v;var y;var b;if(e<0||t<=0){return NaN}m=r===void 0?true:r;y=d;if(t>=u&&!m){if(y&&t*4<e){b=t*o(e)-e;b+=o(h(t,e))}else if(!y&&t>4*e){b=t*o(e)-e;v=0;b+=o(p(t,e,v)/t)}else{b=f(e,t,true,y);if(b===0){if(y){b=1+1/(12*t)+1/(288*t*t);b=o(b)-t+(t-.5)*o(t);b+=o(a)}else{b=t*o(e)-e;v=0;b+=o(p(t,e,v)/t)}}else{b=o(b)+s(t)}}if(b>l){return c}return i(b)}return f(e,t,m,y)}e.exports=gammainc},4410:e=>{
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
var s=r(2638);var i=r(7711);var o=r(905);var a=r(5430);var l=r(5478);var c=r(6260);var u=r(1851);var f=r(6310);var p=r(2974);var h=r(8008);var d=r(1550);var m=r(3424);var v=r(4193);var y=r(7999);var b=r(3822);var w=r(45);function regularisedGammaPrefix(e,t){var r;var x;var S;var $;var k;var _;var A;S=e+b-.5;A=(t-e-b+.5)/S;if(e<1){if(t<=y||e<1/m){return u(e*d(t)-t-i(e))}return f(t,e)*u(-t)/o(e)}if(c(A*A*e)<=100&&e>150){r=e*a(A)+t*(.5-b)/S;r=u(r)}else{$=e*d(t/S);k=e-t;if(h($,k)<=y||p($,k)>=v){x=k/e;if(h($,k)/2>y&&p($,k)/2<v){_=f(t/S,e/2)*u(k/2);r=_*_}else if(h($,k)/4>y&&p($,k)/4<v&&t>e){_=f(t/S,e/4)*u(k/4);r=_*_;r*=r}else if(x>y&&x<v){r=f(t*u(x)/S,e)}else{r=u($+k)}}else{r=f(t/S,e)*u(k)}}r*=l(S/w)/s(e);return r}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function smallGamma2Series(e,t){var r;var s;var i;var o;r=-t;t=-t;s=e+1;i=1;return next;function next(){o=r/s;r*=t;i+=1;r/=i;s+=1;return o}}e.exports=smallGamma2Series},3781:(e,t,r)=>{
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
var s=r(6491);var i=r(4809);function tgammaILargeX(e,t){var r;var o;o=i(e,t);r=s(o);return r}e.exports=tgammaILargeX},4809:e=>{
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
function tgammaILargeXSeries(e,t){var r=1;var s=e;var i=t;return next;function next(){var e=r;r*=s/i;s-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(4756);var i=r(6491);var o=r(7186);var a=r(7708);function tgammaSmallUpperPart(e,t,r){var l;var c;var u;var f;var p;c=o(e);u=(c+1)/e;f=s(t,e);c-=f;c/=e;p=a(e,t);f+=1;l=r?u:0;c=-f*i(p,{initialValue:(l-c)/f});if(r){c=-c}return[c,u]}e.exports=tgammaSmallUpperPart},386:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(508);var i=r(2923);function upperGammaFraction(e,t){var r=i(e,t);return 1/(t-e+1+s(r))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function upperIncompleteGammaFract(e,t){var r=t-e+1;var s=e;var i=0;return next;function next(){i+=1;r+=2;return[i*(s-i),r]}}e.exports=upperIncompleteGammaFract},7711:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(8554);e.exports=s},8554:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(7234);var o=r(6260);var a=r(1550);var l=r(1262);var c=r(8901);var u=r(9701);var f=r(469);var p=r(9303);var h=r(5690);var d=r(1271);var m=r(7120);var v=r(2778);var y=r(6503);var b=r(2352);var w=r(7942);var x=r(5059);var S=r(9596);var $=.07721566490153287;var k=.3224670334241136;var _=1;var A=-.07721566490153287;var N=.48383612272381005;var E=-.1475877229945939;var T=.06462494023913339;var I=-.07721566490153287;var C=1;var O=.4189385332046727;var L=1.4616321449683622;var M=4503599627370496;var P=72057594037927940;var R=13877787807814457e-33;var F=1.4616321449683622;var B=-.12148629053584961;var j=-3638676997039505e-33;function gammaln(e){var t;var r;var D;var q;var V;var U;var K;var z;var H;var G;var W;var Y;var J;if(s(e)||i(e)){return e}if(e===0){return f}if(e<0){t=true;e=-e}else{t=false}if(e<R){return-a(e)}if(t){if(e>=M){return f}H=c(e);if(H===0){return f}r=a(u/o(H*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){J=-a(e);if(e>=L-1+.27){W=1-e;D=0}else if(e>=L-1-.27){W=e-(F-1);D=1}else{W=e;D=2}}else{J=0;if(e>=L+.27){W=2-e;D=0}else if(e>=L-.27){W=e-F;D=1}else{W=e-1;D=2}}switch(D){case 0:Y=W*W;U=$+Y*p(Y);V=Y*(k+Y*h(Y));K=W*U+V;J+=K-.5*W;break;case 1:Y=W*W;G=Y*W;U=N+G*v(G);V=E+G*y(G);q=T+G*b(G);K=Y*U-(j-G*(V+W*q));J+=B+K;break;case 2:U=W*(I+W*w(W));V=C+W*x(W);J+=-.5*W+U/V;break}}else if(e<8){D=l(e);W=e-D;K=W*(A+W*m(W));z=_+W*d(W);J=.5*W+K/z;Y=1;switch(D){case 7:Y*=W+6;case 6:Y*=W+5;case 5:Y*=W+4;case 4:Y*=W+3;case 3:Y*=W+2;J+=a(Y)}}else if(e<P){H=a(e);Y=1/e;W=Y*Y;G=O+Y*S(W);J=(e-.5)*(H-1)+G}else{J=e*(a(e)-1)}if(t){J=r-J}return J}e.exports=gammaln},9303:e=>{
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
function gcd(e,t){var r=1;var s;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;r*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){s=t;t=e;e=s}t-=e}return r*e}e.exports=gcd},9216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=0;var s;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;r+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){s=t;t=e;e=s}t-=e}return e<<r}e.exports=gcd},4370:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1413);e.exports=s},1413:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6523);var i=r(2804);var o=r(469);var a=r(1475);var l=r(3960);var c=r(9216);var u=r(512);function gcd(e,t){if(s(e)||s(t)){return NaN}if(e===o||t===o||e===a||t===a){return NaN}if(!(i(e)&&i(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=l&&t<=l){return c(e,t)}return u(e,t)}e.exports=gcd},9061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(141);var o=r(2334);var a=r(7260);var l=r(9827);var c=r(1354);var u=r(5478);var f=r(1851);var p=r(6310);var h=r(2974);var d=r(8008);var m=r(3424);var v=r(5417);var y=r(3960);var b=r(5553);var w=r(9701);var x=r(1471);var S=r(1402);var $=r(6005);var k=r(2148);var _=r(7531);var A=r(9140);var N=r(6203);var E=1/w;function ibetaImp(e,t,r,T,I,C,O,L){var M;var P;var R;var F;var B;var j;var D;var q;var V;var U;var K;var z;z=1-e;D=L;q=L+O;C[q]=-1;if(s(e)||e<0||e>1){C[D]=NaN;C[q]=NaN;return C}if(T){if(t<0||r<0){C[D]=NaN;C[q]=NaN;return C}if(t===0){if(r===0){C[D]=NaN;C[q]=NaN;return C}if(r>0){C[D]=I?0:1;return C}}else if(r===0){if(t>0){C[D]=I?1:0;return C}}}else if(t<=0||r<=0){C[D]=NaN;C[q]=NaN;return C}if(e===0){if(t===1){C[q]=1}else{C[q]=t<1?m/2:v*2}if(I){C[D]=T?1:c(t,r);return C}C[D]=0;return C}if(e===1){if(r===1){C[q]=1}else{C[q]=r<1?m/2:v*2}if(I){C[D]=0}else{C[D]=T?1:c(t,r)}return C}if(t===.5&&r===.5){C[q]=E*u(z*e);K=I?l(u(z)):l(u(e));K/=b;if(!T){K*=w}C[D]=K;return C}if(t===1){j=r;r=t;t=j;j=z;z=e;e=j;I=!I}if(r===1){if(t===1){C[D]=I?z:e;C[q]=1;return C}C[q]=t*p(e,t-1);if(z<.5){K=I?-i(t*a(-z)):f(t*a(-z))}else{K=I?-(p(e,t)-1):p(e,t)}if(!T){K/=t}C[D]=K;return C}if(d(t,r)<=1){if(e>.5){j=r;r=t;t=j;j=z;z=e;e=j;I=!I}if(h(t,r)<=1){if(t>=d(.2,r)||p(e,t)<=.9){if(I){R=-(T?1:c(t,r));I=false;R=-N(t,r,e,R,T,C,z)}else{R=N(t,r,e,0,T,C,z)}}else{j=r;r=t;t=j;j=z;z=e;e=j;I=!I;if(z>=.3){if(I){R=-(T?1:c(t,r));I=false;R=-N(t,r,e,R,T,C,z)}else{R=N(t,r,e,0,T,C,z)}}else{if(T){P=1}else{P=S(t+r,t,20)}R=A(t,r,e,z,20,T,C);if(I){R-=T?1:c(t,r);I=false;R=-x(t+20,r,e,z,R,P,T)}else{R=x(t+20,r,e,z,R,P,T)}}}}else if(r<=1||e<.1&&p(r*e,t)<=.7){if(I){R=-(T?1:c(t,r));I=false;R=-N(t,r,e,R,T,C,z)}else{R=N(t,r,e,0,T,C,z)}}else{j=r;r=t;t=j;j=z;z=e;e=j;I=!I;if(z>=.3){if(I){R=-(T?1:c(t,r));I=false;R=-N(t,r,e,R,T,C,z)}else{R=N(t,r,e,0,T,C,z)}}else if(t>=15){if(I){R=-(T?1:c(t,r));I=false;R=-x(t,r,e,z,R,1,T)}else{R=x(t,r,e,z,0,1,T)}}else{if(T){P=1}else{P=S(t+r,t,20)}R=A(t,r,e,z,20,T,C);if(I){R-=T?1:c(t,r);I=false;R=-x(t+20,r,e,z,R,P,T)}else{R=x(t+20,r,e,z,R,P,T)}}}}else{if(t<r){M=t-(t+r)*e}else{M=(t+r)*z-r}if(M<0){j=r;r=t;t=j;j=z;z=e;e=j;I=!I}if(r<40){if(o(t)===t&&o(r)===r&&t<y-100){V=t-1;U=r+V;R=_(U,V,e,z);if(!T){R*=c(t,r)}}else if(r*e<=.7){if(I){R=-(T?1:c(t,r));I=false;R=-N(t,r,e,R,T,C,z)}else{R=N(t,r,e,0,T,C,z)}}else if(t>15){U=o(r);if(U===r){U-=1}F=r-U;if(T){P=1}else{P=S(t+F,F,U)}R=A(F,t,z,e,U,T);R=x(t,F,e,z,R,1,T);R/=P}else if(T){U=o(r);F=r-U;if(F<=0){U-=1;F+=1}R=A(F,t,z,e,U,T);R+=A(t,F,e,z,20,T);if(I){R-=1}R=x(t+20,F,e,z,R,1,T);if(I){R=-R;I=false}}else{R=k(t,r,e,z,T,C)}}else{R=k(t,r,e,z,T,C)}}if(C[q]<0){C[q]=$(t,r,e,z,true)}B=z*e;if(C[q]!==0){if(m*B<C[q]){C[q]=m/2}else{C[q]/=B}}C[D]=I?(T?1:c(t,r))-R:R;return C}e.exports=ibetaImp},1471:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(4320);var i=r(9119);var o=r(5479);var a=r(7260);var l=r(6260);var c=r(6310);var u=r(1550);var f=r(5417);var p=r(5088);var h=r(7499);var d=r(4141);var m=new Array(30);function betaSmallBLargeASeries(e,t,r,v,y,b,w){var x;var S;var $;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var R;var F;var B;A=t-1;F=e+A/2;if(v<.35){I=a(-v)}else{I=u(r)}B=-F*I;O=d(t,B);if(O<=f){return y}if(w){x=O/s(e,t);x/=c(F,t)}else{x=h(t,B)/c(F,t)}x*=b;m[0]=1;L=o(B,t,true,true);L/=O;k=y+x*L;$=1;N=I/2;N*=N;E=1;C=4*F*F;_=t;for(P=1;P<m.length;++P){$+=2;m[P]=0;T=t-P;S=3;for(M=1;M<P;++M){T=M*t-P;m[P]+=T*m[P-M]/i(S);S+=2}m[P]/=P;m[P]+=A/i($);L=(_*(_+1)*L+(B+_+1)*E)/C;E*=N;_+=2;R=x*m[P]*L;k+=R;if(R>1){if(l(R)<l(p*k)){break}}else if(l(R/p)<l(k)){break}}return k}e.exports=betaSmallBLargeASeries},7531:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(7548);var i=r(2334);var o=r(6310);var a=r(5417);function binomialCCDF(e,t,r,l){var c;var u;var f;var p;var h;u=o(r,e);if(u>a){p=u;for(h=i(e-1);h>t;h--){p*=(h+1)*l/((e-h)*r);u+=p}}else{f=i(e*r);if(f<=t+1){f=i(t+2)}u=o(r,f)*o(l,e-f);u*=s(i(e),i(f));if(u===0){for(h=f-1;h>t;h--){u+=o(r,h)*o(l,e-h);u*=s(i(e),i(h))}}else{p=u;c=u;for(h=f-1;h>t;h--){p*=(h+1)*l/((e-h)*r);u+=p}p=c;for(h=f+1;h<=e;h++){p*=(e-h+1)*r/(h*l);u+=p}}}return u}e.exports=binomialCCDF},7499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(1851);var i=r(6310);var o=r(1550);var a=r(4193);var l=r(7999);function fullIGammaPrefix(e,t){var r;var c;c=e*o(t);if(t>=1){if(c<a&&-t>l){r=i(t,e)*s(-t)}else if(e>=1){r=i(t/s(t/e),e)}else{r=s(c-t)}}else if(c>l){r=i(t,e)*s(-t)}else if(t/e<a){r=i(t/s(t/e),e)}else{r=s(c-t)}return r}e.exports=fullIGammaPrefix},9140:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6005);function ibetaAStep(e,t,r,i,o,a,l){var c;var u;var f;var p;c=s(e,t,r,i,a);if(l){l[1]=c}c/=e;if(c===0){return c}f=1;u=1;for(p=0;p<o-1;++p){u*=(e+t+p)*r/(e+p+1);f+=u}c*=f;return c}e.exports=ibetaAStep},2148:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(508);var i=r(6005);var o={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,r,s){var i=0;return next;function next(){var o;var a;var l;a=(e+i-1)*(e+t+i-1)*i*(t-i)*r*r;o=e+2*i-1;a/=o*o;l=i;l+=i*(t-i)*r/(e+2*i-1);l+=(e+i)*(e*s-t*r+1+i*(2-r))/(e+2*i+1);i+=1;return[a,l]}}function ibetaFraction2(e,t,r,a,l,c){var u;var f;var p;u=i(e,t,r,a,l);if(c){c[1]=u}if(u===0){return u}p=ibetaFraction2t(e,t,r,a);f=s(p,o);return u/f}e.exports=ibetaFraction2},6005:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2638);var i=r(9594);var o=r(9912);var a=r(141);var l=r(7260);var c=r(5478);var u=r(6260);var f=r(1851);var p=r(6310);var h=r(8008);var d=r(1550);var m=r(4193);var v=r(7999);var y=r(3822);var b=r(45);function ibetaPowerTerms(e,t,r,w,x){var S;var $;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;if(!x){return p(r,e)*p(w,t)}M=e+t;_=e+y-.5;A=t+y-.5;N=M+y-.5;S=s(M);S/=s(e)*s(t);S*=c(A/b);S*=c(_/N);E=(r*t-w*_)/_;T=(w*e-r*A)/A;if(o(E,T)<.2){if(E*T>0||h(e,t)<1){if(u(E)<.1){S*=f(e*l(E))}else{S*=p(r*N/_,e)}if(u(T)<.1){S*=f(t*l(T))}else{S*=p(w*N/A,t)}}else if(i(E,T)<.5){$=e<t;k=t/e;if($&&k*T<.1||!$&&E/k>.1){I=a(k*l(T));I=E+I+I*E;I=e*l(I);S*=f(I)}else{I=a(l(E)/k);I=T+I+I*T;I=t*l(I);S*=f(I)}}else if(u(E)<u(T)){P=e*l(E)+t*d(w*N/A);if(P<=v||P>=m){P+=d(S);if(P>=m){return NaN}S=f(P)}else{S*=f(P)}}else{P=t*l(T)+e*d(r*N/_);if(P<=v||P>=m){P+=d(S);if(P>=m){return NaN}S=f(P)}else{S*=f(P)}}}else{O=r*N/_;L=w*N/A;E=e*d(O);T=t*d(L);if(E>=m||E<=v||T>=m||T<=v){if(e<t){C=p(L,t/e);I=e*(d(O)+d(C));if(I<m&&I>v){S*=p(C*O,e)}else{T+=E+d(S);if(T>=m){return NaN}S=f(T)}}else{C=p(O,e/t);I=(d(C)+d(L))*t;if(I<m&&I>v){S*=p(C*L,t)}else{T+=E+d(S);if(T>=m){return NaN}S=f(T)}}}else{S*=p(O,e)*p(L,t)}}return S}e.exports=ibetaPowerTerms},6203:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2638);var i=r(6491);var o=r(7260);var a=r(5478);var l=r(1851);var c=r(6310);var u=r(1550);var f=r(5417);var p=r(4193);var h=r(7999);var d=r(3822);var m=r(45);var v={maxTerms:100};function ibetaSeriesT(e,t,r,s){var i=1-t;var o=1;return next;function next(){var t=s/e;e+=1;s*=i*r/o;o+=1;i+=1;return t}}function ibetaSeries(e,t,r,y,b,w,x){var S;var $;var k;var _;var A;var N;var E;var T;if(b){E=e+t;$=e+d-.5;k=t+d-.5;_=E+d-.5;S=s(E)/(s(e)*s(t));A=u(_/k)*(t-.5);N=u(r*_/$)*e;if(A>h&&A<p&&N>h&&N<p){if(e*t<k*10){S*=l((t-.5)*o(e/k))}else{S*=c(_/k,t-.5)}S*=c(r*_/$,e);S*=a($/m);if(w){w[1]=S*c(x,t)}}else{S=u(S)+A+N+(u($)-1)/2;if(w){w[1]=l(S+t*u(x))}S=l(S)}}else{S=c(r,e)}if(S<f){return y}T=ibetaSeriesT(e,t,r,S);v.initialValue=y;return i(T,v)}e.exports=ibetaSeries},9818:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(4573);var o=r(9061);s(i,"assign",o);e.exports=i},4573:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9061);function kernelBetainc(e,t,r,i,o){return s(e,t,r,i,o,[0,0],1,0)}e.exports=kernelBetainc},4141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2638);var i=r(7711);var o=r(905);var a=r(7260);var l=r(5478);var c=r(6260);var u=r(1851);var f=r(6310);var p=r(2974);var h=r(8008);var d=r(1550);var m=r(4193);var v=r(7999);var y=r(3822);var b=r(45);function regularizedGammaPrefix(e,t){var r;var w;var x;var S;var $;var k;var _;x=e+y-.5;_=(t-e-y+.5)/x;if(e<1){if(t<=v){return u(e*d(t)-t-i(e))}return f(t,e)*u(-t)/o(e)}if(c(_*_*e)<=100&&e>150){r=e*(a(_)-_)+t*(.5-y)/x;r=u(r)}else{S=e*d(t/x);$=e-t;if(h(S,$)<=v||p(S,$)>=m){w=$/e;if(h(S,$)/2>v&&p(S,$)/2<m){k=f(t/x,e/2)*u($/2);r=k*k}else if(h(S,$)/4>v&&p(S,$)/4<m&&t>e){k=f(t/x,e/4)*u($/4);r=k*k;r*=r}else if(w>v&&w<m){r=f(t*u(w)/x,e)}else{r=u(S+$)}}else{r=f(t/x,e)*u($)}}r*=l(x/b)/s(e);return r}e.exports=regularizedGammaPrefix},1402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function risingFactorialRatio(e,t,r){var s;var i;if(r===0){return 1}s=1;for(i=0;i<r;i++){s*=(e+i)/(t+i)}return s}e.exports=risingFactorialRatio},1567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4010);e.exports=s},4010:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(5732);var i=r(3242);function kernelCos(e,t){var r;var o;var a;var l;l=e*e;a=l*l;o=l*s(l);o+=a*a*i(l);r=.5*l;a=1-r;return a+(1-a-r+(l*o-e*t))}e.exports=kernelCos},5732:e=>{
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
var s=r(7485);e.exports=s},7485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var t=-.16666666666666632;var r=.00833333333332249;var s=-.0001984126982985795;var i=27557313707070068e-22;var o=-2.5050760253406863e-8;var a=1.58969099521155e-10;function kernelSin(e,l){var c;var u;var f;var p;p=e*e;f=p*p;c=r+p*(s+p*i)+p*f*(o+p*a);u=p*e;if(l===0){return e+u*(t+p*c)}return e-(p*(.5*l-u*c)-l-u*t)}e.exports=kernelSin},3291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3078);e.exports=s},3078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(469);var i=r(1475);var o=r(1877);var a=r(6276);var l=r(2656);var c=r(4862);var u=r(6523);var f=r(7234);var p=r(5672);var h=r(9335).assign;var d=r(6075);var m=r(7949);var v=r(7844);var y=2220446049250313e-31;var b=2148532223>>>0;var w=[0,0];var x=[0,0];function ldexp(e,t){var r;var S;if(t===0||e===0||u(e)||f(e)){return e}h(e,w,1,0);e=w[0];t+=w[1];t+=d(e);if(t<c){return p(0,e)}if(t>a){if(e<0){return i}return s}if(t<=l){t+=52;S=y}else{S=1}m.assign(e,x,1,0);r=x[0];r&=b;r|=t+o<<20;return S*v(r,x[1])}e.exports=ldexp},1550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7934);e.exports=s},7934:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2882);var i=r(5990);var o=r(6523);var a=r(1877);var l=r(1475);var c=r(6488);var u=r(1103);var f=.6931471803691238;var p=1.9082149292705877e-10;var h=0x40000000000000;var d=.3333333333333333;var m=1048575|0;var v=2146435072|0;var y=1048576|0;var b=1072693248|0;function ln(e){var t;var r;var w;var x;var S;var $;var k;var _;var A;var N;var E;var T;if(e===0){return l}if(o(e)||e<0){return NaN}r=s(e);S=0|0;if(r<y){S-=54|0;e*=h;r=s(e)}if(r>=v){return e+e}S+=(r>>20)-a|0;r&=m;_=r+614244&1048576|0;e=i(e,r|_^b);S+=_>>20|0;k=e-1;if((m&2+r)<3){if(k===0){if(S===0){return 0}return S*f+S*p}$=k*k*(.5-d*k);if(S===0){return k-$}return S*f-($-S*p-k)}N=k/(2+k);T=N*N;_=r-398458|0;E=T*T;A=440401-r|0;x=E*c(E);w=T*u(E);_|=A;$=w+x;if(_>0){t=.5*k*k;if(S===0){return k-(t-N*(t+$))}return S*f-(t-(N*(t+$)+S*p)-k)}if(S===0){return k-N*(k-$)}return S*f-(N*(k-$)-S*p-k)}e.exports=ln},6488:e=>{
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
var s=r(7306);e.exports=s},7306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(2882);var o=r(5990);var a=r(469);var l=r(1475);var c=r(1877);var u=r(897);var f=.6931471803691238;var p=1.9082149292705877e-10;var h=.41421356237309503;var d=-.2928932188134525;var m=1.862645149230957e-9;var v=5551115123125783e-32;var y=9007199254740992;var b=.6666666666666666;function log1p(e){var t;var r;var w;var x;var S;var $;var k;var _;var A;var N;if(e<-1||s(e)){return NaN}if(e===-1){return l}if(e===a){return e}if(e===0){return e}if(e<0){w=-e}else{w=e}N=1;if(w<h){if(w<m){if(w<v){return e}return e-e*e*.5}if(e>d){N=0;x=e;r=1}}if(N!==0){if(w<y){A=1+e;r=i(A);N=(r>>20)-c;if(N>0){S=1-(A-e)}else{S=e-(A-1)}S/=A}else{A=e;r=i(A);N=(r>>20)-c;S=0}r&=1048575;if(r<434334){A=o(A,r|1072693248)}else{N+=1;A=o(A,r|1071644672);r=1048576-r>>2}x=A-1}t=.5*x*x;if(r===0){if(x===0){S+=N*p;return N*f+S}_=t*(1-b*x);return N*f-(_-(N*p+S)-x)}$=x/(2+x);k=$*$;_=k*u(k);if(N===0){return x-(t-$*(t+_))}return N*f-(t-($*(t+_)+(N*p+S))-x)}e.exports=log1p},897:e=>{
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
var s=r(4473);e.exports=s},4781:e=>{
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
function log1pSeries(e){var t=-e;var r=-1;var s=0;return next;function next(){r*=t;s+=1;return r/s}}e.exports=log1pSeries},4473:(e,t,r)=>{
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
var s=r(6260);var i=r(1550);var o=r(5088);var a=r(6491);var l=r(4781);function log1pmx(e){var t;var r;if(e<=-1){return NaN}r=s(e);if(r>.95){return i(1+e)-e}if(r<o){return-e*e/2}t={initialValue:-e};return a(l(e),t)}e.exports=log1pmx},2974:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(8641);e.exports=s},8641:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(866);var i=r(6523);var o=r(469);function max(e,t){if(i(e)||i(t)){return NaN}if(e===o||t===o){return o}if(e===t&&e===0){if(s(e)){return e}return t}if(e>t){return e}return t}e.exports=max},9594:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3757);e.exports=s},3757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(2974);function maxabs(e,t){return i(s(e),s(t))}e.exports=maxabs},8008:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9503);e.exports=s},9503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3270);var i=r(6523);var o=r(1475);function min(e,t){if(i(e)||i(t)){return NaN}if(e===o||t===o){return o}if(e===t&&e===0){if(s(e)){return e}return t}if(e<t){return e}return t}e.exports=min},9912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(431);e.exports=s},431:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(8008);function minabs(e,t){return i(s(e),s(t))}e.exports=minabs},6310:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7609);e.exports=s},9905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2882);var i=r(3786);var o=r(5990);var a=r(1877);var l=r(1277);var c=r(3140);var u=1048575|0;var f=1048576|0;var p=1072693248|0;var h=536870912|0;var d=524288|0;var m=9007199254740992;var v=.9617966939259756;var y=.9617967009544373;var b=-7.028461650952758e-9;var w=[1,1.5];var x=[0,.5849624872207642];var S=[0,1.350039202129749e-8];function log2ax(e,t,r){var $;var k;var _;var A;var N;var E;var T;var I;var C;var O;var L;var M;var P;var R;var F;var B;var j;var D;var q;var V;var U;var K;V=0|0;if(r<f){t*=m;V-=53|0;r=s(t)}V+=(r>>l)-a|0;U=r&u|0;r=U|p|0;if(U<=235662){K=0}else if(U<767610){K=1}else{K=0;V+=1|0;r-=f}t=o(t,r);I=w[K];D=t-I;q=1/(t+I);k=D*q;A=i(k,0);$=(r>>1|h)+d;$+=K<<18;E=o(0,$);T=t-(E-I);N=q*(D-A*E-A*T);_=k*k;j=_*_*c(_);j+=N*(A+k);_=A*A;E=3+_+j;E=i(E,0);T=j-(E-3-_);D=A*E;q=N*E+T*k;O=D+q;O=i(O,0);L=q-(O-D);M=y*O;P=b*O+L*v+S[K];C=x[K];B=V;R=M+P+C+B;R=i(R,0);F=P-(R-B-C-M);e[0]=R;e[1]=F;return e}e.exports=log2ax},3726:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(3786);var i=r(837);var o=1.4426950408889634;var a=1.4426950216293335;var l=1.9259629911266175e-8;function logx(e,t){var r;var c;var u;var f;var p;var h;u=t-1;f=u*u*i(u);p=a*u;h=u*l-f*o;c=p+h;c=s(c,0);r=h-(c-p);e[0]=c;e[1]=r;return e}e.exports=logx},7609:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(7687);var o=r(7234);var a=r(2804);var l=r(5478);var c=r(6260);var u=r(7949);var f=r(3786);var p=r(6519);var h=r(1475);var d=r(469);var m=r(3935);var v=r(2122);var y=r(888);var b=r(3355);var w=r(9905);var x=r(3726);var S=r(5224);var $=1072693247|0;var k=1105199104|0;var _=1139802112|0;var A=1083179008|0;var N=1072693248|0;var E=1083231232|0;var T=3230714880>>>0;var I=31|0;var C=1e300;var O=1e-300;var L=8008566259537294e-32;var M=[0|0,0|0];var P=[0,0];function pow(e,t){var r;var R;var F;var B;var j;var D;var q;var V;var U;var K;var z;var H;var G;var W;var Y;var J;if(s(e)||s(t)){return NaN}u.assign(t,M,1,0);D=M[0];q=M[1];if(q===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return l(e)}if(t===-.5){return 1/l(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(o(t)){return b(e,t)}}u.assign(e,M,1,0);B=M[0];j=M[1];if(j===0){if(B===0){return v(e,t)}if(e===1){return 1}if(e===-1&&i(t)){return-1}if(o(e)){if(e===h){return pow(-0,-t)}if(t<0){return 0}return d}}if(e<0&&a(t)===false){return(e-e)/(e-e)}F=c(e);r=B&m|0;R=D&m|0;V=B>>>I|0;U=D>>>I|0;if(V&&i(t)){V=-1}else{V=1}if(R>k){if(R>_){return y(e,t)}if(r<$){if(U===1){return V*C*C}return V*O*O}if(r>N){if(U===0){return V*C*C}return V*O*O}G=x(P,F)}else{G=w(P,F,r)}K=f(t,0);H=(t-K)*G[0]+t*G[1];z=K*G[0];W=H+z;u.assign(W,M,1,0);Y=p(M[0]);J=p(M[1]);if(Y>=A){if((Y-A|J)!==0){return V*C*C}if(H+L>W-z){return V*C*C}}else if((Y&m)>=E){if((Y-T|J)!==0){return V*O*O}if(H<=W-z){return V*O*O}}W=S(Y,z,H);return V*W}e.exports=pow},3140:e=>{
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
var s=r(2882);var i=r(5990);var o=r(3786);var a=r(6519);var l=r(3291);var c=r(1239);var u=r(1877);var f=r(3935);var p=r(8910);var h=r(1277);var d=r(5568);var m=1048576|0;var v=1071644672|0;var y=.6931471824645996;var b=-1.904654299957768e-9;function pow2(e,t,r){var w;var x;var S;var $;var k;var _;var A;var N;var E;var T;var I;T=e&f|0;I=(T>>h)-u|0;E=0;if(T>v){E=e+(m>>I+1)>>>0;I=((E&f)>>h)-u|0;w=(E&~(p>>I))>>>0;S=i(0,w);E=(E&p|m)>>h-I>>>0;if(e<0){E=-E}t-=S}S=r+t;S=o(S,0);k=S*y;_=(r-(S-t))*c+S*b;N=k+_;A=_-(N-k);S=N*N;x=N-S*d(S);$=N*x/(x-2)-(A+N*A);N=1-($-N);e=s(N);e=a(e);e+=E<<h>>>0;if(e>>h<=0){N=l(N,E)}else{N=i(N,e)}return N}e.exports=pow2},2122:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(7687);var i=r(5672);var o=r(1475);var a=r(469);function pow(e,t){if(t===o){return a}if(t===a){return 0}if(t>0){if(s(t)){return e}return 0}if(s(t)){return i(a,e)}return a}e.exports=pow},888:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(3935);var i=r(2882);var o=1072693247|0;var a=1e300;var l=1e-300;function pow(e,t){var r;var c;c=i(e);r=c&s;if(r<=o){if(t<0){return a*a}return l*l}if(t>0){return a*a}return l*l}e.exports=pow},3355:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(s(e)<1===(t===i)){return 0}return i}e.exports=pow},4756:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2603);e.exports=s},2603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(6523);var i=r(7234);var o=r(6260);var a=r(141);var l=r(1550);var c=r(6310);var u=r(1262);function powm1(e,t){var r;var f;if(s(e)||s(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(o(t*(e-1))<.5||o(t)<.2){f=l(e)*t;if(f<.5){return a(f)}}}else if(u(t)!==t){return NaN}r=c(e,t)-1;if(i(r)||s(r)){return NaN}return r}e.exports=powm1},3982:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4385);e.exports=s},7236:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(2334);var i=r(3291);var o=r(1830);var a=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var l=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var c=16777216;var u=5.960464477539063e-8;var f=o(20);var p=o(20);var h=o(20);var d=o(20);function compute(e,t,r,o,f,p,m,v,y){var b;var w;var x;var S;var $;var k;var _;var A;var N;S=p;N=o[r];A=r;for($=0;A>0;$++){w=u*N|0;d[$]=N-c*w|0;N=o[A-1]+w;A-=1}N=i(N,f);N-=8*s(N*.125);_=N|0;N-=_;x=0;if(f>0){$=d[r-1]>>24-f;_+=$;d[r-1]-=$<<24-f;x=d[r-1]>>23-f}else if(f===0){x=d[r-1]>>23}else if(N>=.5){x=2}if(x>0){_+=1;b=0;for($=0;$<r;$++){A=d[$];if(b===0){if(A!==0){b=1;d[$]=16777216-A}}else{d[$]=16777215-A}}if(f>0){switch(f){case 1:d[r-1]&=8388607;break;case 2:d[r-1]&=4194303;break}}if(x===2){N=1-N;if(b!==0){N-=i(1,f)}}}if(N===0){A=0;for($=r-1;$>=p;$--){A|=d[$]}if(A===0){for(k=1;d[p-k]===0;k++){}for($=r+1;$<=r+k;$++){y[v+$]=a[m+$];w=0;for(A=0;A<=v;A++){w+=e[A]*y[v+($-A)]}o[$]=w}r+=k;return compute(e,t,r,o,f,p,m,v,y)}r-=1;f-=24;while(d[r]===0){r-=1;f-=24}}else{N=i(N,-f);if(N>=c){w=u*N|0;d[r]=N-c*w|0;r+=1;f+=24;d[r]=w}else{d[r]=N|0}}w=i(1,f);for($=r;$>=0;$--){o[$]=w*d[$];w*=u}for($=r;$>=0;$--){w=0;for(k=0;k<=S&&k<=r-$;k++){w+=l[k]*o[$+k]}h[r-$]=w}w=0;for($=r;$>=0;$--){w+=h[$]}if(x===0){t[0]=w}else{t[0]=-w}w=h[0]-w;for($=1;$<=r;$++){w+=h[$]}if(x===0){t[1]=w}else{t[1]=-w}return _&7}function kernelRempio2(e,t,r,s){var i;var o;var l;var c;var u;var h;var d;var m;var v;o=4;c=s-1;l=(r-3)/24|0;if(l<0){l=0}h=r-24*(l+1);m=l-c;v=c+o;for(d=0;d<=v;d++){if(m<0){f[d]=0}else{f[d]=a[m]}m+=1}for(d=0;d<=o;d++){i=0;for(m=0;m<=c;m++){i+=e[m]*f[c+(d-m)]}p[d]=i}u=o;return compute(e,t,u,p,h,o,l,c,f)}e.exports=kernelRempio2},4385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(3935);var i=r(222);var o=r(8910);var a=r(2882);var l=r(1662);var c=r(7844);var u=r(7236);var f=r(499);var p=0;var h=16777216;var d=1.5707963267341256;var m=6077100506506192e-26;var v=2*m;var y=3*m;var b=4*m;var w=598523|0;var x=1072243195|0;var S=1073928572|0;var $=1074752122|0;var k=1074977148|0;var _=1075183036|0;var A=1075388923|0;var N=1075594811|0;var E=1094263291|0;var T=[0,0,0];var I=[0,0];function rempio2(e,t){var r;var C;var O;var L;var M;var P;var R;var F;O=a(e)|0;L=O&s|0;if(L<=x){t[0]=e;t[1]=0;return 0}if(L<=$){if((L&o)===w){return f(e,L,t)}if(L<=S){if(O>0){F=e-d;t[0]=F-m;t[1]=F-t[0]-m;return 1}F=e+d;t[0]=F+m;t[1]=F-t[0]+m;return-1}if(O>0){F=e-2*d;t[0]=F-v;t[1]=F-t[0]-v;return 2}F=e+2*d;t[0]=F+v;t[1]=F-t[0]+v;return-2}if(L<=N){if(L<=_){if(L===k){return f(e,L,t)}if(O>0){F=e-3*d;t[0]=F-y;t[1]=F-t[0]-y;return 3}F=e+3*d;t[0]=F+y;t[1]=F-t[0]+y;return-3}if(L===A){return f(e,L,t)}if(O>0){F=e-4*d;t[0]=F-b;t[1]=F-t[0]-b;return 4}F=e+4*d;t[0]=F+b;t[1]=F-t[0]+b;return-4}if(L<E){return f(e,L,t)}if(L>=i){t[0]=NaN;t[1]=NaN;return 0}r=l(e);C=(L>>20)-1046;F=c(L-(C<<20|0),r);for(P=0;P<2;P++){T[P]=F|0;F=(F-T[P])*h}T[2]=F;M=3;while(T[M-1]===p){M-=1}R=u(T,I,C,M,1);if(O<0){t[0]=-I[0];t[1]=-I[1];return-R}t[0]=I[0];t[1]=I[1];return R}e.exports=rempio2},499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(8972);var i=r(2882);var o=.6366197723675814;var a=1.5707963267341256;var l=6077100506506192e-26;var c=6077100506303966e-26;var u=20222662487959506e-37;var f=20222662487111665e-37;var p=84784276603689e-45;var h=2047|0;function rempio2Medium(e,t,r){var d;var m;var v;var y;var b;var w;var x;m=s(e*o);y=e-m*a;b=m*l;x=t>>20|0;r[0]=y-b;d=i(r[0]);w=x-(d>>20&h);if(w>16){v=y;b=m*c;y=v-b;b=m*u-(v-y-b);r[0]=y-b;d=i(r[0]);w=x-(d>>20&h);if(w>49){v=y;b=m*f;y=v-b;b=m*p-(v-y-b);r[0]=y-b}}r[1]=y-r[0]-b;return m}e.exports=rempio2Medium},8972:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6547);e.exports=s},6547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(3205);e.exports=s},3205:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var s=r(3935);var i=r(222);var o=r(2882);var a=r(1567);var l=r(186);var c=r(3982);var u=1072243195|0;var f=1045430272|0;var p=[0,0];function sin(e){var t;var r;t=o(e);t&=s;if(t<=u){if(t<f){return e}return l(e,0)}if(t>=i){return NaN}r=c(e,p);switch(r&3){case 0:return l(p[0],p[1]);case 1:return a(p[0],p[1]);case 2:return-l(p[0],p[1]);default:return-a(p[0],p[1])}}e.exports=sin},8901:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3012);e.exports=s},3012:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6523);var i=r(7234);var o=r(9191);var a=r(1794);var l=r(6260);var c=r(5672);var u=r(9701);function sinpi(e){var t;var r;if(s(e)){return NaN}if(i(e)){return NaN}r=e%2;t=l(r);if(t===0||t===1){return c(0,r)}if(t<.25){return a(u*r)}if(t<.75){t=.5-t;return c(o(u*t),r)}if(t<1.25){r=c(1,r)-r;return a(u*r)}if(t<1.75){t-=1.5;return-c(o(u*t),r)}r-=c(2,r);return a(u*r)}e.exports=sinpi},5478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1689);e.exports=s},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(2657);e.exports=s},2657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2334);var i=r(3385);function trunc(e){if(e<0){return i(e)}return s(e)}e.exports=trunc},3962:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(5088);var o=r(8858);var a=1e6;function continuedFractionA(e,t,r){var i;var a;var l;var c;var u;var f;f=e();u=f[1];a=f[0];if(u===0){u=o}l=u;c=0;do{f=e();if(f){c=f[1]+f[0]*c;if(c===0){c=o}l=f[1]+f[0]/l;if(l===0){l=o}c=1/c;i=l*c;u*=i}}while(f&&s(i-1)>t&&--r);return a/u}function continuedFractionB(e,t,r){var i;var a;var l;var c;var u;u=e();c=u[1];if(c===0){c=o}a=c;l=0;do{u=e();if(u){l=u[1]+u[0]*l;if(l===0){l=o}a=u[1]+u[0]/a;if(a===0){a=o}l=1/l;i=a*l;c*=i}}while(u&&s(i-1)>t&&--r);return c}function continuedFraction(e,t){var r;var s;var o;s={};if(arguments.length>1){s=t}o=s.tolerance||i;r=s.maxIter||a;if(s.keep){return continuedFractionB(e,o,r)}return continuedFractionA(e,o,r)}e.exports=continuedFraction},7028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(8858);var o=r(5088);var a=1e6;function continuedFractionA(e,t,r){var o;var a;var l;var c;var u;var f;var p;o=typeof e.next==="function";p=o?e.next().value:e();c=p[1];l=p[0];if(c===0){c=i}u=c;f=0;if(o===true){do{p=e.next().value;if(p){f=p[1]+p[0]*f;if(f===0){f=i}u=p[1]+p[0]/u;if(u===0){u=i}f=1/f;a=u*f;c*=a}}while(s(a-1)>t&&--r)}else{do{p=e();if(p){f=p[1]+p[0]*f;if(f===0){f=i}u=p[1]+p[0]/u;if(u===0){u=i}f=1/f;a=u*f;c*=a}}while(p&&s(a-1)>t&&--r)}return l/c}function continuedFractionB(e,t,r){var o;var a;var l;var c;var u;var f;o=typeof e.next==="function";f=o?e.next().value:e();l=f[1];if(l===0){l=i}c=l;u=0;if(o===true){do{f=e.next().value;if(f){u=f[1]+f[0]*u;if(u===0){u=i}c=f[1]+f[0]/c;if(c===0){c=i}u=1/u;a=c*u;l*=a}}while(f&&s(a-1)>t&&--r)}else{do{f=e();if(f){u=f[1]+f[0]*u;if(u===0){u=i}c=f[1]+f[0]/c;if(c===0){c=i}u=1/u;a=c*u;l*=a}}while(f&&s(a-1)>t&&--r)}return l}function continuedFraction(e,t){var r;var s;var i;s={};if(arguments.length>1){s=t}r=s.maxIter||a;i=s.tolerance||o;if(s.keep){return continuedFractionB(e,i,r)}return continuedFractionA(e,i,r)}e.exports=continuedFraction},508:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2878);var i=r(7028);var o=r(3962);var a;if(s()){a=i}else{a=o}e.exports=a},1278:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6990);var i=r(3767);function factory(e){var t;var r;var o;var a;if(e.length>500){return polyval}t="return function evalpoly(x){";r=e.length;if(r===0){t+="return 0.0;"}else if(r===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];o=r-1;for(a=1;a<r;a++){t+="+x*";if(a<o){t+="("}t+=e[a]}for(a=0;a<o-1;a++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new s(t)();function polyval(t){return i(e,t)}}e.exports=factory},2096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(3767);var o=r(1278);s(i,"factory",o);e.exports=i},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var r;var s;s=e.length;if(s<2||t===0){if(s===0){return 0}return e[0]}s-=1;r=e[s]*t+e[s-1];s-=2;while(s>=0){r=r*t+e[s];s-=1}return r}e.exports=evalpoly},6049:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(5088);var o=1e6;function sumSeries(e,t){var r;var a;var l;var c;var u;u={};if(arguments.length>1){u=t}r=u.tolerance||i;l=u.maxTerms||o;c=u.initialValue||0;do{a=e();c+=a}while(s(r*c)<s(a)&&--l);return c}e.exports=sumSeries},3333:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6260);var i=r(5088);var o=1e6;function sumSeries(e,t){var r;var a;var l;var c;var u;var f;f={};if(arguments.length>1){f=t}a=f.tolerance||i;c=f.maxTerms||o;u=f.initialValue||0;r=typeof e.next==="function";if(r===true){for(l of e){u+=l;if(s(a*u)>=s(l)||--c===0){break}}}else{do{l=e();u+=l}while(s(a*u)<s(l)&&--c)}return u}e.exports=sumSeries},6491:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2878);var i=r(3333);var o=r(6049);var a;if(s()){a=i}else{a=o}e.exports=a},4241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7696);e.exports=s},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(7014);e.exports=s},7014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2882);var i=r(222);var o=r(1877);function exponent(e){var t=s(e);t=(t&i)>>>20;return t-o|0}e.exports=exponent},7844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5259);e.exports=s},9593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;var o;var a;if(s===true){o=1;a=0}else{o=0;a=1}i={HIGH:o,LOW:a};e.exports=i},5259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(9593);var a=new i(1);var l=new s(a.buffer);var c=o.HIGH;var u=o.LOW;function fromWords(e,t){l[c]=e;l[u]=t;return a[0]}e.exports=fromWords},9828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;if(s===true){i=1}else{i=0}e.exports=i},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6053);e.exports=s},6053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(9828);var a=new i(1);var l=new s(a.buffer);function getHighWord(e){a[0]=e;return l[o]}e.exports=getHighWord},1662:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3761);e.exports=s},5844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;if(s===true){i=0}else{i=1}e.exports=i},3761:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(5844);var a=new i(1);var l=new s(a.buffer);function getLowWord(e){a[0]=e;return l[o]}e.exports=getLowWord},750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5417);var i=r(7234);var o=r(6523);var a=r(6260);var l=4503599627370496;function normalize(e,t,r,c){if(o(e)||i(e)){t[c]=e;t[c+r]=0;return t}if(e!==0&&a(e)<s){t[c]=e*l;t[c+r]=-52;return t}t[c]=e;t[c+r]=0;return t}e.exports=normalize},9335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(6754);var o=r(750);s(i,"assign",o);e.exports=i},6754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(750);function normalize(e){return s(e,[0,0],1,0)}e.exports=normalize},2880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;if(s===true){i=1}else{i=0}e.exports=i},5990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6921);e.exports=s},6921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(2880);var a=new i(1);var l=new s(a.buffer);function setHighWord(e,t){a[0]=e;l[o]=t>>>0;return a[0]}e.exports=setHighWord},3786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(253);e.exports=s},9760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;if(s===true){i=0}else{i=1}e.exports=i},253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(9760);var a=new i(1);var l=new s(a.buffer);function setLowWord(e,t){a[0]=e;l[o]=t>>>0;return a[0]}e.exports=setLowWord},5132:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7096);var i=r(9979);var o=r(3808);var a=new i(1);var l=new s(a.buffer);var c=o.HIGH;var u=o.LOW;function toWords(e,t,r,s){a[0]=e;t[s]=l[c];t[s+r]=l[u];return t}e.exports=toWords},7949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(6364);var o=r(5132);s(i,"assign",o);e.exports=i},3808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(347);var i;var o;var a;if(s===true){o=1;a=0}else{o=0;a=1}i={HIGH:o,LOW:a};e.exports=i},6364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5132);function toWords(e){return s(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},6519:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3234);e.exports=s},3234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(3084);var i=r(6523);function factory(e){if(i(e)){return s(NaN)}return cdf;function cdf(t){if(i(t)){return NaN}return t<e?0:1}}e.exports=factory},6603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(7782);var o=r(9073);s(i,"factory",o);e.exports=i},7782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(6523);function cdf(e,t){if(s(e)||s(t)){return NaN}return e<t?0:1}e.exports=cdf},1250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3084);var i=r(6603).factory;var o=r(6523);var a=r(5478);var l=r(988);function factory(e,t){var r;if(o(e)||o(t)||t<0){return s(NaN)}if(t===0){return i(e)}r=t*a(2);return cdf;function cdf(t){var s;if(o(t)){return NaN}s=t-e;return.5*l(-s/r)}}e.exports=factory},2484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(1643);var o=r(1250);s(i,"factory",o);e.exports=i},1643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(988);var i=r(5478);var o=r(6523);function cdf(e,t,r){var a;var l;if(o(e)||o(t)||o(r)||r<0){return NaN}if(r===0){return e<t?0:1}a=r*i(2);l=e-t;return.5*s(-l/a)}e.exports=cdf},2335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(3084);var i=r(9986);var o=r(6523);var a=r(6310);function factory(e){if(o(e)||e<=0){return s(NaN)}return cdf;function cdf(t){var r;var s;var l;if(o(t)){return NaN}if(t===0){return.5}r=a(t,2);if(e>2*r){l=r/(e+r);s=i(l,.5,e/2,true,true)/2}else{l=e/(e+r);s=i(l,e/2,.5,true,false)/2}return t>0?1-s:s}}e.exports=factory},6021:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(4568);var i=r(1044);var o=r(2335);s(i,"factory",o);e.exports=i},1044:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(9986);var i=r(6523);var o=r(6310);function cdf(e,t){var r;var a;var l;if(i(e)||i(t)||t<=0){return NaN}if(e===0){return.5}r=o(e,2);if(t>2*r){l=r/(t+r);a=s(l,.5,t/2,true,true)/2}else{l=t/(t+r);a=s(l,t/2,.5,true,false)/2}return e>0?1-a:a}e.exports=cdf},2029:e=>{
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
var t=Math.abs;var r=String.prototype.toLowerCase;var s=String.prototype.toUpperCase;var i=String.prototype.replace;var o=/e\+(\d)$/;var a=/e-(\d)$/;var l=/^(\d+)$/;var c=/^(\d+)e/;var u=/\.0$/;var f=/\.0*e/;var p=/(\..*[^0])0*e/;function formatDouble(e,h){var d;var m;switch(h.specifier){case"e":case"E":m=e.toExponential(h.precision);break;case"f":case"F":m=e.toFixed(h.precision);break;case"g":case"G":if(t(e)<1e-4){d=h.precision;if(d>0){d-=1}m=e.toExponential(d)}else{m=e.toPrecision(h.precision)}if(!h.alternate){m=i.call(m,p,"$1e");m=i.call(m,f,"e");m=i.call(m,u,"")}break;default:throw new Error("invalid double notation. Value: "+h.specifier)}m=i.call(m,o,"e+0$1");m=i.call(m,a,"e-0$1");if(h.alternate){m=i.call(m,l,"$1.");m=i.call(m,c,"$1.e")}if(e>=0&&h.sign){m=h.sign+m}m=h.specifier===s.call(h.specifier)?s.call(m):r.call(m);return m}e.exports=formatDouble},1836:(e,t,r)=>{
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
var s=r(6392);var i=r(122);var o=String.prototype.toLowerCase;var a=String.prototype.toUpperCase;function formatInteger(e){var t;var r;var l;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}r=e.arg;l=parseInt(r,10);if(!isFinite(l)){if(!s(r)){throw new Error("invalid integer. Value: "+r)}l=0}if(l<0&&(e.specifier==="u"||t!==10)){l=4294967295+l+1}if(l<0){r=(-l).toString(t);if(e.precision){r=i(r,e.precision,e.padRight)}r="-"+r}else{r=l.toString(t);if(!l&&!e.precision){r=""}else if(e.precision){r=i(r,e.precision,e.padRight)}if(e.sign){r=e.sign+r}}if(t===16){if(e.alternate){r="0x"+r}r=e.specifier===a.call(e.specifier)?a.call(r):o.call(r)}if(t===8){if(e.alternate&&r.charAt(0)!=="0"){r="0"+r}}return r}e.exports=formatInteger},24:(e,t,r)=>{
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
var s=r(4879);e.exports=s},6392:e=>{
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
var s=r(1836);var i=r(7852);var o=r(6392);var a=r(2029);var l=r(4484);var c=r(122);var u=String.fromCharCode;var f=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var r;var p;var h;var d;var m;var v;var y;var b;var w;if(!f(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}m="";v=1;for(b=0;b<e.length;b++){p=e[b];if(i(p)){m+=p}else{t=p.precision!==void 0;p=initialize(p);if(!p.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+b+"`. Value: `"+p+"`.")}if(p.mapping){v=p.mapping}r=p.flags;for(w=0;w<r.length;w++){h=r.charAt(w);switch(h){case" ":p.sign=" ";break;case"+":p.sign="+";break;case"-":p.padRight=true;p.padZeros=false;break;case"0":p.padZeros=r.indexOf("-")<0;break;case"#":p.alternate=true;break;default:throw new Error("invalid flag: "+h)}}if(p.width==="*"){p.width=parseInt(arguments[v],10);v+=1;if(isnan(p.width)){throw new TypeError("the argument for * width at position "+v+" is not a number. Value: `"+p.width+"`.")}if(p.width<0){p.padRight=true;p.width=-p.width}}if(t){if(p.precision==="*"){p.precision=parseInt(arguments[v],10);v+=1;if(isnan(p.precision)){throw new TypeError("the argument for * precision at position "+v+" is not a number. Value: `"+p.precision+"`.")}if(p.precision<0){p.precision=1;t=false}}}p.arg=arguments[v];switch(p.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){p.padZeros=false}p.arg=s(p);break;case"s":p.maxWidth=t?p.precision:-1;p.arg=String(p.arg);break;case"c":if(!isnan(p.arg)){d=parseInt(p.arg,10);if(d<0||d>127){throw new Error("invalid character code. Value: "+p.arg)}p.arg=isnan(d)?String(p.arg):u(d)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){p.precision=6}y=parseFloat(p.arg);if(!isFinite(y)){if(!o(p.arg)){throw new Error("invalid floating-point number. Value: "+m)}y=p.arg;p.padZeros=false}p.arg=a(y,p);break;default:throw new Error("invalid specifier: "+p.specifier)}if(p.maxWidth>=0&&p.arg.length>p.maxWidth){p.arg=p.arg.substring(0,p.maxWidth)}if(p.padZeros){p.arg=c(p.arg,p.width||p.precision,p.padRight)}else if(p.width){p.arg=l(p.arg,p.width,p.padRight)}m+=p.arg||"";v+=1}}return m}e.exports=formatInterpolate},4484:e=>{
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
function spaces(e){var t="";var r;for(r=0;r<e;r++){t+=" "}return t}function spacePad(e,t,r){var s=t-e.length;if(s<0){return e}e=r?e+spaces(s):spaces(s)+e;return e}e.exports=spacePad},122:e=>{
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
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var r;for(r=0;r<e;r++){t+="0"}return t}function zeroPad(e,t,r){var s=false;var i=t-e.length;if(i<0){return e}if(startsWithMinus(e)){s=true;e=e.substr(1)}e=r?e+zeros(i):zeros(i)+e;if(s){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,r)=>{
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
var s=r(8755);e.exports=s},8755:e=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var r;var s;var i;var o;s=[];o=0;i=t.exec(e);while(i){r=e.slice(o,t.lastIndex-i[0].length);if(r.length){s.push(r)}if(i[6]==="%"){s.push("%")}else{s.push(parse(i))}o=t.lastIndex;i=t.exec(e)}r=e.slice(o);if(r.length){s.push(r)}return s}e.exports=formatTokenize},7760:(e,t,r)=>{
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
var s=r(3191);e.exports=s},8676:e=>{
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
var s=r(24);var i=r(9340);var o=r(8676);function format(e){var t;var r;if(!o(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[i(e)];for(r=1;r<arguments.length;r++){t.push(arguments[r])}return s.apply(null,t)}e.exports=format},2038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2873);e.exports=s},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(8675);e.exports=s},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(6239);e.exports=s},6239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(708);function setNonEnumerableReadOnly(e,t,r){s(e,t,{configurable:false,enumerable:false,writable:false,value:r})}e.exports=setNonEnumerableReadOnly},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(5141);function hasDefinePropertySupport(){try{s({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(2342);var i=r(7619);var o=r(61);var a;if(s()){a=i}else{a=o}e.exports=a},61:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(7760);var i=Object.prototype;var o=i.toString;var a=i.__defineGetter__;var l=i.__defineSetter__;var c=i.__lookupGetter__;var u=i.__lookupSetter__;function defineProperty(e,t,r){var f;var p;var h;var d;if(typeof e!=="object"||e===null||o.call(e)==="[object Array]"){throw new TypeError(s("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof r!=="object"||r===null||o.call(r)==="[object Array]"){throw new TypeError(s("invalid argument. Property descriptor must be an object. Value: `%s`.",r))}p="value"in r;if(p){if(c.call(e,t)||u.call(e,t)){f=e.__proto__;e.__proto__=i;delete e[t];e[t]=r.value;e.__proto__=f}else{e[t]=r.value}}h="get"in r;d="set"in r;if(p&&(h||d)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(h&&a){a.call(e,t,r.get)}if(d&&l){l.call(e,t,r.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(9501);var i=r(1006);var o=r(9728);var a;if(s()){a=o}else{a=i}e.exports=a},1006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(5763);function nativeClass(e){return s.call(e)}e.exports=nativeClass},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var s=r(1907);var i=r(4499);var o=r(5763);function nativeClass(e){var t;var r;var a;if(e===null||e===void 0){return o.call(e)}r=e[i];t=s(e,i);try{e[i]=void 0}catch(t){return o.call(e)}a=o.call(e);if(t){e[i]=r}else{delete e[i]}return a}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var s=r(2038);var i=typeof s==="function"?s.toStringTag:"";e.exports=i},4006:(e,t,r)=>{const s=r(8016);const i=r(4059);function picomatch(e,t,r=false){if(t&&(t.windows===null||t.windows===undefined)){t={...t,windows:i.isWindows()}}return s(e,t,r)}Object.assign(picomatch,s);e.exports=picomatch},5595:e=>{const t="\\\\/";const r=`[^${t}]`;const s=0;const i="\\.";const o="\\+";const a="\\?";const l="\\/";const c="(?=.)";const u="[^/]";const f=`(?:${l}|$)`;const p=`(?:^|${l})`;const h=`${i}{1,2}${f}`;const d=`(?!${i})`;const m=`(?!${p}${h})`;const v=`(?!${i}{0,1}${f})`;const y=`(?!${h})`;const b=`[^.${l}]`;const w=`${u}*?`;const x="/";const S={DOT_LITERAL:i,PLUS_LITERAL:o,QMARK_LITERAL:a,SLASH_LITERAL:l,ONE_CHAR:c,QMARK:u,END_ANCHOR:f,DOTS_SLASH:h,NO_DOT:d,NO_DOTS:m,NO_DOT_SLASH:v,NO_DOTS_SLASH:y,QMARK_NO_DOT:b,STAR:w,START_ANCHOR:p,SEP:x};const $={...S,SLASH_LITERAL:`[${t}]`,QMARK:r,STAR:`${r}*?`,DOTS_SLASH:`${i}{1,2}(?:[${t}]|$)`,NO_DOT:`(?!${i})`,NO_DOTS:`(?!(?:^|[${t}])${i}{1,2}(?:[${t}]|$))`,NO_DOT_SLASH:`(?!${i}{0,1}(?:[${t}]|$))`,NO_DOTS_SLASH:`(?!${i}{1,2}(?:[${t}]|$))`,QMARK_NO_DOT:`[^.${t}]`,START_ANCHOR:`(?:^|[${t}])`,END_ANCHOR:`(?:[${t}]|$)`,SEP:"\\"};const k={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};e.exports={DEFAULT_MAX_EXTGLOB_RECURSION:s,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:k,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===true?$:S}}},8265:(e,t,r)=>{const s=r(5595);const i=r(4059);const{MAX_LENGTH:o,POSIX_REGEX_SOURCE:a,REGEX_NON_SPECIAL_CHARS:l,REGEX_SPECIAL_CHARS_BACKREF:c,REPLACEMENTS:u}=s;const expandRange=(e,t)=>{if(typeof t.expandRange==="function"){return t.expandRange(...e,t)}e.sort();const r=`[${e.join("-")}]`;try{new RegExp(r)}catch(t){return e.map(e=>i.escapeRegex(e)).join("..")}return r};const syntaxError=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`;const splitTopLevel=e=>{const t=[];let r=0;let s=0;let i=0;let o="";let a=false;for(const l of e){if(a===true){o+=l;a=false;continue}if(l==="\\"){o+=l;a=true;continue}if(l==='"'){i=i===1?0:1;o+=l;continue}if(i===0){if(l==="["){r++}else if(l==="]"&&r>0){r--}else if(r===0){if(l==="("){s++}else if(l===")"&&s>0){s--}else if(l==="|"&&s===0){t.push(o);o="";continue}}}o+=l}t.push(o);return t};const isPlainBranch=e=>{let t=false;for(const r of e){if(t===true){t=false;continue}if(r==="\\"){t=true;continue}if(/[?*+@!()[\]{}]/.test(r)){return false}}return true};const normalizeSimpleBranch=e=>{let t=e.trim();let r=true;while(r===true){r=false;if(/^@\([^\\()[\]{}|]+\)$/.test(t)){t=t.slice(2,-1);r=true}}if(!isPlainBranch(t)){return}return t.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=e=>{const t=e.map(normalizeSimpleBranch).filter(Boolean);for(let e=0;e<t.length;e++){for(let r=e+1;r<t.length;r++){const s=t[e];const i=t[r];const o=s[0];if(!o||s!==o.repeat(s.length)||i!==o.repeat(i.length)){continue}if(s===i||s.startsWith(i)||i.startsWith(s)){return true}}}return false};const parseRepeatedExtglob=(e,t=true)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="("){return}let r=0;let s=0;let i=0;let o=false;for(let a=1;a<e.length;a++){const l=e[a];if(o===true){o=false;continue}if(l==="\\"){o=true;continue}if(l==='"'){i=i===1?0:1;continue}if(i===1){continue}if(l==="["){r++;continue}if(l==="]"&&r>0){r--;continue}if(r>0){continue}if(l==="("){s++;continue}if(l===")"){s--;if(s===0){if(t===true&&a!==e.length-1){return}return{type:e[0],body:e.slice(2,a),end:a}}}}};const buildCharClassStar=e=>{const t=e.length===1?i.escapeRegex(e[0]):`[${e.map(e=>i.escapeRegex(e)).join("")}]`;return`${t}*`};const getStarExtglobSequenceChars=e=>{let t=0;const r=[];while(t<e.length){const s=parseRepeatedExtglob(e.slice(t),false);if(!s||s.type!=="*"){return}const i=splitTopLevel(s.body).map(e=>e.trim());if(i.length!==1){return}const o=normalizeSimpleBranch(i[0]);if(!o||o.length!==1){return}r.push(o);t+=s.end+1}if(r.length<1){return}return r};const repeatedExtglobRecursion=e=>{let t=0;let r=e.trim();let s=parseRepeatedExtglob(r);while(s){t++;r=s.body.trim();s=parseRepeatedExtglob(r)}return t};const analyzeRepeatedExtglob=(e,t)=>{if(t.maxExtglobRecursion===false){return{risky:false}}const r=typeof t.maxExtglobRecursion==="number"?t.maxExtglobRecursion:s.DEFAULT_MAX_EXTGLOB_RECURSION;const i=splitTopLevel(e).map(e=>e.trim());if(i.length>1){if(i.some(e=>e==="")||i.some(e=>/^[*?]+$/.test(e))||hasRepeatedCharPrefixOverlap(i)){return{risky:true}}}const o=[];let a=false;let l=true;for(const e of i){const t=getStarExtglobSequenceChars(e);if(t){a=true;o.push(...t);continue}const s=normalizeSimpleBranch(e);if(s&&s.length===1){o.push(s);continue}l=false;if(repeatedExtglobRecursion(e)>r){return{risky:true}}}if(a){return l?{risky:true,safeOutput:buildCharClassStar([...new Set(o)])}:{risky:true}}return{risky:false}};const parse=(e,t)=>{if(typeof e!=="string"){throw new TypeError("Expected a string")}e=u[e]||e;const r={...t};const f=typeof r.maxLength==="number"?Math.min(o,r.maxLength):o;let p=e.length;if(p>f){throw new SyntaxError(`Input length: ${p}, exceeds maximum allowed length: ${f}`)}const h={type:"bos",value:"",output:r.prepend||""};const d=[h];const m=r.capture?"":"?:";const v=s.globChars(r.windows);const y=s.extglobChars(v);const{DOT_LITERAL:b,PLUS_LITERAL:w,SLASH_LITERAL:x,ONE_CHAR:S,DOTS_SLASH:$,NO_DOT:k,NO_DOT_SLASH:_,NO_DOTS_SLASH:A,QMARK:N,QMARK_NO_DOT:E,STAR:T,START_ANCHOR:I}=v;const globstar=e=>`(${m}(?:(?!${I}${e.dot?$:b}).)*?)`;const C=r.dot?"":k;const O=r.dot?N:E;let L=r.bash===true?globstar(r):T;if(r.capture){L=`(${L})`}if(typeof r.noext==="boolean"){r.noextglob=r.noext}const M={input:e,index:-1,start:0,dot:r.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens:d};e=i.removePrefix(e,M);p=e.length;const P=[];const R=[];const F=[];let B=h;let j;const eos=()=>M.index===p-1;const D=M.peek=(t=1)=>e[M.index+t];const q=M.advance=()=>e[++M.index]||"";const remaining=()=>e.slice(M.index+1);const consume=(e="",t=0)=>{M.consumed+=e;M.index+=t};const append=e=>{M.output+=e.output!=null?e.output:e.value;consume(e.value)};const negate=()=>{let e=1;while(D()==="!"&&(D(2)!=="("||D(3)==="?")){q();M.start++;e++}if(e%2===0){return false}M.negated=true;M.start++;return true};const increment=e=>{M[e]++;F.push(e)};const decrement=e=>{M[e]--;F.pop()};const push=e=>{if(B.type==="globstar"){const t=M.braces>0&&(e.type==="comma"||e.type==="brace");const r=e.extglob===true||P.length&&(e.type==="pipe"||e.type==="paren");if(e.type!=="slash"&&e.type!=="paren"&&!t&&!r){M.output=M.output.slice(0,-B.output.length);B.type="star";B.value="*";B.output=L;M.output+=B.output}}if(P.length&&e.type!=="paren"){P[P.length-1].inner+=e.value}if(e.value||e.output)append(e);if(B&&B.type==="text"&&e.type==="text"){B.output=(B.output||B.value)+e.value;B.value+=e.value;return}e.prev=B;d.push(e);B=e};const extglobOpen=(e,t)=>{const s={...y[t],conditions:1,inner:""};s.prev=B;s.parens=M.parens;s.output=M.output;s.startIndex=M.index;s.tokensIndex=d.length;const i=(r.capture?"(":"")+s.open;increment("parens");push({type:e,value:t,output:M.output?"":S});push({type:"paren",extglob:true,value:q(),output:i});P.push(s)};const extglobClose=s=>{const o=e.slice(s.startIndex,M.index+1);const a=e.slice(s.startIndex+2,M.index);const l=analyzeRepeatedExtglob(a,r);if((s.type==="plus"||s.type==="star")&&l.risky){const e=l.safeOutput?(s.output?"":S)+(r.capture?`(${l.safeOutput})`:l.safeOutput):undefined;const t=d[s.tokensIndex];t.type="text";t.value=o;t.output=e||i.escapeRegex(o);for(let e=s.tokensIndex+1;e<d.length;e++){d[e].value="";d[e].output="";delete d[e].suffix}M.output=s.output+t.output;M.backtrack=true;push({type:"paren",extglob:true,value:j,output:""});decrement("parens");return}let c=s.close+(r.capture?")":"");let u;if(s.type==="negate"){let e=L;if(s.inner&&s.inner.length>1&&s.inner.includes("/")){e=globstar(r)}if(e!==L||eos()||/^\)+$/.test(remaining())){c=s.close=`)$))${e}`}if(s.inner.includes("*")&&(u=remaining())&&/^\.[^\\/.]+$/.test(u)){const r=parse(u,{...t,fastpaths:false}).output;c=s.close=`)${r})${e})`}if(s.prev.type==="bos"){M.negatedExtglob=true}}push({type:"paren",extglob:true,value:j,output:c});decrement("parens")};if(r.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(e)){let s=false;let o=e.replace(c,(e,t,r,i,o,a)=>{if(i==="\\"){s=true;return e}if(i==="?"){if(t){return t+i+(o?N.repeat(o.length):"")}if(a===0){return O+(o?N.repeat(o.length):"")}return N.repeat(r.length)}if(i==="."){return b.repeat(r.length)}if(i==="*"){if(t){return t+i+(o?L:"")}return L}return t?e:`\\${e}`});if(s===true){if(r.unescape===true){o=o.replace(/\\/g,"")}else{o=o.replace(/\\+/g,e=>e.length%2===0?"\\\\":e?"\\":"")}}if(o===e&&r.contains===true){M.output=e;return M}M.output=i.wrapOutput(o,M,t);return M}while(!eos()){j=q();if(j==="\0"){continue}if(j==="\\"){const e=D();if(e==="/"&&r.bash!==true){continue}if(e==="."||e===";"){continue}if(!e){j+="\\";push({type:"text",value:j});continue}const t=/^\\+/.exec(remaining());let s=0;if(t&&t[0].length>2){s=t[0].length;M.index+=s;if(s%2!==0){j+="\\"}}if(r.unescape===true){j=q()}else{j+=q()}if(M.brackets===0){push({type:"text",value:j});continue}}if(M.brackets>0&&(j!=="]"||B.value==="["||B.value==="[^")){if(r.posix!==false&&j===":"){const e=B.value.slice(1);if(e.includes("[")){B.posix=true;if(e.includes(":")){const e=B.value.lastIndexOf("[");const t=B.value.slice(0,e);const r=B.value.slice(e+2);const s=a[r];if(s){B.value=t+s;M.backtrack=true;q();if(!h.output&&d.indexOf(B)===1){h.output=S}continue}}}}if(j==="["&&D()!==":"||j==="-"&&D()==="]"){j=`\\${j}`}if(j==="]"&&(B.value==="["||B.value==="[^")){j=`\\${j}`}if(r.posix===true&&j==="!"&&B.value==="["){j="^"}B.value+=j;append({value:j});continue}if(M.quotes===1&&j!=='"'){j=i.escapeRegex(j);B.value+=j;append({value:j});continue}if(j==='"'){M.quotes=M.quotes===1?0:1;if(r.keepQuotes===true){push({type:"text",value:j})}continue}if(j==="("){increment("parens");push({type:"paren",value:j});continue}if(j===")"){if(M.parens===0&&r.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const e=P[P.length-1];if(e&&M.parens===e.parens+1){extglobClose(P.pop());continue}push({type:"paren",value:j,output:M.parens?")":"\\)"});decrement("parens");continue}if(j==="["){if(r.nobracket===true||!remaining().includes("]")){if(r.nobracket!==true&&r.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}j=`\\${j}`}else{increment("brackets")}push({type:"bracket",value:j});continue}if(j==="]"){if(r.nobracket===true||B&&B.type==="bracket"&&B.value.length===1){push({type:"text",value:j,output:`\\${j}`});continue}if(M.brackets===0){if(r.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value:j,output:`\\${j}`});continue}decrement("brackets");const e=B.value.slice(1);if(B.posix!==true&&e[0]==="^"&&!e.includes("/")){j=`/${j}`}B.value+=j;append({value:j});if(r.literalBrackets===false||i.hasRegexChars(e)){continue}const t=i.escapeRegex(B.value);M.output=M.output.slice(0,-B.value.length);if(r.literalBrackets===true){M.output+=t;B.value=t;continue}B.value=`(${m}${t}|${B.value})`;M.output+=B.value;continue}if(j==="{"&&r.nobrace!==true){increment("braces");const e={type:"brace",value:j,output:"(",outputIndex:M.output.length,tokensIndex:M.tokens.length};R.push(e);push(e);continue}if(j==="}"){const e=R[R.length-1];if(r.nobrace===true||!e){push({type:"text",value:j,output:j});continue}let t=")";if(e.dots===true){const e=d.slice();const s=[];for(let t=e.length-1;t>=0;t--){d.pop();if(e[t].type==="brace"){break}if(e[t].type!=="dots"){s.unshift(e[t].value)}}t=expandRange(s,r);M.backtrack=true}if(e.comma!==true&&e.dots!==true){const r=M.output.slice(0,e.outputIndex);const s=M.tokens.slice(e.tokensIndex);e.value=e.output="\\{";j=t="\\}";M.output=r;for(const e of s){M.output+=e.output||e.value}}push({type:"brace",value:j,output:t});decrement("braces");R.pop();continue}if(j==="|"){if(P.length>0){P[P.length-1].conditions++}push({type:"text",value:j});continue}if(j===","){let e=j;const t=R[R.length-1];if(t&&F[F.length-1]==="braces"){t.comma=true;e="|"}push({type:"comma",value:j,output:e});continue}if(j==="/"){if(B.type==="dot"&&M.index===M.start+1){M.start=M.index+1;M.consumed="";M.output="";d.pop();B=h;continue}push({type:"slash",value:j,output:x});continue}if(j==="."){if(M.braces>0&&B.type==="dot"){if(B.value===".")B.output=b;const e=R[R.length-1];B.type="dots";B.output+=j;B.value+=j;e.dots=true;continue}if(M.braces+M.parens===0&&B.type!=="bos"&&B.type!=="slash"){push({type:"text",value:j,output:b});continue}push({type:"dot",value:j,output:b});continue}if(j==="?"){const e=B&&B.value==="(";if(!e&&r.noextglob!==true&&D()==="("&&D(2)!=="?"){extglobOpen("qmark",j);continue}if(B&&B.type==="paren"){const e=D();let t=j;if(B.value==="("&&!/[!=<:]/.test(e)||e==="<"&&!/<([!=]|\w+>)/.test(remaining())){t=`\\${j}`}push({type:"text",value:j,output:t});continue}if(r.dot!==true&&(B.type==="slash"||B.type==="bos")){push({type:"qmark",value:j,output:E});continue}push({type:"qmark",value:j,output:N});continue}if(j==="!"){if(r.noextglob!==true&&D()==="("){if(D(2)!=="?"||!/[!=<:]/.test(D(3))){extglobOpen("negate",j);continue}}if(r.nonegate!==true&&M.index===0){negate();continue}}if(j==="+"){if(r.noextglob!==true&&D()==="("&&D(2)!=="?"){extglobOpen("plus",j);continue}if(B&&B.value==="("||r.regex===false){push({type:"plus",value:j,output:w});continue}if(B&&(B.type==="bracket"||B.type==="paren"||B.type==="brace")||M.parens>0){push({type:"plus",value:j});continue}push({type:"plus",value:w});continue}if(j==="@"){if(r.noextglob!==true&&D()==="("&&D(2)!=="?"){push({type:"at",extglob:true,value:j,output:""});continue}push({type:"text",value:j});continue}if(j!=="*"){if(j==="$"||j==="^"){j=`\\${j}`}const e=l.exec(remaining());if(e){j+=e[0];M.index+=e[0].length}push({type:"text",value:j});continue}if(B&&(B.type==="globstar"||B.star===true)){B.type="star";B.star=true;B.value+=j;B.output=L;M.backtrack=true;M.globstar=true;consume(j);continue}let t=remaining();if(r.noextglob!==true&&/^\([^?]/.test(t)){extglobOpen("star",j);continue}if(B.type==="star"){if(r.noglobstar===true){consume(j);continue}const s=B.prev;const i=s.prev;const o=s.type==="slash"||s.type==="bos";const a=i&&(i.type==="star"||i.type==="globstar");if(r.bash===true&&(!o||t[0]&&t[0]!=="/")){push({type:"star",value:j,output:""});continue}const l=M.braces>0&&(s.type==="comma"||s.type==="brace");const c=P.length&&(s.type==="pipe"||s.type==="paren");if(!o&&s.type!=="paren"&&!l&&!c){push({type:"star",value:j,output:""});continue}while(t.slice(0,3)==="/**"){const r=e[M.index+4];if(r&&r!=="/"){break}t=t.slice(3);consume("/**",3)}const u=eos()||M.parens>0&&t===")".repeat(M.parens)&&!P.some(e=>e.type==="negate");if(s.type==="bos"&&eos()){B.type="globstar";B.value+=j;B.output=globstar(r);M.output=B.output;M.globstar=true;consume(j);continue}if(s.type==="slash"&&s.prev.type!=="bos"&&!a&&u){M.output=M.output.slice(0,-(s.output+B.output).length);s.output=`(?:${s.output}`;B.type="globstar";B.output=globstar(r)+(r.strictSlashes?")":"|$)");B.value+=j;M.globstar=true;M.output+=s.output+B.output;consume(j);continue}if(s.type==="slash"&&s.prev.type!=="bos"&&t[0]==="/"){const e=t[1]!==void 0?"|$":"";M.output=M.output.slice(0,-(s.output+B.output).length);s.output=`(?:${s.output}`;B.type="globstar";B.output=`${globstar(r)}${x}|${x}${e})`;B.value+=j;M.output+=s.output+B.output;M.globstar=true;consume(j+q());push({type:"slash",value:"/",output:""});continue}if(s.type==="bos"&&t[0]==="/"){B.type="globstar";B.value+=j;B.output=`(?:^|${x}|${globstar(r)}${x})`;M.output=B.output;M.globstar=true;consume(j+q());push({type:"slash",value:"/",output:""});continue}M.output=M.output.slice(0,-B.output.length);B.type="globstar";B.output=globstar(r);B.value+=j;M.output+=B.output;M.globstar=true;consume(j);continue}const s={type:"star",value:j,output:L};if(r.bash===true){s.output=".*?";if(B.type==="bos"||B.type==="slash"){s.output=C+s.output}push(s);continue}if(B&&(B.type==="bracket"||B.type==="paren")&&r.regex===true){s.output=j;push(s);continue}if(M.index===M.start||B.type==="slash"||B.type==="dot"){if(B.type==="dot"){M.output+=_;B.output+=_}else if(r.dot===true){M.output+=A;B.output+=A}else{M.output+=C;B.output+=C}if(D()!=="*"){M.output+=S;B.output+=S}}push(s)}while(M.brackets>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));M.output=i.escapeLast(M.output,"[");decrement("brackets")}while(M.parens>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));M.output=i.escapeLast(M.output,"(");decrement("parens")}while(M.braces>0){if(r.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));M.output=i.escapeLast(M.output,"{");decrement("braces")}if(r.strictSlashes!==true&&(B.type==="star"||B.type==="bracket")){push({type:"maybe_slash",value:"",output:`${x}?`})}if(M.backtrack===true){M.output="";for(const e of M.tokens){M.output+=e.output!=null?e.output:e.value;if(e.suffix){M.output+=e.suffix}}}return M};parse.fastpaths=(e,t)=>{const r={...t};const a=typeof r.maxLength==="number"?Math.min(o,r.maxLength):o;const l=e.length;if(l>a){throw new SyntaxError(`Input length: ${l}, exceeds maximum allowed length: ${a}`)}e=u[e]||e;const{DOT_LITERAL:c,SLASH_LITERAL:f,ONE_CHAR:p,DOTS_SLASH:h,NO_DOT:d,NO_DOTS:m,NO_DOTS_SLASH:v,STAR:y,START_ANCHOR:b}=s.globChars(r.windows);const w=r.dot?m:d;const x=r.dot?v:d;const S=r.capture?"":"?:";const $={negated:false,prefix:""};let k=r.bash===true?".*?":y;if(r.capture){k=`(${k})`}const globstar=e=>{if(e.noglobstar===true)return k;return`(${S}(?:(?!${b}${e.dot?h:c}).)*?)`};const create=e=>{switch(e){case"*":return`${w}${p}${k}`;case".*":return`${c}${p}${k}`;case"*.*":return`${w}${k}${c}${p}${k}`;case"*/*":return`${w}${k}${f}${p}${x}${k}`;case"**":return w+globstar(r);case"**/*":return`(?:${w}${globstar(r)}${f})?${x}${p}${k}`;case"**/*.*":return`(?:${w}${globstar(r)}${f})?${x}${k}${c}${p}${k}`;case"**/.*":return`(?:${w}${globstar(r)}${f})?${c}${p}${k}`;default:{const t=/^(.*?)\.(\w+)$/.exec(e);if(!t)return;const r=create(t[1]);if(!r)return;return r+c+t[2]}}};const _=i.removePrefix(e,$);let A=create(_);if(A&&r.strictSlashes!==true){A+=`${f}?`}return A};e.exports=parse},8016:(e,t,r)=>{const s=r(1781);const i=r(8265);const o=r(4059);const a=r(5595);const isObject=e=>e&&typeof e==="object"&&!Array.isArray(e);const picomatch=(e,t,r=false)=>{if(Array.isArray(e)){const s=e.map(e=>picomatch(e,t,r));const arrayMatcher=e=>{for(const t of s){const r=t(e);if(r)return r}return false};return arrayMatcher}const s=isObject(e)&&e.tokens&&e.input;if(e===""||typeof e!=="string"&&!s){throw new TypeError("Expected pattern to be a non-empty string")}const i=t||{};const o=i.windows;const a=s?picomatch.compileRe(e,t):picomatch.makeRe(e,t,false,true);const l=a.state;delete a.state;let isIgnored=()=>false;if(i.ignore){const e={...t,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(i.ignore,e,r)}const matcher=(r,s=false)=>{const{isMatch:c,match:u,output:f}=picomatch.test(r,a,t,{glob:e,posix:o});const p={glob:e,state:l,regex:a,posix:o,input:r,output:f,match:u,isMatch:c};if(typeof i.onResult==="function"){i.onResult(p)}if(c===false){p.isMatch=false;return s?p:false}if(isIgnored(r)){if(typeof i.onIgnore==="function"){i.onIgnore(p)}p.isMatch=false;return s?p:false}if(typeof i.onMatch==="function"){i.onMatch(p)}return s?p:true};if(r){matcher.state=l}return matcher};picomatch.test=(e,t,r,{glob:s,posix:i}={})=>{if(typeof e!=="string"){throw new TypeError("Expected input to be a string")}if(e===""){return{isMatch:false,output:""}}const a=r||{};const l=a.format||(i?o.toPosixSlashes:null);let c=e===s;let u=c&&l?l(e):e;if(c===false){u=l?l(e):e;c=u===s}if(c===false||a.capture===true){if(a.matchBase===true||a.basename===true){c=picomatch.matchBase(e,t,r,i)}else{c=t.exec(u)}}return{isMatch:Boolean(c),match:c,output:u}};picomatch.matchBase=(e,t,r,s=r&&r.windows)=>{const i=t instanceof RegExp?t:picomatch.makeRe(t,r);return i.test(o.basename(e,{windows:s}))};picomatch.isMatch=(e,t,r)=>picomatch(t,r)(e);picomatch.parse=(e,t)=>{if(Array.isArray(e))return e.map(e=>picomatch.parse(e,t));return i(e,{...t,fastpaths:false})};picomatch.scan=(e,t)=>s(e,t);picomatch.compileRe=(e,t,r=false,s=false)=>{if(r===true){return e.output}const i=t||{};const o=i.contains?"":"^";const a=i.contains?"":"$";let l=`${o}(?:${e.output})${a}`;if(e&&e.negated===true){l=`^(?!${l}).*$`}const c=picomatch.toRegex(l,t);if(s===true){c.state=e}return c};picomatch.makeRe=(e,t={},r=false,s=false)=>{if(!e||typeof e!=="string"){throw new TypeError("Expected a non-empty string")}let o={negated:false,fastpaths:true};if(t.fastpaths!==false&&(e[0]==="."||e[0]==="*")){o.output=i.fastpaths(e,t)}if(!o.output){o=i(e,t)}return picomatch.compileRe(o,t,r,s)};picomatch.toRegex=(e,t)=>{try{const r=t||{};return new RegExp(e,r.flags||(r.nocase?"i":""))}catch(e){if(t&&t.debug===true)throw e;return/$^/}};picomatch.constants=a;e.exports=picomatch},1781:(e,t,r)=>{const s=r(4059);const{CHAR_ASTERISK:i,CHAR_AT:o,CHAR_BACKWARD_SLASH:a,CHAR_COMMA:l,CHAR_DOT:c,CHAR_EXCLAMATION_MARK:u,CHAR_FORWARD_SLASH:f,CHAR_LEFT_CURLY_BRACE:p,CHAR_LEFT_PARENTHESES:h,CHAR_LEFT_SQUARE_BRACKET:d,CHAR_PLUS:m,CHAR_QUESTION_MARK:v,CHAR_RIGHT_CURLY_BRACE:y,CHAR_RIGHT_PARENTHESES:b,CHAR_RIGHT_SQUARE_BRACKET:w}=r(5595);const isPathSeparator=e=>e===f||e===a;const depth=e=>{if(e.isPrefix!==true){e.depth=e.isGlobstar?Infinity:1}};const scan=(e,t)=>{const r=t||{};const x=e.length-1;const S=r.parts===true||r.tokens===true||r.scanToEnd===true;const $=[];const k=[];const _=[];let A=e;let N=-1;let E=0;let T=0;let I=false;let C=false;let O=false;let L=false;let M=false;let P=false;let R=false;let F=false;let B=false;let j=false;let D=0;let q;let V;let U={value:"",depth:0,isGlob:false};const eos=()=>N>=x;const peek=()=>A.charCodeAt(N+1);const advance=()=>{q=V;return A.charCodeAt(++N)};while(N<x){V=advance();let e;if(V===a){R=U.backslashes=true;V=advance();if(V===p){P=true}continue}if(P===true||V===p){D++;while(eos()!==true&&(V=advance())){if(V===a){R=U.backslashes=true;advance();continue}if(V===p){D++;continue}if(P!==true&&V===c&&(V=advance())===c){I=U.isBrace=true;O=U.isGlob=true;j=true;if(S===true){continue}break}if(P!==true&&V===l){I=U.isBrace=true;O=U.isGlob=true;j=true;if(S===true){continue}break}if(V===y){D--;if(D===0){P=false;I=U.isBrace=true;j=true;break}}}if(S===true){continue}break}if(V===f){$.push(N);k.push(U);U={value:"",depth:0,isGlob:false};if(j===true)continue;if(q===c&&N===E+1){E+=2;continue}T=N+1;continue}if(r.noext!==true){const e=V===m||V===o||V===i||V===v||V===u;if(e===true&&peek()===h){O=U.isGlob=true;L=U.isExtglob=true;j=true;if(V===u&&N===E){B=true}if(S===true){let e=0;while(eos()!==true&&(V=advance())){if(V===a){R=U.backslashes=true;advance();continue}if(V===h){e++;continue}if(V===b&&--e===0){j=true;break}}continue}break}}if(V===i){if(q===i)M=U.isGlobstar=true;O=U.isGlob=true;j=true;if(S===true){continue}break}if(V===v){O=U.isGlob=true;j=true;if(S===true){continue}break}if(V===d){while(eos()!==true&&(e=advance())){if(e===a){R=U.backslashes=true;advance();continue}if(e===w){C=U.isBracket=true;O=U.isGlob=true;j=true;break}}if(S===true){continue}break}if(r.nonegate!==true&&V===u&&N===E){F=U.negated=true;E++;continue}if(r.noparen!==true&&V===h){O=U.isGlob=true;if(S===true){let e=1;while(eos()!==true&&(V=advance())){if(V===a){R=U.backslashes=true;advance();continue}if(V===h){e++;continue}if(V===b&&--e===0){j=true;break}}continue}break}if(O===true){j=true;if(S===true){continue}break}}if(r.noext===true){L=false;O=false}let K=A;let z="";let H="";if(E>0){z=A.slice(0,E);A=A.slice(E);T-=E}if(K&&O===true&&T>0){K=A.slice(0,T);H=A.slice(T)}else if(O===true){K="";H=A}else{K=A}if(K&&K!==""&&K!=="/"&&K!==A){if(isPathSeparator(K.charCodeAt(K.length-1))){K=K.slice(0,-1)}}if(r.unescape===true){if(H)H=s.removeBackslashes(H);if(K&&R===true){K=s.removeBackslashes(K)}}const G={prefix:z,input:e,start:E,base:K,glob:H,isBrace:I,isBracket:C,isGlob:O,isExtglob:L,isGlobstar:M,negated:F,negatedExtglob:B};if(r.tokens===true){G.maxDepth=0;if(!isPathSeparator(V)){k.push(U)}G.tokens=k}if(r.parts===true||r.tokens===true){let t;for(let s=0;s<$.length;s++){const i=t!==undefined?t+1:E;const o=$[s];const a=e.slice(i,o);if(r.tokens){if(s===0&&E!==0){k[s].isPrefix=true;k[s].value=z}else{k[s].value=a}depth(k[s]);G.maxDepth+=k[s].depth}if(o>=E){_.push(a);t=o}}const s=t!==undefined?t+1:E;const i=e.slice(s);_.push(i);if(r.tokens&&t&&t+1<e.length){k[k.length-1].value=i;depth(k[k.length-1]);G.maxDepth+=k[k.length-1].depth}G.slashes=$;G.parts=_}return G};e.exports=scan},4059:(e,t,r)=>{const{REGEX_BACKSLASH:s,REGEX_REMOVE_BACKSLASH:i,REGEX_SPECIAL_CHARS:o,REGEX_SPECIAL_CHARS_GLOBAL:a}=r(5595);t.isObject=e=>e!==null&&typeof e==="object"&&!Array.isArray(e);t.hasRegexChars=e=>o.test(e);t.isRegexChar=e=>e.length===1&&t.hasRegexChars(e);t.escapeRegex=e=>e.replace(a,"\\$1");t.toPosixSlashes=e=>e.replace(s,"/");t.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};t.removeBackslashes=e=>e.replace(i,e=>e==="\\"?"":e);t.escapeLast=(e,r,s)=>{const i=e.lastIndexOf(r,s);if(i===-1)return e;if(e[i-1]==="\\")return t.escapeLast(e,r,i-1);return`${e.slice(0,i)}\\${e.slice(i)}`};t.removePrefix=(e,t={})=>{let r=e;if(r.startsWith("./")){r=r.slice(2);t.prefix="./"}return r};t.wrapOutput=(e,t={},r={})=>{const s=r.contains?"":"^";const i=r.contains?"":"$";let o=`${s}(?:${e})${i}`;if(t.negated===true){o=`(?:^(?!${o}).*$)`}return o};t.basename=(e,{windows:t}={})=>{const r=e.split(t?/[\\/]/:"/");const s=r[r.length-1];if(s===""){return r[r.length-2]}return s}},181:e=>{e.exports=require("buffer")},932:e=>{e.exports=require("process")},7349:(e,t,r)=>{var s=r(1127);var i=r(3301);var o=r(4454);var a=r(2223);var l=r(7103);var c=r(334);var u=r(3142);function resolveCollection(e,t,r,s,i,o){const a=r.type==="block-map"?l.resolveBlockMap(e,t,r,s,o):r.type==="block-seq"?c.resolveBlockSeq(e,t,r,s,o):u.resolveFlowCollection(e,t,r,s,o);const f=a.constructor;if(i==="!"||i===f.tagName){a.tag=f.tagName;return a}if(i)a.tag=i;return a}function composeCollection(e,t,r,l,c){const u=l.tag;const f=!u?null:t.directives.tagName(u.source,e=>c(u,"TAG_RESOLVE_FAILED",e));if(r.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=l;const r=e&&u?e.offset>u.offset?e:u:e??u;if(r&&(!t||t.offset<r.offset)){const e="Missing newline after block sequence props";c(r,"MISSING_CHAR",e)}}const p=r.type==="block-map"?"map":r.type==="block-seq"?"seq":r.start.source==="{"?"map":"seq";if(!u||!f||f==="!"||f===o.YAMLMap.tagName&&p==="map"||f===a.YAMLSeq.tagName&&p==="seq"){return resolveCollection(e,t,r,c,f)}let h=t.schema.tags.find(e=>e.tag===f&&e.collection===p);if(!h){const s=t.schema.knownTags[f];if(s?.collection===p){t.schema.tags.push(Object.assign({},s,{default:false}));h=s}else{if(s){c(u,"BAD_COLLECTION_TYPE",`${s.tag} used for ${p} collection, but expects ${s.collection??"scalar"}`,true)}else{c(u,"TAG_RESOLVE_FAILED",`Unresolved tag: ${f}`,true)}return resolveCollection(e,t,r,c,f)}}const d=resolveCollection(e,t,r,c,f,h);const m=h.resolve?.(d,e=>c(u,"TAG_RESOLVE_FAILED",e),t.options)??d;const v=s.isNode(m)?m:new i.Scalar(m);v.range=d.range;v.tag=f;if(h?.format)v.format=h.format;return v}t.composeCollection=composeCollection},3683:(e,t,r)=>{var s=r(3021);var i=r(5937);var o=r(7788);var a=r(4631);function composeDoc(e,t,{offset:r,start:l,value:c,end:u},f){const p=Object.assign({_directives:t},e);const h=new s.Document(undefined,p);const d={atKey:false,atRoot:true,directives:h.directives,options:h.options,schema:h.schema};const m=a.resolveProps(l,{indicator:"doc-start",next:c??u?.[0],offset:r,onError:f,parentIndent:0,startOnNewline:true});if(m.found){h.directives.docStart=true;if(c&&(c.type==="block-map"||c.type==="block-seq")&&!m.hasNewline)f(m.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}h.contents=c?i.composeNode(d,c,m,f):i.composeEmptyNode(d,m.end,l,null,m,f);const v=h.contents.range[2];const y=o.resolveEnd(u,v,false,f);if(y.comment)h.comment=y.comment;h.range=[r,v,y.offset];return h}t.composeDoc=composeDoc},5937:(e,t,r)=>{var s=r(4065);var i=r(1127);var o=r(7349);var a=r(5413);var l=r(7788);var c=r(2599);const u={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,r,s){const l=e.atKey;const{spaceBefore:c,comment:f,anchor:p,tag:h}=r;let d;let m=true;switch(t.type){case"alias":d=composeAlias(e,t,s);if(p||h)s(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":d=a.composeScalar(e,t,h,s);if(p)d.anchor=p.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{d=o.composeCollection(u,e,t,r,s);if(p)d.anchor=p.source.substring(1)}catch(e){const r=e instanceof Error?e.message:String(e);s(t,"RESOURCE_EXHAUSTION",r)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;s(t,"UNEXPECTED_TOKEN",e);m=false}}d??(d=composeEmptyNode(e,t.offset,undefined,null,r,s));if(p&&d.anchor==="")s(p,"BAD_ALIAS","Anchor cannot be an empty string");if(l&&e.options.stringKeys&&(!i.isScalar(d)||typeof d.value!=="string"||d.tag&&d.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";s(h??t,"NON_STRING_KEY",e)}if(c)d.spaceBefore=true;if(f){if(t.type==="scalar"&&t.source==="")d.comment=f;else d.commentBefore=f}if(e.options.keepSourceTokens&&m)d.srcToken=t;return d}function composeEmptyNode(e,t,r,s,{spaceBefore:i,comment:o,anchor:l,tag:u,end:f},p){const h={type:"scalar",offset:c.emptyScalarPosition(t,r,s),indent:-1,source:""};const d=a.composeScalar(e,h,u,p);if(l){d.anchor=l.source.substring(1);if(d.anchor==="")p(l,"BAD_ALIAS","Anchor cannot be an empty string")}if(i)d.spaceBefore=true;if(o){d.comment=o;d.range[2]=f}return d}function composeAlias({options:e},{offset:t,source:r,end:i},o){const a=new s.Alias(r.substring(1));if(a.source==="")o(t,"BAD_ALIAS","Alias cannot be an empty string");if(a.source.endsWith(":"))o(t+r.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const c=t+r.length;const u=l.resolveEnd(i,c,e.strict,o);a.range=[t,c,u.offset];if(u.comment)a.comment=u.comment;return a}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,r)=>{var s=r(1127);var i=r(3301);var o=r(8913);var a=r(6842);function composeScalar(e,t,r,l){const{value:c,type:u,comment:f,range:p}=t.type==="block-scalar"?o.resolveBlockScalar(e,t,l):a.resolveFlowScalar(t,e.options.strict,l);const h=r?e.directives.tagName(r.source,e=>l(r,"TAG_RESOLVE_FAILED",e)):null;let d;if(e.options.stringKeys&&e.atKey){d=e.schema[s.SCALAR]}else if(h)d=findScalarTagByName(e.schema,c,h,r,l);else if(t.type==="scalar")d=findScalarTagByTest(e,c,t,l);else d=e.schema[s.SCALAR];let m;try{const o=d.resolve(c,e=>l(r??t,"TAG_RESOLVE_FAILED",e),e.options);m=s.isScalar(o)?o:new i.Scalar(o)}catch(e){const s=e instanceof Error?e.message:String(e);l(r??t,"TAG_RESOLVE_FAILED",s);m=new i.Scalar(c)}m.range=p;m.source=c;if(u)m.type=u;if(h)m.tag=h;if(d.format)m.format=d.format;if(f)m.comment=f;return m}function findScalarTagByName(e,t,r,i,o){if(r==="!")return e[s.SCALAR];const a=[];for(const t of e.tags){if(!t.collection&&t.tag===r){if(t.default&&t.test)a.push(t);else return t}}for(const e of a)if(e.test?.test(t))return e;const l=e.knownTags[r];if(l&&!l.collection){e.tags.push(Object.assign({},l,{default:false,test:undefined}));return l}o(i,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,r!=="tag:yaml.org,2002:str");return e[s.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:r},i,o,a){const l=r.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(i))||r[s.SCALAR];if(r.compat){const e=r.compat.find(e=>e.default&&e.test?.test(i))??r[s.SCALAR];if(l.tag!==e.tag){const r=t.tagString(l.tag);const s=t.tagString(e.tag);const i=`Value may be parsed as either ${r} or ${s}`;a(o,"TAG_RESOLVE_FAILED",i,true)}}return l}t.composeScalar=composeScalar},9984:(e,t,r)=>{var s=r(932);var i=r(1342);var o=r(3021);var a=r(1464);var l=r(1127);var c=r(3683);var u=r(7788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:r}=e;return[t,t+(typeof r==="string"?r.length:1)]}function parsePrelude(e){let t="";let r=false;let s=false;for(let i=0;i<e.length;++i){const o=e[i];switch(o[0]){case"#":t+=(t===""?"":s?"\n\n":"\n")+(o.substring(1)||" ");r=true;s=false;break;case"%":if(e[i+1]?.[0]!=="#")i+=1;r=false;break;default:if(!r)s=true;r=false}}return{comment:t,afterEmptyLine:s}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,r,s)=>{const i=getErrorPos(e);if(s)this.warnings.push(new a.YAMLWarning(i,t,r));else this.errors.push(new a.YAMLParseError(i,t,r))};this.directives=new i.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:r,afterEmptyLine:s}=parsePrelude(this.prelude);if(r){const i=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${r}`:r}else if(s||e.directives.docStart||!i){e.commentBefore=r}else if(l.isCollection(i)&&!i.flow&&i.items.length>0){let e=i.items[0];if(l.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${r}\n${t}`:r}else{const e=i.commentBefore;i.commentBefore=e?`${r}\n${e}`:r}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,r=-1){for(const t of e)yield*this.next(t);yield*this.end(t,r)}*next(e){if(s.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,r,s)=>{const i=getErrorPos(e);i[0]+=t;this.onError(i,"BAD_DIRECTIVE",r,s)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const r=new a.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(r);else this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new a.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=u.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new a.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const r=new o.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");r.range=[0,t,t];this.decorate(r,false);yield r}}}t.Composer=Composer},7103:(e,t,r)=>{var s=r(7165);var i=r(4454);var o=r(4631);var a=r(9499);var l=r(4051);var c=r(1187);const u="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},r,f,p,h){const d=h?.nodeClass??i.YAMLMap;const m=new d(r.schema);if(r.atRoot)r.atRoot=false;let v=f.offset;let y=null;for(const i of f.items){const{start:h,key:d,sep:b,value:w}=i;const x=o.resolveProps(h,{indicator:"explicit-key-ind",next:d??b?.[0],offset:v,onError:p,parentIndent:f.indent,startOnNewline:true});const S=!x.found;if(S){if(d){if(d.type==="block-seq")p(v,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in d&&d.indent!==f.indent)p(v,"BAD_INDENT",u)}if(!x.anchor&&!x.tag&&!b){y=x.end;if(x.comment){if(m.comment)m.comment+="\n"+x.comment;else m.comment=x.comment}continue}if(x.newlineAfterProp||a.containsNewline(d)){p(d??h[h.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(x.found?.indent!==f.indent){p(v,"BAD_INDENT",u)}r.atKey=true;const $=x.end;const k=d?e(r,d,x,p):t(r,$,h,null,x,p);if(r.schema.compat)l.flowIndentCheck(f.indent,d,p);r.atKey=false;if(c.mapIncludes(r,m.items,k))p($,"DUPLICATE_KEY","Map keys must be unique");const _=o.resolveProps(b??[],{indicator:"map-value-ind",next:w,offset:k.range[2],onError:p,parentIndent:f.indent,startOnNewline:!d||d.type==="block-scalar"});v=_.end;if(_.found){if(S){if(w?.type==="block-map"&&!_.hasNewline)p(v,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(r.options.strict&&x.start<_.found.offset-1024)p(k.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const o=w?e(r,w,_,p):t(r,v,b,null,_,p);if(r.schema.compat)l.flowIndentCheck(f.indent,w,p);v=o.range[2];const a=new s.Pair(k,o);if(r.options.keepSourceTokens)a.srcToken=i;m.items.push(a)}else{if(S)p(k.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(_.comment){if(k.comment)k.comment+="\n"+_.comment;else k.comment=_.comment}const e=new s.Pair(k);if(r.options.keepSourceTokens)e.srcToken=i;m.items.push(e)}}if(y&&y<v)p(y,"IMPOSSIBLE","Map comment with trailing content");m.range=[f.offset,v,y??v];return m}t.resolveBlockMap=resolveBlockMap},8913:(e,t,r)=>{var s=r(3301);function resolveBlockScalar(e,t,r){const i=t.offset;const o=parseBlockScalarHeader(t,e.options.strict,r);if(!o)return{value:"",type:null,comment:"",range:[i,i,i]};const a=o.mode===">"?s.Scalar.BLOCK_FOLDED:s.Scalar.BLOCK_LITERAL;const l=t.source?splitLines(t.source):[];let c=l.length;for(let e=l.length-1;e>=0;--e){const t=l[e][1];if(t===""||t==="\r")c=e;else break}if(c===0){const e=o.chomp==="+"&&l.length>0?"\n".repeat(Math.max(1,l.length-1)):"";let r=i+o.length;if(t.source)r+=t.source.length;return{value:e,type:a,comment:o.comment,range:[i,r,r]}}let u=t.indent+o.indent;let f=t.offset+o.length;let p=0;for(let t=0;t<c;++t){const[s,i]=l[t];if(i===""||i==="\r"){if(o.indent===0&&s.length>u)u=s.length}else{if(s.length<u){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";r(f+s.length,"MISSING_CHAR",e)}if(o.indent===0)u=s.length;p=t;if(u===0&&!e.atRoot){const e="Block scalar values in collections must be indented";r(f,"BAD_INDENT",e)}break}f+=s.length+i.length+1}for(let e=l.length-1;e>=c;--e){if(l[e][0].length>u)c=e+1}let h="";let d="";let m=false;for(let e=0;e<p;++e)h+=l[e][0].slice(u)+"\n";for(let e=p;e<c;++e){let[t,i]=l[e];f+=t.length+i.length+1;const c=i[i.length-1]==="\r";if(c)i=i.slice(0,-1);if(i&&t.length<u){const e=o.indent?"explicit indentation indicator":"first line";const s=`Block scalar lines must not be less indented than their ${e}`;r(f-i.length-(c?2:1),"BAD_INDENT",s);t=""}if(a===s.Scalar.BLOCK_LITERAL){h+=d+t.slice(u)+i;d="\n"}else if(t.length>u||i[0]==="\t"){if(d===" ")d="\n";else if(!m&&d==="\n")d="\n\n";h+=d+t.slice(u)+i;d="\n";m=true}else if(i===""){if(d==="\n")h+="\n";else d="\n"}else{h+=d+i;d=" ";m=false}}switch(o.chomp){case"-":break;case"+":for(let e=c;e<l.length;++e)h+="\n"+l[e][0].slice(u);if(h[h.length-1]!=="\n")h+="\n";break;default:h+="\n"}const v=i+o.length+t.source.length;return{value:h,type:a,comment:o.comment,range:[i,v,v]}}function parseBlockScalarHeader({offset:e,props:t},r,s){if(t[0].type!=="block-scalar-header"){s(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:i}=t[0];const o=i[0];let a=0;let l="";let c=-1;for(let t=1;t<i.length;++t){const r=i[t];if(!l&&(r==="-"||r==="+"))l=r;else{const s=Number(r);if(!a&&s)a=s;else if(c===-1)c=e+t}}if(c!==-1)s(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let u=false;let f="";let p=i.length;for(let e=1;e<t.length;++e){const i=t[e];switch(i.type){case"space":u=true;case"newline":p+=i.source.length;break;case"comment":if(r&&!u){const e="Comments must be separated from other tokens by white space characters";s(i,"MISSING_CHAR",e)}p+=i.source.length;f=i.source.substring(1);break;case"error":s(i,"UNEXPECTED_TOKEN",i.message);p+=i.source.length;break;default:{const e=`Unexpected token in block scalar header: ${i.type}`;s(i,"UNEXPECTED_TOKEN",e);const t=i.source;if(t&&typeof t==="string")p+=t.length}}}return{mode:o,indent:a,chomp:l,comment:f,length:p}}function splitLines(e){const t=e.split(/\n( *)/);const r=t[0];const s=r.match(/^( *)/);const i=s?.[1]?[s[1],r.slice(s[1].length)]:["",r];const o=[i];for(let e=1;e<t.length;e+=2)o.push([t[e],t[e+1]]);return o}t.resolveBlockScalar=resolveBlockScalar},334:(e,t,r)=>{var s=r(2223);var i=r(4631);var o=r(4051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},r,a,l,c){const u=c?.nodeClass??s.YAMLSeq;const f=new u(r.schema);if(r.atRoot)r.atRoot=false;if(r.atKey)r.atKey=false;let p=a.offset;let h=null;for(const{start:s,value:c}of a.items){const u=i.resolveProps(s,{indicator:"seq-item-ind",next:c,offset:p,onError:l,parentIndent:a.indent,startOnNewline:true});if(!u.found){if(u.anchor||u.tag||c){if(c?.type==="block-seq")l(u.end,"BAD_INDENT","All sequence items must start at the same column");else l(p,"MISSING_CHAR","Sequence item without - indicator")}else{h=u.end;if(u.comment)f.comment=u.comment;continue}}const d=c?e(r,c,u,l):t(r,u.end,s,null,u,l);if(r.schema.compat)o.flowIndentCheck(a.indent,c,l);p=d.range[2];f.items.push(d)}f.range=[a.offset,p,h??p];return f}t.resolveBlockSeq=resolveBlockSeq},7788:(e,t)=>{function resolveEnd(e,t,r,s){let i="";if(e){let o=false;let a="";for(const l of e){const{source:e,type:c}=l;switch(c){case"space":o=true;break;case"comment":{if(r&&!o)s(l,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!i)i=t;else i+=a+t;a="";break}case"newline":if(i)a+=e;o=true;break;default:s(l,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:i,offset:t}}t.resolveEnd=resolveEnd},3142:(e,t,r)=>{var s=r(1127);var i=r(7165);var o=r(4454);var a=r(2223);var l=r(7788);var c=r(4631);var u=r(9499);var f=r(1187);const p="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},r,h,d,m){const v=h.start.source==="{";const y=v?"flow map":"flow sequence";const b=m?.nodeClass??(v?o.YAMLMap:a.YAMLSeq);const w=new b(r.schema);w.flow=true;const x=r.atRoot;if(x)r.atRoot=false;if(r.atKey)r.atKey=false;let S=h.offset+h.start.source.length;for(let a=0;a<h.items.length;++a){const l=h.items[a];const{start:m,key:b,sep:x,value:$}=l;const k=c.resolveProps(m,{flow:y,indicator:"explicit-key-ind",next:b??x?.[0],offset:S,onError:d,parentIndent:h.indent,startOnNewline:false});if(!k.found){if(!k.anchor&&!k.tag&&!x&&!$){if(a===0&&k.comma)d(k.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${y}`);else if(a<h.items.length-1)d(k.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${y}`);if(k.comment){if(w.comment)w.comment+="\n"+k.comment;else w.comment=k.comment}S=k.end;continue}if(!v&&r.options.strict&&u.containsNewline(b))d(b,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(a===0){if(k.comma)d(k.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${y}`)}else{if(!k.comma)d(k.start,"MISSING_CHAR",`Missing , between ${y} items`);if(k.comment){let e="";e:for(const t of m){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=w.items[w.items.length-1];if(s.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;k.comment=k.comment.substring(e.length+1)}}}if(!v&&!x&&!k.found){const s=$?e(r,$,k,d):t(r,k.end,x,null,k,d);w.items.push(s);S=s.range[2];if(isBlock($))d(s.range,"BLOCK_IN_FLOW",p)}else{r.atKey=true;const s=k.end;const a=b?e(r,b,k,d):t(r,s,m,null,k,d);if(isBlock(b))d(a.range,"BLOCK_IN_FLOW",p);r.atKey=false;const u=c.resolveProps(x??[],{flow:y,indicator:"map-value-ind",next:$,offset:a.range[2],onError:d,parentIndent:h.indent,startOnNewline:false});if(u.found){if(!v&&!k.found&&r.options.strict){if(x)for(const e of x){if(e===u.found)break;if(e.type==="newline"){d(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(k.start<u.found.offset-1024)d(u.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if($){if("source"in $&&$.source?.[0]===":")d($,"MISSING_CHAR",`Missing space after : in ${y}`);else d(u.start,"MISSING_CHAR",`Missing , or : between ${y} items`)}const _=$?e(r,$,u,d):u.found?t(r,u.end,x,null,u,d):null;if(_){if(isBlock($))d(_.range,"BLOCK_IN_FLOW",p)}else if(u.comment){if(a.comment)a.comment+="\n"+u.comment;else a.comment=u.comment}const A=new i.Pair(a,_);if(r.options.keepSourceTokens)A.srcToken=l;if(v){const e=w;if(f.mapIncludes(r,e.items,a))d(s,"DUPLICATE_KEY","Map keys must be unique");e.items.push(A)}else{const e=new o.YAMLMap(r.schema);e.flow=true;e.items.push(A);const t=(_??a).range;e.range=[a.range[0],t[1],t[2]];w.items.push(e)}S=_?_.range[2]:u.end}}const $=v?"}":"]";const[k,..._]=h.end;let A=S;if(k?.source===$)A=k.offset+k.source.length;else{const e=y[0].toUpperCase()+y.substring(1);const t=x?`${e} must end with a ${$}`:`${e} in block collection must be sufficiently indented and end with a ${$}`;d(S,x?"MISSING_CHAR":"BAD_INDENT",t);if(k&&k.source.length!==1)_.unshift(k)}if(_.length>0){const e=l.resolveEnd(_,A,r.options.strict,d);if(e.comment){if(w.comment)w.comment+="\n"+e.comment;else w.comment=e.comment}w.range=[h.offset,A,e.offset]}else{w.range=[h.offset,A,A]}return w}t.resolveFlowCollection=resolveFlowCollection},6842:(e,t,r)=>{var s=r(3301);var i=r(7788);function resolveFlowScalar(e,t,r){const{offset:o,type:a,source:l,end:c}=e;let u;let f;const _onError=(e,t,s)=>r(o+e,t,s);switch(a){case"scalar":u=s.Scalar.PLAIN;f=plainValue(l,_onError);break;case"single-quoted-scalar":u=s.Scalar.QUOTE_SINGLE;f=singleQuotedValue(l,_onError);break;case"double-quoted-scalar":u=s.Scalar.QUOTE_DOUBLE;f=doubleQuotedValue(l,_onError);break;default:r(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${a}`);return{value:"",type:null,comment:"",range:[o,o+l.length,o+l.length]}}const p=o+l.length;const h=i.resolveEnd(c,p,t,r);return{value:f,type:u,comment:h.comment,range:[o,p,h.offset]}}function plainValue(e,t){let r="";switch(e[0]){case"\t":r="a tab character";break;case",":r="flow indicator character ,";break;case"%":r="directive indicator character %";break;case"|":case">":{r=`block scalar indicator ${e[0]}`;break}case"@":case"`":{r=`reserved character ${e[0]}`;break}}if(r)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${r}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let r=t.exec(e);if(!r)return e;let s,i;try{s=new RegExp("(?<![ \t])[ \t]+$");i=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{s=/[ \t]+$/;i=/^[ \t]+|[ \t]+$/g}let o=r[1].replace(s,"");let a=" ";let l=t.lastIndex;while(r=t.exec(e)){const e=r[1].replace(i,"");if(e===""){if(a==="\n")o+=a;else a="\n"}else{o+=a+e;a=" "}l=t.lastIndex}const c=/[ \t]*(.*)/sy;c.lastIndex=l;r=c.exec(e);return o+a+(r?.[1]??"")}function doubleQuotedValue(e,t){let r="";for(let s=1;s<e.length-1;++s){const i=e[s];if(i==="\r"&&e[s+1]==="\n")continue;if(i==="\n"){const{fold:t,offset:i}=foldNewline(e,s);r+=t;s=i}else if(i==="\\"){let i=e[++s];const a=o[i];if(a)r+=a;else if(i==="\n"){i=e[s+1];while(i===" "||i==="\t")i=e[++s+1]}else if(i==="\r"&&e[s+1]==="\n"){i=e[++s+1];while(i===" "||i==="\t")i=e[++s+1]}else if(i==="x"||i==="u"||i==="U"){const o=i==="x"?2:i==="u"?4:8;r+=parseCharCode(e,s+1,o,t);s+=o}else{const i=e.substr(s-1,2);t(s-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${i}`);r+=i}}else if(i===" "||i==="\t"){const t=s;let o=e[s+1];while(o===" "||o==="\t")o=e[++s+1];if(o!=="\n"&&!(o==="\r"&&e[s+2]==="\n"))r+=s>t?e.slice(t,s+1):i}else{r+=i}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return r}function foldNewline(e,t){let r="";let s=e[t+1];while(s===" "||s==="\t"||s==="\n"||s==="\r"){if(s==="\r"&&e[t+2]!=="\n")break;if(s==="\n")r+="\n";t+=1;s=e[t+1]}if(!r)r=" ";return{fold:r,offset:t}}const o={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,r,s){const i=e.substr(t,r);const o=i.length===r&&/^[0-9a-fA-F]+$/.test(i);const a=o?parseInt(i,16):NaN;try{return String.fromCodePoint(a)}catch{const i=e.substr(t-2,r+2);s(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${i}`);return i}}t.resolveFlowScalar=resolveFlowScalar},4631:(e,t)=>{function resolveProps(e,{flow:t,indicator:r,next:s,offset:i,onError:o,parentIndent:a,startOnNewline:l}){let c=false;let u=l;let f=l;let p="";let h="";let d=false;let m=false;let v=null;let y=null;let b=null;let w=null;let x=null;let S=null;let $=null;for(const i of e){if(m){if(i.type!=="space"&&i.type!=="newline"&&i.type!=="comma")o(i.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");m=false}if(v){if(u&&i.type!=="comment"&&i.type!=="newline"){o(v,"TAB_AS_INDENT","Tabs are not allowed as indentation")}v=null}switch(i.type){case"space":if(!t&&(r!=="doc-start"||s?.type!=="flow-collection")&&i.source.includes("\t")){v=i}f=true;break;case"comment":{if(!f)o(i,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=i.source.substring(1)||" ";if(!p)p=e;else p+=h+e;h="";u=false;break}case"newline":if(u){if(p)p+=i.source;else if(!S||r!=="seq-item-ind")c=true}else h+=i.source;u=true;d=true;if(y||b)w=i;f=true;break;case"anchor":if(y)o(i,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(i.source.endsWith(":"))o(i.offset+i.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);y=i;$??($=i.offset);u=false;f=false;m=true;break;case"tag":{if(b)o(i,"MULTIPLE_TAGS","A node can have at most one tag");b=i;$??($=i.offset);u=false;f=false;m=true;break}case r:if(y||b)o(i,"BAD_PROP_ORDER",`Anchors and tags must be after the ${i.source} indicator`);if(S)o(i,"UNEXPECTED_TOKEN",`Unexpected ${i.source} in ${t??"collection"}`);S=i;u=r==="seq-item-ind"||r==="explicit-key-ind";f=false;break;case"comma":if(t){if(x)o(i,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);x=i;u=false;f=false;break}default:o(i,"UNEXPECTED_TOKEN",`Unexpected ${i.type} token`);u=false;f=false}}const k=e[e.length-1];const _=k?k.offset+k.source.length:i;if(m&&s&&s.type!=="space"&&s.type!=="newline"&&s.type!=="comma"&&(s.type!=="scalar"||s.source!=="")){o(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(v&&(u&&v.indent<=a||s?.type==="block-map"||s?.type==="block-seq"))o(v,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:x,found:S,spaceBefore:c,comment:p,hasNewline:d,anchor:y,tag:b,newlineAfterProp:w,end:_,start:$??_}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},2599:(e,t)=>{function emptyScalarPosition(e,t,r){if(t){r??(r=t.length);for(let s=r-1;s>=0;--s){let r=t[s];switch(r.type){case"space":case"comment":case"newline":e-=r.source.length;continue}r=t[++s];while(r?.type==="space"){e+=r.source.length;r=t[++s]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},4051:(e,t,r)=>{var s=r(9499);function flowIndentCheck(e,t,r){if(t?.type==="flow-collection"){const i=t.end[0];if(i.indent===e&&(i.source==="]"||i.source==="}")&&s.containsNewline(t)){const e="Flow end indicator should be more indented than parent";r(i,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},1187:(e,t,r)=>{var s=r(1127);function mapIncludes(e,t,r){const{uniqueKeys:i}=e.options;if(i===false)return false;const o=typeof i==="function"?i:(e,t)=>e===t||s.isScalar(e)&&s.isScalar(t)&&e.value===t.value;return t.some(e=>o(e.key,r))}t.mapIncludes=mapIncludes},3021:(e,t,r)=>{var s=r(4065);var i=r(2482);var o=r(1127);var a=r(7165);var l=r(4043);var c=r(5840);var u=r(6829);var f=r(1596);var p=r(3661);var h=r(23);var d=r(1342);class Document{constructor(e,t,r){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,o.NODE_TYPE,{value:o.DOC});let s=null;if(typeof t==="function"||Array.isArray(t)){s=t}else if(r===undefined&&t){r=t;t=undefined}const i=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},r);this.options=i;let{version:a}=i;if(r?._directives){this.directives=r._directives.atDocument();if(this.directives.yaml.explicit)a=this.directives.yaml.version}else this.directives=new d.Directives({version:a});this.setSchema(a,r);this.contents=e===undefined?null:this.createNode(e,s,r)}clone(){const e=Object.create(Document.prototype,{[o.NODE_TYPE]:{value:o.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=o.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const r=f.anchorNames(this);e.anchor=!t||r.has(t)?f.findNewAnchor(t||"a",r):t}return new s.Alias(e.anchor)}createNode(e,t,r){let s=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);s=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);s=t}else if(r===undefined&&t){r=t;t=undefined}const{aliasDuplicateObjects:i,anchorPrefix:a,flow:l,keepUndefined:c,onTagObj:u,tag:p}=r??{};const{onAnchor:d,setAnchors:m,sourceObjects:v}=f.createNodeAnchors(this,a||"a");const y={aliasDuplicateObjects:i??true,keepUndefined:c??false,onAnchor:d,onTagObj:u,replacer:s,schema:this.schema,sourceObjects:v};const b=h.createNode(e,p,y);if(l&&o.isCollection(b))b.flow=true;m();return b}createPair(e,t,r={}){const s=this.createNode(e,null,r);const i=this.createNode(t,null,r);return new a.Pair(s,i)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(i.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return o.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(i.isEmptyPath(e))return!t&&o.isScalar(this.contents)?this.contents.value:this.contents;return o.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return o.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(i.isEmptyPath(e))return this.contents!==undefined;return o.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=i.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(i.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=i.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let r;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new d.Directives({version:"1.1"});r={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new d.Directives({version:e});r={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;r=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new c.Schema(Object.assign(r,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:s,onAnchor:i,reviver:o}={}){const a={anchors:new Map,doc:this,keep:!e,mapAsMap:r===true,mapKeyWarned:false,maxAliasCount:typeof s==="number"?s:100};const c=l.toJS(this.contents,t??"",a);if(typeof i==="function")for(const{count:e,res:t}of a.anchors.values())i(t,e);return typeof o==="function"?p.applyReviver(o,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return u.stringifyDocument(this,e)}}function assertCollection(e){if(o.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},1596:(e,t,r)=>{var s=r(1127);var i=r(204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const r=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(r)}return true}function anchorNames(e){const t=new Set;i.visit(e,{Value(e,r){if(r.anchor)t.add(r.anchor)}});return t}function findNewAnchor(e,t){for(let r=1;true;++r){const s=`${e}${r}`;if(!t.has(s))return s}}function createNodeAnchors(e,t){const r=[];const i=new Map;let o=null;return{onAnchor:s=>{r.push(s);o??(o=anchorNames(e));const i=findNewAnchor(t,o);o.add(i);return i},setAnchors:()=>{for(const e of r){const t=i.get(e);if(typeof t==="object"&&t.anchor&&(s.isScalar(t.node)||s.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:i}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},3661:(e,t)=>{function applyReviver(e,t,r,s){if(s&&typeof s==="object"){if(Array.isArray(s)){for(let t=0,r=s.length;t<r;++t){const r=s[t];const i=applyReviver(e,s,String(t),r);if(i===undefined)delete s[t];else if(i!==r)s[t]=i}}else if(s instanceof Map){for(const t of Array.from(s.keys())){const r=s.get(t);const i=applyReviver(e,s,t,r);if(i===undefined)s.delete(t);else if(i!==r)s.set(t,i)}}else if(s instanceof Set){for(const t of Array.from(s)){const r=applyReviver(e,s,t,t);if(r===undefined)s.delete(t);else if(r!==t){s.delete(t);s.add(r)}}}else{for(const[t,r]of Object.entries(s)){const i=applyReviver(e,s,t,r);if(i===undefined)delete s[t];else if(i!==r)s[t]=i}}}return e.call(t,r,s)}t.applyReviver=applyReviver},23:(e,t,r)=>{var s=r(4065);var i=r(1127);var o=r(3301);const a="tag:yaml.org,2002:";function findTagObject(e,t,r){if(t){const e=r.filter(e=>e.tag===t);const s=e.find(e=>!e.format)??e[0];if(!s)throw new Error(`Tag ${t} not found`);return s}return r.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,r){if(i.isDocument(e))e=e.contents;if(i.isNode(e))return e;if(i.isPair(e)){const t=r.schema[i.MAP].createNode?.(r.schema,null,r);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:l,onAnchor:c,onTagObj:u,schema:f,sourceObjects:p}=r;let h=undefined;if(l&&e&&typeof e==="object"){h=p.get(e);if(h){h.anchor??(h.anchor=c(e));return new s.Alias(h.anchor)}else{h={anchor:null,node:null};p.set(e,h)}}if(t?.startsWith("!!"))t=a+t.slice(2);let d=findTagObject(e,t,f.tags);if(!d){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new o.Scalar(e);if(h)h.node=t;return t}d=e instanceof Map?f[i.MAP]:Symbol.iterator in Object(e)?f[i.SEQ]:f[i.MAP]}if(u){u(d);delete r.onTagObj}const m=d?.createNode?d.createNode(r.schema,e,r):typeof d?.nodeClass?.from==="function"?d.nodeClass.from(r.schema,e,r):new o.Scalar(e);if(t)m.tag=t;else if(!d.default)m.tag=d.tag;if(h)h.node=m;return m}t.createNode=createNode},1342:(e,t,r)=>{var s=r(1127);var i=r(204);const o={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>o[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const r=e.trim().split(/[ \t]+/);const s=r.shift();switch(s){case"%TAG":{if(r.length!==2){t(0,"%TAG directive should contain exactly two parts");if(r.length<2)return false}const[e,s]=r;this.tags[e]=s;return true}case"%YAML":{this.yaml.explicit=true;if(r.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=r;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const r=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,r);return false}}default:t(0,`Unknown directive ${s}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const r=e.slice(2,-1);if(r==="!"||r==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return r}const[,r,s]=e.match(/^(.*!)([^!]*)$/s);if(!s)t(`The ${e} tag has no suffix`);const i=this.tags[r];if(i){try{return i+decodeURIComponent(s)}catch(e){t(String(e));return null}}if(r==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,r]of Object.entries(this.tags)){if(e.startsWith(r))return t+escapeTagName(e.substring(r.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const r=Object.entries(this.tags);let o;if(e&&r.length>0&&s.isNode(e.contents)){const t={};i.visit(e.contents,(e,r)=>{if(s.isNode(r)&&r.tag)t[r.tag]=true});o=Object.keys(t)}else o=[];for(const[s,i]of r){if(s==="!!"&&i==="tag:yaml.org,2002:")continue;if(!e||o.some(e=>e.startsWith(i)))t.push(`%TAG ${s} ${i}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},1464:(e,t)=>{class YAMLError extends Error{constructor(e,t,r,s){super();this.name=e;this.code=r;this.message=s;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,r){super("YAMLParseError",e,t,r)}}class YAMLWarning extends YAMLError{constructor(e,t,r){super("YAMLWarning",e,t,r)}}const prettifyError=(e,t)=>r=>{if(r.pos[0]===-1)return;r.linePos=r.pos.map(e=>t.linePos(e));const{line:s,col:i}=r.linePos[0];r.message+=` at line ${s}, column ${i}`;let o=i-1;let a=e.substring(t.lineStarts[s-1],t.lineStarts[s]).replace(/[\n\r]+$/,"");if(o>=60&&a.length>80){const e=Math.min(o-39,a.length-79);a="…"+a.substring(e);o-=e-1}if(a.length>80)a=a.substring(0,79)+"…";if(s>1&&/^ *$/.test(a.substring(0,o))){let r=e.substring(t.lineStarts[s-2],t.lineStarts[s-1]);if(r.length>80)r=r.substring(0,79)+"…\n";a=r+a}if(/[^ ]/.test(a)){let e=1;const t=r.linePos[1];if(t?.line===s&&t.col>i){e=Math.max(1,Math.min(t.col-i,80-o))}const l=" ".repeat(o)+"^".repeat(e);r.message+=`:\n\n${a}\n${l}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},8815:(e,t,r)=>{var s=r(9984);var i=r(3021);var o=r(5840);var a=r(1464);var l=r(4065);var c=r(1127);var u=r(7165);var f=r(3301);var p=r(4454);var h=r(2223);var d=r(3461);var m=r(361);var v=r(6628);var y=r(3456);var b=r(4047);var w=r(204);t.Composer=s.Composer;t.Document=i.Document;t.Schema=o.Schema;t.YAMLError=a.YAMLError;t.YAMLParseError=a.YAMLParseError;t.YAMLWarning=a.YAMLWarning;t.Alias=l.Alias;t.isAlias=c.isAlias;t.isCollection=c.isCollection;t.isDocument=c.isDocument;t.isMap=c.isMap;t.isNode=c.isNode;t.isPair=c.isPair;t.isScalar=c.isScalar;t.isSeq=c.isSeq;t.Pair=u.Pair;t.Scalar=f.Scalar;t.YAMLMap=p.YAMLMap;t.YAMLSeq=h.YAMLSeq;t.CST=d;t.Lexer=m.Lexer;t.LineCounter=v.LineCounter;t.Parser=y.Parser;t.parse=b.parse;t.parseAllDocuments=b.parseAllDocuments;t.parseDocument=b.parseDocument;t.stringify=b.stringify;t.visit=w.visit;t.visitAsync=w.visitAsync},7249:(e,t,r)=>{var s=r(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof s.emitWarning==="function")s.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,r)=>{var s=r(1596);var i=r(204);var o=r(1127);var a=r(6673);var l=r(4043);class Alias extends a.NodeBase{constructor(e){super(o.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;if(t?.aliasResolveCache){r=t.aliasResolveCache}else{r=[];i.visit(e,{Node:(e,t)=>{if(o.isAlias(t)||o.hasAnchor(t))r.push(t)}});if(t)t.aliasResolveCache=r}let s=undefined;for(const e of r){if(e===this)break;if(e.anchor===this.source)s=e}if(s&&t){const{anchors:e,doc:r,maxAliasCount:i}=t;let o=e.get(s);if(!o){l.toJS(s,null,t);o=e.get(s)}if(o?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(i>=0){o.count+=1;if(o.aliasCount===0)o.aliasCount=getAliasCount(r,s,e);if(o.count*o.aliasCount>i){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return s}toJSON(e,t){if(!t)return{source:this.source};const r=this.resolve(t.doc,t);if(!r){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(r).res}toString(e,t,r){const i=`*${this.source}`;if(e){s.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${i} `}return i}}function getAliasCount(e,t,r){if(o.isAlias(t)){const s=t.resolve(e);const i=r&&s&&r.get(s);return i?i.count*i.aliasCount:0}else if(o.isCollection(t)){let s=0;for(const i of t.items){const t=getAliasCount(e,i,r);if(t>s)s=t}return s}else if(o.isPair(t)){const s=getAliasCount(e,t.key,r);const i=getAliasCount(e,t.value,r);return Math.max(s,i)}return 1}t.Alias=Alias},2482:(e,t,r)=>{var s=r(23);var i=r(1127);var o=r(6673);function collectionFromPath(e,t,r){let i=r;for(let e=t.length-1;e>=0;--e){const r=t[e];if(typeof r==="number"&&Number.isInteger(r)&&r>=0){const e=[];e[r]=i;i=e}else{i=new Map([[r,i]])}}return s.createNode(i,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends o.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>i.isNode(t)||i.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[r,...s]=e;const o=this.get(r,true);if(i.isCollection(o))o.addIn(s,t);else if(o===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,s,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`)}}deleteIn(e){const[t,...r]=e;if(r.length===0)return this.delete(t);const s=this.get(t,true);if(i.isCollection(s))return s.deleteIn(r);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){const[r,...s]=e;const o=this.get(r,true);if(s.length===0)return!t&&i.isScalar(o)?o.value:o;else return i.isCollection(o)?o.getIn(s,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!i.isPair(t))return false;const r=t.value;return r==null||e&&i.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){const[t,...r]=e;if(r.length===0)return this.has(t);const s=this.get(t,true);return i.isCollection(s)?s.hasIn(r):false}setIn(e,t){const[r,...s]=e;if(s.length===0){this.set(r,t)}else{const e=this.get(r,true);if(i.isCollection(e))e.setIn(s,t);else if(e===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,s,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},6673:(e,t,r)=>{var s=r(3661);var i=r(1127);var o=r(4043);class NodeBase{constructor(e){Object.defineProperty(this,i.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:a,reviver:l}={}){if(!i.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const u=o.toJS(this,"",c);if(typeof a==="function")for(const{count:e,res:t}of c.anchors.values())a(t,e);return typeof l==="function"?s.applyReviver(l,{"":u},"",u):u}}t.NodeBase=NodeBase},7165:(e,t,r)=>{var s=r(23);var i=r(9748);var o=r(7104);var a=r(1127);function createPair(e,t,r){const i=s.createNode(e,undefined,r);const o=s.createNode(t,undefined,r);return new Pair(i,o)}class Pair{constructor(e,t=null){Object.defineProperty(this,a.NODE_TYPE,{value:a.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:r}=this;if(a.isNode(t))t=t.clone(e);if(a.isNode(r))r=r.clone(e);return new Pair(t,r)}toJSON(e,t){const r=t?.mapAsMap?new Map:{};return o.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?i.stringifyPair(this,e,t,r):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},3301:(e,t,r)=>{var s=r(1127);var i=r(6673);var o=r(4043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends i.NodeBase{constructor(e){super(s.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:o.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},4454:(e,t,r)=>{var s=r(1212);var i=r(7104);var o=r(2482);var a=r(1127);var l=r(7165);var c=r(3301);function findPair(e,t){const r=a.isScalar(t)?t.value:t;for(const s of e){if(a.isPair(s)){if(s.key===t||s.key===r)return s;if(a.isScalar(s.key)&&s.key.value===r)return s}}return undefined}class YAMLMap extends o.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(a.MAP,e);this.items=[]}static from(e,t,r){const{keepUndefined:s,replacer:i}=r;const o=new this(e);const add=(e,a)=>{if(typeof i==="function")a=i.call(t,e,a);else if(Array.isArray(i)&&!i.includes(e))return;if(a!==undefined||s)o.items.push(l.createPair(e,a,r))};if(t instanceof Map){for(const[e,r]of t)add(e,r)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){o.items.sort(e.sortMapEntries)}return o}add(e,t){let r;if(a.isPair(e))r=e;else if(!e||typeof e!=="object"||!("key"in e)){r=new l.Pair(e,e?.value)}else r=new l.Pair(e.key,e.value);const s=findPair(this.items,r.key);const i=this.schema?.sortMapEntries;if(s){if(!t)throw new Error(`Key ${r.key} already set`);if(a.isScalar(s.value)&&c.isScalarValue(r.value))s.value.value=r.value;else s.value=r.value}else if(i){const e=this.items.findIndex(e=>i(r,e)<0);if(e===-1)this.items.push(r);else this.items.splice(e,0,r)}else{this.items.push(r)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const r=this.items.splice(this.items.indexOf(t),1);return r.length>0}get(e,t){const r=findPair(this.items,e);const s=r?.value;return(!t&&a.isScalar(s)?s.value:s)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new l.Pair(e,t),true)}toJSON(e,t,r){const s=r?new r:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(s);for(const e of this.items)i.addPairToJSMap(t,s,e);return s}toString(e,t,r){if(!e)return JSON.stringify(this);for(const e of this.items){if(!a.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return s.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},2223:(e,t,r)=>{var s=r(23);var i=r(1212);var o=r(2482);var a=r(1127);var l=r(3301);var c=r(4043);class YAMLSeq extends o.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(a.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const r=this.items.splice(t,1);return r.length>0}get(e,t){const r=asItemIndex(e);if(typeof r!=="number")return undefined;const s=this.items[r];return!t&&a.isScalar(s)?s.value:s}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const r=asItemIndex(e);if(typeof r!=="number")throw new Error(`Expected a valid index, not ${e}.`);const s=this.items[r];if(a.isScalar(s)&&l.isScalarValue(t))s.value=t;else this.items[r]=t}toJSON(e,t){const r=[];if(t?.onCreate)t.onCreate(r);let s=0;for(const e of this.items)r.push(c.toJS(e,String(s++),t));return r}toString(e,t,r){if(!e)return JSON.stringify(this);return i.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t})}static from(e,t,r){const{replacer:i}=r;const o=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let a of t){if(typeof i==="function"){const r=t instanceof Set?a:String(e++);a=i.call(t,r,a)}o.items.push(s.createNode(a,undefined,r))}}return o}}function asItemIndex(e){let t=a.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},7104:(e,t,r)=>{var s=r(7249);var i=r(452);var o=r(9767);var a=r(1127);var l=r(4043);function addPairToJSMap(e,t,{key:r,value:s}){if(a.isNode(r)&&r.addToJSMap)r.addToJSMap(e,t,s);else if(i.isMergeKey(e,r))i.addMergeToJSMap(e,t,s);else{const i=l.toJS(r,"",e);if(t instanceof Map){t.set(i,l.toJS(s,i,e))}else if(t instanceof Set){t.add(i)}else{const o=stringifyKey(r,i,e);const a=l.toJS(s,o,e);if(o in t)Object.defineProperty(t,o,{value:a,writable:true,enumerable:true,configurable:true});else t[o]=a}}return t}function stringifyKey(e,t,r){if(t===null)return"";if(typeof t!=="object")return String(t);if(a.isNode(e)&&r?.doc){const t=o.createStringifyContext(r.doc,{});t.anchors=new Set;for(const e of r.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const i=e.toString(t);if(!r.mapKeyWarned){let e=JSON.stringify(i);if(e.length>40)e=e.substring(0,36)+'..."';s.warn(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);r.mapKeyWarned=true}return i}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},1127:(e,t)=>{const r=Symbol.for("yaml.alias");const s=Symbol.for("yaml.document");const i=Symbol.for("yaml.map");const o=Symbol.for("yaml.pair");const a=Symbol.for("yaml.scalar");const l=Symbol.for("yaml.seq");const c=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[c]===r;const isDocument=e=>!!e&&typeof e==="object"&&e[c]===s;const isMap=e=>!!e&&typeof e==="object"&&e[c]===i;const isPair=e=>!!e&&typeof e==="object"&&e[c]===o;const isScalar=e=>!!e&&typeof e==="object"&&e[c]===a;const isSeq=e=>!!e&&typeof e==="object"&&e[c]===l;function isCollection(e){if(e&&typeof e==="object")switch(e[c]){case i:case l:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[c]){case r:case i:case a:case l:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=r;t.DOC=s;t.MAP=i;t.NODE_TYPE=c;t.PAIR=o;t.SCALAR=a;t.SEQ=l;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},4043:(e,t,r)=>{var s=r(1127);function toJS(e,t,r){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),r));if(e&&typeof e.toJSON==="function"){if(!r||!s.hasAnchor(e))return e.toJSON(t,r);const i={aliasCount:0,count:1,res:undefined};r.anchors.set(e,i);r.onCreate=e=>{i.res=e;delete r.onCreate};const o=e.toJSON(t,r);if(r.onCreate)r.onCreate(o);return o}if(typeof e==="bigint"&&!r?.keep)return Number(e);return e}t.toJS=toJS},110:(e,t,r)=>{var s=r(8913);var i=r(6842);var o=r(1464);var a=r(3069);function resolveAsScalar(e,t=true,r){if(e){const _onError=(e,t,s)=>{const i=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(r)r(i,t,s);else throw new o.YAMLParseError([i,i+1],t,s)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return i.resolveFlowScalar(e,t,_onError);case"block-scalar":return s.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:r=false,indent:s,inFlow:i=false,offset:o=-1,type:l="PLAIN"}=t;const c=a.stringifyString({type:l,value:e},{implicitKey:r,indent:s>0?" ".repeat(s):"",inFlow:i,options:{blockQuote:true,lineWidth:-1}});const u=t.end??[{type:"newline",offset:-1,indent:s,source:"\n"}];switch(c[0]){case"|":case">":{const e=c.indexOf("\n");const t=c.substring(0,e);const r=c.substring(e+1)+"\n";const i=[{type:"block-scalar-header",offset:o,indent:s,source:t}];if(!addEndtoBlockProps(i,u))i.push({type:"newline",offset:-1,indent:s,source:"\n"});return{type:"block-scalar",offset:o,indent:s,props:i,source:r}}case'"':return{type:"double-quoted-scalar",offset:o,indent:s,source:c,end:u};case"'":return{type:"single-quoted-scalar",offset:o,indent:s,source:c,end:u};default:return{type:"scalar",offset:o,indent:s,source:c,end:u}}}function setScalarValue(e,t,r={}){let{afterKey:s=false,implicitKey:i=false,inFlow:o=false,type:l}=r;let c="indent"in e?e.indent:null;if(s&&typeof c==="number")c+=2;if(!l)switch(e.type){case"single-quoted-scalar":l="QUOTE_SINGLE";break;case"double-quoted-scalar":l="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");l=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:l="PLAIN"}const u=a.stringifyString({type:l,value:t},{implicitKey:i||c===null,indent:c!==null&&c>0?" ".repeat(c):"",inFlow:o,options:{blockQuote:true,lineWidth:-1}});switch(u[0]){case"|":case">":setBlockScalarValue(e,u);break;case'"':setFlowScalarValue(e,u,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,u,"single-quoted-scalar");break;default:setFlowScalarValue(e,u,"scalar")}}function setBlockScalarValue(e,t){const r=t.indexOf("\n");const s=t.substring(0,r);const i=t.substring(r+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=s;e.source=i}else{const{offset:t}=e;const r="indent"in e?e.indent:-1;const o=[{type:"block-scalar-header",offset:t,indent:r,source:s}];if(!addEndtoBlockProps(o,"end"in e?e.end:undefined))o.push({type:"newline",offset:-1,indent:r,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:r,props:o,source:i})}}function addEndtoBlockProps(e,t){if(t)for(const r of t)switch(r.type){case"space":case"comment":e.push(r);break;case"newline":e.push(r);return true}return false}function setFlowScalarValue(e,t,r){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=r;e.source=t;break;case"block-scalar":{const s=e.props.slice(1);let i=t.length;if(e.props[0].type==="block-scalar-header")i-=e.props[0].source.length;for(const e of s)e.offset+=i;delete e.props;Object.assign(e,{type:r,source:t,end:s});break}case"block-map":case"block-seq":{const s=e.offset+t.length;const i={type:"newline",offset:s,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:r,source:t,end:[i]});break}default:{const s="indent"in e?e.indent:-1;const i="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:r,indent:s,source:t,end:i})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},1733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=stringifyToken(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const r of e.items)t+=stringifyItem(r);return t}case"flow-collection":{let t=e.start.source;for(const r of e.items)t+=stringifyItem(r);for(const r of e.end)t+=r.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const r of e.end)t+=r.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const r of e.end)t+=r.source;return t}}}function stringifyItem({start:e,key:t,sep:r,value:s}){let i="";for(const t of e)i+=t.source;if(t)i+=stringifyToken(t);if(r)for(const e of r)i+=e.source;if(s)i+=stringifyToken(s);return i}t.stringify=stringify},7715:(e,t)=>{const r=Symbol("break visit");const s=Symbol("skip children");const i=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=r;visit.SKIP=s;visit.REMOVE=i;visit.itemAtPath=(e,t)=>{let r=e;for(const[e,s]of t){const t=r?.[e];if(t&&"items"in t){r=t.items[s]}else return undefined}return r};visit.parentCollection=(e,t)=>{const r=visit.itemAtPath(e,t.slice(0,-1));const s=t[t.length-1][0];const i=r?.[s];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function _visit(e,t,s){let o=s(t,e);if(typeof o==="symbol")return o;for(const a of["key","value"]){const l=t[a];if(l&&"items"in l){for(let t=0;t<l.items.length;++t){const o=_visit(Object.freeze(e.concat([[a,t]])),l.items[t],s);if(typeof o==="number")t=o-1;else if(o===r)return r;else if(o===i){l.items.splice(t,1);t-=1}}if(typeof o==="function"&&a==="key")o=o(t,e)}}return typeof o==="function"?o(t,e):o}t.visit=visit},3461:(e,t,r)=>{var s=r(110);var i=r(1733);var o=r(7715);const a="\ufeff";const l="";const c="";const u="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case a:return"<BOM>";case l:return"<DOC>";case c:return"<FLOW_END>";case u:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case a:return"byte-order-mark";case l:return"doc-mode";case c:return"flow-error-end";case u:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=s.createScalarToken;t.resolveAsScalar=s.resolveAsScalar;t.setScalarValue=s.setScalarValue;t.stringify=i.stringify;t.visit=o.visit;t.BOM=a;t.DOCUMENT=l;t.FLOW_END=c;t.SCALAR=u;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},361:(e,t,r)=>{var s=r(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const i=new Set("0123456789ABCDEFabcdef");const o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const a=new Set(",[]{}");const l=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||l.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";while(r&&(t||this.hasChars(1)))r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;while(t===" ")t=this.buffer[++r+e];if(t==="\r"){const t=this.buffer[r+e+1];if(t==="\n"||!t&&!this.atEnd)return e+r+1}return t==="\n"||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===s.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let r=e.indexOf("#");while(r!==-1){const s=e[r-1];if(s===" "||s==="\t"){t=r-1;break}else{r=e.indexOf("#",r+1)}}while(true){const r=e[t-1];if(r===" "||r==="\t")t-=1;else break}const s=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-s);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield s.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let r=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=r=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const i=this.getLine();if(i===null)return this.setNext("flow");if(r!==-1&&r<this.indentNext&&i[0]!=="#"||r===0&&(i.startsWith("---")||i.startsWith("..."))&&isEmpty(i[3])){const e=r===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}");if(!e){this.flowLevel=0;yield s.FLOW_END;return yield*this.parseLineStart()}}let o=0;while(i[o]===","){o+=(yield*this.pushCount(1));o+=(yield*this.pushSpaces(true));this.flowKey=false}o+=(yield*this.pushIndicators());switch(i[o]){case undefined:return"flow";case"#":yield*this.pushCount(i.length-o);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const r=this.buffer.substring(0,t);let s=r.indexOf("\n",this.pos);if(s!==-1){while(s!==-1){const e=this.continueScalar(s+1);if(e===-1)break;s=r.indexOf("\n",e)}if(s!==-1){t=s-(r[s-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let r;e:for(let s=this.pos;r=this.buffer[s];++s){switch(r){case" ":t+=1;break;case"\n":e=s;t=0;break;case"\r":{const e=this.buffer[s+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;r=this.buffer[i];while(r===" ")r=this.buffer[++i];if(r==="\t"){while(r==="\t"||r===" "||r==="\r"||r==="\n")r=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep){do{let r=e-1;let s=this.buffer[r];if(s==="\r")s=this.buffer[--r];const i=r;while(s===" ")s=this.buffer[--r];if(s==="\n"&&r>=this.pos&&r+1+t>i)e=r;else break}while(true)}yield s.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let r=this.pos-1;let i;while(i=this.buffer[++r]){if(i===":"){const s=this.buffer[r+1];if(isEmpty(s)||e&&a.has(s))break;t=r}else if(isEmpty(i)){let s=this.buffer[r+1];if(i==="\r"){if(s==="\n"){r+=1;i="\n";s=this.buffer[r+1]}else t=r}if(s==="#"||e&&a.has(s))break;if(i==="\n"){const e=this.continueScalar(r+1);if(e===-1)break;r=Math.max(r,e-2)}}else{if(e&&a.has(i))break;t=r}}if(!i&&!this.atEnd)return this.setNext("plain-scalar");yield s.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const r=this.buffer.slice(this.pos,e);if(r){yield r;this.pos+=r.length;return r.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const r=this.charAt(1);if(isEmpty(r)||t&&a.has(r)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(o.has(t))t=this.buffer[++e];else if(t==="%"&&i.has(this.buffer[e+1])&&i.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let r;do{r=this.buffer[++t]}while(r===" "||e&&r==="\t");const s=t-this.pos;if(s>0){yield this.buffer.substr(this.pos,s);this.pos=t}return s}*pushUntil(e){let t=this.pos;let r=this.buffer[t];while(!e(r))r=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},6628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let r=this.lineStarts.length;while(t<r){const s=t+r>>1;if(this.lineStarts[s]<e)t=s+1;else r=s}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const s=this.lineStarts[t-1];return{line:t,col:e-s+1}}}}t.LineCounter=LineCounter},3456:(e,t,r)=>{var s=r(932);var i=r(3461);var o=r(361);function includesToken(e,t){for(let r=0;r<e.length;++r)if(e[r].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let r=0;r<t.length;++r)e.push(t[r])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new o.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const r of this.lexer.lex(e,t))yield*this.next(r);if(!t)yield*this.end()}*next(e){this.source=e;if(s.env.LOG_TOKENS)console.log("|",i.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=i.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const r=e.items[e.items.length-1];if(r.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(r.sep){r.value=t}else{Object.assign(r,{key:t,sep:[]});this.onKeyLine=!r.explicitKey;return}break}case"block-seq":{const r=e.items[e.items.length-1];if(r.value)e.items.push({start:[],value:t});else r.value=t;break}case"flow-collection":{const r=e.items[e.items.length-1];if(!r||r.value)e.items.push({start:[],key:t,sep:[]});else if(r.sep)r.value=t;else Object.assign(r,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const r=t.items[t.items.length-1];if(r&&!r.sep&&!r.value&&r.start.length>0&&findNonEmptyIndex(r.start)===-1&&(t.indent===0||r.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=r.start;else e.items.push({start:r.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const r=getFirstKeyStartProps(t);let s;if(e.end){s=e.end;s.push(this.sourceToken);delete e.end}else s=[this.sourceToken];const i={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:s}]};this.onKeyLine=true;this.stack[this.stack.length-1]=i}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const r="end"in t.value?t.value.end:undefined;const s=Array.isArray(r)?r[r.length-1]:undefined;if(s?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const s=r?.value?.end;if(Array.isArray(s)){arrayPushArray(s,t.start);s.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const r=!this.onKeyLine&&this.indent===e.indent;const s=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let i=[];if(s&&t.sep&&!t.value){const r=[];for(let s=0;s<t.sep.length;++s){const i=t.sep[s];switch(i.type){case"newline":r.push(s);break;case"space":break;case"comment":if(i.indent>e.indent)r.length=0;break;default:r.length=0}}if(r.length>=2)i=t.sep.splice(r[1])}switch(this.type){case"anchor":case"tag":if(s||t.value){i.push(this.sourceToken);e.items.push({start:i});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(s||t.value){i.push(this.sourceToken);e.items.push({start:i,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const r=t.key;const s=t.sep;s.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:r,sep:s}]})}else if(i.length>0){t.sep=t.sep.concat(i,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||s){e.items.push({start:i,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(s||t.value){e.items.push({start:i,key:r,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(r)}else{Object.assign(t,{key:r,sep:[]});this.onKeyLine=true}return}default:{const s=this.startBlockValue(e);if(s){if(s.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(r){e.items.push({start:i})}this.stack.push(s);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const r="end"in t.value?t.value.end:undefined;const s=Array.isArray(r)?r[r.length-1]:undefined;if(s?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const s=r?.value?.end;if(Array.isArray(s)){arrayPushArray(s,t.start);s.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:r,sep:[]});else if(t.sep)this.stack.push(r);else Object.assign(t,{key:r,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const r=this.startBlockValue(e);if(r)this.stack.push(r);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const r=getPrevProps(t);const s=getFirstKeyStartProps(r);fixFlowSeqItems(e);const i=e.end.splice(1,e.end.length);i.push(this.sourceToken);const o={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:s,key:e,sep:i}]};this.onKeyLine=true;this.stack[this.stack.length-1]=o}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);r.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},4047:(e,t,r)=>{var s=r(9984);var i=r(3021);var o=r(1464);var a=r(7249);var l=r(1127);var c=r(6628);var u=r(3456);function parseOptions(e){const t=e.prettyErrors!==false;const r=e.lineCounter||t&&new c.LineCounter||null;return{lineCounter:r,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:r,prettyErrors:i}=parseOptions(t);const a=new u.Parser(r?.addNewLine);const l=new s.Composer(t);const c=Array.from(l.compose(a.parse(e)));if(i&&r)for(const t of c){t.errors.forEach(o.prettifyError(e,r));t.warnings.forEach(o.prettifyError(e,r))}if(c.length>0)return c;return Object.assign([],{empty:true},l.streamInfo())}function parseDocument(e,t={}){const{lineCounter:r,prettyErrors:i}=parseOptions(t);const a=new u.Parser(r?.addNewLine);const l=new s.Composer(t);let c=null;for(const t of l.compose(a.parse(e),true,e.length)){if(!c)c=t;else if(c.options.logLevel!=="silent"){c.errors.push(new o.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(i&&r){c.errors.forEach(o.prettifyError(e,r));c.warnings.forEach(o.prettifyError(e,r))}return c}function parse(e,t,r){let s=undefined;if(typeof t==="function"){s=t}else if(r===undefined&&t&&typeof t==="object"){r=t}const i=parseDocument(e,r);if(!i)return null;i.warnings.forEach(e=>a.warn(i.options.logLevel,e));if(i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];else i.errors=[]}return i.toJS(Object.assign({reviver:s},r))}function stringify(e,t,r){let s=null;if(typeof t==="function"||Array.isArray(t)){s=t}else if(r===undefined&&t){r=t}if(typeof r==="string")r=r.length;if(typeof r==="number"){const e=Math.round(r);r=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=r??t??{};if(!e)return undefined}if(l.isDocument(e)&&!s)return e.toString(r);return new i.Document(e,s,r).toString(r)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},5840:(e,t,r)=>{var s=r(1127);var i=r(7451);var o=r(1706);var a=r(6464);var l=r(18);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:c,schema:u,sortMapEntries:f,toStringDefaults:p}){this.compat=Array.isArray(e)?l.getTags(e,"compat"):e?l.getTags(null,e):null;this.name=typeof u==="string"&&u||"core";this.knownTags=c?l.coreKnownTags:{};this.tags=l.getTags(t,this.name,r);this.toStringOptions=p??null;Object.defineProperty(this,s.MAP,{value:i.map});Object.defineProperty(this,s.SCALAR,{value:a.string});Object.defineProperty(this,s.SEQ,{value:o.seq});this.sortMapEntries=typeof f==="function"?f:f===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},7451:(e,t,r)=>{var s=r(1127);var i=r(4454);const o={collection:"map",default:true,nodeClass:i.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!s.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,r)=>i.YAMLMap.from(e,t,r)};t.map=o},3632:(e,t,r)=>{var s=r(3301);const i={identify:e=>e==null,createNode:()=>new s.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new s.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&i.test.test(e)?e:t.options.nullStr};t.nullTag=i},1706:(e,t,r)=>{var s=r(1127);var i=r(2223);const o={collection:"seq",default:true,nodeClass:i.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!s.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,r)=>i.YAMLSeq.from(e,t,r)};t.seq=o},6464:(e,t,r)=>{var s=r(3069);const i={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,r,i){t=Object.assign({actualString:true},t);return s.stringifyString(e,t,r,i)}};t.string=i},3959:(e,t,r)=>{var s=r(3301);const i={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new s.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},r){if(e&&i.test.test(e)){const r=e[0]==="t"||e[0]==="T";if(t===r)return e}return t?r.options.trueStr:r.options.falseStr}};t.boolTag=i},8405:(e,t,r)=>{var s=r(3301);var i=r(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:i.stringifyNumber};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():i.stringifyNumber(e)}};const l={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new s.Scalar(parseFloat(e));const r=e.indexOf(".");if(r!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-r-1;return t},stringify:i.stringifyNumber};t.float=l;t.floatExp=a;t.floatNaN=o},9874:(e,t,r)=>{var s=r(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,r,{intAsBigInt:s})=>s?BigInt(e):parseInt(e.substring(t),r);function intStringify(e,t,r){const{value:i}=e;if(intIdentify(i)&&i>=0)return r+i.toString(t);return s.stringifyNumber(e)}const i={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,r)=>intResolve(e,2,8,r),stringify:e=>intStringify(e,8,"0o")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:s.stringifyNumber};const a={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=o;t.intHex=a;t.intOct=i},896:(e,t,r)=>{var s=r(7451);var i=r(3632);var o=r(1706);var a=r(6464);var l=r(3959);var c=r(8405);var u=r(9874);const f=[s.map,o.seq,a.string,i.nullTag,l.boolTag,u.intOct,u.int,u.intHex,c.floatNaN,c.floatExp,c.float];t.schema=f},3559:(e,t,r)=>{var s=r(3301);var i=r(7451);var o=r(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const a=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new s.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const l={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const c=[i.map,o.seq].concat(a,l);t.schema=c},18:(e,t,r)=>{var s=r(7451);var i=r(3632);var o=r(1706);var a=r(6464);var l=r(3959);var c=r(8405);var u=r(9874);var f=r(896);var p=r(3559);var h=r(6083);var d=r(452);var m=r(303);var v=r(8385);var y=r(5913);var b=r(1528);var w=r(6752);const x=new Map([["core",f.schema],["failsafe",[s.map,o.seq,a.string]],["json",p.schema],["yaml11",y.schema],["yaml-1.1",y.schema]]);const S={binary:h.binary,bool:l.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:w.floatTime,int:u.int,intHex:u.intHex,intOct:u.intOct,intTime:w.intTime,map:s.map,merge:d.merge,null:i.nullTag,omap:m.omap,pairs:v.pairs,seq:o.seq,set:b.set,timestamp:w.timestamp};const $={"tag:yaml.org,2002:binary":h.binary,"tag:yaml.org,2002:merge":d.merge,"tag:yaml.org,2002:omap":m.omap,"tag:yaml.org,2002:pairs":v.pairs,"tag:yaml.org,2002:set":b.set,"tag:yaml.org,2002:timestamp":w.timestamp};function getTags(e,t,r){const s=x.get(t);if(s&&!e){return r&&!s.includes(d.merge)?s.concat(d.merge):s.slice()}let i=s;if(!i){if(Array.isArray(e))i=[];else{const e=Array.from(x.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)i=i.concat(t)}else if(typeof e==="function"){i=e(i.slice())}if(r)i=i.concat(d.merge);return i.reduce((e,t)=>{const r=typeof t==="string"?S[t]:t;if(!r){const e=JSON.stringify(t);const r=Object.keys(S).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${r}`)}if(!e.includes(r))e.push(r);return e},[])}t.coreKnownTags=$;t.getTags=getTags},6083:(e,t,r)=>{var s=r(181);var i=r(3301);var o=r(3069);const a={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof s.Buffer==="function"){return s.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const r=new Uint8Array(t.length);for(let e=0;e<t.length;++e)r[e]=t.charCodeAt(e);return r}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:r},a,l,c){if(!r)return"";const u=r;let f;if(typeof s.Buffer==="function"){f=u instanceof s.Buffer?u.toString("base64"):s.Buffer.from(u.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<u.length;++t)e+=String.fromCharCode(u[t]);f=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=i.Scalar.BLOCK_LITERAL);if(t!==i.Scalar.QUOTE_DOUBLE){const e=Math.max(a.options.lineWidth-a.indent.length,a.options.minContentWidth);const r=Math.ceil(f.length/e);const s=new Array(r);for(let t=0,i=0;t<r;++t,i+=e){s[t]=f.substr(i,e)}f=s.join(t===i.Scalar.BLOCK_LITERAL?"\n":" ")}return o.stringifyString({comment:e,type:t,value:f},a,l,c)}};t.binary=a},8398:(e,t,r)=>{var s=r(3301);function boolStringify({value:e,source:t},r){const s=e?i:o;if(t&&s.test.test(t))return t;return e?r.options.trueStr:r.options.falseStr}const i={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new s.Scalar(true),stringify:boolStringify};const o={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new s.Scalar(false),stringify:boolStringify};t.falseTag=o;t.trueTag=i},5782:(e,t,r)=>{var s=r(3301);var i=r(8689);const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:i.stringifyNumber};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():i.stringifyNumber(e)}};const l={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new s.Scalar(parseFloat(e.replace(/_/g,"")));const r=e.indexOf(".");if(r!==-1){const s=e.substring(r+1).replace(/_/g,"");if(s[s.length-1]==="0")t.minFractionDigits=s.length}return t},stringify:i.stringifyNumber};t.float=l;t.floatExp=a;t.floatNaN=o},873:(e,t,r)=>{var s=r(8689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,r,{intAsBigInt:s}){const i=e[0];if(i==="-"||i==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(s){switch(r){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return i==="-"?BigInt(-1)*t:t}const o=parseInt(e,r);return i==="-"?-1*o:o}function intStringify(e,t,r){const{value:i}=e;if(intIdentify(i)){const e=i.toString(t);return i<0?"-"+r+e.substr(1):r+e}return s.stringifyNumber(e)}const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,r)=>intResolve(e,2,2,r),stringify:e=>intStringify(e,2,"0b")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,r)=>intResolve(e,1,8,r),stringify:e=>intStringify(e,8,"0")};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:s.stringifyNumber};const l={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=a;t.intBin=i;t.intHex=l;t.intOct=o},452:(e,t,r)=>{var s=r(1127);var i=r(3301);const o="<<";const a={identify:e=>e===o||typeof e==="symbol"&&e.description===o,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new i.Scalar(Symbol(o)),{addToJSMap:addMergeToJSMap}),stringify:()=>o};const isMergeKey=(e,t)=>(a.identify(t)||s.isScalar(t)&&(!t.type||t.type===i.Scalar.PLAIN)&&a.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===a.tag&&e.default);function addMergeToJSMap(e,t,r){const i=resolveAliasValue(e,r);if(s.isSeq(i))for(const r of i.items)mergeValue(e,t,r);else if(Array.isArray(i))for(const r of i)mergeValue(e,t,r);else mergeValue(e,t,i)}function mergeValue(e,t,r){const i=resolveAliasValue(e,r);if(!s.isMap(i))throw new Error("Merge sources must be maps or map aliases");const o=i.toJSON(null,e,Map);for(const[e,r]of o){if(t instanceof Map){if(!t.has(e))t.set(e,r)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:r,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&s.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=a},303:(e,t,r)=>{var s=r(1127);var i=r(4043);var o=r(4454);var a=r(2223);var l=r(8385);class YAMLOMap extends a.YAMLSeq{constructor(){super();this.add=o.YAMLMap.prototype.add.bind(this);this.delete=o.YAMLMap.prototype.delete.bind(this);this.get=o.YAMLMap.prototype.get.bind(this);this.has=o.YAMLMap.prototype.has.bind(this);this.set=o.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const r=new Map;if(t?.onCreate)t.onCreate(r);for(const e of this.items){let o,a;if(s.isPair(e)){o=i.toJS(e.key,"",t);a=i.toJS(e.value,o,t)}else{o=i.toJS(e,"",t)}if(r.has(o))throw new Error("Ordered maps must not include duplicate keys");r.set(o,a)}return r}static from(e,t,r){const s=l.createPairs(e,t,r);const i=new this;i.items=s.items;return i}}YAMLOMap.tag="tag:yaml.org,2002:omap";const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const r=l.resolvePairs(e,t);const i=[];for(const{key:e}of r.items){if(s.isScalar(e)){if(i.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{i.push(e.value)}}}return Object.assign(new YAMLOMap,r)},createNode:(e,t,r)=>YAMLOMap.from(e,t,r)};t.YAMLOMap=YAMLOMap;t.omap=c},8385:(e,t,r)=>{var s=r(1127);var i=r(7165);var o=r(3301);var a=r(2223);function resolvePairs(e,t){if(s.isSeq(e)){for(let r=0;r<e.items.length;++r){let a=e.items[r];if(s.isPair(a))continue;else if(s.isMap(a)){if(a.items.length>1)t("Each pair must have its own sequence indicator");const e=a.items[0]||new i.Pair(new o.Scalar(null));if(a.commentBefore)e.key.commentBefore=e.key.commentBefore?`${a.commentBefore}\n${e.key.commentBefore}`:a.commentBefore;if(a.comment){const t=e.value??e.key;t.comment=t.comment?`${a.comment}\n${t.comment}`:a.comment}a=e}e.items[r]=s.isPair(a)?a:new i.Pair(a)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,r){const{replacer:s}=r;const o=new a.YAMLSeq(e);o.tag="tag:yaml.org,2002:pairs";let l=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof s==="function")e=s.call(t,String(l++),e);let a,c;if(Array.isArray(e)){if(e.length===2){a=e[0];c=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){a=t[0];c=e[a]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{a=e}o.items.push(i.createPair(a,c,r))}return o}const l={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=l;t.resolvePairs=resolvePairs},5913:(e,t,r)=>{var s=r(7451);var i=r(3632);var o=r(1706);var a=r(6464);var l=r(6083);var c=r(8398);var u=r(5782);var f=r(873);var p=r(452);var h=r(303);var d=r(8385);var m=r(1528);var v=r(6752);const y=[s.map,o.seq,a.string,i.nullTag,c.trueTag,c.falseTag,f.intBin,f.intOct,f.int,f.intHex,u.floatNaN,u.floatExp,u.float,l.binary,p.merge,h.omap,d.pairs,m.set,v.intTime,v.floatTime,v.timestamp];t.schema=y},1528:(e,t,r)=>{var s=r(1127);var i=r(7165);var o=r(4454);class YAMLSet extends o.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(s.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new i.Pair(e.key,null);else t=new i.Pair(e,null);const r=o.findPair(this.items,t.key);if(!r)this.items.push(t)}get(e,t){const r=o.findPair(this.items,e);return!t&&s.isPair(r)?s.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const r=o.findPair(this.items,e);if(r&&!t){this.items.splice(this.items.indexOf(r),1)}else if(!r&&t){this.items.push(new i.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,r);else throw new Error("Set items must all have null values")}static from(e,t,r){const{replacer:s}=r;const o=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof s==="function")e=s.call(t,e,e);o.items.push(i.createPair(e,null,r))}return o}}YAMLSet.tag="tag:yaml.org,2002:set";const a={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,r)=>YAMLSet.from(e,t,r),resolve(e,t){if(s.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=a},6752:(e,t,r)=>{var s=r(8689);function parseSexagesimal(e,t){const r=e[0];const s=r==="-"||r==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const i=s.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return r==="-"?num(-1)*i:i}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return s.stringifyNumber(e);let r="";if(t<0){r="-";t*=num(-1)}const i=num(60);const o=[t%i];if(t<60){o.unshift(0)}else{t=(t-o[0])/i;o.unshift(t%i);if(t>=60){t=(t-o[0])/i;o.unshift(t)}}return r+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const i={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:r})=>parseSexagesimal(e,r),stringify:stringifySexagesimal};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const a={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(a.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,r,s,i,o,l,c]=t.map(Number);const u=t[7]?Number((t[7]+"00").substr(1,3)):0;let f=Date.UTC(r,s-1,i,o||0,l||0,c||0,u);const p=t[8];if(p&&p!=="Z"){let e=parseSexagesimal(p,false);if(Math.abs(e)<30)e*=60;f-=6e4*e}return new Date(f)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=o;t.intTime=i;t.timestamp=a},4475:(e,t)=>{const r="flow";const s="block";const i="quoted";function foldFlowLines(e,t,r="flow",{indentAtStart:o,lineWidth:a=80,minContentWidth:l=20,onFold:c,onOverflow:u}={}){if(!a||a<0)return e;if(a<l)l=0;const f=Math.max(1+l,1+a-t.length);if(e.length<=f)return e;const p=[];const h={};let d=a-t.length;if(typeof o==="number"){if(o>a-Math.max(2,l))p.push(0);else d=a-o}let m=undefined;let v=undefined;let y=false;let b=-1;let w=-1;let x=-1;if(r===s){b=consumeMoreIndentedLines(e,b,t.length);if(b!==-1)d=b+f}for(let o;o=e[b+=1];){if(r===i&&o==="\\"){w=b;switch(e[b+1]){case"x":b+=3;break;case"u":b+=5;break;case"U":b+=9;break;default:b+=1}x=b}if(o==="\n"){if(r===s)b=consumeMoreIndentedLines(e,b,t.length);d=b+t.length+f;m=undefined}else{if(o===" "&&v&&v!==" "&&v!=="\n"&&v!=="\t"){const t=e[b+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")m=b}if(b>=d){if(m){p.push(m);d=m+f;m=undefined}else if(r===i){while(v===" "||v==="\t"){v=o;o=e[b+=1];y=true}const t=b>x+1?b-2:w-1;if(h[t])return e;p.push(t);h[t]=true;d=t+f;m=undefined}else{y=true}}}v=o}if(y&&u)u();if(p.length===0)return e;if(c)c();let S=e.slice(0,p[0]);for(let s=0;s<p.length;++s){const o=p[s];const a=p[s+1]||e.length;if(o===0)S=`\n${t}${e.slice(0,a)}`;else{if(r===i&&h[o])S+=`${e[o]}\\`;S+=`\n${t}${e.slice(o+1,a)}`}}return S}function consumeMoreIndentedLines(e,t,r){let s=t;let i=t+1;let o=e[i];while(o===" "||o==="\t"){if(t<i+r){o=e[++t]}else{do{o=e[++t]}while(o&&o!=="\n");s=t;i=t+1;o=e[i]}}return s}t.FOLD_BLOCK=s;t.FOLD_FLOW=r;t.FOLD_QUOTED=i;t.foldFlowLines=foldFlowLines},9767:(e,t,r)=>{var s=r(1596);var i=r(1127);var o=r(9799);var a=r(3069);function createStringifyContext(e,t){const r=Object.assign({blockQuote:true,commentString:o.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let s;switch(r.collectionStyle){case"block":s=false;break;case"flow":s=true;break;default:s=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent==="number"?" ".repeat(r.indent):"  ",inFlow:s,options:r}}function getTagObject(e,t){if(t.tag){const r=e.filter(e=>e.tag===t.tag);if(r.length>0)return r.find(e=>e.format===t.format)??r[0]}let r=undefined;let s;if(i.isScalar(t)){s=t.value;let i=e.filter(e=>e.identify?.(s));if(i.length>1){const e=i.filter(e=>e.test);if(e.length>0)i=e}r=i.find(e=>e.format===t.format)??i.find(e=>!e.format)}else{s=t;r=e.find(e=>e.nodeClass&&s instanceof e.nodeClass)}if(!r){const e=s?.constructor?.name??(s===null?"null":typeof s);throw new Error(`Tag not resolved for ${e} value`)}return r}function stringifyProps(e,t,{anchors:r,doc:o}){if(!o.directives)return"";const a=[];const l=(i.isScalar(e)||i.isCollection(e))&&e.anchor;if(l&&s.anchorIsValid(l)){r.add(l);a.push(`&${l}`)}const c=e.tag??(t.default?null:t.tag);if(c)a.push(o.directives.tagString(c));return a.join(" ")}function stringify(e,t,r,s){if(i.isPair(e))return e.toString(t,r,s);if(i.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let o=undefined;const l=i.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>o=e});o??(o=getTagObject(t.doc.schema.tags,l));const c=stringifyProps(l,o,t);if(c.length>0)t.indentAtStart=(t.indentAtStart??0)+c.length+1;const u=typeof o.stringify==="function"?o.stringify(l,t,r,s):i.isScalar(l)?a.stringifyString(l,t,r,s):l.toString(t,r,s);if(!c)return u;return i.isScalar(l)||u[0]==="{"||u[0]==="["?`${c} ${u}`:`${c}\n${t.indent}${u}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},1212:(e,t,r)=>{var s=r(1127);var i=r(9767);var o=r(9799);function stringifyCollection(e,t,r){const s=t.inFlow??e.flow;const i=s?stringifyFlowCollection:stringifyBlockCollection;return i(e,t,r)}function stringifyBlockCollection({comment:e,items:t},r,{blockItemPrefix:a,flowChars:l,itemIndent:c,onChompKeep:u,onComment:f}){const{indent:p,options:{commentString:h}}=r;const d=Object.assign({},r,{indent:c,type:null});let m=false;const v=[];for(let e=0;e<t.length;++e){const l=t[e];let u=null;if(s.isNode(l)){if(!m&&l.spaceBefore)v.push("");addCommentBefore(r,v,l.commentBefore,m);if(l.comment)u=l.comment}else if(s.isPair(l)){const e=s.isNode(l.key)?l.key:null;if(e){if(!m&&e.spaceBefore)v.push("");addCommentBefore(r,v,e.commentBefore,m)}}m=false;let f=i.stringify(l,d,()=>u=null,()=>m=true);if(u)f+=o.lineComment(f,c,h(u));if(m&&u)m=false;v.push(a+f)}let y;if(v.length===0){y=l.start+l.end}else{y=v[0];for(let e=1;e<v.length;++e){const t=v[e];y+=t?`\n${p}${t}`:"\n"}}if(e){y+="\n"+o.indentComment(h(e),p);if(f)f()}else if(m&&u)u();return y}function stringifyFlowCollection({items:e},t,{flowChars:r,itemIndent:a}){const{indent:l,indentStep:c,flowCollectionPadding:u,options:{commentString:f}}=t;a+=c;const p=Object.assign({},t,{indent:a,inFlow:true,type:null});let h=false;let d=0;const m=[];for(let r=0;r<e.length;++r){const l=e[r];let c=null;if(s.isNode(l)){if(l.spaceBefore)m.push("");addCommentBefore(t,m,l.commentBefore,false);if(l.comment)c=l.comment}else if(s.isPair(l)){const e=s.isNode(l.key)?l.key:null;if(e){if(e.spaceBefore)m.push("");addCommentBefore(t,m,e.commentBefore,false);if(e.comment)h=true}const r=s.isNode(l.value)?l.value:null;if(r){if(r.comment)c=r.comment;if(r.commentBefore)h=true}else if(l.value==null&&e?.comment){c=e.comment}}if(c)h=true;let u=i.stringify(l,p,()=>c=null);h||(h=m.length>d||u.includes("\n"));if(r<e.length-1){u+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){h||(h=m.reduce((e,t)=>e+t.length+2,2)+(u.length+2)>t.options.lineWidth)}if(h){u+=","}}if(c)u+=o.lineComment(u,a,f(c));m.push(u);d=m.length}const{start:v,end:y}=r;if(m.length===0){return v+y}else{if(!h){const e=m.reduce((e,t)=>e+t.length+2,2);h=t.options.lineWidth>0&&e>t.options.lineWidth}if(h){let e=v;for(const t of m)e+=t?`\n${c}${l}${t}`:"\n";return`${e}\n${l}${y}`}else{return`${v}${u}${m.join(" ")}${u}${y}`}}}function addCommentBefore({indent:e,options:{commentString:t}},r,s,i){if(s&&i)s=s.replace(/^\n+/,"");if(s){const i=o.indentComment(t(s),e);r.push(i.trimStart())}}t.stringifyCollection=stringifyCollection},9799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,r)=>e.endsWith("\n")?indentComment(r,t):r.includes("\n")?"\n"+indentComment(r,t):(e.endsWith(" ")?"":" ")+r;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,r)=>{var s=r(1127);var i=r(9767);var o=r(9799);function stringifyDocument(e,t){const r=[];let a=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){r.push(t);a=true}else if(e.directives.docStart)a=true}if(a)r.push("---");const l=i.createStringifyContext(e,t);const{commentString:c}=l.options;if(e.commentBefore){if(r.length!==1)r.unshift("");const t=c(e.commentBefore);r.unshift(o.indentComment(t,""))}let u=false;let f=null;if(e.contents){if(s.isNode(e.contents)){if(e.contents.spaceBefore&&a)r.push("");if(e.contents.commentBefore){const t=c(e.contents.commentBefore);r.push(o.indentComment(t,""))}l.forceBlockIndent=!!e.comment;f=e.contents.comment}const t=f?undefined:()=>u=true;let p=i.stringify(e.contents,l,()=>f=null,t);if(f)p+=o.lineComment(p,"",c(f));if((p[0]==="|"||p[0]===">")&&r[r.length-1]==="---"){r[r.length-1]=`--- ${p}`}else r.push(p)}else{r.push(i.stringify(e.contents,l))}if(e.directives?.docEnd){if(e.comment){const t=c(e.comment);if(t.includes("\n")){r.push("...");r.push(o.indentComment(t,""))}else{r.push(`... ${t}`)}}else{r.push("...")}}else{let t=e.comment;if(t&&u)t=t.replace(/^\n+/,"");if(t){if((!u||f)&&r[r.length-1]!=="")r.push("");r.push(o.indentComment(c(t),""))}}return r.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},8689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:r,value:s}){if(typeof s==="bigint")return String(s);const i=typeof s==="number"?s:Number(s);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let o=Object.is(s,-0)?"-0":JSON.stringify(s);if(!e&&t&&(!r||r==="tag:yaml.org,2002:float")&&/^-?\d/.test(o)&&!o.includes("e")){let e=o.indexOf(".");if(e<0){e=o.length;o+="."}let r=t-(o.length-e-1);while(r-- >0)o+="0"}return o}t.stringifyNumber=stringifyNumber},9748:(e,t,r)=>{var s=r(1127);var i=r(3301);var o=r(9767);var a=r(9799);function stringifyPair({key:e,value:t},r,l,c){const{allNullValues:u,doc:f,indent:p,indentStep:h,options:{commentString:d,indentSeq:m,simpleKeys:v}}=r;let y=s.isNode(e)&&e.comment||null;if(v){if(y){throw new Error("With simple keys, key nodes cannot have comments")}if(s.isCollection(e)||!s.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let b=!v&&(!e||y&&t==null&&!r.inFlow||s.isCollection(e)||(s.isScalar(e)?e.type===i.Scalar.BLOCK_FOLDED||e.type===i.Scalar.BLOCK_LITERAL:typeof e==="object"));r=Object.assign({},r,{allNullValues:false,implicitKey:!b&&(v||!u),indent:p+h});let w=false;let x=false;let S=o.stringify(e,r,()=>w=true,()=>x=true);if(!b&&!r.inFlow&&S.length>1024){if(v)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");b=true}if(r.inFlow){if(u||t==null){if(w&&l)l();return S===""?"?":b?`? ${S}`:S}}else if(u&&!v||t==null&&b){S=`? ${S}`;if(y&&!w){S+=a.lineComment(S,r.indent,d(y))}else if(x&&c)c();return S}if(w)y=null;if(b){if(y)S+=a.lineComment(S,r.indent,d(y));S=`? ${S}\n${p}:`}else{S=`${S}:`;if(y)S+=a.lineComment(S,r.indent,d(y))}let $,k,_;if(s.isNode(t)){$=!!t.spaceBefore;k=t.commentBefore;_=t.comment}else{$=false;k=null;_=null;if(t&&typeof t==="object")t=f.createNode(t)}r.implicitKey=false;if(!b&&!y&&s.isScalar(t))r.indentAtStart=S.length+1;x=false;if(!m&&h.length>=2&&!r.inFlow&&!b&&s.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){r.indent=r.indent.substring(2)}let A=false;const N=o.stringify(t,r,()=>A=true,()=>x=true);let E=" ";if(y||$||k){E=$?"\n":"";if(k){const e=d(k);E+=`\n${a.indentComment(e,r.indent)}`}if(N===""&&!r.inFlow){if(E==="\n"&&_)E="\n\n"}else{E+=`\n${r.indent}`}}else if(!b&&s.isCollection(t)){const e=N[0];const s=N.indexOf("\n");const i=s!==-1;const o=r.inFlow??t.flow??t.items.length===0;if(i||!o){let t=false;if(i&&(e==="&"||e==="!")){let r=N.indexOf(" ");if(e==="&"&&r!==-1&&r<s&&N[r+1]==="!"){r=N.indexOf(" ",r+1)}if(r===-1||s<r)t=true}if(!t)E=`\n${r.indent}`}}else if(N===""||N[0]==="\n"){E=""}S+=E+N;if(r.inFlow){if(A&&l)l()}else if(_&&!A){S+=a.lineComment(S,r.indent,d(_))}else if(x&&c){c()}return S}t.stringifyPair=stringifyPair},3069:(e,t,r)=>{var s=r(3301);var i=r(4475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,r){if(!t||t<0)return false;const s=t-r;const i=e.length;if(i<=s)return false;for(let t=0,r=0;t<i;++t){if(e[t]==="\n"){if(t-r>s)return true;r=t+1;if(i-r<=s)return false}}return true}function doubleQuotedString(e,t){const r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;const{implicitKey:s}=t;const o=t.options.doubleQuotedMinMultiLineLength;const a=t.indent||(containsDocumentMarker(e)?"  ":"");let l="";let c=0;for(let e=0,t=r[e];t;t=r[++e]){if(t===" "&&r[e+1]==="\\"&&r[e+2]==="n"){l+=r.slice(c,e)+"\\ ";e+=1;c=e;t="\\"}if(t==="\\")switch(r[e+1]){case"u":{l+=r.slice(c,e);const t=r.substr(e+2,4);switch(t){case"0000":l+="\\0";break;case"0007":l+="\\a";break;case"000b":l+="\\v";break;case"001b":l+="\\e";break;case"0085":l+="\\N";break;case"00a0":l+="\\_";break;case"2028":l+="\\L";break;case"2029":l+="\\P";break;default:if(t.substr(0,2)==="00")l+="\\x"+t.substr(2);else l+=r.substr(e,6)}e+=5;c=e+1}break;case"n":if(s||r[e+2]==='"'||r.length<o){e+=1}else{l+=r.slice(c,e)+"\n\n";while(r[e+2]==="\\"&&r[e+3]==="n"&&r[e+4]!=='"'){l+="\n";e+=2}l+=a;if(r[e+2]===" ")l+="\\";e+=1;c=e+1}break;default:e+=1}}l=c?l+r.slice(c):r;return s?l:i.foldFlowLines(l,a,i.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const r=t.indent||(containsDocumentMarker(e)?"  ":"");const s="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${r}`)+"'";return t.implicitKey?s:i.foldFlowLines(s,r,i.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:r}=t.options;let s;if(r===false)s=doubleQuotedString;else{const t=e.includes('"');const i=e.includes("'");if(t&&!i)s=singleQuotedString;else if(i&&!t)s=doubleQuotedString;else s=r?singleQuotedString:doubleQuotedString}return s(e,t)}let o;try{o=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{o=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:r},a,l,c){const{blockQuote:u,commentString:f,lineWidth:p}=a.options;if(!u||/\n[\t ]+$/.test(r)){return quotedString(r,a)}const h=a.indent||(a.forceBlockIndent||containsDocumentMarker(r)?"  ":"");const d=u==="literal"?true:u==="folded"||t===s.Scalar.BLOCK_FOLDED?false:t===s.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(r,p,h.length);if(!r)return d?"|\n":">\n";let m;let v;for(v=r.length;v>0;--v){const e=r[v-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let y=r.substring(v);const b=y.indexOf("\n");if(b===-1){m="-"}else if(r===y||b!==y.length-1){m="+";if(c)c()}else{m=""}if(y){r=r.slice(0,-y.length);if(y[y.length-1]==="\n")y=y.slice(0,-1);y=y.replace(o,`$&${h}`)}let w=false;let x;let S=-1;for(x=0;x<r.length;++x){const e=r[x];if(e===" ")w=true;else if(e==="\n")S=x;else break}let $=r.substring(0,S<x?S+1:x);if($){r=r.substring($.length);$=$.replace(/\n+/g,`$&${h}`)}const k=h?"2":"1";let _=(w?k:"")+m;if(e){_+=" "+f(e.replace(/ ?[\r\n]+/g," "));if(l)l()}if(!d){const e=r.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${h}`);let o=false;const l=getFoldOptions(a,true);if(u!=="folded"&&t!==s.Scalar.BLOCK_FOLDED){l.onOverflow=()=>{o=true}}const c=i.foldFlowLines(`${$}${e}${y}`,h,i.FOLD_BLOCK,l);if(!o)return`>${_}\n${h}${c}`}r=r.replace(/\n+/g,`$&${h}`);return`|${_}\n${h}${$}${r}${y}`}function plainString(e,t,r,o){const{type:a,value:l}=e;const{actualString:c,implicitKey:u,indent:f,indentStep:p,inFlow:h}=t;if(u&&l.includes("\n")||h&&/[[\]{},]/.test(l)){return quotedString(l,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(l)){return u||h||!l.includes("\n")?quotedString(l,t):blockString(e,t,r,o)}if(!u&&!h&&a!==s.Scalar.PLAIN&&l.includes("\n")){return blockString(e,t,r,o)}if(containsDocumentMarker(l)){if(f===""){t.forceBlockIndent=true;return blockString(e,t,r,o)}else if(u&&f===p){return quotedString(l,t)}}const d=l.replace(/\n+/g,`$&\n${f}`);if(c){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(d);const{compat:e,tags:r}=t.doc.schema;if(r.some(test)||e?.some(test))return quotedString(l,t)}return u?d:i.foldFlowLines(d,f,i.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,r,i){const{implicitKey:o,inFlow:a}=t;const l=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:c}=e;if(c!==s.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(l.value))c=s.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case s.Scalar.BLOCK_FOLDED:case s.Scalar.BLOCK_LITERAL:return o||a?quotedString(l.value,t):blockString(l,t,r,i);case s.Scalar.QUOTE_DOUBLE:return doubleQuotedString(l.value,t);case s.Scalar.QUOTE_SINGLE:return singleQuotedString(l.value,t);case s.Scalar.PLAIN:return plainString(l,t,r,i);default:return null}};let u=_stringify(c);if(u===null){const{defaultKeyType:e,defaultStringType:r}=t.options;const s=o&&e||r;u=_stringify(s);if(u===null)throw new Error(`Unsupported default string type ${s}`)}return u}t.stringifyString=stringifyString},204:(e,t,r)=>{var s=r(1127);const i=Symbol("break visit");const o=Symbol("skip children");const a=Symbol("remove node");function visit(e,t){const r=initVisitor(t);if(s.isDocument(e)){const t=visit_(null,e.contents,r,Object.freeze([e]));if(t===a)e.contents=null}else visit_(null,e,r,Object.freeze([]))}visit.BREAK=i;visit.SKIP=o;visit.REMOVE=a;function visit_(e,t,r,o){const l=callVisitor(e,t,r,o);if(s.isNode(l)||s.isPair(l)){replaceNode(e,o,l);return visit_(e,l,r,o)}if(typeof l!=="symbol"){if(s.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const s=visit_(e,t.items[e],r,o);if(typeof s==="number")e=s-1;else if(s===i)return i;else if(s===a){t.items.splice(e,1);e-=1}}}else if(s.isPair(t)){o=Object.freeze(o.concat(t));const e=visit_("key",t.key,r,o);if(e===i)return i;else if(e===a)t.key=null;const s=visit_("value",t.value,r,o);if(s===i)return i;else if(s===a)t.value=null}}return l}async function visitAsync(e,t){const r=initVisitor(t);if(s.isDocument(e)){const t=await visitAsync_(null,e.contents,r,Object.freeze([e]));if(t===a)e.contents=null}else await visitAsync_(null,e,r,Object.freeze([]))}visitAsync.BREAK=i;visitAsync.SKIP=o;visitAsync.REMOVE=a;async function visitAsync_(e,t,r,o){const l=await callVisitor(e,t,r,o);if(s.isNode(l)||s.isPair(l)){replaceNode(e,o,l);return visitAsync_(e,l,r,o)}if(typeof l!=="symbol"){if(s.isCollection(t)){o=Object.freeze(o.concat(t));for(let e=0;e<t.items.length;++e){const s=await visitAsync_(e,t.items[e],r,o);if(typeof s==="number")e=s-1;else if(s===i)return i;else if(s===a){t.items.splice(e,1);e-=1}}}else if(s.isPair(t)){o=Object.freeze(o.concat(t));const e=await visitAsync_("key",t.key,r,o);if(e===i)return i;else if(e===a)t.key=null;const s=await visitAsync_("value",t.value,r,o);if(s===i)return i;else if(s===a)t.value=null}}return l}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,r,i){if(typeof r==="function")return r(e,t,i);if(s.isMap(t))return r.Map?.(e,t,i);if(s.isSeq(t))return r.Seq?.(e,t,i);if(s.isPair(t))return r.Pair?.(e,t,i);if(s.isScalar(t))return r.Scalar?.(e,t,i);if(s.isAlias(t))return r.Alias?.(e,t,i);return undefined}function replaceNode(e,t,r){const i=t[t.length-1];if(s.isCollection(i)){i.items[e]=r}else if(s.isPair(i)){if(e==="key")i.key=r;else i.value=r}else if(s.isDocument(i)){i.contents=r}else{const e=s.isAlias(i)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},7994:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var t={};function __nccwpck_require__(r){var s=t[r];if(s!==undefined){return s.exports}var i=t[r]={exports:{}};var o=true;try{e[r](i,i.exports,__nccwpck_require__);o=false}finally{if(o)delete t[r]}return i.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=__dirname+"/";(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{var e=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__;var t;__nccwpck_require__.t=function(r,s){if(s&1)r=this(r);if(s&8)return r;if(typeof r==="object"&&r){if(s&4&&r.__esModule)return r;if(s&16&&typeof r.then==="function")return r}var i=Object.create(null);__nccwpck_require__.r(i);var o={};t=t||[null,e({}),e([]),e(e)];for(var a=s&2&&r;typeof a=="object"&&!~t.indexOf(a);a=e(a)){Object.getOwnPropertyNames(a).forEach(e=>o[e]=()=>r[e])}o["default"]=()=>r;__nccwpck_require__.d(i,o);return i}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var r in t){if(__nccwpck_require__.o(t,r)&&!__nccwpck_require__.o(e,r)){Object.defineProperty(e,r,{enumerable:true,get:t[r]})}}}})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();var r={};const s=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;function visible(e,t=false){return e.replace(s,e=>t&&e==="\n"?e:`\\u${e.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}`)}const i=require("node:util");class PairMap{keysA;keysB;values;mask;count=0;constructor(e=1024){let t=16;while(t<e*2)t*=2;this.keysA=new Int32Array(t).fill(-1);this.keysB=new Int32Array(t);this.values=new Int32Array(t);this.mask=t-1}get(e,t){let r=hash(e,t)&this.mask;for(;;){const s=this.keysA[r];if(s===-1)return-1;if(s===e&&this.keysB[r]===t)return this.values[r];r=r+1&this.mask}}set(e,t,r){if((this.count+1)*2>this.keysA.length)this.grow();let s=hash(e,t)&this.mask;for(;;){const i=this.keysA[s];if(i===-1){this.keysA[s]=e;this.keysB[s]=t;this.values[s]=r;this.count++;return}if(i===e&&this.keysB[s]===t){this.values[s]=r;return}s=s+1&this.mask}}grow(){const{keysA:e,keysB:t,values:r}=this;this.keysA=new Int32Array(e.length*2).fill(-1);this.keysB=new Int32Array(e.length*2);this.values=new Int32Array(e.length*2);this.mask=this.keysA.length-1;this.count=0;for(let s=0;s<e.length;s++)if(e[s]!==-1)this.set(e[s],t[s],r[s])}}function hash(e,t){let r=Math.imul(e,2654435761)+t|0;r^=r>>>16;r=Math.imul(r,2246822507);r^=r>>>13;r=Math.imul(r,3266489909);return r^r>>>16}const o=8;const a=1<<24;const l=-1;class NodeTable{parent;func;firstChild;nextSibling;childCount;wide=new PairMap(64);size=1;constructor(e=1024){const t=Math.max(16,Math.min(Math.ceil(e),a));this.parent=new Int32Array(t);this.func=new Int32Array(t);this.firstChild=new Int32Array(t).fill(l,0,1);this.nextSibling=new Int32Array(t);this.childCount=new Uint8Array(t);this.parent[0]=l;this.func[0]=l}get capacity(){return this.parent.length}find(e,t){if(this.childCount[e]>o)return this.wide.get(e,t);for(let r=this.firstChild[e];r!==l;r=this.nextSibling[r])if(this.func[r]===t)return r;return l}child(e,t){const r=this.find(e,t);if(r!==l)return r;const s=this.size++;if(s===this.parent.length)this.grow();this.attach(s,e,t);return s}attach(e,t,r){this.parent[e]=t;this.func[e]=r;this.firstChild[e]=l;this.nextSibling[e]=this.firstChild[t];this.firstChild[t]=e;const s=this.childCount[t];if(s<255)this.childCount[t]=s+1;if(s===o){for(let e=this.firstChild[t];e!==l;e=this.nextSibling[e])this.wide.set(t,this.func[e],e)}else if(s>o)this.wide.set(t,r,e)}grow(){this.parent=doubled(this.parent);this.func=doubled(this.func);this.firstChild=doubled(this.firstChild);this.nextSibling=doubled(this.nextSibling);this.childCount=doubled(this.childCount)}}function doubled(e,t=e.length*2){const r=new e.constructor(Math.max(t,e.length*2));r.set(e);return r}class InputError extends Error{name="InputError";constructor(e){super(e.replace(/[\r\n\u2028\u2029]+/g," "))}}function quote(e,t=200){const r=e.length>t?`${e.slice(0,t)}…`:e;return`'${visible(r)}'`}function quoteValue(e){return typeof e==="number"&&Number.isFinite(e)?String(e):quote(String(e))}function describeValue(e){if(e===undefined||e===null)return"nothing";if(typeof e==="string")return quote(e);if(Array.isArray(e))return"a list";if(typeof e==="object")return"a mapping";return String(e)}const c=new Map([...["nanoseconds","nanosecond","ns"].map(e=>[e,{dimension:"time",scale:1}]),...["microseconds","microsecond","us","µs"].map(e=>[e,{dimension:"time",scale:1e3}]),...["milliseconds","millisecond","ms"].map(e=>[e,{dimension:"time",scale:1e6}]),...["seconds","second","s"].map(e=>[e,{dimension:"time",scale:1e9}]),...["minutes","minute","m"].map(e=>[e,{dimension:"time",scale:6e10}]),...["bytes","byte","b"].map(e=>[e,{dimension:"bytes",scale:1}]),...["kilobytes","kilobyte","kb","kib"].map(e=>[e,{dimension:"bytes",scale:1024}]),...["megabytes","megabyte","mb","mib"].map(e=>[e,{dimension:"bytes",scale:1024**2}]),...["gigabytes","gigabyte","gb","gib"].map(e=>[e,{dimension:"bytes",scale:1024**3}])]);function getUnitScale(e){return c.get(e.toLowerCase())??{dimension:"count",scale:1}}function parseQuantity(e,t){const r=typeof e==="number"?String(e):typeof e==="string"?e.trim():"";const s=/^(\d+(?:\.\d+)?)\s*([a-zµ]*)$/i.exec(r);const i=s?s[2]===""?{dimension:"count",scale:1}:c.get(s[2].toLowerCase()):undefined;if(!s||!i)throw new InputError(`${t}: expected an amount such as 20ms, 4MB or 1000, got ${describeValue(e)}`);return{value:Number(s[1])*i.scale,dimension:i.dimension,text:r}}function formatValue(e,t){const{dimension:r,scale:s}=getUnitScale(t);const i=e*s;const o=Math.abs(i);if(i===0)return"0";if(r==="time"){if(o>=1e9)return`${fixed(i/1e9)} s`;if(o>=1e6)return`${fixed(i/1e6)} ms`;if(o>=1e3)return`${fixed(i/1e3)} µs`;return`${fixed(i)} ns`}if(r==="bytes"){if(o>=1024**3)return`${fixed(i/1024**3)} GB`;if(o>=1024**2)return`${fixed(i/1024**2)} MB`;if(o>=1024)return`${fixed(i/1024)} kB`;return`${fixed(i)} B`}if(o>=1e6)return`${fixed(i/1e6)}M`;if(o>=1e4)return`${fixed(i/1e3)}k`;return Number.isInteger(i)?String(i):fixed(i)}function fixed(e){const t=Math.abs(e);return e.toFixed(t>=100?0:t>=10?1:2)}function formatPercent(e,t=true){if(!Number.isFinite(e))return e>0?"+∞%":e<0?"−∞%":"n/a";const r=e*100;const s=Math.abs(r);const i=s>=100?r.toFixed(0):s>=10?r.toFixed(1):r.toFixed(2);return t&&r>0?`+${i}%`:`${i}%`}const u={runs:1e3,text:16384,functions:1e6,depth:4096,name:4096,value:2**53};function badValue(e,t){const r=Number.isNaN(e)?"a value that is not a number":e<0?e>-u.value?`the value ${e}, below zero`:"a value below zero":"a value of 2^53 or more";return new UnusableProfile(`sample ${t} holds ${r}`,"sample values from 0 to below 2^53 (9007199254740992)")}class LimitError extends Error{}class UnusableProfile extends Error{expected;constructor(e,t){super(e);this.expected=t}}class SharedTable{nodes;names=[];files=[];modules=[];lines=[];nameIds=new Map}class CallTreeBuilder{typeCount;shared;names;files;modules;lines;nameIds;nodes;leaves=new Int32Array(256);leafSelf;leafRecords=new Float64Array(256);leafCount=0;leafIndex=new PairMap(256);cutNames=0;cutStacks=0;mergedFrames=0;mergeDeepFrame(){this.mergedFrames++}lastStack=new Int32Array(64);lastNodes=new Int32Array(64);lastLength=0;constructor(e,t=1024,r){this.typeCount=e;this.shared=r;if(r){r.nodes??=new NodeTable(t);this.nodes=r.nodes;({names:this.names,files:this.files,modules:this.modules,lines:this.lines,nameIds:this.nameIds}=r)}else{this.nodes=new NodeTable(t);this.names=[];this.files=[];this.modules=[];this.lines=[];this.nameIds=new Map}this.leafSelf=Array.from({length:e},()=>new Float64Array(256))}functionId(e,t="",r="",s=0){const i=Number.isSafeInteger(s)&&s>0?s:0;let o=e;const a=t.length>u.name?t.slice(0,u.name):t;const l=r.length>u.name?r.slice(0,u.name):r;if(o.length>u.name){o=`${o.slice(0,u.name)}… (${o.length} characters)`;this.cutNames++}let c=this.nameIds.get(o);if(c===undefined){c=this.names.length;if(c>=u.functions)throw new LimitError(`more than ${u.functions} distinct functions (the limit)`);this.names.push(o);this.files.push(a);this.modules.push(l);this.lines.push(i);this.nameIds.set(o,c)}else{if(a&&!this.files[c])this.files[c]=a;if(l&&!this.modules[c])this.modules[c]=l;if(i&&!this.lines[c])this.lines[c]=i}return c}child(e,t){return this.nodes.child(e,t)}add(e,t,r){for(let e=0;e<this.typeCount;e++){const r=t[e];if(!(r>=0&&r<u.value))throw badValue(r,this.samples)}if(!(r>=0&&r<u.value))throw badValue(r,this.samples);this.samples++;const s=this.leafOf(e);for(let e=0;e<this.typeCount;e++)this.leafSelf[e][s]+=t[e];this.leafRecords[s]+=r}leafOf(e){const t=this.leafIndex.get(e,0);if(t>=0)return t;const r=this.leafCount++;if(r===this.leaves.length){this.leaves=doubled(this.leaves);this.leafSelf=this.leafSelf.map(e=>doubled(e));this.leafRecords=doubled(this.leafRecords)}this.leaves[r]=e;this.leafIndex.set(e,0,r);return r}addStack(e,t,r,s=e.length){let i=0;const o=Math.max(0,s-u.depth);if(o>0)this.cutStacks++;const a=s-o;if(a>this.lastStack.length){this.lastStack=doubled(this.lastStack,a);this.lastNodes=doubled(this.lastNodes,a)}const l=this.lastStack;const c=this.lastNodes;let f=0;const p=this.lastLength;while(f<a&&f<p&&l[f]===e[o+f])i=c[f++];for(;f<a;f++){const t=e[o+f];i=this.child(i,t);l[f]=t;c[f]=i}this.lastLength=a;this.add(i,t,r);return i}samples=0;notes(){const e=[];if(this.cutNames>0)e.push(`${this.cutNames} function name${this.cutNames===1?"":"s"} longer than ${u.name} characters cut`);if(this.cutStacks>0)e.push(`${this.cutStacks} stack${this.cutStacks===1?"":"s"} deeper than ${u.depth} frames cut to their ${u.depth} leaf-most frames`);if(this.mergedFrames>0)e.push(`${this.mergedFrames} frame${this.mergedFrames===1?"":"s"} deeper than ${u.depth} merged into their caller at depth ${u.depth} (a tree's leaf-most frames would have made a call tree of up to ${u.depth} times its size)`);return e}build(){const e=this.nodes.size;return{names:this.names,files:this.files,modules:this.modules,lines:this.lines,...this.shared?{shared:this.shared}:{},parent:this.nodes.parent.subarray(0,e),func:this.nodes.func.subarray(0,e),leaves:this.leaves.subarray(0,this.leafCount),leafSelf:this.leafSelf.map(e=>e.subarray(0,this.leafCount)),leafRecords:this.leafRecords.subarray(0,this.leafCount)}}}function absorbTree(e,t,r){const s=new CallTreeBuilder(0,e.parent.length+1024,t);const i=Int32Array.from(e.names,(t,r)=>s.functionId(t,e.files[r],e.modules?.[r],e.lines?.[r]));const o=r===undefined?-1:s.functionId(r);const a=new Int32Array(e.parent.length);for(let t=1;t<e.parent.length;t++){const r=e.parent[t];a[t]=s.child(a[r],r===0&&o>=0?o:i[e.func[t]])}const l=t.nodes;return{names:t.names,files:t.files,modules:t.modules,lines:t.lines,shared:t,parent:l.parent.subarray(0,l.size),func:l.func.subarray(0,l.size),leaves:e.leaves.map(e=>a[e]),leafSelf:e.leafSelf,leafRecords:e.leafRecords}}function eventValuesOf(e,t,r,s){return e.map((i,o)=>{if(findEventType(e,o)>=0)return 0;if(t&&t.value>0&&t.unit===i.unit)return t.value;if(!Number.isFinite(r[o]))return 0;const{dimension:a,scale:l}=getUnitScale(i.unit);const c=1e7/l;if(a!=="time"||r[o]<=c)return r[o];s.push(`${i.type}/${i.unit} has no sampling period and no count: its sampling noise assumes one sample per 10 ms (100 Hz)`);return c})}function findEventType(e,t){if(e[t].unit==="count")return t;const r=e[t].type.split(/[_-]/)[0];const s=e.map((e,t)=>e.unit==="count"?t:-1).filter(e=>e>=0);return s.find(t=>e[t].type.split(/[_-]/)[0]===r)??s[0]??-1}function alignTrees(e,t){const r=[...e,...t].map(e=>{const{tree:t,sampleTypes:r}=e.profile;const s=findEventType(r,e.typeIndex);const i=e.profile.eventValues?.[e.typeIndex]??0;const o=s>=0?t.leafSelf[s]:i>0?t.leafSelf[e.typeIndex].map(e=>e/i):t.leafRecords;return{tree:t,values:t.leafSelf[e.typeIndex],scale:e.scale,events:o}});const s=differentOnlyRoots(r);if(!s)return Object.assign(alignColumns(r),{baselineRuns:e.length});const i=new SharedTable;const o=s.names[s.names.length-1];const a=r.map(e=>({...e,tree:absorbTree(e.tree,i,o)}));const l=alignShared(a,i.nodes??new NodeTable(1),i.names,i.files,i.modules,i.lines);return Object.assign(l,{baselineRuns:e.length,mergedRoots:s.names})}function differentOnlyRoots(e){if(e.length<2)return undefined;const t=[];const r=new Map;for(const{tree:s,values:i}of e){const{parent:e,func:o,leaves:a}=s;let l=r.get(e);if(!l){l=new Int32Array(e.length);for(let t=1;t<e.length;t++)l[t]=e[t]===0?t:l[e[t]];r.set(e,l)}let c=-1;for(let e=0;e<a.length;e++){if(i[e]===0||a[e]===0)continue;const t=l[a[e]];if(c===-1)c=t;else if(t!==c)return undefined}if(c===-1)return undefined;const u=s.names[o[c]];if(!t.includes(u))t.push(u)}return t.length>1?{names:t}:undefined}function alignColumns(e){const t=e[0]?.tree.shared;if(t?.nodes&&e.every(e=>e.tree.shared===t))return alignShared(e,t.nodes,t.names,t.files,t.modules,t.lines);const r=new SharedTable;const s=e.map(e=>({...e,tree:absorbTree(e.tree,r)}));return alignShared(s,r.nodes??new NodeTable(1),r.names,r.files,r.modules,r.lines)}function alignShared(e,t,r,s,i,o){return finishAligned(t,r.slice(),s.slice(),i.slice(),Array.from(r,(e,t)=>o[t]??0),e.map(leavesOf))}function leavesOf(e){const{leaves:t}=e.tree;let r=0;for(let e=0;e<t.length;e++)if(t[e]!==0)r++;const s=new Int32Array(r);const i=new Float64Array(r);const o=new Float64Array(r);for(let r=0,a=0;r<t.length;r++){if(t[r]===0)continue;s[a]=t[r];i[a]=e.values[r]*e.scale;o[a++]=e.events[r]}return{nodes:s,self:i,events:o}}function finishAligned(e,t,r,s,i,o){const a=e.size;const l=e.parent.subarray(0,a);const sumUp=(e,t)=>{const r=new Float64Array(a);for(let s=0;s<e.length;s++)r[e[s]]+=t[s];for(let e=a-1;e>0;e--)r[l[e]]+=r[e];return r};return{parent:l,func:e.func.subarray(0,a),names:t,files:r,modules:s,lines:i,runs:o.length,leaves:o.map(e=>e.nodes),self:o.map(e=>e.self),inclusive:o.map(e=>sumUp(e.nodes,e.self)),leafEvents:o.map(e=>e.events),events:o.map(e=>e.events.reduce((e,t)=>e+t,0)),firstChild:e.firstChild.subarray(0,a),nextSibling:e.nextSibling.subarray(0,a)}}function computeFunctionValues(e,t,r=-1){const s=Object.assign(alignColumns([{tree:e,values:e.leafSelf[t],scale:1,events:r>=0?e.leafSelf[r]:e.leafRecords}]),{baselineRuns:1});return alignedFunctionValues(s)[0]}function alignedFunctionValues(e){const t=e.parent.length;const r=e.names.length;const{func:s,parent:i,inclusive:o,runs:a}=e;const l=new Uint8Array(t);const c=e.self.map((a,c)=>{const u=new Float64Array(r);const f=new Uint8Array(r);const p=e.leaves[c];const h=e.leafEvents[c];if(c>0)l.fill(0);for(let e=0;e<p.length;e++){u[s[p[e]]]+=a[e];if(a[e]!==0||h[e]!==0)l[p[e]]=1}for(let e=t-1;e>0;e--){if(l[e]===0)continue;l[i[e]]=1;f[s[e]]=1}return{self:u,total:new Float64Array(r),present:f,sum:t>0?o[c][0]:0,events:e.events[c]}});const u=new Int32Array(r);walk(e,e=>{const t=s[e];if(t<0)return;if(u[t]++!==0)return;for(let r=0;r<a;r++)c[r].total[t]+=o[r][e]},e=>{const t=s[e];if(t>=0)u[t]--});return c}function walk(e,t,r){const{parent:s,firstChild:i,nextSibling:o}=e;let a=s.length>0?0:-1;while(a>=0){t(a);if(i[a]>=0){a=i[a];continue}while(a>=0){r(a);const e=a>0?o[a]:-1;if(e>=0){a=e;break}a=s[a]}}}const f=.8;function findCallRelations(e,t,r){const s=new Map([...t].map(e=>[e,new Map]));const i=new Map([...t].map(e=>[e,{baseline:0,candidate:0}]));const{runs:o,baselineRuns:a}=e;const l=o-a;const c=e.inclusive.map((e,t)=>r.runScale(e[0])/(t<a?a:l));const u=e.names.map(e=>t.has(e));const f=new Int32Array(e.names.length);const p=[];walk(e,t=>{const r=e.func[t];if(!(r>=0&&u[r])||f[r]++!==0)return;let l=0;let h=0;for(let r=0;r<o;r++){const s=e.inclusive[r][t]*c[r];if(r<a)l+=s;else h+=s}const d=e.names[r];const m=i.get(d);m.baseline+=l;m.candidate+=h;const v=s.get(d);for(const t of p){const r=e.names[t];const s=v.get(r)??{baseline:0,candidate:0};s.baseline+=l;s.candidate+=h;v.set(r,s)}p.push(r)},t=>{const r=e.func[t];if(r>=0&&u[r]&&--f[r]===0)p.pop()});return{within:s,totals:i}}function attributeGrowth(e,t,r={}){const{isLibrary:s=()=>false,wouldBreak:i=()=>true,drift:o=()=>1,wholeProfile:a=()=>false,profileDrift:l=1}=r;const c=[...new Set(e)].sort();const rel=(e,r)=>t.within.get(e)?.get(r);const u=new Map(c.map(e=>{const r=t.totals.get(e);return[e,r?r.candidate/o(e)-r.baseline:0]}));const g=e=>u.get(e);const grewInside=(e,t)=>{const r=rel(t,e);return r?r.candidate/o(e)-r.baseline:0};const baselineTotal=e=>t.totals.get(e)?.baseline??0;const carriesIn=(e,t,r)=>t>0&&(t>=f*e||t>.5*e&&!i(r,e-t));const carries=(e,r,s)=>{if(carriesIn(g(e),s,e))return true;const i=t.totals.get(e);if(!i||l===1)return false;let o=0;for(const t of r){const r=rel(t,e);if(r)o+=r.candidate/l-r.baseline}return carriesIn(i.candidate/l-i.baseline,o,e)};const explains=(e,t)=>e!==t&&rel(e,t)!==undefined&&carries(t,[e],grewInside(t,e));const detailOf=(e,t)=>{const r=rel(e,t);const s=baselineTotal(e);return e!==t&&r!==undefined&&g(e)>0&&r.candidate/o(e)-r.baseline>=f*g(e)&&s>0&&s-r.baseline>=(1-f)*s};const largestFirst=(e,t)=>g(t)-g(e)||(e<t?-1:1);const p=c.filter(e=>s(e));const h=c.filter(e=>!s(e));const d=h.filter(e=>!h.some(t=>explains(t,e)));const m=new Map;for(const e of d){const t=[e];for(;;){const e=t[t.length-1];const r=h.filter(r=>!t.includes(r)&&detailOf(e,r));if(r.length===0)break;const s=r.find(e=>r.every(t=>t===e||grewInside(t,e)>=f*g(e)));t.push(s??r.sort((e,t)=>baselineTotal(e)-baselineTotal(t)||(e<t?-1:1))[0])}const r=t.pop();m.set(r,[...new Set([...m.get(r)??[],...t])])}for(const[e,t]of m)m.set(e,t.filter(e=>!m.has(e)));let v=[...m.keys()];const coveredBy=(e,t)=>{const r=t.filter(t=>t!==e&&rel(t,e)!==undefined).sort((t,r)=>grewInside(e,r)-grewInside(e,t));const s=[];let i=0;for(const t of r){if(s.some(e=>rel(t,e)!==undefined||rel(e,t)!==undefined))continue;s.push(t);i+=grewInside(e,t)}return s.length>0&&carries(e,s,i)?s[0]:undefined};const y=new Map;for(const e of[...v].sort(largestFirst)){if(m.get(e).length>0)continue;const t=coveredBy(e,v.filter(e=>!y.has(e)));if(t!==undefined)y.set(e,t)}for(const[e,t]of y){let r=t;while(y.has(r))r=y.get(r);y.set(e,r)}v=v.filter(e=>!y.has(e));for(const e of y.keys())m.delete(e);const b=new Map(v.map(e=>[e,[]]));for(const[e,t]of y)b.get(t).push(e);const w=new Set([...v,...y.keys(),...[...m.values()].flat()]);const containerOf=e=>v.filter(t=>grewInside(t,e)>0&&grewInside(t,e)>=f*g(e)).sort((e,t)=>g(e)-g(t)||(e<t?-1:1))[0];const ownerOf=(e,t)=>t.filter(t=>explains(t,e)).sort(largestFirst)[0];for(const e of h){if(w.has(e))continue;const t=ownerOf(e,v);const r=t===undefined?containerOf(e):undefined;if(t!==undefined)b.get(t).push(e);else if(r!==undefined)m.get(r).push(e);else b.set(e,[])}const x=[];for(const e of p){const t=containerOf(e);const r=ownerOf(e,v);if(t!==undefined)m.get(t).push(e);else if(r!==undefined)b.get(r).push(e);else x.push(e)}const S=x.filter(e=>!x.some(t=>explains(t,e)));for(const e of S)b.set(e,[]);for(const e of x){if(S.includes(e))continue;const t=ownerOf(e,S);if(t===undefined)b.set(e,[]);else b.get(t).push(e)}const $=[...b.keys()];const k=new Map($.map(e=>[e,g(e)-$.filter(t=>t!==e&&rel(t,e)!==undefined).reduce((t,r)=>t+Math.max(0,grewInside(e,r)),0)]));const rank=e=>a(e)?1:0;const causeFirst=(e,t)=>rank(e)-rank(t)||k.get(t)-k.get(e)||largestFirst(e,t);return $.sort(causeFirst).map(e=>({function:e,callers:b.get(e).sort((e,t)=>g(e)-g(t)||(e<t?-1:1)),into:(m.get(e)??[]).sort(largestFirst)}))}class measure_Measure{normalize;unit;share;constructor(e,t){this.normalize=e;this.unit=t;this.share=e==="total"}static of(e){return new measure_Measure(e.normalize,e.sampleType.unit)}get valueUnit(){return this.share?"share":this.unit}get description(){return this.share?"shares of each run's total":"absolute values"}runScale(e){return this.share?e>0?1/e:0:1}inRun(e,t){return this.share?t>0?e/t:0:e}of(e,t){if(this.share)return t==="self"?e.selfShare:e.totalShare;return t==="self"?e.self:e.total}whole(e){return this.share?1:e}points(e,t){return this.share?e:ratio(e,t)}amount(e,t){return(this.share?e*t:e)*getUnitScale(this.unit).scale}format(e){if(this.share)return`${(e*100).toFixed(Math.abs(e)>=.1?1:2)}%`;return formatValue(e,this.unit)}formatSigned(e){const t=e>0?"+":e<0?"-":"±";if(this.share)return`${t}${(Math.abs(e)*100).toFixed(1)} pts`;return`${t}${this.format(Math.abs(e))}`}formatChange(e,t,r){const s=[t===null?e>0?"new":"gone":formatPercent(t)];if(r!==null&&!this.share)s.push(`${formatPercent(r,false)} of total`);return`${this.formatSigned(e)} (${s.join(", ")})`}}function ratio(e,t){if(t!==0)return e/t;return e>0?Infinity:e<0?-Infinity:0}var p=__nccwpck_require__(2484);var h=__nccwpck_require__.n(p);const d=4;const m=4;const v=.02;const y=.08;const b=3;const w=10;function mean(e){let t=0;for(let r=0;r<e.length;r++)t+=e[r];return e.length>0?t/e.length:0}function variance(e){const t=e.length;if(t<2)return 0;const r=mean(e);let s=0;for(let i=0;i<t;i++)s+=(e[i]-r)**2;return s/(t-1)}function estimateRunNoise(e,t,r,s){const i=[];const o=e[0]?.length??0;const a=t[0]?.length??0;if(o>=2||a>=2){for(let o=0;o<e.length;o++){let a=0;let l=0;for(const[i,c]of[[e[o],r],[t[o],s]]){if(i.length<2||!i.every(e=>e>0))continue;const e=i.map(e=>Math.log(e));a+=(variance(e)-c/mean(i))*(i.length-1);l+=i.length-1}if(l>0)i.push(a/l/chiSquareMedianOverDf(l))}if(i.length<b)return null;return Math.max(v**2,quantile(i,.5))}for(let o=0;o<e.length;o++){const a=e[o][0];const l=t[o][0];if(!(a>0&&l>0))continue;i.push((Math.log(l/a)**2-r/a-s/l)/2)}if(i.length<w)return null;return Math.max(y**2,quantile(i,.8)/1.642)}function chiSquare05(e){return e*Math.max(0,1-2/(9*e)-1.6449*Math.sqrt(2/(9*e)))**3}function chiSquare95(e){return e*(1-2/(9*e)+1.6449*Math.sqrt(2/(9*e)))**3}function chiSquareMedianOverDf(e){return(1-2/(9*e))**3}function quantile(e,t){const r=[...e].sort((e,t)=>e-t);const s=Math.min(r.length-1,Math.max(0,Math.ceil(t*r.length)-1));return r[s]}function moderatedTest(e,t,r,s){const i=e.length;const o=t.length;if(i===0||o===0)return 1;const a=s.runs;if(a&&a.length===i+o){e=Array.from(e,(e,t)=>e/a[t]);t=Array.from(t,(e,t)=>e/a[i+t])}const l=s.factor;const side=(e,t,s)=>{const i=t>0?t:Number.MIN_VALUE;const o=e.length;let a=0;for(let t=0;t<o;t++)a+=Math.log(Math.max(0,e[t]/s)+i);a/=o;let l=0;for(let t=0;t<o;t++)l+=(Math.log(Math.max(0,e[t]/s)+i)-a)**2;const c=o>=2?l/(o-1):0;const u=Math.max(0,Math.exp(a)/i-1);const f=u/(u+1)**2+r.phi2;const p=d+o-1;const h=(d*f+(o-1)*c)/p;const y=o>=2&&(o-1)*c>f*chiSquare95(o-1);const b=o>=m&&(o-1)*c<f*chiSquare05(o-1);const w=u/(u+1)**2;if(y)return{m:a,v:c/o,df:o-1};if(b)return{m:a,v:Math.max(c,w+v**2)/o,df:o-1};return{m:a,v:Math.max(c,h)/o,df:p}};const c=side(e,r.weightB,1);const u=side(t,r.weightC,l);const f=(l!==1?s.se*s.se:0)+s.interaction;const p=c.v+u.v+f;if(!(p>0))return c.m===u.m?1:0;const h=(u.m-c.m)/Math.sqrt(p);if(i===1&&o===1)return zPValue(h);const y=(c.v+u.v)**2/(c.v*c.v/c.df+u.v*u.v/u.df);return tPValue(h,y)}function tPValue(e,t){if(!Number.isFinite(e))return 0;const r=__nccwpck_require__(6021);return Math.min(1,2*r(-Math.abs(e),t))}function zPValue(e){if(!Number.isFinite(e))return 0;return Math.min(1,2*h()(-Math.abs(e),0,1))}const x=5;const S=1.25;const $=10;const k=4;const _=Math.log(10);const A=.1;const N=10;const E=2;class DriftModel{aligned;partNode;logRatio;weight;noise;order;byFunction=new Map;insideWeight;insideKey;insideCount;bySet=new Map;totalWeight;values;reference;baselineRuns;partEvents;overall;perRun;constructor(e,t,r,s,i){this.aligned=e;const{parent:o}=e;const a=o.length;const l=t.runs;const c=e.runs;const u=new Float64Array(a);for(let t=0;t<c;t++){const r=e.leaves[t];const i=e.leafEvents[t];for(let e=0;e<r.length;e++)if(s[r[e]]===0)u[r[e]]+=i[e]/c}for(let e=a-1;e>0;e--)if(u[e]<k-1e-6)u[o[e]]+=u[e];const f=new Int32Array(a).fill(-1);const p=[];if(a>0&&u[0]>=k-1e-6)f[0]=p.push(0)-1;for(let e=1;e<a;e++)f[e]=u[e]>=k-1e-6?p.push(e)-1:f[o[e]];const h=p.length;this.partNode=Int32Array.from(p);const d=Array.from({length:c},()=>new Float64Array(h));for(let o=0;o<c;o++){const a=o<l?t:r;const c=a.totals[o<l?o:o-l];const u=i.runScale(c);const p=e.leaves[o];const h=e.self[o];for(let e=0;e<p.length;e++){const t=f[p[e]];if(t>=0&&s[p[e]]===0)d[o][t]+=h[e]*u}}const m=c-l;const sideStats=(e,t,r,s)=>{let i=0;for(let s=e;s<e+t;s++)i+=d[s][r];const o=t>0?i/t:0;let a=0;for(let s=e;s<e+t;s++)a+=(d[s][r]-o)**2;const l=Math.abs(s*o)/Math.max(t,1);const c=t>=2?a/(t-1)/t:0;return{mean:o,variance:Math.max(l,c)}};const weightIn=e=>i.inRun(e.eventWeight,mean(e.totals));this.logRatio=new Float64Array(h);this.weight=new Float64Array(h);this.noise=new Float64Array(h);for(let e=0;e<h;e++){const s=sideStats(0,l,e,weightIn(t));const i=sideStats(l,m,e,weightIn(r));const o=s.mean>0&&i.mean>0?Math.log(i.mean/s.mean):i.mean>0?_:-_;this.logRatio[e]=Math.max(-_,Math.min(_,o));this.noise[e]=(s.mean>0?s.variance/s.mean**2:1)+(i.mean>0?i.variance/i.mean**2:1);const a=Math.min(u[this.partNode[e]],$);this.weight[e]=a/$}this.values=d;this.baselineRuns=l;this.partEvents=Float64Array.from(this.partNode,e=>u[e]);this.reference=new Float64Array(h);for(let e=0;e<l;e++)for(let t=0;t<h;t++)this.reference[t]+=d[e][t]/l;this.order=Int32Array.from(Array.from({length:h},(e,t)=>t).sort((e,t)=>this.logRatio[e]-this.logRatio[t]||this.weight[e]-this.weight[t]||this.reference[e]-this.reference[t]||this.noise[e]-this.noise[t]));this.overall=this.estimate(null);const{func:v}=e;const y=new Int32Array(e.names.length).fill(-1);this.insideWeight=new Float64Array(e.names.length);this.insideKey=new Float64Array(e.names.length);this.insideCount=new Int32Array(e.names.length);let b=0;for(let e=0;e<h;e++){b+=this.weight[e];for(let t=this.partNode[e];t>0;t=o[t]){const r=v[t];if(y[r]===e)continue;y[r]=e;this.insideWeight[r]+=this.weight[e];this.insideKey[r]+=(e+1)*2654435761%4294967296+e*e;this.insideCount[r]++}}this.totalWeight=b;this.perRun=h>=x?this.runFactors(d,l):null}forFunction(e){if(!(this.insideWeight[e]>=A*this.totalWeight))return this.overall;const t=`${this.insideCount[e]}:${this.insideKey[e]}`;let r=this.byFunction.get(e)??this.bySet.get(t);if(!r){const{parent:s,func:i}=this.aligned;const o=new Uint8Array(this.partNode.length);for(let t=0;t<this.partNode.length;t++){for(let r=this.partNode[t];r>0;r=s[r]){if(i[r]===e){o[t]=1;break}}}r=this.estimate(o);if(r.identifiable)r=this.withCodeDrift(r,o);this.byFunction.set(e,r);this.bySet.set(t,r)}return r}estimate(e){const t=new Int32Array(this.order.length);let r=0;let s=0;let i=0;for(let o=0;o<this.order.length;o++){const a=this.order[o];if(e?.[a]===1)continue;t[r++]=a;s+=this.weight[a];i+=this.weight[a]**2}if(r<x||!(s>0))return{factor:1,se:0,identifiable:false,interaction:0,runs:new Float64Array(0)};const o=t.subarray(0,r);const a=this.shorthMedian(o,s);const l=this.medianDeviation(o,a,s);const c=s*s/i;const u=1.2533*1.4826*l/Math.sqrt(c);const f=Math.sign(a)*Math.max(0,Math.abs(a)-E*u);const p=Math.max(-Math.log(S),Math.min(Math.log(S),f));const h=new Float64Array(r);for(let e=0;e<r;e++)h[e]=((this.logRatio[o[e]]-a)**2-this.noise[o[e]])/.455;const d=Int32Array.from({length:r},(e,t)=>t).sort((e,t)=>h[e]-h[t]);let m=0;let v=0;for(let e=0;e<r;e++){m+=this.weight[o[d[e]]];v=h[d[e]];if(m>=s/2)break}const y=this.baselineRuns>=2||this.values.length-this.baselineRuns>=2?this.runSpeeds(e):new Float64Array(0);return{factor:Math.exp(p),se:u,identifiable:true,interaction:Math.max(0,v),runs:y}}withCodeDrift(e,t){const{func:r,parent:s}=this.aligned;const i=this.baselineRuns;const o=this.values.length;const a=o-i;if(i===0||a===0)return e;const l=new Set;for(let e=0;e<this.partNode.length;e++){if(t[e]!==1)continue;for(let t=s[this.partNode[e]];t>0;t=s[t])l.add(r[t])}const c=new Map;const u=new Map;let f=0;for(let e=0;e<this.partNode.length;e++){const i=r[this.partNode[e]];let a=0;for(let t=0;t<o;t++)a+=this.values[t][e]/o;if(t[e]===1){c.set(i,(c.get(i)??0)+a);f+=a}else if(!l.has(r[s[this.partNode[e]]]??-1)){let t=u.get(i);if(!t)u.set(i,t=[]);t.push(e)}}if(!(f>0))return e;let p=0;const h=new Float64Array(o);for(const[e,t]of c){const r=u.get(e);if(!r)continue;let s=0;for(const e of r)s+=this.partEvents[e];if(s<N)continue;const a=new Float64Array(o);for(let e=0;e<o;e++)for(const t of r)a[e]+=this.values[e][t];const l=mean(a.subarray(0,i));if(!(l>0)||!a.every(e=>e>0))continue;const c=t/f;p+=c;for(let e=0;e<o;e++)h[e]+=c*Math.log(a[e]/l)}if(p===0)return e;const d=1-p;const m=mean(h.subarray(i))-mean(h.subarray(0,i));const v=new Float64Array(o);for(let t=0;t<o;t++){const r=t<i?0:m;v[t]=Math.exp(h[t]-r+d*Math.log(e.runs.length===o?e.runs[t]:1))}return{...e,factor:Math.exp(m)*e.factor**d,se:d*e.se,runs:v}}medianDeviation(e,t,r){let s=0;while(s<e.length&&this.logRatio[e[s]]<=t)s++;let i=s-1;let o=0;let a=0;while(i>=0||s<e.length){const l=i>=0?t-this.logRatio[e[i]]:Infinity;const c=s<e.length?this.logRatio[e[s]]-t:Infinity;const u=l<=c?e[i--]:e[s++];a=Math.min(l,c);o+=this.weight[u];if(o>=r/2)break}return a}runSpeeds(e){const t=this.values.length;const r=new Float64Array(t);const s=new Float64Array(t);for(let i=0;i<t;i++){const t=[];let o=0;let a=0;for(let r=0;r<this.reference.length;r++){if(e?.[r]===1||!(this.reference[r]>0))continue;t.push([this.values[i][r]/this.reference[r],this.weight[r]]);o+=this.weight[r];a+=this.weight[r]**2}const l=this.weightedQuantileOf(t,.5);if(!(l>0))continue;const c=this.weightedQuantileOf(t.map(([e,t])=>[Math.abs(e-l),t]),.5);r[i]=Math.log(l);s[i]=1.2533*1.4826*c/l/Math.sqrt(o*o/a)}const i=new Float64Array(t).fill(1);const o=this.baselineRuns;for(const[e,a]of[[0,o],[o,t]]){if(a-e<2)continue;let t=0;for(let s=e;s<a;s++)t+=r[s]/(a-e);for(let o=e;o<a;o++){const e=r[o]-t;i[o]=Math.exp(Math.sign(e)*Math.max(0,Math.abs(e)-E*s[o]))}}return i}shorthMedian(e,t){let r=[0,e.length-1];let s=Infinity;let i=0;for(let o=0,a=-1;o<e.length;o++){while(i<t/2&&a+1<e.length)i+=this.weight[e[++a]];if(i<t/2)break;const l=this.logRatio[e[a]]-this.logRatio[e[o]];if(l<s){s=l;r=[o,a]}i-=this.weight[e[o]]}let o=0;for(let t=r[0];t<=r[1];t++)o+=this.weight[e[t]]/2;let a=0;for(let t=r[0];t<=r[1];t++){a+=this.weight[e[t]];if(a>=o)return this.logRatio[e[t]]}return this.logRatio[e[r[1]]]}weightedQuantileOf(e,t){e.sort((e,t)=>e[0]-t[0]);const r=e.reduce((e,[,t])=>e+t,0);let s=0;for(const[i,o]of e){s+=o;if(s>=t*r)return i}return e.length>0?e[e.length-1][0]:0}runFactors(e,t){const r=this.partNode.length;const s=new Float64Array(r);for(let i=0;i<t;i++)for(let o=0;o<r;o++)s[o]+=e[i][o]/t;const factor=t=>{const i=[];for(let o=0;o<r;o++)if(s[o]>0)i.push([e[t][o]/s[o],this.weight[o]]);const o=this.weightedQuantileOf(i,.5);return o>0&&Number.isFinite(o)?o:1};return{baseline:Array.from({length:t},(e,t)=>factor(t)),candidate:Array.from({length:e.length-t},(e,r)=>factor(t+r))}}}class FunctionTable{names;files;lines;baseline;candidate;test;measure;ids;entries;pValues;shares=[undefined,undefined,undefined,undefined];byName;pooled={};constructor(e,t,r,s,i,o,a){this.names=e;this.files=t;this.lines=r;this.baseline=s;this.candidate=i;this.test=o;this.measure=a;let l=0;for(let t=0;t<e.length;t++)if(s.present[t]===1||i.present[t]===1)l++;this.ids=new Int32Array(l);for(let t=0,r=0;t<e.length;t++)if(s.present[t]===1||i.present[t]===1)this.ids[r++]=t;this.entries=new Array(l);this.pValues={self:new Float64Array(l).fill(NaN),total:new Float64Array(l).fill(NaN)}}get length(){return this.ids.length}name(e){return this.names[this.ids[e]]}file(e){return this.files[this.ids[e]]||undefined}line(e){return this.lines[this.ids[e]]||undefined}status(e){const t=this.ids[e];const r=this.baseline.present[t]===1;const s=this.candidate.present[t]===1;return r&&s?"both":s?"new":"gone"}rowOf(e){if(!this.byName){this.byName=new Map;for(let e=0;e<this.ids.length;e++)this.byName.set(this.name(e),e)}return this.byName.get(e)??-1}mean(e,t,r){const s=this[t][r];const i=this.ids[e];let o=0;for(let e=0;e<s.length;e++)o+=s[e][i];return s.length>0?o/s.length:0}meanMeasured(e,t,r){return this.measure.share?this.meanShare(e,t,r):this.mean(e,t,r)}meanShare(e,t,r){return this.shareColumn(t,r)[e]}pooledShare(e){let t=this.pooled[e];if(!t){const r=this.shareColumn("baseline",e);const s=this.shareColumn("candidate",e);t=this.pooled[e]=r.map((e,t)=>(e+s[t])/2)}return t}shareColumn(e,t){const r=(e==="baseline"?0:2)+(t==="self"?0:1);let s=this.shares[r];if(!s){const{totals:i}=this[e];const o=this[e][t];s=new Float64Array(this.ids.length);for(let e=0;e<o.length;e++){if(!(i[e]>0))continue;const t=o[e];for(let r=0;r<s.length;r++)s[r]+=t[this.ids[r]]/i[e]}if(o.length>1)for(let e=0;e<s.length;e++)s[e]/=o.length;this.shares[r]=s}return s}pValue(e,t){const r=this.pValues[t][e];if(!Number.isNaN(r))return r;return this.tested(e,t,this.runValues(e,"baseline",t),this.runValues(e,"candidate",t))}runValues(e,t,r){const s=this.ids[e];return this[t][r].map(e=>e[s])}measuredRuns(e,t,r){return this.measured(this.runValues(e,t,r),t)}measured(e,t){const{totals:r}=this[t];return this.measure.share?e.map((e,t)=>this.measure.inRun(e,r[t])):e}tested(e,t,r,s){const i=this.pValues[t][e];if(!Number.isNaN(i))return i;return this.pValues[t][e]=this.test(e,this.measured(r,"baseline"),this.measured(s,"candidate"))}entry(e){const t=this.entries[e];if(t)return t;const r=this.ids[e];const s=this.sideValues(e,"baseline");const i=this.sideValues(e,"candidate");return this.entries[e]={name:this.names[r],file:this.file(e),line:this.line(e),status:this.status(e),baseline:s,candidate:i,pValue:this.tested(e,"total",s.totalRuns,i.totalRuns),pValueSelf:this.tested(e,"self",s.selfRuns,i.selfRuns)}}sideValues(e,t){return{self:this.mean(e,t,"self"),total:this.mean(e,t,"total"),selfShare:this.meanShare(e,t,"self"),totalShare:this.meanShare(e,t,"total"),selfRuns:this.runValues(e,t,"self"),totalRuns:this.runValues(e,t,"total")}}}const T=/_\[k\]$|\[kernel\.kallsyms\]/;function isKernelFrame(e,t=""){return T.test(e)||T.test(t)}const I=/(^|\/src\/)runtime\/([^/]+)$/;const C=[[/^(preempt|signal_|sigqueue)[^/]*$/,"preemption"],[/^(mgc|mwbbuf|mfinal)[^/]*$/,"gc"]];const O=[[/^runtime\.(asyncPreempt2?|sigtramp(go)?|sighandler|sigreturn\w*|sigprof|preemptPark|gopreempt_m|doSigPreempt|wantAsyncPreempt|isAsyncSafePoint|adjustSignalStack|sigFetchG|badsignal\w*|sigsave)$/,"preemption"],[/^runtime\.(gc[A-Z]\w*|bgsweep|bgscavenge|sweepone|freeSomeWbufs|scanobject|scanblock|scanstack|scanframeworker|greyobject|markroot\w*|markBits\w*|wbBuf\w*|gcWriteBarrier\w*|wbMove|bulkBarrierPreWrite\w*|typePointers\w*|shade|findObject|spanOf\w*|pageIndexOf|(\(\*gcWork\)|\(\*gcControllerState\)|\(\*mheap\)\.(reclaim|scavenge)\w*|\(\*sweepLocked\)|\(\*mspan\)\.(sweep|markBitsForIndex|typePointersOf\w*)|\(\*pageAlloc\)\.scavenge\w*|\(\*scavengerState\))[.\w]*|forEachP|stopTheWorld\w*|startTheWorld\w*|finishsweep_m|mProf_\w*)$/,"gc"],[/^runtime\.(mcall|park_m|schedule|findRunnable|findrunnable|stopm|notesleep|netpoll\w*|runqgrab|stealWork|checkTimers|mPark|runtime\.idle)$/,"idle"]];const L=T;const M=[[/^(asm_)?(sysvec_\w+|common_interrupt|asm_common_interrupt|__sysvec_\w+|irq_\w+|__irq_\w+|irqentry_\w+|handle_irq\w*|handle_edge_irq|handle_fasteoi_irq|do_softirq\w*|__do_softirq|handle_softirqs|run_timer_softirq|hrtimer_interrupt|__hrtimer_run_queues|tick_sched_timer|tick_sched_handle|update_process_times|scheduler_tick|sched_tick|apic_timer_interrupt|smp_apic_timer_interrupt|local_apic_timer_interrupt|ret_from_intr|native_apic_\w+|rcu_core\w*|rcu_sched_clock_irq|task_tick_fair|perf_event_task_tick|__perf_event_task_sched_\w+|entry_SYSCALL_64_after_hwframe_irq)(_\[k\])?$/,"interrupt"],[/^(\w*irq_enable\w*|\w*irqrestore|__raw_callee_save_\w*irq\w*|finish_task_switch\w*|__schedule|schedule|preempt_schedule\w*|__cond_resched|_cond_resched)(_\[k\])?$/,"preemption"],[/^(cpu_idle\w*|do_idle|default_idle\w*|intel_idle\w*|poll_idle|acpi_idle_\w+|cpuidle_\w+|arch_cpu_idle\w*|mwait_idle\w*|native_safe_halt|swapper)(_\[k\])?$/,"idle"]];const P=[[/^\((garbage collector|GC)\)$/,"gc"],[/^\((idle|program)\)$/,"idle"]];function machineFrameKind(e,t=""){const r=I.exec(t);if(r){for(const[e,t]of C)if(e.test(r[2]))return t}if(e.startsWith("runtime.")&&(t===""||r)){for(const[t,r]of O)if(t.test(e))return r}if(L.test(e)||L.test(t)){const t=e.replace(/_\[k\]$/,"");for(const[e,r]of M)if(e.test(t))return r}if(e.startsWith("("))for(const[t,r]of P)if(t.test(e))return r;return undefined}function markMachineNodes(e,t,r){const s=new Uint8Array(e.length);for(let i=1;i<e.length;i++)s[i]=s[e[i]]|r[t[i]];return s}function compareRuns(e,t,r){const s=alignTrees(e,t);const{names:i,files:o}=s;const a=alignedFunctionValues(s);const l=collectSide(e,a.slice(0,e.length),i.length);const c=collectSide(t,a.slice(e.length),i.length);const u=e.length>=2&&t.length>=2?"welch":e.length>=2||t.length>=2?"prediction":"sampling";const f=new measure_Measure(r.normalize,r.sampleType.unit);const p=r.floor??.005;const h=i.map((e,t)=>machineFrameKind(e,o[t]));const d=Uint8Array.from(h,e=>e?1:0);const m=markMachineNodes(s.parent,s.func,d);const v=r.drift??getUnitScale(r.sampleType.unit).dimension!=="bytes";const y=v&&e.length>0&&t.length>0?new DriftModel(s,l.summary,c.summary,m,f):null;const b={factor:1,se:0,identifiable:false,interaction:0,runs:new Float64Array(0)};const weightIn=e=>f.inRun(e.eventWeight,e.total);const w={weightB:weightIn(l.summary),weightC:weightIn(c.summary),phi2:r.runNoise**2};const x=new FunctionTable(i,o,s.lines,l,c,(e,t,r)=>moderatedTest(t,r,w,driftOf(e)),f);const S=x.pooledShare("total");const driftOf=e=>{if(!y)return b;if(S[e]<p)return y.overall;return y.forFunction(x.ids[e])};const $=x.pooledShare("self");const judged=e=>d[x.ids[e]]===0;const k=[];for(let e=0;e<x.length;e++)if($[e]>=p&&judged(e))k.push({row:e,metric:"self"});if(k.length<5)for(let e=0;e<x.length;e++)if(S[e]>=p&&$[e]<p&&judged(e))k.push({row:e,metric:"total"});const _=e.length>0&&t.length>0?estimateRunNoise(k.map(e=>x.measuredRuns(e.row,"baseline",e.metric)),k.map(e=>x.measuredRuns(e.row,"candidate",e.metric)),w.weightB,w.weightC):null;if(_!==null)w.phi2=_;const A=y?{factor:y.overall.factor,se:y.overall.se,interaction:0}:{factor:1,se:0,interaction:0};const N={weightB:l.summary.eventWeight,weightC:c.summary.eventWeight,phi2:w.phi2};const E=moderatedTest(l.summary.totals,c.summary.totals,N,{factor:1,se:0,interaction:0});const T=[];for(let e=1;e<s.parent.length;e++)if(m[e]===1&&m[s.parent[e]]===0)T.push(e);const machineShare=(e,t)=>mean(e.totals.map((e,r)=>{const i=s.inclusive[t+r];let o=0;for(const e of T)o+=i[e];return e>0?o/e:0}));return{sampleType:r.sampleType,measure:f,noiseTest:u,runNoise:Math.sqrt(w.phi2),runNoiseEstimated:_!==null,baseline:l.summary,candidate:c.summary,table:x,pOverall:E,drift:y?.perRun??null,shift:y?.overall.factor??1,driftOf:driftOf,machineKind:e=>h[x.ids[e]],machineShare:{baseline:machineShare(l,0),candidate:machineShare(c,e.length)},kernelShare:kernelShareOf(s,l.totals,c.totals),aligned:s,testChange:(e,t)=>moderatedTest(e,t,w,A),testRow:(e,t,r)=>moderatedTest(t,r,w,driftOf(e))}}function collectSide(e,t,r){const s=new Uint8Array(r);const i=[];let o=0;e.forEach((e,a)=>{const{sampleTypes:l}=e.profile;const c=t[a];i.push(c.sum);let u=c.events>0?c.sum/c.events:0;const f=e.profile.period;const p=l[e.typeIndex].unit;if(f&&f.unit===p&&getUnitScale(p).dimension==="bytes")u=Math.max(u,f.value*e.scale);o+=u;for(let e=0;e<r;e++)s[e]|=c.present[e]});return{summary:{runs:e.length,sources:e.map(e=>e.source),formats:e.map(e=>e.profile.format),total:mean(i),totals:i,eventWeight:e.length>0?o/e.length:0},self:t.map(e=>e.self),total:t.map(e=>e.total),totals:i,present:s}}function kernelShareOf(e,t,r){const s=e.names.map((t,r)=>isKernelFrame(t,e.modules[r]));if(!s.includes(true))return null;const i=new Uint8Array(e.parent.length);const o=[];for(let t=1;t<e.parent.length;t++){const r=i[e.parent[t]];i[t]=r||(s[e.func[t]]?1:0);if(!r&&i[t])o.push(t)}const share=(t,r)=>{const s=t.map((t,s)=>{let i=0;for(const t of o)i+=e.inclusive[r+s][t];return t>0?i/t:0});return s.length>0?s.reduce((e,t)=>e+t,0)/s.length:0};return{baseline:share(t,0),candidate:share(r,t.length)}}function findGrowthPaths(e,t,r,s=3,i=3){if(t.length===0)return new Map;const o=new Set(t);const a=new Map(t.map(e=>[e,new Map]));const{runs:l,baselineRuns:c}=e;const u=l-c;const f=e.inclusive.map((e,t)=>{const s=r.runScale(e[0]);return t<c?-s/c:s/u});const p=e.names.map(e=>o.has(e));for(let t=1;t<e.parent.length;t++){const r=e.func[t];if(!p[r])continue;let i=0;let o=false;for(let r=0;r<l;r++){const s=e.inclusive[r][t];if(s!==0)o=true;i+=s*f[r]}if(!o)continue;const c=[];let u=true;for(let i=e.parent[t];i>0;i=e.parent[i]){if(e.func[i]===r){u=false;break}if(c.length<s)c.push(e.names[e.func[i]])}if(!u)continue;const h=c.join("\0");const d=a.get(e.names[r]);d.set(h,(d.get(h)??0)+i)}const h=new Map;for(const[e,t]of a){const r=[...t].map(([e,t])=>({callers:e===""?[]:e.split("\0"),delta:t})).filter(e=>e.delta>0).sort((e,t)=>t.delta-e.delta||(e.callers.join()<t.callers.join()?-1:1));const s=r[0]?.delta??0;h.set(e,r.filter(e=>e.delta>=.1*s).slice(0,i))}return h}const R=new Set(["archive","bufio","bytes","cmp","compress","container","context","crypto","database","debug","embed","encoding","errors","expvar","flag","fmt","go","hash","html","image","index","internal","io","iter","log","maps","math","mime","net","os","path","plugin","reflect","regexp","runtime","slices","sort","strconv","strings","structs","sync","syscall","testing","text","time","unicode","unique","unsafe","vendor","weak"]);const F=[/^(java|javax|jdk|sun|com\/sun)[/.]/,/^(std|core|alloc)::|^<(std|core|alloc)::|^__gnu_cxx::|^__cxxabiv1::|^__cxa_|^_Unwind_/,/^\((garbage collector|program|idle|root)\)$/,/_\[k\]$|\[kernel\.kallsyms\]/,/^(__GI_|__libc_|_IO_|_dl_|__lll_|__pthread_|__futex|_int_(malloc|free|realloc|memalign)$|__(mem|str|stp|wmem|wcs|rawmem)[a-z]*_(avx|sse|evex|erms|ssse|unaligned)|__clone\d*$|start_thread$|_start$|__libc_start)/,/^(malloc|free|calloc|realloc|memcpy|memmove|memset|memcmp|strlen|strcmp)$/];const B=[/^node:|^internal\/|(^|\/)node_modules\//,/\/lib\/python[0-9.]*\/|\/(site|dist)-packages\/|^<frozen /,/^\/rustc\/[0-9a-f]+\/|\/\.cargo\/(registry|git)\//,/^\/usr\/include\//];const j=/^\[(kernel\.[\w.]+|vdso|vsyscall|vectors|v8)\]$|^(\/usr)?\/(lib|lib32|lib64|libx32|bin|sbin)\/|^\/usr\/local\/lib[^/]*\/|^\/System\/|(^|\/)(libc|libm|libpthread|libdl|librt|libstdc\+\+|libc\+\+|libc\+\+abi|libgcc_s|ld-linux[^/]*|ld-musl[^/]*)[.-][^/]*$/;function goPackage(e){const t=e.replace(/\[.*$/,"");const r=t.indexOf(".",t.lastIndexOf("/")+1);const s=r>0?t.slice(0,r):"";return/^[a-z][\w.-]*(\/[\w.~-]+)*$/.test(s)?s:undefined}const isGoStd=e=>R.has(e.split("/")[0]);function isGoLibraryFile(e,t){if(/\/pkg\/mod\/|@v[0-9]|(^|\/)vendor\/|^\$GOROOT\//.test(e))return true;const r=goPackage(t);if(r===undefined||!isGoStd(r))return false;const s=/(?:^|\/src\/)([a-z][\w]*)\/[^/]+(\/[^/]+)*$/.exec(e);return e.includes(`/src/${r}/`)||e.startsWith(`${r}/`)||s!==null&&isGoStd(s[1])}function isLibraryFunction(e,t="",r=""){const s=t||(/ \(([^()]+\.py[cw]?)(?::\d+)?\)$/.exec(e)?.[1]??"");if(r!==""&&j.test(r))return true;if(B.some(e=>e.test(s)))return true;if(/\.(go|s)$/.test(s)&&goPackage(e)!==undefined)return isGoLibraryFile(s,e);if(F.some(t=>t.test(e)))return true;const i=goPackage(e);return i!==undefined&&isGoStd(i)}function findLibraryFunctions(e,t){const r=new Set(t);const s=new Set;e.names.forEach((t,i)=>{if(r.has(t)&&isLibraryFunction(t,e.files[i],e.modules[i]))s.add(t)});return s}function adjustBenjaminiHochberg(e,t){const r=e.length;const s=t&&r>0?t.reduce((e,t)=>e+t,0)/r:1;const i=e.map((e,r)=>t&&t[r]>0?Math.min(1,e*s/t[r]):e);const o=i.map((e,t)=>t).sort((e,t)=>i[e]-i[t]||e-t);const a=new Array(r);let l=1;for(let e=r;e>=1;e--){const t=o[e-1];l=Math.min(l,i[t]*r/e);a[t]=l}return a}function getChange(e,t,r){const{measure:s}=e;return changeOf(e,s.of(t.baseline,r),s.of(t.candidate,r))}function getAdjustedChange(e,t,r,s){const{measure:i}=e;return changeOf(e,i.of(t.baseline,r),i.of(t.candidate,r)/s)}function changeOf(e,t,r){const{measure:s}=e;const i=r-t;const o=e.baseline.total;return{baseline:t,candidate:r,delta:i,points:s.points(i,o),relative:ratio(i,t),absolute:s.amount(i,o)}}function smallestPooledShare(e,t,r){let s=0;if(e.maxIncrease!==undefined)s=Math.max(s,e.maxIncrease/2);const i=e.maxAbsoluteIncrease;if(i!==undefined&&i.dimension===r){const e=t.baseline.total*getUnitScale(t.sampleType.unit).scale;if(e>0)s=Math.max(s,i.value/e/2)}return s}function withDelta(e,t){const r=e.delta!==0?t/e.delta:0;return{baseline:e.baseline,candidate:e.baseline+t,delta:t,points:e.delta!==0?e.points*r:0,relative:ratio(t,e.baseline),absolute:e.delta!==0?e.absolute*r:0}}function exceedsLimits(e,t,r){if(!(e.delta>0))return false;if(t.maxIncrease!==undefined&&!(e.points>t.maxIncrease))return false;if(t.maxRelativeIncrease!==undefined&&!(e.relative>t.maxRelativeIncrease))return false;if(t.maxAbsoluteIncrease!==undefined){if(t.maxAbsoluteIncrease.dimension!==r)return false;if(!(e.absolute>t.maxAbsoluteIncrease.value))return false}return true}function describeLimits(e,t){const r=[];if(t.maxIncrease!==undefined)r.push(`> ${pct(t.maxIncrease)} of baseline total`);if(t.maxRelativeIncrease!==undefined)r.push(`> +${pct(t.maxRelativeIncrease)}`);if(t.maxAbsoluteIncrease!==undefined)r.push(`> +${t.maxAbsoluteIncrease.text}`);return`${e} ${r.join(" and ")}`}function pct(e){return`${Number((e*100).toPrecision(6))}%`}function evaluateRules(e,t){const r=getUnitScale(e.sampleType.unit).dimension;const{measure:s}=e;const i=[];const{table:o}=e;const a={self:o.pooledShare("self"),total:o.pooledShare("total")};for(let s=0;s<o.length;s++){if(a.total[s]<t.floor&&a.self[s]<t.floor)continue;if(e.machineKind(s)!==undefined)continue;const l=o.name(s);if(t.ignore.some(e=>e.test(l)))continue;for(const c of["self","total"]){if(a[c][s]<t.floor)continue;const u=t.rules.filter(e=>e.metric===c&&e.match.some(e=>e.test(l)));if(u.length===0)continue;if(a[c][s]<=Math.min(...u.map(t=>smallestPooledShare(t,e,r))))continue;const f=o.entry(s);const p=e.driftOf(s);const h=getAdjustedChange(e,f,c,p.factor);const d=u.filter(e=>exceedsLimits(h,e,r));const m=c==="self"?f.pValueSelf:f.pValue;const v=h.delta>0?m/2:1-m/2;i.push({row:s,f:f,metric:c,p:v,size:a[c][s],change:h,rawChange:getChange(e,f,c),drift:{factor:p.factor,identifiable:p.identifiable},broken:d})}}const l=Math.max(e.baseline.eventWeight,e.candidate.eventWeight)*(s.share?1/Math.max(e.baseline.total,1e-300):1);const c=[];i.sort((e,t)=>e.f.name<t.f.name?-1:e.f.name>t.f.name?1:e.metric<t.metric?-1:e.metric>t.metric?1:0);const u=i.map(e=>{const t=[...o.measuredRuns(e.row,"baseline",e.metric),...o.measuredRuns(e.row,"candidate",e.metric)];const r=c.findIndex(e=>e.every((e,r)=>Math.abs(e-t[r])<=Math.max(Math.min(2*l,.25*Math.abs(e)),.03*Math.abs(e))));if(r>=0)return r;return c.push(t)-1});const f=new Array(c.length).fill(NaN);const p=new Array(c.length).fill(0);i.forEach((e,t)=>{if(Number.isNaN(f[u[t]]))f[u[t]]=e.p;p[u[t]]=Math.max(p[u[t]],Math.sqrt(e.size))});const h=adjustBenjaminiHochberg(f,p);const d=u.map(e=>h[e]);const m=[];let v=0;i.forEach((e,r)=>{if(e.broken.length===0)return;if(d[r]>t.alpha){v++;return}for(const t of e.broken){m.push({function:e.f.name,metric:e.metric,severity:t.severity,rule:describeLimits(e.metric,t),limits:t,status:e.f.status,change:e.change,rawChange:e.rawChange,drift:e.drift,pValue:d[r]})}});m.sort((e,t)=>severityRank(e.severity)-severityRank(t.severity)||t.change.points-e.change.points||(e.function<t.function?-1:1));let y=null;if(!s.share){const s=e.baseline.total;const i=e.candidate.total;const o={baseline:s,candidate:i,delta:i-s,points:ratio(i-s,s),relative:ratio(i-s,s),absolute:(i-s)*getUnitScale(e.sampleType.unit).scale};const a=t.overall;const l=a!==null&&exceedsLimits(o,a,r)&&e.pOverall<=t.alpha;y={change:o,pValue:e.pOverall,violated:l,...a?{severity:a.severity,rule:describeLimits("profile total",a)}:{}}}return{verdict:verdictOf(m,y),violations:m,notSignificant:v,tested:i.length,hypotheses:c.length,overall:y}}function withdraw(e,t){if(t.size===0)return e;const r=e.violations.filter(e=>!t.has(e.function));return{...e,violations:r,verdict:verdictOf(r,e.overall)}}function withViolations(e,t){const r=[...t].sort((e,t)=>severityRank(e.severity)-severityRank(t.severity)||t.change.points-e.change.points||(e.function<t.function?-1:1));return{...e,violations:r,verdict:verdictOf(r,e.overall)}}function verdictOf(e,t){const r=e.map(e=>e.severity).concat(t?.violated&&t.severity?[t.severity]:[]);return r.includes("fail")?"fail":r.includes("warn")?"warn":"pass"}function severityRank(e){return e==="fail"?0:1}var D=__nccwpck_require__(4006);var q=__nccwpck_require__.n(D);const V=Object.freeze({rules:[{match:"*",metric:"total","max-increase":"5%","max-relative-increase":"20%",severity:"fail"}],overall:{"max-relative-increase":"10%",severity:"warn"},ignore:["(idle)","*:(idle):*"],floor:"0.5%",alpha:.01,"run-noise":"10%",trend:{"max-growth":"1%"}});const U=["rules","overall","ignore","floor","alpha","run-noise","drift","normalize","sample-type","trend"];const K=["match","metric","max-increase","max-relative-increase","max-absolute-increase","severity"];function defaultConfig(){return configFromMapping(V,"built-in rules",null)}function parseConfig(e,t,r=defaultConfig()){const{parseDocument:s}=__nccwpck_require__(8815);const i=s(e,{prettyErrors:true});if(i.errors.length>0){const e=i.errors[0];const r=e.linePos?.[0]?` line ${e.linePos[0].line}`:"";throw new InputError(`${t}${r}: not valid YAML (${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/,"")})`)}return configFromMapping(i.toJS()??{},t,r)}function configFromMapping(e,t,r){if(typeof e!=="object"||Array.isArray(e)||e===null){throw new InputError(`${t}: expected a mapping of settings (rules, overall, ignore, ...), got ${describeValue(e)}`)}const s=e;for(const e of Object.keys(s)){if(!U.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${U.join(", ")}`)}const where=e=>`${t}: ${e}`;const i=r?{...r}:{rules:[],overall:null,ignore:[],floor:0,alpha:.05,runNoise:0,trend:{maxGrowth:{kind:"share",value:.01,text:"1%"}}};if("rules"in s){if(!Array.isArray(s.rules))throw new InputError(`${where("rules")}: expected a list of rules, got ${describeValue(s.rules)}`);i.rules=s.rules.map((e,t)=>parseRule(e,`${where("rules")}[${t}]`))}if("overall"in s)i.overall=s.overall===null||s.overall===false?null:parseLimits(s.overall,where("overall"),["max-increase","max-relative-increase","max-absolute-increase","severity"]);if("ignore"in s)i.ignore=parsePatterns(s.ignore,where("ignore"));if("floor"in s){i.floor=parsePercentage(s.floor,where("floor"));if(i.floor>1)throw new InputError(`${where("floor")}: expected a share of the total up to 100%, got ${describeValue(s.floor)}`)}if("alpha"in s)i.alpha=parseLevel(s.alpha,where("alpha"));if("run-noise"in s)i.runNoise=parsePercentage(s["run-noise"],where("run-noise"));if("drift"in s){if(typeof s.drift!=="boolean")throw new InputError(`${where("drift")}: expected true or false, got ${describeValue(s.drift)}`);i.drift=s.drift}if("normalize"in s){if(s.normalize!=="none"&&s.normalize!=="total")throw new InputError(`${where("normalize")}: expected none or total, got ${describeValue(s.normalize)}`);i.normalize=s.normalize}if("sample-type"in s){if(typeof s["sample-type"]!=="string")throw new InputError(`${where("sample-type")}: expected a sample type name such as cpu, got ${describeValue(s["sample-type"])}`);i.sampleType=s["sample-type"]}if("trend"in s){const e=s.trend;if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${where("trend")}: expected a mapping with max-growth, got ${describeValue(e)}`);for(const t of Object.keys(e)){if(t!=="max-growth")throw new InputError(`${where("trend")}: unknown key ${quote(t)}, expected max-growth`)}if("max-growth"in e)i.trend={maxGrowth:parseMaxGrowth(e["max-growth"],`${where("trend")}.max-growth`)}}return i}const z={s:1,sec:1,second:1,min:60,minute:60,h:3600,hour:3600};function parseMaxGrowth(e,t){const r=typeof e==="string"?e.trim():typeof e==="number"?String(e):"";const refuse=()=>new InputError(`${t}: expected a share such as 1%, an amount such as 4MiB, or a rate such as 100KiB/s, 10MB/min or 512KiB/snapshot, got ${describeValue(e)}`);if(H.test(r))return{kind:"share",value:parsePercentage(r,t),text:r};const s=/^(.+?)\s*\/\s*([a-z]+)$/i.exec(r);let i;try{i=parseQuantity(s?s[1]:r,t)}catch{throw refuse()}if(i.dimension==="time")throw refuse();if(!s)return{kind:"amount",value:i.value,dimension:i.dimension,text:r};const o=s[2].toLowerCase();if(o==="snapshot")return{kind:"rate",value:i.value,dimension:i.dimension,per:"snapshot",text:r};if(!(o in z))throw refuse();return{kind:"rate",value:i.value/z[o],dimension:i.dimension,per:"second",text:r}}function parseRule(e,t){if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${t}: expected a rule (match, metric, limits), got ${describeValue(e)}`);const r=e;for(const e of Object.keys(r)){if(!K.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${K.join(", ")}`)}const s=r.metric??"total";if(s!=="self"&&s!=="total")throw new InputError(`${t}.metric: expected self or total, got ${describeValue(s)}`);return{match:"match"in r?parsePatterns(r.match,`${t}.match`):parsePatterns("*",t),metric:s,...parseLimits(e,t,K)}}function parseLimits(e,t,r){if(typeof e!=="object"||e===null||Array.isArray(e))throw new InputError(`${t}: expected limits (max-increase, max-relative-increase, max-absolute-increase, severity), got ${describeValue(e)}`);const s=e;for(const e of Object.keys(s)){if(!r.includes(e))throw new InputError(`${t}: unknown key ${quote(e)}, expected one of ${r.join(", ")}`)}const i=s.severity??"fail";if(i!=="fail"&&i!=="warn")throw new InputError(`${t}.severity: expected fail or warn, got ${describeValue(i)}`);const o={severity:i,where:t};if(s["max-increase"]!==undefined)o.maxIncrease=parsePercentage(s["max-increase"],`${t}.max-increase`);if(s["max-relative-increase"]!==undefined)o.maxRelativeIncrease=parsePercentage(s["max-relative-increase"],`${t}.max-relative-increase`);if(s["max-absolute-increase"]!==undefined)o.maxAbsoluteIncrease=parseQuantity(s["max-absolute-increase"],`${t}.max-absolute-increase`);if(o.maxIncrease===undefined&&o.maxRelativeIncrease===undefined&&o.maxAbsoluteIncrease===undefined){throw new InputError(`${t}: no limit, expected at least one of max-increase, max-relative-increase, max-absolute-increase`)}return o}function failLimit(e){const t=e.rules.filter(e=>e.severity==="fail"&&e.maxIncrease!==undefined).map(e=>e.maxIncrease);return t.length>0?Math.min(...t):undefined}function parsePercentage(e,t){const r=typeof e==="string"?H.exec(e):null;if(r)return Number(r[1])/100;const s=typeof e==="number"&&Number.isFinite(e)&&e>=0?` (a bare number is ambiguous: write ${e}%, or ${Number((e*100).toPrecision(12))}% if ${e} is a fraction)`:"";throw new InputError(`${t}: expected a percentage such as 5%, got ${describeValue(e)}${s}`)}const H=/^\s*(\d+(?:\.\d+)?)\s*%\s*$/;function parseLevel(e,t){const r=typeof e==="string"?H.exec(e):null;const s=typeof e==="number"?e:r?Number(r[1])/100:NaN;if(s>0&&s<1)return s;throw new InputError(`${t}: expected a level between 0 and 1 such as 0.05 (or 5%), got ${describeValue(e)}`)}function parsePatterns(e,t){const r=Array.isArray(e)?e:[e];return r.map((r,s)=>{if(typeof r!=="string"||r==="")throw new InputError(`${t}${Array.isArray(e)?`[${s}]`:""}: expected a glob or /regex/, got ${describeValue(r)}`);return parsePattern(r,t)})}function parsePattern(e,t){const r=/^\/(.*)\/([a-z]*)$/s.exec(e);if(r){try{const t=new RegExp(r[1],r[2]);return{source:e,test:e=>t.test(e)}}catch(r){throw new InputError(`${t}: ${quote(e)} is not a valid regular expression (${r.message})`)}}const s=e.replace(/[()]/g,e=>`[${e}]`);const i=q().makeRe(s,{bash:true,dot:true,noextglob:true});return{source:e,test:e=>e!==""&&(e===s||i.test(e))}}const G={time:{amount:"a time",measures:"time"},bytes:{amount:"bytes",measures:"bytes"},count:{amount:"a count",measures:"counts"}};function checkRules(e,t,r){const s=getUnitScale(t.unit).dimension;const i=[];const checkUnit=(e,r)=>{const o=e.maxAbsoluteIncrease;if(o===undefined||o.dimension===s)return;i.push(`${e.where??r}.max-absolute-increase is ${quote(o.text,40)} (${G[o.dimension].amount}) but the compared sample type ${quote(`${t.type}/${t.unit}`,80)} measures ${G[s].measures}: this rule can never fire`)};e.rules.forEach((e,t)=>checkUnit(e,`rules[${t}]`));if(e.overall)checkUnit(e.overall,"overall");if(i.length>0)throw new InputError(i.join("; "));const o=[];e.rules.forEach((e,t)=>{if(findMatch(e.match,r)>=0)return;const s=e.match.map(e=>quote(e.source,60)).join(", ");o.push(`${e.where??`rules[${t}]`} (match ${s}) matches no function in these profiles${hint(e.match,r)}`)});return o}function findMatch(e,t){for(let r=0;r<t.length;r++){const s=t.name(r);if(e.some(e=>e.test(s)))return r}return-1}function hint(e,t){const r=e.filter(({source:e})=>!e.startsWith("/")&&!e.startsWith("*")).flatMap(({source:e})=>e.endsWith("*")?[`*${e}`]:[`*${e}`,`*${e}*`]).map(e=>parsePattern(e,e));const s=r.map(()=>-1);for(let e=0;e<t.length&&s[0]<0;e++){const i=t.name(e);r.forEach((t,r)=>{if(s[r]<0&&t.test(i))s[r]=e})}const i=s.findIndex(e=>e>=0);return i<0?"":`; names look like ${quote(t.name(s[i]),80)}: did you mean ${quote(r[i].source,62)}?`}const W=.5;function findMovedWork(e,t,r=.05){const s=new Set(t.filter(e=>e.status==="new").map(e=>e.function));if(s.size===0)return new Set;const{aligned:i}=e;const o=new Map([...s].map(e=>[e,new Set]));const a=new Uint8Array(i.names.length);i.names.forEach((e,t)=>a[t]=s.has(e)?1:0);for(let e=1;e<i.parent.length;e++){const t=i.func[e];const r=i.parent[e];if(a[t]===1&&r>0)o.get(i.names[t]).add(i.names[i.func[r]])}const{table:l}=e;const runs=(e,t)=>l.measuredRuns(e,t,"total");const c=new Set;for(const t of s){const s=l.rowOf(t);const i=s<0?0:mean(runs(s,"candidate"))-mean(runs(s,"baseline"));const a=o.get(t);if(a.size===0||!(i>0))continue;const carriedLess=t=>{const s=l.rowOf(t);if(s<0)return false;const o=runs(s,"baseline");const a=mean(o);if(!(a>0))return false;const c=a/(a+W*i);const u=runs(s,"candidate").map(e=>e*c);const f=e.testRow(s,o,u);return mean(u)/e.driftOf(s).factor<a&&f/2<=r};if([...a].every(carriedLess))c.add(t)}return c}function findReplacements(e,t,r=.05){const s=new Set(t.violations.filter(e=>e.status==="new"&&e.metric==="total").map(e=>e.function));const i=new Map;if(s.size===0)return i;const{aligned:o,table:a}=e;const l=new Uint8Array(o.names.length);for(let e=0;e<a.length;e++)if(a.status(e)==="gone")l[a.ids[e]]=1;const c=o.names.map(e=>s.has(e));const u=new Map;for(let e=1;e<o.parent.length;e++){const t=o.func[e];const r=o.parent[e];if(r<=0||!(c[t]||l[t]===1))continue;if(!u.has(t))u.set(t,new Set);u.get(t).add(o.func[r])}const f=getUnitScale(e.sampleType.unit).dimension;const runs=(e,t)=>a.measuredRuns(e,t,"total");for(const[s,p]of u){if(!c[s])continue;const h=o.names[s];const d=[...u].filter(([e,t])=>l[e]===1&&[...t].some(e=>p.has(e))).map(([e])=>o.names[e]).sort();if(d.length===0)continue;const m=a.rowOf(h);const v=d.map(e=>runs(a.rowOf(e),"baseline")).reduce((e,t)=>e.map((e,r)=>e+t[r]));const y=runs(m,"candidate");const b=e.driftOf(m).factor;const w=changeOf(e,mean(v),mean(y)/b);const x=e.testRow(m,v,y);const S=w.delta>0&&x/2<=r;const $=t.violations.filter(e=>e.function===h&&e.metric==="total"&&S&&exceedsLimits(w,e.limits,f)).map(t=>({...t,change:w,rawChange:changeOf(e,mean(v),mean(y)),pValue:Math.max(t.pValue,x/2)}));i.set(h,{replaces:d,violations:$})}return i}function withReplacements(e,t){if(t.size===0)return e;const r=e.violations.filter(e=>!(t.has(e.function)&&e.metric==="total"));const s=[...r,...[...t.values()].flatMap(e=>e.violations)];return withViolations(e,s)}function buildReport(e,t,r,s,i,o=new Map){const finite=e=>Number.isFinite(e)?e:null;const cut=e=>e.length>u.text?`${e.slice(0,u.text-40)}… (${e.length} characters)`:e;const sideSummary=e=>({runs:e.runs,total:e.total,totals:e.totals,sources:e.sources.map(cut),formats:e.formats});const a=t.overall;const l={verdict:t.verdict,...e.kernelShare?{kernelShare:e.kernelShare}:{},sampleType:{type:cut(e.sampleType.type),unit:cut(e.sampleType.unit)},normalize:e.measure.normalize,valueUnit:cut(e.measure.valueUnit),noise:{test:e.noiseTest,runToRunMeasured:e.noiseTest!=="sampling",assumedRunNoise:e.noiseTest==="sampling"&&!e.runNoiseEstimated?e.runNoise:null,alpha:i,drift:e.drift&&{baseline:e.drift.baseline,candidate:e.drift.candidate,change:e.shift-1},runNoise:e.runNoise,runNoiseEstimated:e.runNoiseEstimated,machineShare:e.machineShare,tested:t.tested,hypotheses:t.hypotheses,notSignificant:t.notSignificant},baseline:sideSummary(e.baseline),candidate:sideSummary(e.candidate),overall:a&&{baseline:a.change.baseline,candidate:a.change.candidate,delta:a.change.delta,relative:finite(a.change.relative),pValue:a.pValue,violated:a.violated,...a.severity?{severity:a.severity,rule:a.rule}:{}},violations:t.violations.map(e=>({function:e.function,...o.has(e.function)?{pattern:o.get(e.function).pattern,carriers:o.get(e.function).carriers}:{},metric:e.metric,severity:e.severity,rule:e.rule,status:e.status,...changeFields(e.change),pValue:e.pValue,drift:e.drift.factor,driftIdentifiable:e.drift.identifiable,raw:{candidate:e.rawChange.candidate,delta:e.rawChange.delta,relative:Number.isFinite(e.rawChange.relative)?e.rawChange.relative:null}})),findings:r,functions:tableRows(e.table),notes:s.map(cut)};return l}function tableRows(e){return{length:e.length,name:t=>e.name(t),total:(t,r)=>e.meanMeasured(t,r,"total"),pValue:t=>e.pValue(t,"total"),entry:t=>e.entry(t)}}function listRows(e,t){return{length:e.length,name:t=>e[t].name,total:(r,s)=>t.of(e[r][s],"total"),pValue:t=>e[t].pValue,entry:t=>e[t]}}function fromJson(e){return{...e,functions:listRows(e.functions,Measure.of(e))}}function allFunctions(e){return Array.from({length:e.functions.length},(t,r)=>e.functions.entry(r))}function changeFields(e){return{baseline:e.baseline,candidate:e.candidate,delta:e.delta,relative:Number.isFinite(e.relative)?e.relative:null,ofBaselineTotal:Number.isFinite(e.points)?e.points:null}}const Y=/^(contentions?|delay|locks?|lock[-_]\w+|wait|wait[-_]\w+)$/i;const J=/alloc|inuse|objects|heap/i;const Q=20;const X=.8;function findPatterns(e,t,r,s){const i=new Map;const o=r.type;const a=getUnitScale(r.unit).dimension==="bytes"||J.test(r.type);for(const[r,l]of s.entries()){const s=r<Q?readBelow(e,t,l.name):{callees:new Map,kernel:0};const c=l.total.candidate-l.total.baseline;const u=l.self.candidate-l.self.baseline;const f=carriersOf(s.callees,c-u);let p;if(Y.test(o)&&!a)p="contention";else if(a)p="allocation";else if(l.status==="new")p="new-code";else if(isKernelFrame(l.name)||c>0&&s.kernel>=c/2)p="kernel";else p=u>=c/2?"hot-spot":"subtree";i.set(l.name,{pattern:p,carriers:f})}return i}function carriersOf(e,t){if(!(t>0))return[];const r=[];let s=0;for(const[i,o]of[...e].filter(([,e])=>e>0).sort((e,t)=>t[1]-e[1])){if(s>=X*t||r.length===3)break;r.push(i);s+=o}return r}function readBelow(e,t,r){const s=e.parent.length;const i=e.names.indexOf(r);const o=new Map;if(i<0)return{callees:o,kernel:0};const a=nodeDelta(e,t);const l=new Uint8Array(s);let c=0;for(let t=1;t<s;t++){const r=l[e.parent[t]];const s=e.func[t]===i;if(r===0&&!s)continue;const u=isKernelFrame(e.names[e.func[t]],e.modules[e.func[t]]);if(r===0){l[t]=1;for(let r=e.firstChild[t];r>=0;r=e.nextSibling[r]){const t=e.names[e.func[r]];o.set(t,(o.get(t)??0)+a(r))}}else l[t]=r===2||u?2:1;if(r===1&&u)c+=a(t)}return{callees:o,kernel:c}}function nodeDelta(e,t){const r=e.baselineRuns;const s=e.runs-r;const i=e.inclusive.map(e=>e[0]);return o=>{let a=0;let l=0;for(let s=0;s<e.runs;s++){const c=t.inRun(e.inclusive[s][o],i[s]);if(s<r)a+=c;else l+=c}return(s>0?l/s:0)-(r>0?a/r:0)}}function analyze(e){const{baseline:t,candidate:r,sampleType:s,normalize:i,config:o}=e;const a=compareRuns(t,r,{sampleType:s,normalize:i,runNoise:o.runNoise,drift:o.drift,floor:o.floor});const l=a.aligned.mergedRoots;const c=[...e.notes,...l?[`every run's stacks start at one frame, named ${l.join(", ")}: compared as one frame, ${l[l.length-1]} (a process named after its binary, built or renamed apart)`]:[],...checkRules(o,s,a.table)];if(t.length===0){const e={verdict:"no-baseline",violations:[],notSignificant:0,tested:0,hypotheses:0,overall:null};return{report:buildReport(a,e,[],c,o.alpha),comparison:a,config:o}}const u=evaluateRules(a,o);const f=findReplacements(a,u,o.alpha);const p=withReplacements(u,f);const h=findMovedWork(a,p.violations.filter(e=>!f.has(e.function)),o.alpha);const d=withdraw(p,h);const m=[...c,...[...f].sort(([e],[t])=>e<t?-1:1).map(([e,t])=>`${e} is new and ${t.replaces.join(", ")} ${t.replaces.length===1?"is":"are"} gone under the same callers: judged as a replacement, by the net change${t.violations.length===0?" (within the noise or the rules: not a regression)":""}`),...[...h].sort().map(e=>`${e} is new, but its callers did not grow (the noise model says they grew by less than half its cost): counted as work that moved, not as a regression`)];const v=new Map;const y=new Set;for(const e of d.violations){if(e.metric==="total"||!v.has(e.function))v.set(e.function,e.drift.factor);if(e.metric==="total"&&!e.drift.identifiable&&a.drift!==null)y.add(e.function)}const b=getUnitScale(s.unit).dimension;const wouldBreak=(e,t)=>d.violations.some(r=>r.function===e&&exceedsLimits(withDelta(r.change,t),r.limits,b));const w=new Set(v.keys());const x=findLibraryFunctions(a.aligned,w);const S=w.size>0?attributeGrowth(w,findCallRelations(a.aligned,w,a.measure),{isLibrary:e=>x.has(e),wouldBreak:wouldBreak,drift:e=>v.get(e),wholeProfile:e=>y.has(e),profileDrift:a.shift}):[];const $=findGrowthPaths(a.aligned,S.map(e=>e.function),a.measure);const k=S.map(e=>({...e,paths:$.get(e.function)??[]}));const{table:_,measure:A}=a;const N=[...new Set([...S.map(e=>e.function),...w])];const E=N.map(e=>{const t=_.rowOf(e);const value=(e,r)=>t<0?0:_.meanMeasured(t,e,r);return{name:e,status:t<0?"both":_.status(t),self:{baseline:value("baseline","self"),candidate:value("candidate","self")},total:{baseline:value("baseline","total"),candidate:value("candidate","total")}}});const T=findPatterns(a.aligned,A,s,E);return{report:buildReport(a,d,k,m,o.alpha,T),comparison:a,config:o}}const Z=require("node:fs");const ee=require("node:zlib");const te=1024**3;function isGzip(e){return e.length>=2&&e[0]===31&&e[1]===139}function tryGunzip(e,t=te){try{const r=e.length>=18?new DataView(e.buffer,e.byteOffset+e.length-4,4).getUint32(0,true):0;const s=Math.max(1<<16,Math.min(r+1,t+1,1<<30));return{bytes:(0,ee.gunzipSync)(e,{maxOutputLength:t,chunkSize:s})}}catch(e){const r=e;if(r.code==="ERR_BUFFER_TOO_LARGE"||r instanceof RangeError){return{reason:`gzip data decompresses to more than ${t} bytes (the limit; raise it with --max-decompressed-size)`}}if(r.code==="Z_BUF_ERROR")return{reason:"truncated gzip data (the file ends before the compressed stream does)"};return{reason:`corrupt gzip data (${r.message})`}}}const ne=require("node:perf_hooks");function timing(e){if(process.env.FLAMEGATE_TIMING)process.stderr.write(`flamegate: timing: ${e} at ${ne.performance.now().toFixed(0)} ms\n`)}const re=require("fs");var se=__nccwpck_require__.t(re,2);const ie=require("path");const oe=require("url");const ae=require("module");var le=(0,ae.createRequire)(require("url").pathToFileURL(__filename).href);function cleanPath(e){let t=(0,ie.normalize)(e);if(t.length>1&&t[t.length-1]===ie.sep)t=t.substring(0,t.length-1);return t}const ce=/[\\/]/g;function convertSlashes(e,t){return e.replace(ce,t)}const ue=/^[a-z]:[\\/]$/i;function isRootDirectory(e){return e==="/"||ue.test(e)}function normalizePath(e,t){const{resolvePaths:r,normalizePath:s,pathSeparator:i}=t;const o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(r)e=(0,ie.resolve)(e);if(s||o)e=cleanPath(e);if(e===".")return"";const a=e[e.length-1]!==i;return convertSlashes(a?e+i:e,i)}function joinPathWithBasePath(e,t){return t+e}function joinPathWithRelativePath(e,t){return function(r,s){const i=s.startsWith(e);if(i)return s.slice(e.length)+r;else return convertSlashes((0,ie.relative)(e,s),t.pathSeparator)+t.pathSeparator+r}}function joinPath(e){return e}function joinDirectoryPath(e,t,r){return t+e+r}function build$7(e,t){const{relativePaths:r,includeBasePath:s}=t;return r&&e?joinPathWithRelativePath(e,t):s?joinPathWithBasePath:joinPath}function pushDirectoryWithRelativePath(e){return function(t,r){r.push(t.substring(e.length)||".")}}function pushDirectoryFilterWithRelativePath(e){return function(t,r,s){const i=t.substring(e.length)||".";if(s.every(e=>e(i,true)))r.push(i)}}const pushDirectory=(e,t)=>{t.push(e||".")};const pushDirectoryFilter=(e,t,r)=>{const s=e||".";if(r.every(e=>e(s,true)))t.push(s)};const empty$2=()=>{};function build$6(e,t){const{includeDirs:r,filters:s,relativePaths:i}=t;if(!r)return empty$2;if(i)return s&&s.length?pushDirectoryFilterWithRelativePath(e):pushDirectoryWithRelativePath(e);return s&&s.length?pushDirectoryFilter:pushDirectory}const pushFileFilterAndCount=(e,t,r,s)=>{if(s.every(t=>t(e,false)))r.files++};const pushFileFilter=(e,t,r,s)=>{if(s.every(t=>t(e,false)))t.push(e)};const pushFileCount=(e,t,r,s)=>{r.files++};const pushFile=(e,t)=>{t.push(e)};const empty$1=()=>{};function build$5(e){const{excludeFiles:t,filters:r,onlyCounts:s}=e;if(t)return empty$1;if(r&&r.length)return s?pushFileFilterAndCount:pushFileFilter;else if(s)return pushFileCount;else return pushFile}const getArray=e=>e;const getArrayGroup=()=>[""].slice(0,0);function build$4(e){return e.group?getArrayGroup:getArray}const groupFiles=(e,t,r)=>{e.push({directory:t,files:r,dir:t})};const empty=()=>{};function build$3(e){return e.group?groupFiles:empty}const resolveSymlinksAsync=function(e,t,r){const{queue:s,fs:i,options:{suppressErrors:o}}=t;s.enqueue();i.realpath(e,(a,l)=>{if(a)return s.dequeue(o?null:a,t);i.stat(l,(i,a)=>{if(i)return s.dequeue(o?null:i,t);if(a.isDirectory()&&isRecursive(e,l,t))return s.dequeue(null,t);r(a,l);s.dequeue(null,t)})})};const resolveSymlinks=function(e,t,r){const{queue:s,fs:i,options:{suppressErrors:o}}=t;s.enqueue();try{const s=i.realpathSync(e);const o=i.statSync(s);if(o.isDirectory()&&isRecursive(e,s,t))return;r(o,s)}catch(e){if(!o)throw e}};function build$2(e,t){if(!e.resolveSymlinks||e.excludeSymlinks)return null;return t?resolveSymlinks:resolveSymlinksAsync}function isRecursive(e,t,r){if(r.options.useRealPaths)return isRecursiveUsingRealPaths(t,r);let s=(0,ie.dirname)(e);let i=1;while(s!==r.root&&i<2){const e=r.symlinks.get(s);const o=!!e&&(e===t||e.startsWith(t)||t.startsWith(e));if(o)i++;else s=(0,ie.dirname)(s)}r.symlinks.set(e,t);return i>1}function isRecursiveUsingRealPaths(e,t){return t.visited.includes(e+t.options.pathSeparator)}const onlyCountsSync=e=>e.counts;const groupsSync=e=>e.groups;const defaultSync=e=>e.paths;const limitFilesSync=e=>e.paths.slice(0,e.options.maxFiles);const onlyCountsAsync=(e,t,r)=>{report(t,r,e.counts,e.options.suppressErrors);return null};const defaultAsync=(e,t,r)=>{report(t,r,e.paths,e.options.suppressErrors);return null};const limitFilesAsync=(e,t,r)=>{report(t,r,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors);return null};const groupsAsync=(e,t,r)=>{report(t,r,e.groups,e.options.suppressErrors);return null};function report(e,t,r,s){if(e&&!s)t(e,r);else t(null,r)}function build$1(e,t){const{onlyCounts:r,group:s,maxFiles:i}=e;if(r)return t?onlyCountsSync:onlyCountsAsync;else if(s)return t?groupsSync:groupsAsync;else if(i)return t?limitFilesSync:limitFilesAsync;else return t?defaultSync:defaultAsync}const fe={withFileTypes:true};const walkAsync=(e,t,r,s,i)=>{e.queue.enqueue();if(s<0)return e.queue.dequeue(null,e);const{fs:o}=e;e.visited.push(t);e.counts.directories++;o.readdir(t||".",fe,(t,o=[])=>{i(o,r,s);e.queue.dequeue(e.options.suppressErrors?null:t,e)})};const walkSync=(e,t,r,s,i)=>{const{fs:o}=e;if(s<0)return;e.visited.push(t);e.counts.directories++;let a=[];try{a=o.readdirSync(t||".",fe)}catch(t){if(!e.options.suppressErrors)throw t}i(a,r,s)};function build(e){return e?walkSync:walkAsync}var pe=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){this.count++;return this.count}dequeue(e,t){if(this.onQueueEmpty&&(--this.count<=0||e)){this.onQueueEmpty(e,t);if(e){t.controller.abort();this.onQueueEmpty=void 0}}}};var he=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}};var de=class{aborted=false;abort(){this.aborted=true}};var me=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,r){this.isSynchronous=!r;this.callbackInvoker=build$1(t,this.isSynchronous);this.root=normalizePath(e,t);this.state={root:isRootDirectory(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new he,options:t,queue:new pe((e,t)=>this.callbackInvoker(t,e,r)),symlinks:new Map,visited:[""].slice(0,0),controller:new de,fs:t.fs||se};this.joinPath=build$7(this.root,t);this.pushDirectory=build$6(this.root,t);this.pushFile=build$5(t);this.getArray=build$4(t);this.groupFiles=build$3(t);this.resolveSymlink=build$2(t,this.isSynchronous);this.walkDirectory=build(this.isSynchronous)}start(){this.pushDirectory(this.root,this.state.paths,this.state.options.filters);this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk);return this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,r)=>{const{paths:s,options:{filters:i,resolveSymlinks:o,excludeSymlinks:a,exclude:l,maxFiles:c,signal:u,useRealPaths:f,pathSeparator:p},controller:h}=this.state;if(h.aborted||u&&u.aborted||c&&s.length>c)return;const d=this.getArray(this.state.paths);for(let c=0;c<e.length;++c){const u=e[c];if(u.isFile()||u.isSymbolicLink()&&!o&&!a){const e=this.joinPath(u.name,t);this.pushFile(e,d,this.state.counts,i)}else if(u.isDirectory()){let e=joinDirectoryPath(u.name,t,this.state.options.pathSeparator);if(l&&l(u.name,e))continue;this.pushDirectory(e,s,i);this.walkDirectory(this.state,e,e,r-1,this.walk)}else if(this.resolveSymlink&&u.isSymbolicLink()){let e=joinPathWithBasePath(u.name,t);this.resolveSymlink(e,this.state,(t,s)=>{if(t.isDirectory()){s=normalizePath(s,this.state.options);if(l&&l(u.name,f?s:e+p))return;this.walkDirectory(this.state,s,f?s:e+p,r-1,this.walk)}else{s=f?s:e;const t=(0,ie.basename)(s);const r=normalizePath((0,ie.dirname)(s),this.state.options);s=this.joinPath(t,r);this.pushFile(s,d,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,d)}};function promise(e,t){return new Promise((r,s)=>{callback(e,t,(e,t)=>{if(e)return s(e);r(t)})})}function callback(e,t,r){let s=new me(e,t,r);s.start()}function sync(e,t){const r=new me(e,t);return r.start()}var ge=class{constructor(e,t){this.root=e;this.options=t}withPromise(){return promise(this.root,this.options)}withCallback(e){callback(this.root,this.options,e)}sync(){return sync(this.root,this.options)}};let ve=null;try{le.resolve("picomatch");ve=le("picomatch")}catch{}var ye=class{globCache={};options={maxDepth:Infinity,suppressErrors:true,pathSeparator:ie.sep,filters:[]};globFunction;constructor(e){this.options={...this.options,...e};this.globFunction=this.options.globFunction}group(){this.options.group=true;return this}withPathSeparator(e){this.options.pathSeparator=e;return this}withBasePath(){this.options.includeBasePath=true;return this}withRelativePaths(){this.options.relativePaths=true;return this}withDirs(){this.options.includeDirs=true;return this}withMaxDepth(e){this.options.maxDepth=e;return this}withMaxFiles(e){this.options.maxFiles=e;return this}withFullPaths(){this.options.resolvePaths=true;this.options.includeBasePath=true;return this}withErrors(){this.options.suppressErrors=false;return this}withSymlinks({resolvePaths:e=true}={}){this.options.resolveSymlinks=true;this.options.useRealPaths=e;return this.withFullPaths()}withAbortSignal(e){this.options.signal=e;return this}normalize(){this.options.normalizePath=true;return this}filter(e){this.options.filters.push(e);return this}onlyDirs(){this.options.excludeFiles=true;this.options.includeDirs=true;return this}exclude(e){this.options.exclude=e;return this}onlyCounts(){this.options.onlyCounts=true;return this}crawl(e){return new ge(e||".",this.options)}withGlobFunction(e){this.globFunction=e;return this}crawlWithOptions(e,t){this.options={...this.options,...t};return new ge(e||".",this.options)}glob(...e){if(this.globFunction)return this.globWithOptions(e);return this.globWithOptions(e,...[{dot:true}])}globWithOptions(e,...t){const r=this.globFunction||ve;if(!r)throw new Error("Please specify a glob function to use glob matching.");var s=this.globCache[e.join("\0")];if(!s){s=r(e,...t);this.globCache[e.join("\0")]=s}this.options.filters.push(e=>s(e));return this}};const be=Array.isArray;const we=/\\/g;const xe=/^[A-Za-z]:$/;const Se=process.platform==="win32";const $e=/^(\/?\.\.)+$/;function getPartialMatcher(e,t={}){const r=e.length;const s=Array(r);const i=Array(r);let o,a;for(o=0;o<r;o++){const r=splitPattern(e[o]);s[o]=r;const l=r.length;const c=Array(l);for(a=0;a<l;a++)c[a]=D(r[a],t);i[o]=c}return e=>{const l=e.split("/");if(l[0]===".."&&$e.test(e))return true;for(o=0;o<r;o++){const e=s[o];const r=i[o];const c=l.length;const u=Math.min(c,e.length);a=0;while(a<u){const s=e[a];if(s.includes("/"))return true;if(!r[a](l[a]))break;if(!t.noglobstar&&s==="**")return true;a++}if(a===c)return true}return false}}const ke=/^[A-Z]:\/$/i;const _e=Se?e=>ke.test(e):e=>e==="/";function buildFormat(e,t,r){if(e===t||t.startsWith(`${e}/`)){if(r){const t=e.length+ +!_e(e);return(e,r)=>e.slice(t,r?-1:void 0)||"."}const s=t.slice(e.length+1);if(s)return(e,t)=>{if(e===".")return s;const r=`${s}/${e}`;return t?r.slice(0,-1):r};return(e,t)=>t&&e!=="."?e.slice(0,-1):e}if(r)return t=>ie.posix.relative(e,t)||".";return r=>ie.posix.relative(e,`${t}/${r}`)||"."}function buildRelative(e,t){if(t.startsWith(`${e}/`)){const r=t.slice(e.length+1);return e=>`${r}/${e}`}return r=>{const s=ie.posix.relative(e,`${t}/${r}`);return r[r.length-1]==="/"&&s!==""?`${s}/`:s||"."}}function ensureNonDriveRelativePath(e){return e.replace(xe,e=>`${e}/`)}const Ae={parts:true};function splitPattern(e){var t;const r=D.scan(e,Ae);return((t=r.parts)===null||t===void 0?void 0:t.length)?r.parts:[e]}const Ne=/\\(?![()[\]{}!+@])/g;function convertPosixPathToPattern(e){return escapePosixPath(e)}function convertWin32PathToPattern(e){return escapeWin32Path(e).replace(Ne,"/")}const Ee=null&&(Se?convertWin32PathToPattern:convertPosixPathToPattern);const Te=/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;const Ie=/(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;const escapePosixPath=e=>e.replace(Te,"\\$&");const escapeWin32Path=e=>e.replace(Ie,"\\$&");const Ce=Se?escapeWin32Path:escapePosixPath;function isDynamicPattern(e,t){if((t===null||t===void 0?void 0:t.caseSensitiveMatch)===false)return true;const r=D.scan(e);return r.isGlob||r.negated}function log(...e){console.log(`[tinyglobby ${(new Date).toLocaleTimeString("es")}]`,...e)}function ensureStringArray(e){return typeof e==="string"?[e]:e!==null&&e!==void 0?e:[]}const Oe=/^(\/?\.\.)+/;const Le=/\\(?=[()[\]{}!*+?@|])/g;function normalizePattern(e,t,r,s){var i;const o=t.cwd;let a=e;if(e[e.length-1]==="/")a=e.slice(0,-1);if(a[a.length-1]!=="*"&&t.expandDirectories)a+="/**";const l=Ce(o);a=(0,ie.isAbsolute)(a.replace(Le,""))?ie.posix.relative(l,a):ie.posix.normalize(a);const c=(i=Oe.exec(a))===null||i===void 0?void 0:i[0];const u=splitPattern(a);if(c){const e=(c.length+1)/3;let t=0;const s=l.split("/");while(t<e&&u[t+e]===s[s.length+t-e]){a=a.slice(0,(e-t-1)*3)+a.slice((e-t)*3+u[t+e].length+1)||".";t++}const i=ie.posix.join(o,c.slice(t*3));if(i[0]!=="."&&r.root.length>i.length){r.root=ensureNonDriveRelativePath(i);r.depthOffset=-e+t}}if(!s&&r.depthOffset>=0){var f;(f=r.commonPath)!==null&&f!==void 0||(r.commonPath=u);const e=[];const t=Math.min(r.commonPath.length,u.length);for(let s=0;s<t;s++){const t=u[s];if(t==="**"&&!u[s+1]){e.pop();break}if(s===u.length-1||t!==r.commonPath[s]||isDynamicPattern(t))break;e.push(t)}r.depthOffset=e.length;r.commonPath=e;r.root=ensureNonDriveRelativePath(e.length>0?ie.posix.join(o,...e):o)}return a}function processPatterns(e,t,r){const s=[];const i=[];for(const t of e.ignore){if(!t)continue;if(t[0]!=="!"||t[1]==="(")i.push(normalizePattern(t,e,r,true))}for(const o of t){if(!o)continue;if(o[0]!=="!"||o[1]==="(")s.push(normalizePattern(o,e,r,false));else if(o[1]!=="!"||o[2]==="(")i.push(normalizePattern(o.slice(1),e,r,true))}return{match:s,ignore:i}}function buildCrawler(e,t){const r=e.cwd;const s={root:r,depthOffset:0};const i=processPatterns(e,t,s);if(e.debug)log("internal processing patterns:",i);const{absolute:o,caseSensitiveMatch:a,debug:l,dot:c,followSymbolicLinks:u,onlyDirectories:f}=e;const p=s.root.replace(we,"");const h={dot:c,nobrace:e.braceExpansion===false,nocase:!a,noextglob:e.extglob===false,noglobstar:e.globstar===false,posix:true};const d=D(i.match,h);const m=D(i.ignore,h);const v=getPartialMatcher(i.match,h);const y=buildFormat(r,p,o);const b=o?y:buildFormat(r,p,true);const excludePredicate=(e,t)=>{const r=b(t,true);return r!=="."&&!v(r)||m(r)};let w;if(e.deep!==void 0)w=Math.round(e.deep-s.depthOffset);const x=new ye({filters:[l?(e,t)=>{const r=y(e,t);const s=d(r)&&!m(r);if(s)log(`matched ${r}`);return s}:(e,t)=>{const r=y(e,t);return d(r)&&!m(r)}],exclude:l?(e,t)=>{const r=excludePredicate(e,t);log(`${r?"skipped":"crawling"} ${t}`);return r}:excludePredicate,fs:e.fs,pathSeparator:"/",relativePaths:!o,resolvePaths:o,includeBasePath:o,resolveSymlinks:u,excludeSymlinks:!u,excludeFiles:f,includeDirs:f||!e.onlyFiles,maxDepth:w,signal:e.signal}).crawl(p);if(e.debug)log("internal properties:",{...s,root:p});return[x,r!==p&&!o&&buildRelative(r,p)]}function formatPaths(e,t){if(t)for(let r=e.length-1;r>=0;r--)e[r]=t(e[r]);return e}const Me={caseSensitiveMatch:true,debug:!!process.env.TINYGLOBBY_DEBUG,expandDirectories:true,followSymbolicLinks:true,onlyFiles:true};function getOptions(e){const t=Object.assign({},e);for(const e in Me)if(t[e]===void 0)Object.assign(t,{[e]:Me[e]});t.cwd=(t.cwd instanceof URL?(0,oe.fileURLToPath)(t.cwd):(0,ie.resolve)(t.cwd||process.cwd())).replace(we,"/");t.ignore=ensureStringArray(t.ignore);t.fs&&(t.fs={readdir:t.fs.readdir||re.readdir,readdirSync:t.fs.readdirSync||re.readdirSync,realpath:t.fs.realpath||re.realpath,realpathSync:t.fs.realpathSync||re.realpathSync,stat:t.fs.stat||re.stat,statSync:t.fs.statSync||re.statSync});if(t.debug)log("globbing with options:",t);return t}function getCrawler(e,t={}){var r;if(e&&(t===null||t===void 0?void 0:t.patterns))throw new Error("Cannot pass patterns as both an argument and an option");const s=be(e)||typeof e==="string";const i=ensureStringArray((r=s?e:e.patterns)!==null&&r!==void 0?r:"**/*");const o=getOptions(s?t:e);return i.length>0?buildCrawler(o,i):[]}async function glob(e,t){const[r,s]=getCrawler(e,t);return r?formatPaths(await r.withPromise(),s):[]}function globSync(e,t){const[r,s]=getCrawler(e,t);return r?formatPaths(r.sync(),s):[]}function eventsOf(e){if(Array.isArray(e))return e.length>0&&e.every(e=>e!==null&&typeof e==="object"&&"ph"in e)?e:undefined;if(e&&typeof e==="object"&&Array.isArray(e.traceEvents))return e.traceEvents;return undefined}function isChromeTraceJson(e){return eventsOf(e)!==undefined}function chromeTraceProfiles(e){const t=eventsOf(e)??[];const r=new Map;const s=new Map;for(const e of t){if(e&&typeof e==="object"&&e.name==="thread_name"&&typeof e.args?.name==="string")r.set(`${String(e.pid)}:${String(e.tid)}`,e.args.name)}const profileOf=e=>{const t=`${String(e.pid)}:${String(e.id)}`;let i=s.get(t);if(!i)s.set(t,i={thread:r.get(`${String(e.pid)}:${String(e.tid)}`)??"thread",nodes:[],samples:[],timeDeltas:[]});return i};const append=(e,t)=>{for(let r=0;r<t.length;r++)e.push(t[r])};for(const e of t){if(!e||typeof e!=="object")continue;if(e.name==="Profile"){const t=Number(e.args?.data?.startTime??e.ts);if(Number.isFinite(t))profileOf(e).startTime=t}else if(e.name==="ProfileChunk"){const t=e.args?.data;const r=profileOf(e);const s=t?.cpuProfile;if(Array.isArray(s?.nodes))append(r.nodes,s.nodes);if(Array.isArray(s?.samples))append(r.samples,s.samples);if(Array.isArray(t?.timeDeltas))append(r.timeDeltas,t.timeDeltas);const i=Number(t?.endTime);if(Number.isFinite(i))r.endTime=i}}const i=[...s.values()].filter(e=>e.nodes.length>0);if(i.length===0)return{reason:'a Chrome trace without a CPU profile (no "ProfileChunk" events with nodes: record it with JavaScript samples on)'};return{profiles:i.map(e=>({thread:e.thread,profile:{nodes:e.nodes,samples:e.samples,timeDeltas:e.timeDeltas,startTime:e.startTime??0,...e.endTime!==undefined?{endTime:e.endTime}:{}}}))}}const Pe=/_\[[ji01]\]$/;const Re=/::h[0-9a-f]{16}$/;const Fe=/^process \d+:(".*")$/;const Be=/^thread \(0x[0-9a-fA-F]+\)(.*)$/;const je=/^\[(.*) tid=\d+\]$/;function frameIdentity(e){const t=e.charCodeAt(e.length-1);if(t===93){if(Pe.test(e))return e.slice(0,-4);const t=je.exec(e);if(t)return`[${t[1]}]`;return e}if(t===41){const t=withoutPySpyLine(e);if(t!==e)return t;const r=Be.exec(e);if(r)return`thread${r[1]}`;return e}if(t===34){const t=Fe.exec(e);if(t)return`process ${t[1]}`;const r=Be.exec(e);return r?`thread${r[1]}`:e}if(Re.test(e))return e.slice(0,-19);if(t>=48&&t<=57)return withoutAustinLine(e);return e}function withoutPySpyLine(e){const t=e.lastIndexOf(" (");const r=e.lastIndexOf(":");if(t<0||r<t+2||r>e.length-3)return e;for(let t=r+1;t<e.length-1;t++)if(!isDigit(e.charCodeAt(t)))return e;const s=e.slice(t+2,r);if(s.includes("(")||s.includes(")"))return e;return`${e.slice(0,r)})`}function withoutAustinLine(e){const t=e.lastIndexOf(":");if(t<0||t===e.length-1)return e;for(let r=t+1;r<e.length;r++)if(!isDigit(e.charCodeAt(r)))return e;const r=e.lastIndexOf(":",t-1);if(r<0||!/\.py[cw]?$/.test(e.slice(Math.max(0,r-4),r)))return e;return e.slice(0,t)}function isDigit(e){return e>=48&&e<=57}const De=/\([^()]*\)\[*(?:[VZBCSIJFD]|L[^();]*;)$/;const qe=/^L?[\w/$]+;\.[\w$<>]+$/;const Ve=["const","volatile","&&","&","noexcept"];function withoutTrailer(e){let t=e.length;for(;;){let r=t;while(r>0&&isSpace(e.charCodeAt(r-1)))r--;const s=Ve.find(t=>r-t.length>0&&e.startsWith(t,r-t.length)&&isSpace(e.charCodeAt(r-t.length-1)));if(s){t=r-s.length;continue}if(r>0&&e.charCodeAt(r-1)===93){const s=e.lastIndexOf("[clone ",r-1);if(s>=0&&e.indexOf("]",s)===r-1){t=s;continue}}return r===e.length?e:e.slice(0,r)}}function isSpace(e){return e===32||e===9}function withoutArguments(e){const t=/[te&\]]$/.test(e)?withoutTrailer(e):e;if(De.test(t))return t.slice(0,t.lastIndexOf("("));const r=t.indexOf("(");if(r>0&&qe.test(t.slice(0,r)))return t.slice(0,r);if(!t.endsWith(")")){return r>0&&!t.includes(")",r)?t.slice(0,r):e}let s=0;for(let r=t.length-1;r>=0;r--){const i=t.charCodeAt(r);if(i===41)s++;else if(i===40&&--s===0){const s=t.slice(0,r);if(s.trim()==="")return e;if(s.endsWith("operator"))return t;return s.trimEnd()}}return e}const Ue=/^\/(usr|lib|lib64|opt\/hostedtoolcache|nix\/store|System|Library)\//;function commonRoot(e){let t;for(const r of e){const e=r.startsWith("file://")?r.slice(7):r;if(!e.startsWith("/")||Ue.test(e))continue;const s=e.slice(0,e.lastIndexOf("/")+1);if(t===undefined)t=s;else if(!s.startsWith(t)){let e=0;while(e<t.length&&e<s.length&&t.charCodeAt(e)===s.charCodeAt(e))e++;t=t.slice(0,t.lastIndexOf("/",e-1)+1)}}return t!==undefined&&t!=="/"?t:""}function relativeTo(e,t){if(t==="")return e;const r=e.startsWith("file://")?e.slice(7):e;return r.startsWith(t)?r.slice(t.length):e}function isCpuProfileJson(e){if(!e||typeof e!=="object")return false;const t=e;return Array.isArray(t.nodes)||typeof t.head==="object"&&t.head!==null}function tryParseCpuProfile(e,t){let r;if(isChromeTraceJson(e)){const t=chromeTraceProfiles(e);if("reason"in t)return t;r=t.profiles}else if(isCpuProfileJson(e))r=[{thread:"",profile:e}];else return{reason:'JSON without "nodes" or "head" (a V8 .cpuprofile), "traceEvents" (a Chrome trace) or "profiles" and "shared" (speedscope)'};const s=new CallTreeBuilder(2,1024,t);const i=commonRoot(r.flatMap(({profile:e})=>scriptUrls(e)));for(const{thread:e,profile:t}of r){const o=r.length>1?s.child(0,s.functionId(e)):0;const a=addCpuProfile(s,t,o,i);if(a)return{reason:a}}return{profile:{format:isChromeTraceJson(e)?"chrome-trace":"cpuprofile",sampleTypes:[{type:"wall",unit:"microseconds"},{type:"samples",unit:"count"}],defaultSampleType:0,tree:s.build(),notes:s.notes()}}}function scriptUrls(e){const t=Array.isArray(e.nodes)?e.nodes:e.head&&typeof e.head==="object"?flattenHead(e.head):[];const r=new Set;for(const e of t){const t=(e?.callFrame??e)?.url;if(typeof t==="string"&&t!=="")r.add(t)}return[...r]}function addCpuProfile(e,t,r,s){const i=Array.isArray(t.nodes)?t.nodes:flattenHead(t.head);const o=new Map;const a=new Map;for(const e of i){if(!e||typeof e!=="object"||typeof e.id!=="number")return'a .cpuprofile node without a numeric "id"';if(o.has(e.id))return`more than one .cpuprofile node with the id ${quoteValue(e.id)}, expected each id once`;o.set(e.id,e)}for(const e of i){const t=e.children??[];if(!Array.isArray(t))return`.cpuprofile node ${quoteValue(e.id)} has "children" that is not a list`;for(const r of t){const t=typeof r==="number"?r:r?.id;if(!o.has(t))return`.cpuprofile node ${quoteValue(e.id)} names child ${quoteValue(t)}, which is not in "nodes"`;a.set(t,e.id)}if(e.parent!==undefined){if(!o.has(e.parent))return`.cpuprofile node ${quoteValue(e.id)} names parent ${quoteValue(e.parent)}, which is not in "nodes"`;a.set(e.id,e.parent)}}const l=new Map;const c=new Map;const nodeFor=t=>{const f=[];let p=t;while(p!==undefined&&!l.has(p)){if(f.length>i.length)throw new CycleError;f.push(p);p=a.get(p)}let h=p===undefined?r:l.get(p);let d=p===undefined?0:c.get(p);for(let t=f.length-1;t>=0;t--){if(d>=u.depth){e.mergeDeepFrame();l.set(f[t],h);c.set(f[t],d);continue}const i=o.get(f[t]);const p=i.callFrame??i;const m=typeof p.url==="string"?relativeTo(p.url,s):"";const v=frameName({...p,url:m});if(!(h===r&&v==="(root)"&&!a.has(f[t]))){h=e.child(h,e.functionId(v,m,builtIn(v,m),startLine(p)));d++}l.set(f[t],h);c.set(f[t],d)}return h};const f=t.samples;const p=new Float64Array(2);try{if(Array.isArray(f)&&f.length>0){const r=sampleTimes(t,f.length);if(typeof r==="string")return r;for(let t=0;t<f.length;t++){const s=f[t];if(!o.has(s))return`.cpuprofile sample ${t} names node ${quoteValue(s)}, which is not in "nodes"`;p[0]=r[t];p[1]=1;e.add(nodeFor(s),p,1)}}else{const r=i.find(e=>e.hitCount!==undefined&&!(typeof e.hitCount==="number"&&e.hitCount>=0&&e.hitCount<=2**53));if(r)return`.cpuprofile node ${quoteValue(r.id)} has hitCount ${quoteValue(r.hitCount)}, expected a count (0 or more)`;if(!isTime(t.startTime??0)||!isTime(t.endTime??0))return`.cpuprofile startTime ${quoteValue(t.startTime)} or endTime ${quoteValue(t.endTime)} is no time, expected microseconds (finite numbers)`;const s=i.reduce((e,t)=>e+(t.hitCount??0),0);const o=Number(t.endTime??0)-Number(t.startTime??0);const a=s>0&&o>0?o/s:0;for(const t of i){const r=t.hitCount??0;if(r<=0)continue;p[0]=r*a;p[1]=r;e.add(nodeFor(t.id),p,r)}}}catch(e){if(e instanceof CycleError)return".cpuprofile nodes form a cycle";throw e}return undefined}class CycleError extends Error{}function builtIn(e,t){return t===""&&e!==""&&!e.startsWith("(")?"[v8]":""}function startLine(e){return typeof e.lineNumber==="number"&&Number.isSafeInteger(e.lineNumber)&&e.lineNumber>=0?e.lineNumber+1:0}function frameName(e){const t=typeof e.functionName==="string"?e.functionName:"";if(t!=="")return t;const r=typeof e.url==="string"?e.url:"";if(r==="")return"(anonymous)";const s=typeof e.lineNumber==="number"&&e.lineNumber>=0?`:${e.lineNumber+1}`:"";return`(anonymous) ${r}${s}`}function sampleTimes(e,t){let r;if(Array.isArray(e.timeDeltas)){if(e.timeDeltas.length!==t)return`.cpuprofile has ${t} samples but ${e.timeDeltas.length} timeDeltas`;r=new Float64Array(t);const s=e.startTime??0;if(!isTime(s))return`.cpuprofile startTime is ${quoteValue(s)}, expected microseconds (a finite number)`;let i=s;for(let s=0;s<t;s++){const t=e.timeDeltas[s];if(!isTime(t))return`.cpuprofile timeDeltas[${s}] is ${quoteValue(t)}, expected microseconds (a finite number)`;r[s]=i+=t}}else if(Array.isArray(e.timestamps)&&e.timestamps.length>=t){const t=e.timestamps.findIndex(e=>!isTime(e));if(t>=0)return`.cpuprofile timestamps[${t}] is ${quoteValue(e.timestamps[t])}, expected microseconds (a finite number)`;r=Float64Array.from(e.timestamps)}else{return'.cpuprofile samples without "timeDeltas" or "timestamps" of the same length'}const s=new Float64Array(t);for(let e=0;e+1<t;e++)s[e]=Math.max(0,r[e+1]-r[e]);if(t>0){const i=r[t-1];let o=r.length>t?r[t]:isTime(e.endTime)?e.endTime:NaN;if(!Number.isFinite(o)||o<i)o=t>1?i+(i-r[0])/(t-1):i;s[t-1]=o-i}return s}function isTime(e){return typeof e==="number"&&Math.abs(e)<=2**53}function flattenHead(e){const t=[];const r=[e];while(r.length>0){const e=r.pop();if(!e||typeof e!=="object")continue;const s=Array.isArray(e.children)?e.children:[];t.push({...e,children:s.map(e=>e?.id)});for(const e of s)r.push(e)}return t}const Ke=512*1024;function heapprofile_scriptUrls(e){const t=new Set;const r=[e];while(r.length>0){const e=r.pop();if(!e||typeof e!=="object")continue;const s=e.callFrame?.url;if(typeof s==="string"&&s!=="")t.add(s);if(Array.isArray(e.children))for(const t of e.children)r.push(t)}return t}function isHeapProfileJson(e){const t=e?.head;return t!==null&&typeof t==="object"&&typeof t.selfSize==="number"}function tryParseHeapProfile(e,t){if(!isHeapProfileJson(e))return{reason:'JSON without a "head" node with "selfSize" (a V8 .heapprofile)'};const r=new CallTreeBuilder(2,1024,t);const s=new Float64Array(2);const i=commonRoot(heapprofile_scriptUrls(e.head));const o=[{node:e.head,parent:0,depth:0}];let a=0;while(o.length>0){const{node:e,parent:t,depth:l}=o.pop();if(!e||typeof e!=="object")return{reason:`.heapprofile node under ${quoteValue(t)} that is not an object`};if(++a>5e7)return{reason:".heapprofile with more than 50,000,000 nodes"};const c=e.callFrame??{};const f=typeof c.url==="string"?relativeTo(c.url,i):"";const p=frameName({...c,url:f});const h=t===0&&p==="(root)"&&a===1;if(!h&&l>=u.depth)r.mergeDeepFrame();const d=h?0:l>=u.depth?t:r.child(t,r.functionId(p,f,builtIn(p,f),startLine(c)));const m=h||l>=u.depth?l:l+1;const v=e.selfSize;if(typeof v!=="number"||!(v>=0&&v<2**53))return{reason:`.heapprofile node ${quoteValue(e.id)} has selfSize ${typeof v==="number"&&v>=2**53?"of 2^53 or more":quoteValue(v)}, expected bytes (a number from 0 to below 2^53)`};if(v>0&&d!==0){s[0]=v;s[1]=v/Ke;r.add(d,s,0)}const y=e.children??[];if(!Array.isArray(y))return{reason:`.heapprofile node ${quoteValue(e.id)} has "children" that is not a list`};for(let e=y.length-1;e>=0;e--)o.push({node:y[e],parent:d,depth:m})}return{profile:{format:"heapprofile",sampleTypes:[{type:"space",unit:"bytes"},{type:"samples",unit:"count"}],defaultSampleType:0,tree:r.build(),notes:[...r.notes(),`sampling noise assumes V8's default heap sampling interval (${Ke/1024} KiB)`]}}}function tryParseFolded(e,t){const r=new CallTreeBuilder(1,1024,t);const s=new Float64Array(1);const i=[];let o=0;let a=0;let l=0;let c="";let u=0;let f=0;let p=0;const h=e.startsWith("# austin:");let d;const m=new Map;const idOf=t=>{let s=m.get(t);if(s===undefined){let i=t===""?"[unknown]":frameIdentity(t);if(i.includes(" (/"))d??=commonRoot(pySpyPaths(e));if(d){const e=i.lastIndexOf(" (");if(e>=0&&i.startsWith(d,e+2))i=`${i.slice(0,e+2)}${i.slice(e+2+d.length)}`}m.set(t,s=r.functionId(i))}return s};while(p<=e.length){let t=e.indexOf("\n",p);if(t<0)t=e.length;f++;let d=e.slice(p,t);p=t+1;if(d.endsWith("\r"))d=d.slice(0,-1);if(d.trim()===""||d.startsWith("#"))continue;const m=splitFoldedLine(d);if(m===ze)l++;if(!m||m===ze){if(a===0){c=d;u=f}a++;continue}o++;i.length=0;let v=0;if(h)while(v<m.frames.length-1&&/^(P\d+|T[\d:x]+)$/.test(m.frames[v]))v++;for(let e=v;e<m.frames.length;e++)i.push(idOf(m.frames[e]));s[0]=m.count;r.addStack(i,s,m.count)}if(l>0&&l>=o){throw new UnusableProfile(`differential folded stacks (${l} line${l===1?"":"s"} with two counts, as difffolded.pl writes: baseline count, then candidate count), a pair of profiles in one file`,"the two folded files it was made from, as --baseline and --candidate")}if(o===0){return{reason:c?`no folded stack line (line ${u}: expected "frame;frame;... count", got '${c.slice(0,60)}')`:"no folded stack line"}}const v=a>0?[`${a} line${a===1?"":"s"} not in folded form skipped (first: line ${u}, '${c.slice(0,60)}')`]:[];v.push(...r.notes());return{profile:{format:"folded",sampleTypes:[{type:"samples",unit:"count"}],defaultSampleType:0,tree:r.build(),notes:v}}}function*pySpyPaths(e){for(const t of e.matchAll(/ \((\/[^()\n;:]*)(?::\d+)?\)(?=[; \t]|$)/gm))yield t[1]}const ze=Symbol("two counts");function splitFoldedLine(e){const t=e.trimEnd();const r=countStart(t,t.length)-1;if(r<0||!isSpace(t.charCodeAt(r)))return null;const s=t.slice(r+1);if(!He.test(s))return null;const i=t.slice(0,r).trimEnd();if(i==="")return{frames:[],count:Number(s)};const o=countStart(i,i.length)-1;if(o>0&&o<i.length-1&&isSpace(i.charCodeAt(o))&&He.test(i.slice(o+1)))return ze;return{frames:i.split(";"),count:Number(s)}}const He=/^\d+(\.\d+)?$/;function countStart(e,t){let r=t;while(r>0){const t=e.charCodeAt(r-1);if((t<48||t>57)&&t!==46)break;r--}return r}function renderFolded(e,t=0){const r=[];const s=Array.from(e.leaves.keys()).sort((t,r)=>e.leaves[t]-e.leaves[r]);for(const i of s){const s=e.leaves[i];const o=e.leafSelf[t][i];if(o===0||s===0)continue;const a=[];for(let t=s;t>0;t=e.parent[t])a.push(e.names[e.func[t]]);r.push(`${a.reverse().join(";")} ${o}`)}return r.length>0?`${r.join("\n")}\n`:""}const perf_script_isSpace=e=>e===32||e===9||e===13;const Ge=/^\d+$/;function parseHeader(e){if(e===""||perf_script_isSpace(e.charCodeAt(0)))return null;const t=e.split(/[ \t\r]+/);if(t[t.length-1]==="")t.pop();let r=-1;for(let e=1;e<t.length-1;e++){const s=t[e].indexOf("/");const i=s<0?t[e]:t[e].slice(0,s);if(Ge.test(i)&&(s<0||Ge.test(t[e].slice(s+1)))){r=e;break}}if(r<0)return null;const s=t[t.length-1];const i=s.length>1&&s.endsWith(":")?s.slice(0,-1).replace(/:[ukhHGIpPSDWeb]{1,4}$/,""):null;const o=t[t.length-2];const a=i!==null&&t.length>=r+4&&Ge.test(o)&&t[t.length-3].endsWith(":")?Number(o):-1;return{comm:t.slice(0,r).join(" "),event:i,period:a}}function parseFrame(e){if(e===""||!perf_script_isSpace(e.charCodeAt(0)))return null;let t=0;while(t<e.length&&perf_script_isSpace(e.charCodeAt(t)))t++;let r=e.length;while(r>t&&perf_script_isSpace(e.charCodeAt(r-1)))r--;let s=t;while(s<r&&!perf_script_isSpace(e.charCodeAt(s)))s++;if(s===t||s===r||!/^[0-9a-fA-F]+$/.test(e.slice(t,s)))return null;let i=s;while(i<r&&perf_script_isSpace(e.charCodeAt(i)))i++;if(e.charCodeAt(r-1)===41){const t=e.lastIndexOf("(",r-1);if(t>=i&&e.indexOf(")",t)===r-1&&(t===i||perf_script_isSpace(e.charCodeAt(t-1)))){let s=t;while(s>i&&perf_script_isSpace(e.charCodeAt(s-1)))s--;return{symbol:e.slice(i,s),module:e.slice(t+1,r-1)}}}return{symbol:e.slice(i,r),module:undefined}}function looksLikePerfScript(e){const t=e.slice(0,64*1024).split("\n");for(let e=0;e<t.length-1;e++){const r=t[e].replace(/\r$/,"");if(r.startsWith("#")||r.trim()==="")continue;if(parseHeader(r)?.event==null)return false;const s=t[e+1].replace(/\r$/,"");if(parseFrame(s))return true;if(s.trim()!=="")return false}return false}function looksLikeFlatPerfScript(e){const t=e.slice(0,4096).split("\n").find(e=>e.trim()!==""&&!e.startsWith("#"));return t!==undefined&&/^\S[^\n]{0,200}?\s\d+(?:\/\d+)?\s[^\n]{0,200}?\d+\.\d+:\s+(?:\d+\s+)?[\w:.-]+:\s+[0-9a-fA-F]+\s/.test(t)}function unitOf(e){return e==="cpu-clock"||e==="task-clock"?"nanoseconds":e||"count"}function tryParsePerfScript(e,t){const r=[];let s=0;let i=0;const o=[];let a=new Int32Array(1024);let l=new Float64Array(1024);let c=0;forEachLine(e,e=>{if(e.startsWith("#"))return;const t=parseHeader(e);if(!t)return;const u=t.event??"";let f=r.indexOf(u);if(f<0)o[f=r.push(u)-1]=[];const{period:p}=t;if(p<0)i++;else{s++;o[f].push(p)}if(c===a.length){a=doubled(a);l=doubled(l)}a[c]=f;l[c++]=p});if(r.length===0)return{reason:'no perf script sample (expected a line such as "comm 1234 5.678: cycles:" and its stack below)'};const u=s>0;const f=o.map(median);const p=new CallTreeBuilder(r.length,e.length/16,t);const h=new Float64Array(r.length);const d=[];const m=[];let v=null;let y=0;const b=new Map;let w=0;let x=0;const flush=()=>{if(!v)return;m.length=0;m.push(p.functionId(v.comm));for(let e=d.length-1;e>=0;e--)m.push(d[e]);h.fill(0);h[v.event]=u?v.period:1;p.addStack(m,h,1);v=null;d.length=0};forEachLine(e,(e,t)=>{if(e.startsWith("#"))return;if(e.trim()===""){flush();return}const r=parseHeader(e);if(r){flush();const e=a[y];v={event:e,comm:r.comm.replace(/ /g,"_"),period:!u?1:l[y]>=0?l[y]:f[e]};y++;return}const s=v?parseFrame(e):null;if(!v||!s){if(w++===0)x=t;return}const i=s.module??"";const{symbol:o}=s;const c=`${v.comm==="java"?"j":""}\0${i}\0${o}`;let h=b.get(c);if(h===undefined){const e=perf_script_frameName(o,i,v.comm);h=e===null?-1:p.functionId(e,"",i==="[unknown]"?"":i);b.set(c,h)}if(h>=0)d.push(h)});flush();const S=p.notes();if(w>0)S.push(`${w} line${w===1?"":"s"} not in perf script form skipped (first: line ${x})`);if(u&&i>0)S.push(`${i} record${i===1?"":"s"} without a period, among ${s} with one: each weighs its event's median period`);return{profile:{format:"perf-script",sampleTypes:r.map(e=>({type:e||"samples",unit:u?unitOf(e):"count"})),defaultSampleType:0,...u?{eventValues:f}:{},tree:p.build(),notes:S}}}function median(e){if(e.length===0)return 0;const t=Float64Array.from(e).sort();return t[t.length>>1]}function forEachLine(e,t){let r=0;let s=0;while(r<=e.length){let i=e.indexOf("\n",r);if(i<0)i=e.length;const o=e.slice(r,i>r&&e[i-1]==="\r"?i-1:i);t(o,++s);r=i+1}}function perf_script_frameName(e,t,r){let s=e.replace(/\+0x[0-9a-f]+$/,"");if(/^\([^()]*\)$/.test(s))return null;if(s==="")s="[unknown]";else if(s==="[unknown]"){s=t!==""&&t!=="[unknown]"?`[${t.slice(t.lastIndexOf("/")+1)}]`:"[unknown]"}else{s=frameIdentity(withoutArguments(s)).replace(/;/g,":").replace(/["']/g,"");if(r==="java"&&s.includes("/"))s=s.replace(/^L/,"")}if(/^\[|vmlinux$/.test(t)&&!t.includes("unknown"))s+="_[k]";return s}var We=undefined&&undefined.__classPrivateFieldGet||function(e,t,r,s){if(r==="a"&&!s)throw new TypeError("Private accessor was defined without a getter");if(typeof t==="function"?e!==t||!s:!t.has(e))throw new TypeError("Cannot read private member from an object whose class did not declare it");return r==="m"?s:r==="a"?s.call(e):s?s.value:t.get(e)};var Ye,Je;
/*!
 * Private helpers. These are only used by other helpers.
 */const Qe=2n**32n-1n;const Xe=2**32-1;const Ze=Xe+1;const et=typeof Buffer==="undefined"?e=>(new TextEncoder).encode(e):e=>Buffer.from(e,"utf8");function countNumberBytes(e){if(!e.length)return 0;let t=0;while(t<e.length&&e[t++]>=128);return t}function decodeBigNumber(e){if(!e.length)return BigInt(0);let t=BigInt(e[0]&127);let r=0;while(e[r++]>=128){t|=BigInt(e[r]&127)<<BigInt(7*r)}return t}function makeValue(e,t=0){return{value:e,offset:t}}function getValue(e,t){switch(e){case tt:for(let e=0;e<t.length;e++){if(!(t[e]&128)){return makeValue(t.subarray(0,e+1))}}return makeValue(t);case nt:{const e=countNumberBytes(t);const r=decodeNumber(t);return makeValue(t.subarray(e,Number(r)+e),e)}default:throw new Error(`Unrecognized value type: ${e}`)}}function lowBits(e){return typeof e!=="bigint"?(e>>>0)%Ze:Number(e&Qe)}function highBits(e){return typeof e!=="bigint"?e/Ze>>>0:Number(e>>32n&Qe)}function esm_long(e){const t=e<0;if(t)e=-e;let r=lowBits(e);let s=highBits(e);if(t){s=~s>>>0;r=~r>>>0;if(++r>Xe){r=0;if(++s>Xe){s=0}}}return[s,r]}const tt=0;const nt=2;function decodeNumber(e){const t=countNumberBytes(e);if(t>4)return decodeBigNumber(e);if(!e.length)return 0;let r=e[0]&127;let s=0;while(e[s++]>=128){r|=(e[s]&127)<<7*s}return r}function decodeNumbers(e){const t=[];let r=0;for(let s=0;s<e.length;s++){if((e[s]&128)===0){t.push(decodeNumber(e.subarray(r,s+1)));r=s+1}}return t}function push(e,t){if(t==null){return[e]}t.push(e);return t}function pushAll(e,t){if(t==null){return e}for(const r of e){t.push(r)}return t}function measureNumber(e){if(e===0||e===0n)return 0;const[t,r]=esm_long(e);const s=r;const i=(r>>>28|t<<4)>>>0;const o=t>>>24;if(o!==0){return o<128?9:10}if(i!==0){if(i<16384){return i<128?5:6}return i<2097152?7:8}if(s<16384){return s<128?1:2}return s<2097152?3:4}function measureValue(e){if(typeof e==="undefined")return 0;if(typeof e==="number"||typeof e==="bigint"){return measureNumber(e)||1}return e.length}function measureArray(e){let t=0;for(const r of e){t+=measureValue(r)}return t}function measureNumberField(e){const t=measureNumber(e);return t?1+t:0}function measureNumberArrayField(e){let t=0;for(const r of e){t+=measureNumber(r)||1}return t?1+measureNumber(t)+t:0}function measureLengthDelimField(e){const t=measureValue(e);return t?1+measureNumber(t)+t:0}function measureLengthDelimArrayField(e){let t=0;for(const r of e){t+=measureLengthDelimField(r)}return t}function encodeNumber(e,t,r){if(r===0||r===0n){e[t++]=0;return t}let[s,i]=esm_long(r);while(s){e[t++]=i&127|128;i=(i>>>7|s<<25)>>>0;s>>>=7}while(i>127){e[t++]=i&127|128;i=i>>>7}e[t++]=i;return t}const rt=Symbol();class StringTable{constructor(e){this.strings=new Array;Ye.set(this,new Array);Je.set(this,new Map);if(e!==rt){this.dedup("")}}get encodedLength(){let e=0;for(const t of We(this,Ye,"f")){e+=t.length}return e}_encodeToBuffer(e,t){for(const r of We(this,Ye,"f")){e.set(r,t);t+=r.length}return t}encode(e=new Uint8Array(this.encodedLength)){this._encodeToBuffer(e,0);return e}static _encodeStringFromUtf8(e){const t=new Uint8Array(1+e.length+(measureNumber(e.length)||1));let r=0;t[r++]=50;r=encodeNumber(t,r,e.length);if(e.length>0){t.set(e,r)}return t}static _encodeString(e){return StringTable._encodeStringFromUtf8(et(e))}dedup(e){if(typeof e==="number")return e;if(!We(this,Je,"f").has(e)){const t=this.strings.push(e)-1;We(this,Je,"f").set(e,t);We(this,Ye,"f").push(StringTable._encodeString(e))}return We(this,Je,"f").get(e)}_decodeString(e){const t=(new TextDecoder).decode(e);We(this,Je,"f").set(t,this.strings.push(t)-1);We(this,Ye,"f").push(StringTable._encodeStringFromUtf8(e))}}Ye=new WeakMap,Je=new WeakMap;function decode(e,t){const r={};let s=0;while(s<e.length){const i=e[s]>>3;const o=e[s]&7;s++;const{offset:a,value:l}=getValue(o,e.subarray(s));s+=l.length+a;t(r,i,l)}return r}class ValueType{static create(e){return e instanceof ValueType?e:new ValueType(e)}constructor(e){this.type=e.type||0;this.unit=e.unit||0}get length(){let e=0;e+=measureNumberField(this.type);e+=measureNumberField(this.unit);return e}_encodeToBuffer(e,t=0){if(this.type){e[t++]=8;t=encodeNumber(e,t,this.type)}if(this.unit){e[t++]=16;t=encodeNumber(e,t,this.unit)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.type=decodeNumber(r);break;case 2:e.unit=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Label{static create(e){return e instanceof Label?e:new Label(e)}constructor(e){this.key=e.key||0;this.str=e.str||0;this.num=e.num||0;this.numUnit=e.numUnit||0}get length(){let e=0;e+=measureNumberField(this.key);e+=measureNumberField(this.str);e+=measureNumberField(this.num);e+=measureNumberField(this.numUnit);return e}_encodeToBuffer(e,t=0){if(this.key){e[t++]=8;t=encodeNumber(e,t,this.key)}if(this.str){e[t++]=16;t=encodeNumber(e,t,this.str)}if(this.num){e[t++]=24;t=encodeNumber(e,t,this.num)}if(this.numUnit){e[t++]=32;t=encodeNumber(e,t,this.numUnit)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.key=decodeNumber(r);break;case 2:e.str=decodeNumber(r);break;case 3:e.num=decodeNumber(r);break;case 4:e.numUnit=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Sample{static create(e){return e instanceof Sample?e:new Sample(e)}constructor(e){this.locationId=e.locationId||[];this.value=e.value||[];this.label=(e.label||[]).map(Label.create)}get length(){let e=0;e+=measureNumberArrayField(this.locationId);e+=measureNumberArrayField(this.value);e+=measureLengthDelimArrayField(this.label);return e}_encodeToBuffer(e,t=0){if(this.locationId.length){e[t++]=10;t=encodeNumber(e,t,measureArray(this.locationId));for(const r of this.locationId){t=encodeNumber(e,t,r)}}if(this.value.length){e[t++]=18;t=encodeNumber(e,t,measureArray(this.value));for(const r of this.value){t=encodeNumber(e,t,r)}}for(const r of this.label){e[t++]=26;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.locationId=pushAll(decodeNumbers(r),e.locationId);break;case 2:e.value=pushAll(decodeNumbers(r),e.value);break;case 3:e.label=push(Label.decode(r),e.label);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Mapping{static create(e){return e instanceof Mapping?e:new Mapping(e)}constructor(e){this.id=e.id||0;this.memoryStart=e.memoryStart||0;this.memoryLimit=e.memoryLimit||0;this.fileOffset=e.fileOffset||0;this.filename=e.filename||0;this.buildId=e.buildId||0;this.hasFunctions=!!e.hasFunctions;this.hasFilenames=!!e.hasFilenames;this.hasLineNumbers=!!e.hasLineNumbers;this.hasInlineFrames=!!e.hasInlineFrames}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.memoryStart);e+=measureNumberField(this.memoryLimit);e+=measureNumberField(this.fileOffset);e+=measureNumberField(this.filename);e+=measureNumberField(this.buildId);e+=measureNumberField(this.hasFunctions?1:0);e+=measureNumberField(this.hasFilenames?1:0);e+=measureNumberField(this.hasLineNumbers?1:0);e+=measureNumberField(this.hasInlineFrames?1:0);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.memoryStart){e[t++]=16;t=encodeNumber(e,t,this.memoryStart)}if(this.memoryLimit){e[t++]=24;t=encodeNumber(e,t,this.memoryLimit)}if(this.fileOffset){e[t++]=32;t=encodeNumber(e,t,this.fileOffset)}if(this.filename){e[t++]=40;t=encodeNumber(e,t,this.filename)}if(this.buildId){e[t++]=48;t=encodeNumber(e,t,this.buildId)}if(this.hasFunctions){e[t++]=56;t=encodeNumber(e,t,1)}if(this.hasFilenames){e[t++]=64;t=encodeNumber(e,t,1)}if(this.hasLineNumbers){e[t++]=72;t=encodeNumber(e,t,1)}if(this.hasInlineFrames){e[t++]=80;t=encodeNumber(e,t,1)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.memoryStart=decodeNumber(r);break;case 3:e.memoryLimit=decodeNumber(r);break;case 4:e.fileOffset=decodeNumber(r);break;case 5:e.filename=decodeNumber(r);break;case 6:e.buildId=decodeNumber(r);break;case 7:e.hasFunctions=!!decodeNumber(r);break;case 8:e.hasFilenames=!!decodeNumber(r);break;case 9:e.hasLineNumbers=!!decodeNumber(r);break;case 10:e.hasInlineFrames=!!decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Line{static create(e){return e instanceof Line?e:new Line(e)}constructor(e){this.functionId=e.functionId||0;this.line=e.line||0;this.column=e.column||0}get length(){let e=0;e+=measureNumberField(this.functionId);e+=measureNumberField(this.line);e+=measureNumberField(this.column);return e}_encodeToBuffer(e,t=0){if(this.functionId){e[t++]=8;t=encodeNumber(e,t,this.functionId)}if(this.line){e[t++]=16;t=encodeNumber(e,t,this.line)}if(this.column){e[t++]=24;t=encodeNumber(e,t,this.column)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.functionId=decodeNumber(r);break;case 2:e.line=decodeNumber(r);break;case 3:e.column=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Location{static create(e){return e instanceof Location?e:new Location(e)}constructor(e){this.id=e.id||0;this.mappingId=e.mappingId||0;this.address=e.address||0;this.line=(e.line||[]).map(Line.create);this.isFolded=!!e.isFolded}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.mappingId);e+=measureNumberField(this.address);e+=measureLengthDelimArrayField(this.line);e+=measureNumberField(this.isFolded?1:0);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.mappingId){e[t++]=16;t=encodeNumber(e,t,this.mappingId)}if(this.address){e[t++]=24;t=encodeNumber(e,t,this.address)}for(const r of this.line){e[t++]=34;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}if(this.isFolded){e[t++]=40;t=encodeNumber(e,t,1)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.mappingId=decodeNumber(r);break;case 3:e.address=decodeNumber(r);break;case 4:e.line=push(Line.decode(r),e.line);break;case 5:e.isFolded=!!decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class cli_Function{static create(e){return e instanceof cli_Function?e:new cli_Function(e)}constructor(e){this.id=e.id||0;this.name=e.name||0;this.systemName=e.systemName||0;this.filename=e.filename||0;this.startLine=e.startLine||0}get length(){let e=0;e+=measureNumberField(this.id);e+=measureNumberField(this.name);e+=measureNumberField(this.systemName);e+=measureNumberField(this.filename);e+=measureNumberField(this.startLine);return e}_encodeToBuffer(e,t=0){if(this.id){e[t++]=8;t=encodeNumber(e,t,this.id)}if(this.name){e[t++]=16;t=encodeNumber(e,t,this.name)}if(this.systemName){e[t++]=24;t=encodeNumber(e,t,this.systemName)}if(this.filename){e[t++]=32;t=encodeNumber(e,t,this.filename)}if(this.startLine){e[t++]=40;t=encodeNumber(e,t,this.startLine)}return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.id=decodeNumber(r);break;case 2:e.name=decodeNumber(r);break;case 3:e.systemName=decodeNumber(r);break;case 4:e.filename=decodeNumber(r);break;case 5:e.startLine=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}class Profile{constructor(e={}){this.sampleType=(e.sampleType||[]).map(ValueType.create);this.sample=(e.sample||[]).map(Sample.create);this.mapping=(e.mapping||[]).map(Mapping.create);this.location=(e.location||[]).map(Location.create);this.function=(e.function||[]).map(cli_Function.create);this.stringTable=e.stringTable||new StringTable;this.dropFrames=e.dropFrames||0;this.keepFrames=e.keepFrames||0;this.timeNanos=e.timeNanos||0;this.durationNanos=e.durationNanos||0;this.periodType=e.periodType?ValueType.create(e.periodType):undefined;this.period=e.period||0;this.comment=e.comment||[];this.defaultSampleType=e.defaultSampleType||0;this.docUrl=e.docUrl||0}get length(){let e=0;e+=measureLengthDelimArrayField(this.sampleType);e+=measureLengthDelimArrayField(this.sample);e+=measureLengthDelimArrayField(this.mapping);e+=measureLengthDelimArrayField(this.location);e+=measureLengthDelimArrayField(this.function);e+=this.stringTable.encodedLength;e+=measureNumberField(this.dropFrames);e+=measureNumberField(this.keepFrames);e+=measureNumberField(this.timeNanos);e+=measureNumberField(this.durationNanos);e+=measureLengthDelimField(this.periodType);e+=measureNumberField(this.period);e+=measureNumberArrayField(this.comment);e+=measureNumberField(this.defaultSampleType);e+=measureNumberField(this.docUrl);return e}_encodeSampleTypesToBuffer(e,t=0){for(const r of this.sampleType){e[t++]=10;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeSamplesToBuffer(e,t=0){for(const r of this.sample){e[t++]=18;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeMappingsToBuffer(e,t=0){for(const r of this.mapping){e[t++]=26;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeLocationsToBuffer(e,t=0){for(const r of this.location){e[t++]=34;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeFunctionsToBuffer(e,t=0){for(const r of this.function){e[t++]=42;t=encodeNumber(e,t,r.length);t=r._encodeToBuffer(e,t)}return t}_encodeBasicValuesToBuffer(e,t=0){if(this.dropFrames){e[t++]=56;t=encodeNumber(e,t,this.dropFrames)}if(this.keepFrames){e[t++]=64;t=encodeNumber(e,t,this.keepFrames)}if(this.timeNanos){e[t++]=72;t=encodeNumber(e,t,this.timeNanos)}if(this.durationNanos){e[t++]=80;t=encodeNumber(e,t,this.durationNanos)}if(typeof this.periodType!=="undefined"){e[t++]=90;t=encodeNumber(e,t,this.periodType.length);t=this.periodType._encodeToBuffer(e,t)}if(this.period){e[t++]=96;t=encodeNumber(e,t,this.period)}if(this.comment.length){e[t++]=106;t=encodeNumber(e,t,measureArray(this.comment));for(const r of this.comment){t=encodeNumber(e,t,r)}}if(this.defaultSampleType){e[t++]=112;t=encodeNumber(e,t,this.defaultSampleType)}if(this.docUrl){e[t++]=120;t=encodeNumber(e,t,this.docUrl)}return t}_encodeToBuffer(e,t=0){t=this._encodeSampleTypesToBuffer(e,t);t=this._encodeSamplesToBuffer(e,t);t=this._encodeMappingsToBuffer(e,t);t=this._encodeLocationsToBuffer(e,t);t=this._encodeFunctionsToBuffer(e,t);t=this.stringTable._encodeToBuffer(e,t);t=this._encodeBasicValuesToBuffer(e,t);return t}async _encodeToBufferAsync(e,t=0){t=this._encodeSampleTypesToBuffer(e,t);await new Promise(setImmediate);t=this._encodeSamplesToBuffer(e,t);await new Promise(setImmediate);t=this._encodeMappingsToBuffer(e,t);await new Promise(setImmediate);t=this._encodeLocationsToBuffer(e,t);await new Promise(setImmediate);t=this._encodeFunctionsToBuffer(e,t);await new Promise(setImmediate);t=this.stringTable._encodeToBuffer(e,t);await new Promise(setImmediate);t=this._encodeBasicValuesToBuffer(e,t);return t}encode(e=new Uint8Array(this.length)){this._encodeToBuffer(e,0);return e}async encodeAsync(e=new Uint8Array(this.length)){await this._encodeToBufferAsync(e,0);return e}static decodeValue(e,t,r){switch(t){case 1:e.sampleType=push(ValueType.decode(r),e.sampleType);break;case 2:e.sample=push(Sample.decode(r),e.sample);break;case 3:e.mapping=push(Mapping.decode(r),e.mapping);break;case 4:e.location=push(Location.decode(r),e.location);break;case 5:e.function=push(cli_Function.decode(r),e.function);break;case 6:{if(e.stringTable===undefined){e.stringTable=new StringTable(rt)}e.stringTable._decodeString(r);break}case 7:e.dropFrames=decodeNumber(r);break;case 8:e.keepFrames=decodeNumber(r);break;case 9:e.timeNanos=decodeNumber(r);break;case 10:e.durationNanos=decodeNumber(r);break;case 11:e.periodType=ValueType.decode(r);break;case 12:e.period=decodeNumber(r);break;case 13:e.comment=pushAll(decodeNumbers(r),e.comment);break;case 14:e.defaultSampleType=decodeNumber(r);break;case 15:e.docUrl=decodeNumber(r);break}}static decode(e){return new this(decode(e,this.decodeValue))}}function checkFraming(e,t){let r=0;const varint=()=>{if(r<e.length&&e[r]<128)return e[r++];let t=0;let s=0;while(r<e.length){const i=e[r++];if(s<49)t+=(i&127)*2**s;s+=7;if((i&128)===0)return t;if(s>70)return null}return null};while(r<e.length){const s=r;const i=varint();if(i===null)return`a truncated protobuf (field tag at byte ${s} runs past the end)`;const o=i%8;const a=Math.floor(i/8);if(a===0)return`not a protobuf (field number 0 at byte ${s})`;if(t&&a<t.length)t[a]++;if(o===0){if(varint()===null)return`a truncated protobuf (field ${a} at byte ${s} runs past the end)`}else if(o===1||o===5){r+=o===1?8:4}else if(o===2){const t=varint();if(t===null||r+t>e.length){return`a truncated protobuf (field ${a} at byte ${s} claims ${t??"?"} bytes, ${e.length-r} remain)`}r+=t}else{return`not a pprof protobuf (wire type ${o} at byte ${s})`}if(r>e.length)return`a truncated protobuf (field ${a} at byte ${s} runs past the end)`}return null}function unsymbolizedName(e){if(e==="")return"[unknown]";const t=e.replace(/^.*[/\\]/,"");return t.startsWith("[")?t:`[${t}]`}function duplicateId(e,t){if(t===0||t==="0")return`a ${e} with the reserved id 0, expected ids from 1 (go tool pprof refuses it too)`;return`more than one ${e} with the id ${t}, expected each ${e} id once (go tool pprof refuses them too)`}function negativeValue(e,t,r){return new UnusableProfile(`sample ${t} has the value ${e} (${r.type}/${r.unit}), below zero: a saved difference of two profiles (pprof -diff_base -proto), not a profile`,"the two profiles it was made from, as --baseline and --candidate")}function profileTime(e){const t=e/1e6;return Number.isFinite(t)&&t>0&&t<Date.UTC(2200,0,1)?{time:t}:{}}class LabelFilter{options;counts=new Map;kept=0;constructor(e){this.options=e}keep(e,t=1){this.counts.set(e,(this.counts.get(e)??0)+t);const r=this.options.value===undefined||e===this.options.value;if(r)this.kept+=t;return r}result(){return{key:this.options.key,values:[...this.counts].sort(([e],[t])=>e<t?-1:e>t?1:0),kept:this.kept}}}function idKey(e){if(e===undefined)return"0";return typeof e==="bigint"?BigInt.asUintN(64,e).toString():String(e)}function toNumber(e){if(e===undefined)return 0;return typeof e==="bigint"?Number(BigInt.asIntN(64,e)):e}function tryParsePprof(e,t,r){const s=checkFraming(e);if(s)return{reason:s};let i;try{i=Profile.decode(e)}catch(e){return{reason:`not a valid protobuf (${e.message})`}}const o=i.stringTable.strings;const str=(e,t)=>{const r=toNumber(e);if(r<0||r>=o.length)throw new PprofShapeError(`${t} names string ${r}, but the string table has ${o.length}`);return o[r]};try{if(o.length===0||o[0]!=="")return{reason:'no protobuf string table starting with "" (not a pprof profile)'};if(i.sampleType.length===0)return{reason:"a protobuf with no sample types (a pprof profile needs at least one)"};const e=i.sampleType.map((e,t)=>({type:str(e.type,`sample type ${t}`),unit:str(e.unit,`sample type ${t}`)}));const s=e.length;const a=new CallTreeBuilder(s,1024,t);const l=new Map;for(const e of i.function){let t=str(e.name,"function");if(t==="")t=str(e.systemName,"function");const r=idKey(e.id);if(r==="0"||l.has(r))throw new PprofShapeError(duplicateId("function",r));l.set(r,{name:t,file:str(e.filename,"function"),line:Number(e.startLine)})}const c=new Map;for(const e of i.mapping){const t=idKey(e.id);if(t==="0"||c.has(t))throw new PprofShapeError(duplicateId("mapping",t));c.set(t,str(e.filename,"mapping"))}const u=new Map;for(const e of i.location){const t=[];for(let r=e.line.length-1;r>=0;r--){const s=idKey(e.line[r].functionId);const i=l.get(s);if(!i)throw new PprofShapeError(`location ${idKey(e.id)} names function ${s}, which the profile does not define`);t.push(a.functionId(i.name||`<unknown function ${s}>`,i.file,"",i.line))}if(t.length===0){const r=c.get(idKey(e.mappingId))??"";t.push(a.functionId(unsymbolizedName(r),"",r))}const r=idKey(e.id);if(r==="0"||u.has(r))throw new PprofShapeError(duplicateId("location",r));u.set(r,t)}const f=new Float64Array(s);const p=new Float64Array(s).fill(Infinity);const h=[];const d=r?new LabelFilter(r):undefined;for(const[t,r]of i.sample.entries()){if(r.value.length!==s){throw new PprofShapeError(`a sample has ${r.value.length} values, expected one per sample type (${s})`)}if(d){const e=r.label.find(e=>toNumber(e.str)!==0&&str(e.key,"label")===d.options.key);if(!d.keep(e?str(e.str,"label"):""))continue}for(let i=0;i<s;i++){const s=f[i]=toNumber(r.value[i]);if(s<0)throw negativeValue(s,t,e[i]);if(s>0&&s<p[i])p[i]=s}h.length=0;for(let e=r.locationId.length-1;e>=0;e--){const t=idKey(r.locationId[e]);const s=u.get(t);if(!s)throw new PprofShapeError(`a sample names location ${t}, which the profile does not define`);for(const e of s)h.push(e)}a.addStack(h,f,1)}let m=s-1;const v=toNumber(i.defaultSampleType);if(v>0){const t=str(v,"default_sample_type");const r=e.findIndex(e=>e.type===t);if(r>=0)m=r}const y=toNumber(i.period);const b=i.periodType&&y>0?{value:y,unit:str(i.periodType.unit,"period_type")}:undefined;const w=a.notes();const x=eventValuesOf(e,b,p,w);return{profile:{format:"pprof",sampleTypes:e,defaultSampleType:m,tree:a.build(),...b?{period:b}:{},...profileTime(toNumber(i.timeNanos)),...d?{labels:d.result()}:{},eventValues:x,notes:w}}}catch(e){if(e instanceof PprofShapeError)return{reason:`a broken pprof profile: ${e.message}`};throw e}}class PprofShapeError extends Error{}const st=5;class Shape extends Error{}class BigIds extends Error{}const isBigId=e=>!(e>=0&&e<2**53);class Reader{bytes;end;pos;constructor(e,t=0,r=e.length){this.bytes=e;this.end=r;this.pos=t}reset(e,t){this.pos=e;this.end=t}varint(){const e=this.bytes;if(this.pos<this.end&&e[this.pos]<128)return e[this.pos++];let t=0;let r=0;for(let s=0;;s++){if(this.pos>=this.end)throw new Shape("a varint runs past the end of its message");if(s===10)throw new Shape("a varint longer than 10 bytes");const i=e[this.pos++];const o=i&127;if(s<4)t|=o<<7*s;else if(s===4){t|=o<<28;r=o>>>4}else r|=o<<7*s-32;if((i&128)===0)break}return(r|0)*4294967296+(t>>>0)}skip(e){if(e===0)this.varint();else if(e===1)this.pos+=8;else if(e===5)this.pos+=4;else if(e===2){const e=this.varint();this.pos+=e}else throw new Shape(`wire type ${e}`);if(this.pos>this.end)throw new Shape("a field runs past the end of its message")}spanEnd(){const e=this.varint();const t=this.pos+e;if(t>this.end)throw new Shape("a field runs past the end of its message");return t}}function tryParsePprofFast(e,t,r){const s=new Int32Array(16);const i=checkFraming(e,s);if(i)return{reason:i};try{return{profile:new PprofReader(e,s,t,r).profile()}}catch(s){if(s instanceof Shape)return{reason:`a broken pprof profile: ${s.message}`};if(s instanceof BigIds)return tryParsePprof(e,t,r);throw s}}class PprofReader{bytes;buffer;typeRefs=[];samples;sampleEnds=0;sampleBytes=0;locationIds;locationBounds;locationCount=0;functionFields;functionCount=0;stringBounds;stringCount=0;strings=[];mappingFiles=new Map;periodType;period=0;timeNanos=0;defaultType=0;inner;line;sample;packed;sampleTypes;smallest;builder;functionIndex;locationIndex;fnIds;frameStart;frameCount;frameList;frameEnd=0;lines=[];values;ids=new Float64Array(64);path=new Int32Array(256);idCount=0;locStart=-1;locEnd=-1;labelFilter;sampleLabel="";constructor(e,t,r,s){this.bytes=e;this.labelFilter=s?new LabelFilter(s):undefined;this.buffer=Buffer.from(e.buffer,e.byteOffset,e.byteLength);this.samples=new Int32Array(2*t[2]);this.locationIds=new Float64Array(t[4]);this.locationBounds=new Int32Array(2*t[4]);this.functionFields=new Float64Array(st*t[5]);this.stringBounds=new Int32Array(2*t[6]);this.inner=new Reader(e);this.line=new Reader(e);this.sample=new Reader(e);this.packed=new Reader(e);this.readTop();if(this.typeRefs.length===0)throw new Shape("no sample types (a pprof profile needs at least one)");this.sampleTypes=this.typeRefs.map(([e,t],r)=>({type:this.str(e,`sample type ${r}`),unit:this.str(t,`sample type ${r}`)}));this.values=new Float64Array(this.sampleTypes.length);this.smallest=new Float64Array(this.sampleTypes.length).fill(Infinity);this.builder=new CallTreeBuilder(this.sampleTypes.length,this.sampleBytes+1024,r);const{functionFields:i,locationIds:o}=this;this.functionIndex=new IdIndex(this.functionCount,e=>i[st*e],"function");this.fnIds=new Int32Array(this.functionCount).fill(-1);this.locationIndex=new IdIndex(this.locationCount,e=>o[e],"location");this.frameStart=new Int32Array(this.locationCount);this.frameCount=new Int32Array(this.locationCount);this.frameList=new Int32Array(this.locationCount*2+16)}readTop(){const{samples:e,locationIds:t,locationBounds:r,functionFields:s,stringBounds:i,inner:o}=this;const a=new Reader(this.bytes);while(a.pos<a.end){const l=a.varint();const c=Math.floor(l/8);const u=l&7;if(u===2&&(c===2||c===3||c===4||c===5||c===6)){const l=a.spanEnd();const u=a.pos;a.pos=l;if(c===2){e[this.sampleEnds++]=u;e[this.sampleEnds++]=l;this.sampleBytes+=l-u}else if(c===3){o.reset(u,l);const[e,t]=twoVarints(o,1,5);if(isBigId(e))throw new BigIds;if(e===0||this.mappingFiles.has(e))throw new Shape(duplicateId("mapping",e));this.mappingFiles.set(e,t)}else if(c===4){const e=this.locationCount++;t[e]=firstVarint(o,u,l);r[2*e]=u;r[2*e+1]=l}else if(c===5){const e=st*this.functionCount++;o.reset(u,l);while(o.pos<l){const t=o.varint();const r=t>>>3;if((t&7)!==0)o.skip(t&7);else if(r>=1&&r<=st)s[e+r-1]=o.varint();else o.varint()}}else{const e=this.stringCount++;i[2*e]=u;i[2*e+1]=l}}else if(c===1&&u===2)this.typeRefs.push(readValueType(a));else if(c===11&&u===2)this.periodType=readValueType(a);else if(c===12&&u===0)this.period=a.varint();else if(c===9&&u===0)this.timeNanos=a.varint();else if(c===14&&u===0)this.defaultType=a.varint();else if(c===0)throw new Shape("field number 0");else a.skip(u)}if(this.stringCount===0||i[1]!==i[0])throw new Shape('no string table starting with ""');this.strings=new Array(this.stringCount)}str(e,t){if(e<0||e>=this.stringCount)throw new Shape(`${t} names string ${e}, but the string table has ${this.stringCount}`);return this.strings[e]??=this.buffer.toString("utf8",this.stringBounds[2*e],this.stringBounds[2*e+1])}profile(){const{sampleTypes:e}=this;this.addSamples();let t=e.length-1;if(this.defaultType>0){const r=this.str(this.defaultType,"default_sample_type");const s=e.findIndex(e=>e.type===r);if(s>=0)t=s}const r=this.periodType&&this.period>0?{value:this.period,unit:this.str(this.periodType[1],"period_type")}:undefined;const s=this.builder.notes();const i=eventValuesOf(e,r,this.smallest,s);return{format:"pprof",sampleTypes:e,defaultSampleType:t,tree:this.builder.build(),...r?{period:r}:{},...profileTime(this.timeNanos),...this.labelFilter?{labels:this.labelFilter.result()}:{},eventValues:i,notes:s}}functionIdOf(e){const t=this.functionIndex.get(e);if(t<0)throw new Shape(`a location names function ${e}, which the profile does not define`);const r=this.fnIds[t];if(r>=0)return r;const s=st*t;const i=this.str(this.functionFields[s+1],"function")||this.str(this.functionFields[s+2],"function");return this.fnIds[t]=this.builder.functionId(i||`<unknown function ${e}>`,this.str(this.functionFields[s+3],"function"),"",this.functionFields[s+4])}slot(e){const t=this.locationIndex.get(e);if(t<0)throw new Shape(`a sample names location ${e}, which the profile does not define`);return t}decodeFrames(e){const{inner:t,lines:r}=this;const s=this.locationBounds[2*e+1];t.reset(this.locationBounds[2*e],s);r.length=0;let i=0;while(t.pos<s){const e=t.varint();const s=e>>>3;if(s===4&&(e&7)===2){const e=t.spanEnd();r.push(firstVarint(this.line,t.pos,e));t.pos=e}else if(s===2&&(e&7)===0)i=t.varint();else t.skip(e&7)}const o=Math.max(1,r.length);if(this.frameEnd+o>this.frameList.length)this.frameList=doubled(this.frameList,this.frameEnd+o);this.frameStart[e]=this.frameEnd;this.frameCount[e]=o;for(let e=r.length-1;e>=0;e--)this.frameList[this.frameEnd++]=this.functionIdOf(r[e]);if(r.length===0){const e=this.mappingFiles.get(i);const t=e===undefined?"":this.str(e,"mapping");this.frameList[this.frameEnd++]=this.builder.functionId(unsymbolizedName(t),"",t)}}pushId(e){if(this.idCount===this.ids.length)this.ids=doubled(this.ids);this.ids[this.idCount++]=e}scanSample(e){const{sample:t,packed:r,values:s}=this;const i=s.length;t.reset(this.samples[e],this.samples[e+1]);this.locStart=-1;this.locEnd=-1;this.idCount=0;this.sampleLabel="";let o=0;let a=0;while(t.pos<t.end){const e=t.varint();const l=e>>>3;const c=e&7;if(l===1){if(c===2){const e=t.spanEnd();const s=t.pos;t.pos=e;if(o++===0){this.locStart=s;this.locEnd=e}r.reset(s,e);if(o>1)while(r.pos<e)this.pushId(r.varint())}else if(c===0){o+=2;this.pushId(t.varint())}else t.skip(c)}else if(l===2){if(c===2){const e=t.spanEnd();r.reset(t.pos,e);t.pos=e;while(r.pos<e){const e=r.varint();if(a<i)s[a]=e;a++}}else if(c===0){const e=t.varint();if(a<i)s[a]=e;a++}else t.skip(c)}else if(l===3&&c===2&&this.labelFilter){const e=t.spanEnd();this.inner.reset(t.pos,e);t.pos=e;const[r,s]=twoVarints(this.inner,1,2);if(s!==0&&this.str(r,"label")===this.labelFilter.options.key)this.sampleLabel=this.str(s,"label")}else t.skip(c)}if(a!==i)throw new Shape(`a sample has ${a} values, expected one per sample type (${i})`);if(o>1){const e=this.ids.slice(0,this.idCount);this.idCount=0;if(this.locStart>=0)this.decodePacked();for(const t of e)this.pushId(t);this.locStart=-1}}decodePacked(){const{packed:e,locEnd:t}=this;e.reset(this.locStart,t);while(e.pos<t)this.pushId(e.varint())}stackOf(){let e=0;let t=this.path;const{ids:r,frameCount:s,frameStart:i}=this;for(let o=this.idCount-1;o>=0;o--){const a=this.slot(r[o]);if(s[a]===0)this.decodeFrames(a);const l=s[a];if(e+l>t.length)t=this.path=doubled(t,e+l);const c=this.frameList;for(let r=i[a],s=r+l;r<s;r++)t[e++]=c[r]}return e}addSamples(){const{bytes:e,builder:t,values:r}=this;const s=new StackTable(e,this.sampleEnds/2);const{smallest:i}=this;const o=this.labelFilter;for(let e=0;e<this.sampleEnds;e+=2){this.scanSample(e);if(o&&!o.keep(this.sampleLabel))continue;for(let t=0;t<r.length;t++){const s=r[t];if(s<0)throw negativeValue(s,e/2,this.sampleTypes[t]);if(s>0&&s<i[t])i[t]=s}const{locStart:a,locEnd:l}=this;let c=0;if(a>=0){c=s.hash(a,l);const e=s.find(c,a,l);if(e>=0){t.add(e,r,1);continue}this.decodePacked()}const u=this.stackOf();const f=t.addStack(this.path,r,1,u);if(a>=0)s.add(c,a,l,f)}}}class StackTable{bytes;mask=1023;table=new Int32Array(this.mask+1).fill(-1);entryHash;entryStart;entryEnd;entryLeaf;entries=0;constructor(e,t){this.bytes=e;this.entryHash=new Int32Array(t);this.entryStart=new Int32Array(t);this.entryEnd=new Int32Array(t);this.entryLeaf=new Int32Array(t)}hash(e,t){const r=this.bytes;let s=t-e;for(let i=e;i<t;i++)s=Math.imul(s^r[i],16777619);s^=s>>>15;s=Math.imul(s,739982445);return s^s>>>12}find(e,t,r){const{table:s,mask:i,entryHash:o,entryStart:a,entryEnd:l}=this;for(let c=e&i,u=s[c];u!==-1;c=c+1&i,u=s[c]){if(o[u]===e&&this.sameBytes(t,r,a[u],l[u]))return this.entryLeaf[u]}return-1}add(e,t,r,s){const i=this.entries;this.entryHash[i]=e;this.entryStart[i]=t;this.entryEnd[i]=r;this.entryLeaf[i]=s;if(2*(i+1)>this.table.length){this.mask=this.table.length*2-1;this.table=new Int32Array(this.mask+1).fill(-1);for(let e=0;e<i;e++)this.insert(this.entryHash[e],e)}this.insert(e,this.entries++)}insert(e,t){let r=e&this.mask;while(this.table[r]!==-1)r=r+1&this.mask;this.table[r]=t}sameBytes(e,t,r,s){if(t-e!==s-r)return false;const i=this.bytes;for(let s=e,o=r;s<t;s++,o++)if(i[s]!==i[o])return false;return true}}class IdIndex{table;map;maxId;constructor(e,t,r){let s=0;for(let r=0;r<e;r++){if(isBigId(t(r)))throw new BigIds;s=Math.max(s,t(r))}this.maxId=s;if(s<=4*e+1024){this.table=new Int32Array(s+1).fill(-1);for(let s=0;s<e;s++){const e=t(s);if(e===0||e>0&&this.table[e]>=0)throw new Shape(duplicateId(r,e));this.table[e]=s}}else{this.map=new Map;for(let s=0;s<e;s++){if(t(s)===0||this.map.has(t(s)))throw new Shape(duplicateId(r,t(s)));this.map.set(t(s),s)}}}get(e){if(this.table)return e>=0&&e<=this.maxId?this.table[e]:-1;return this.map.get(e)??-1}}function firstVarint(e,t,r){e.reset(t,r);let s=0;while(e.pos<r){const t=e.varint();if(t>>>3===1&&(t&7)===0)s=e.varint();else e.skip(t&7)}return s}function readValueType(e){const t=e.spanEnd();const r=new Reader(e.bytes,e.pos,t);e.pos=t;return twoVarints(r,1,2)}function twoVarints(e,t,r){let s=0;let i=0;while(e.pos<e.end){const o=e.varint();const a=o>>>3;if((o&7)!==0)e.skip(o&7);else if(a===t)s=e.varint();else if(a===r)i=e.varint();else e.varint()}return[s,i]}function isSpeedscopeJson(e){if(!e||typeof e!=="object")return false;const t=e;return typeof t.$schema==="string"&&t.$schema.includes("speedscope")||Array.isArray(t.profiles)&&typeof t.shared==="object"&&t.shared!==null}class speedscope_Shape extends Error{}function sampleTypeOf(e){if(e==="bytes")return{type:"space",unit:"bytes"};if(e==="nanoseconds"||e==="microseconds"||e==="milliseconds"||e==="seconds")return{type:"time",unit:e};return{type:"samples",unit:"count"}}function tryParseSpeedscope(e,t,r){try{return{profile:parse(e,t,r)}}catch(e){if(e instanceof speedscope_Shape)return{reason:`a broken speedscope file: ${e.message}`};throw e}}const it="profile";function parse(e,t,r){const s=r?new LabelFilter(r):undefined;const i=e.shared?.frames;if(!Array.isArray(i))throw new speedscope_Shape('"shared.frames" is not a list');const o=e.profiles;if(!Array.isArray(o)||o.length===0)throw new speedscope_Shape('"profiles" is not a non-empty list');const a=sampleTypeOf(o[0]?.unit);const l=new CallTreeBuilder(1,1024,t);const c=commonRoot(i.map(e=>typeof e?.file==="string"?e.file:""));const u=i.map((e,t)=>{const r=e;if(!r||typeof r.name!=="string")throw new speedscope_Shape(`frame ${t} has no "name"`);const s=typeof r.file==="string"?relativeTo(r.file,c):"";const i=r.name===""?"[unknown]":r.name;const o=typeof r.line==="number"?r.line:0;return l.functionId(s!==""&&!i.endsWith(`(${s})`)?`${i} (${s})`:i,s,"",o)});const frameId=(e,t)=>{if(typeof e!=="number"||!Number.isInteger(e)||e<0||e>=u.length){throw new speedscope_Shape(`${t} names frame ${quoteValue(e)}, but there are ${u.length} frames`)}return u[e]};const f=new Float64Array(1);const p=[];o.forEach((e,t)=>{const r=e;if(!r||typeof r!=="object")throw new speedscope_Shape(`profile ${t} is not an object`);const i=sampleTypeOf(r.unit);if(i.unit!==a.unit)throw new speedscope_Shape(`profile ${t} is in ${quoteValue(r.unit)}, profile 0 in ${a.unit}`);if(s){const e=Array.isArray(r.samples)?r.samples.length:Array.isArray(r.events)?r.events.length:0;const t=s.options.key===it&&typeof r.name==="string"?r.name:"";if(!s.keep(t,e))return}if(r.type==="sampled"){const e=r.samples;const s=r.weights;if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} has no "samples" list`);if(s!==undefined&&(!Array.isArray(s)||s.length!==e.length)){throw new speedscope_Shape(`profile ${t} has ${Array.isArray(s)?s.length:"no"} weights for ${e.length} samples`)}e.forEach((e,r)=>{if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} sample ${r} is not a list of frames`);p.length=0;for(const s of e)p.push(frameId(s,`profile ${t} sample ${r}`));const i=s?s[r]:1;if(typeof i!=="number"||!(i>=0&&i<2**53))throw new speedscope_Shape(`profile ${t} weight ${r} is ${i===Infinity||typeof i==="number"&&i>=2**53?"of 2^53 or more":quoteValue(i)}, expected a number from 0 to below 2^53`);f[0]=i;l.addStack(p,f,1)})}else if(r.type==="evented"){const e=r.events;if(!Array.isArray(e))throw new speedscope_Shape(`profile ${t} has no "events" list`);const s=[];const i=[0];let o=0;e.forEach((e,r)=>{const a=e;const c=a?.at;if(!a||typeof c!=="number"||!(Math.abs(c)<=2**53))throw new speedscope_Shape(`profile ${t} event ${r} has ${c===undefined?'no time "at"':`the time ${quoteValue(c)}`}, expected a number within ±2^53`);if(c<o&&r>0)throw new speedscope_Shape(`profile ${t} event ${r} goes back in time (${c} after ${o})`);if(s.length>0&&c>o){f[0]=c-o;l.add(i[i.length-1],f,1)}o=c;const u=frameId(a.frame,`profile ${t} event ${r}`);if(a.type==="O"){s.push(u);i.push(l.child(i[i.length-1],u))}else if(a.type==="C"){if(s.pop()!==u)throw new speedscope_Shape(`profile ${t} event ${r} closes a frame that is not the innermost open one`);i.pop()}else throw new speedscope_Shape(`profile ${t} event ${r} has type ${quoteValue(a.type)}, expected "O" or "C"`)});if(s.length>0)throw new speedscope_Shape(`profile ${t} ends with ${s.length} frame(s) still open`)}else throw new speedscope_Shape(`profile ${t} has type ${quoteValue(r.type)}, expected "sampled" or "evented"`)});return{format:"speedscope",sampleTypes:[a],defaultSampleType:0,tree:l.build(),...s?{labels:s.result()}:{},notes:l.notes()}}function parseProfile(e,t,r={}){return withinLimits(t,()=>parseAny(e,t,r))}function withinLimits(e,t){try{return t()}catch(t){if(t instanceof LimitError)throw new InputError(`${e}: ${t.message}; expected a profile within flamegate's limits`);if(t instanceof UnusableProfile)throw new InputError(`${e}: ${t.message}; expected ${t.expected}`);throw t}}function parseAny(e,t,r){if(e.length===0)throw new InputError(`${t}: the file is empty, expected a profile (pprof, folded stacks or .cpuprofile)`);let s=e;for(let e=0;e<2&&isGzip(s);e++){const e=tryGunzip(s,r.maxDecompressedBytes??te);if("reason"in e)throw new InputError(`${t}: ${e.reason}`);s=e.bytes;if(s.length===0)throw new InputError(`${t}: gzip data that decompresses to nothing, expected a profile`)}const i=containerOf(s);if(i)throw new InputError(`${t}: ${i}, which flamegate does not open; expected a profile, raw or gzipped (decompress it first)`);const o=decodeText(s);if(o!==null){const e=o.trimStart();if(e.startsWith("{")||e.startsWith("[")){let e;try{e=JSON.parse(o)}catch(e){throw new InputError(`${t}: JSON that does not parse (${e.message}), expected a V8 .cpuprofile or speedscope JSON`)}const s=isSpeedscopeJson(e)?tryParseSpeedscope(e,r.shared,r.label):isHeapProfileJson(e)?tryParseHeapProfile(e,r.shared):tryParseCpuProfile(e,r.shared);if("reason"in s)throw new InputError(`${t}: ${s.reason}`);return s.profile}if(looksLikePerfScript(o)){const e=tryParsePerfScript(o,r.shared);if("reason"in e)throw new InputError(`${t}: ${e.reason}`);return e.profile}if(looksLikeFlatPerfScript(o)){throw new UnusableProfile("perf script output without call stacks (each record one line, its address after the event): one frame a sample says nothing of callers","perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)")}const s=tryParseFolded(o,r.shared);if("reason"in s)throw new InputError(`${t}: text with ${s.reason}; expected folded stacks, perf script output, pprof, a .cpuprofile or speedscope JSON`);return s.profile}const a=tryParsePprofFast(s,r.shared,r.label);if("reason"in a){throw new InputError(`${t}: ${a.reason}; expected a pprof profile (gzipped or raw), folded stacks, perf script output, a V8 .cpuprofile or speedscope JSON`)}return a.profile}function containerOf(e){const starts=(...t)=>e.length>=t.length&&t.every((t,r)=>e[r]===t);if(isGzip(e))return"gzip inside gzip inside gzip";if(starts(40,181,47,253))return"zstd-compressed data";if(starts(66,90,104)&&e[3]>=49&&e[3]<=57)return"bzip2-compressed data";if(starts(253,55,122,88,90,0))return"xz-compressed data";if(starts(80,75,3,4)||starts(80,75,5,6))return"a zip archive";return undefined}function decodeText(e){let t;const r=Buffer.from(e.buffer,e.byteOffset,e.byteLength);if(r.length>=2&&(r[0]===255&&r[1]===254||r[0]===254&&r[1]===255)){const e=Buffer.from(r.subarray(2,2+(r.length-2&~1)));if(r[0]===254)e.swap16();t=e.toString("utf16le")}else if(r.length>=4&&r[0]!==0&&r[1]===0&&r[2]!==0&&r[3]===0&&isPlainText(r.toString("utf16le",0,4096))){t=r.toString("utf16le")}else{if(!looksLikeText(e))return null;t=r.toString("utf8",r[0]===239&&r[1]===187&&r[2]===191?3:0)}if(t.includes("\r")&&/\r(?!\n)/.test(t))t=t.replace(/\r(?!\n)/g,"\n");return t}function isPlainText(e){return!/[\u0000-\u0008\u000e-\u001f\u007f]/.test(e)}function looksLikeText(e){const t=Math.min(e.length,4096);let r=0;for(let s=0;s<t;s++){const t=e[s];if(t===0)return false;if(t<9||t>13&&t<32||t===127)r++}return r<8||r*20<t}function expandInputs(e,t){const r=[];for(const s of e){let e;const i=tryStat(s);if(i?.isDirectory())throw new InputError(`${t} ${quote(s)}: is a directory, expected a profile file or a glob such as '${s.replace(/\/$/,"")}/*.pb.gz'`);if(i){e=[s]}else{e=globSync(s,{onlyFiles:true,expandDirectories:false}).sort(naturalCompare);if(e.length===0){throw new InputError(/[*?[{]/.test(s)?`${t} ${quote(s)}: the glob matched no file`:`${t} ${quote(s)}: no such file`)}}for(const i of e){if(r.includes(i))continue;r.push(i);if(r.length>u.runs)throw new InputError(`${t} ${quote(s)}: more than ${u.runs} files, the limit a side; expected at most ${u.runs} runs (each file is one)`)}}return r}function tryStat(e){try{return(0,Z.statSync)(e)}catch{return undefined}}function naturalCompare(e,t){return e.localeCompare(t,"en",{numeric:true})}function totalSize(e){let t=0;for(const r of e){try{t+=(0,Z.statSync)(r).size}catch{}}return t}function readProfiles(e,t,r){return e.map(e=>{const s=`${t} ${quote(e)}`;let i;try{i=readProfileFile(e,s,r.maxDecompressedBytes??te)}catch(e){if(e instanceof InputError)throw e;throw new InputError(`${s}: cannot be read (${e.code??e.message})`)}return{source:e,profile:parseProfile(i,s,r)}})}function readProfileFile(e,t,r){const s=(0,Z.openSync)(e,Z.constants.O_RDONLY|(Z.constants.O_NONBLOCK??0));try{const e=(0,Z.fstatSync)(s);if(!e.isFile())throw new InputError(`${t}: ${kindOf(e)}, expected a regular file holding a profile`);if(e.size>r)throw new InputError(`${t}: ${e.size} bytes, over the limit of ${r} a profile (--max-decompressed-size); expected a smaller profile`);const i=Buffer.alloc(Math.min(e.size,4096));(0,Z.readSync)(s,i,0,i.length,0);if(i.length>0&&i[0]===0)throw new InputError(`${t}: starts with a zero byte, which no profile format does (a sparse or zero-filled file?); expected a profile (pprof, folded stacks, perf script, .cpuprofile, speedscope)`);return(0,Z.readFileSync)(s)}finally{(0,Z.closeSync)(s)}}function kindOf(e){if(e.isFIFO())return"a FIFO (named pipe)";if(e.isCharacterDevice())return"a character device";if(e.isBlockDevice())return"a block device";if(e.isSocket())return"a socket";if(e.isDirectory())return"a directory";return"not a regular file"}function selectSampleType(e,t,r){const s=[...e.map(e=>({...e,side:"baseline"})),...t.map(e=>({...e,side:"candidate"}))];const{sampleType:i,runs:o}=selectSampleTypeOf(s,r);return{sampleType:i,baseline:o.slice(0,e.length),candidate:o.slice(e.length)}}function selectSampleTypeOf(e,t){if(e.length===0)throw new InputError("no profiles to read");const r=e[0];let s;if(t!==undefined){const e=findType(r.profile.sampleTypes,t);if(e<0)throw new InputError(`${r.side} ${quote(r.source)}: no sample type ${quote(t)}; it has ${listTypes(r.profile.sampleTypes)}`);s=r.profile.sampleTypes[e]}else{s=r.profile.sampleTypes[r.profile.defaultSampleType]}const i=getUnitScale(s.unit);const toRun=e=>{const t=e.profile.sampleTypes;const o=findType(t,s.type);if(o<0){const i=t[e.profile.defaultSampleType];throw new InputError(`${e.side} ${quote(e.source)}: measures ${i.type}/${i.unit}, not ${s.type}/${s.unit} like ${r.side} ${quote(r.source)}; profiles of different kinds cannot be compared (it has ${listTypes(t)}; pick one with --sample-type)`)}const a=getUnitScale(t[o].unit);if(a.dimension!==i.dimension){throw new InputError(`${e.side} ${quote(e.source)}: ${s.type} is in ${t[o].unit}, but in ${s.unit} in ${r.side} ${quote(r.source)}; expected the same unit`)}return{source:e.source,profile:e.profile,typeIndex:o,scale:a.scale/i.scale}};return{sampleType:s,runs:e.map(toRun)}}function findType(e,t){const r=e.findIndex(e=>e.type===t||`${e.type}/${e.unit}`===t);return r>=0?r:e.findIndex(e=>e.type.toLowerCase()===t.toLowerCase())}function listTypes(e){return e.map(e=>`${e.type}/${e.unit}`).join(", ")}const ot=require("node:os");const at=require("node:path");const lt=require("node:worker_threads");function workerScript(){if(!__filename.endsWith(".js"))return undefined;return[(0,at.join)(__dirname,"parse-worker","index.js"),(0,at.join)(__dirname,"..","parse-worker","index.js")].find(e=>(0,Z.existsSync)(e))}const ct=16*1024*1024;function threadLimit(e){const t=Number(process.env.FLAMEGATE_THREADS);if(Number.isInteger(t)&&t>=1)return t;return totalSize(e)>=ct?(0,ot.availableParallelism)():1}function readIntoSharedTable(e,t,r=()=>undefined){const s={...t,shared:new SharedTable};return e.map(({file:e,side:t})=>{const i=readProfiles([e],t,s)[0];r();return i})}async function readProfilesInParallel(e,t,r){const s=workerScript();const i=Math.min(e.length,threadLimit(e.map(e=>e.file)),8);let o=0;const tick=()=>r?.(++o);if(!s||i<2){const r=readIntoSharedTable(e,t,tick);timing("profiles parsed on 1 thread");return r}const a=new Array(e.length);const l={...t,shared:new SharedTable};const c=Array.from({length:i-1},()=>new lt.Worker(s));try{const r=c.map((r,s)=>new Promise(o=>{const l=e.map(({file:e,side:r},s)=>({id:s,file:e,side:r,options:t})).filter(e=>e.id%i===s);let c=l.length;if(c===0)o();r.on("message",t=>{a[t.id]="profile"in t?{profile:{source:e[t.id].file,profile:t.profile}}:{error:t.input?new InputError(t.error):new Error(t.error)};tick();if(--c===0)o()});const fail=e=>{for(const t of l)a[t.id]??={error:e};o()};r.on("error",fail);r.on("exit",e=>fail(new Error(`a parse worker exited with code ${e}`)));for(const e of l)r.postMessage(e)}));e.forEach(({file:e,side:t},r)=>{if(r%i!==i-1)return;try{a[r]={profile:readProfiles([e],t,l)[0]}}catch(e){a[r]={error:e}}tick()});await Promise.all(r)}finally{await Promise.all(c.map(e=>e.terminate()))}for(const e of a){if(!e)throw new Error("a parse worker ended without an answer");if("error"in e)throw e.error}const u=a.map((t,r)=>{if(!t||"error"in t)throw new Error("unreachable: errors were thrown above");const{profile:s}=t.profile;if(s.tree.shared===l.shared)return t.profile;const i=withinLimits(`${e[r].side} ${quote(e[r].file)}`,()=>absorbTree(s.tree,l.shared));return{...t.profile,profile:{...s,tree:i}}});timing(`profiles parsed on ${i} threads`);return u}const ut=16*1024*1024;function startProgress(e,t){if(!e.isTTY)return{end:()=>undefined};const r=totalSize(t);if(r<ut)return{end:()=>undefined};const s=r>=1e9?`${(r/1e9).toFixed(1)} GB`:`${Math.round(r/1e6)} MB`;const show=r=>e.write(`\r[Kflamegate: reading ${r} of ${t.length} profile${t.length===1?"":"s"} (${s})…`);show(0);return{progress:show,end:()=>e.write("\r[K")}}const ft=".github/flamegate.yml";function loadConfig(e){const t=e??((0,Z.existsSync)(ft)?ft:undefined);if(t===undefined)return defaultConfig();let r;try{r=(0,Z.readFileSync)(t,"utf8")}catch(e){throw new InputError(`rules file ${quote(t)}: cannot be read (${e.code??e.message})`)}return parseConfig(r,`rules file ${quote(t)}`)}async function loadRuns(e,t){const r=loadConfig(e.configPath);const s=e.baseline.length===0?[]:expandInputs(e.baseline,"baseline");const i=expandInputs(e.candidate,"candidate");const o=[...s.map(e=>({file:e,side:"baseline"})),...i.map(e=>({file:e,side:"candidate"}))];timing("first profile read");const{progress:a,end:l}=t?startProgress(t,o.map(e=>e.file)):{progress:undefined,end:()=>undefined};let c;try{c=await readProfilesInParallel(o,{maxDecompressedBytes:e.maxDecompressedBytes??te,...e.tag?{label:e.tag}:{}},a)}finally{l()}const u=e.tag?checkTag(e.tag,c.map((e,t)=>({...e,side:o[t].side}))):[];const f=selectSampleType(c.slice(0,s.length),c.slice(s.length),e.sampleType??r.sampleType);return{...f,normalize:e.normalize??r.normalize??"none",config:r,notes:[...e.notes??[],...u,...fileNotes(c),...emptyRuns([...f.baseline,...f.candidate],f.sampleType)]}}const pt=20;async function labelValues(e,t){const r=e.baseline.length===0?[]:expandInputs(e.baseline,"baseline");const s=expandInputs(e.candidate,"candidate");const i=[...r.map(e=>({file:e,side:"baseline"})),...s.map(e=>({file:e,side:"candidate"}))];const o=await readProfilesInParallel(i,{maxDecompressedBytes:e.maxDecompressedBytes??te,label:{key:t}});const a=new Map;o.forEach(({source:e,profile:r},s)=>{if(!r.labels)throw new InputError(`--split-by ${t}: ${i[s].side} ${quote(e)} is ${r.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile)`);for(const[e,t]of r.labels.values)a.set(e,(a.get(e)??0)+t)});if(![...a.keys()].some(e=>e!==""))throw new InputError(`--split-by ${t}: ${describeValues(t,o.map(e=>e.profile))}`);if(a.size>pt){throw new InputError(`--split-by ${t}: it takes ${a.size} values, more than the ${pt} a split compares; expected a label with few values (a service, an endpoint), or --tag ${t}=VALUE for one of them`)}return[...a.keys()].sort((e,t)=>e===""?1:t===""?-1:e<t?-1:e>t?1:0)}function checkTag(e,t){const r=e.split?`--split-by ${e.key}`:`--tag ${e.key}=${e.value}`;const s=e.value===""?`the samples without a ${e.key} label`:`the samples labelled ${e.key}=${e.value}`;let i=0;let o=0;for(const{source:e,side:s,profile:a}of t){if(!a.labels){throw new InputError(`${r}: ${s} ${quote(e)} is ${a.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile=NAME)`)}i+=a.labels.kept;for(const[,e]of a.labels.values)o+=e}const a=[`kept only ${s}: ${o>0?(i/o*100).toFixed(1):"0"}% of all sample records`];for(const i of[...new Set(t.map(e=>e.side))]){const o=t.filter(e=>e.side===i);if(o.length===0||o.some(e=>e.profile.labels.kept>0))continue;if(e.split)a.push(`the ${i} has none of ${s}: all of it is ${i==="baseline"?"new":"gone"}`);else throw new InputError(`${r}: no sample of the ${i} has it (${quote(o[0].source)}${o.length>1?` and ${o.length-1} more`:""}); ${describeValues(e.key,o.map(e=>e.profile))}`)}return a}function describeValues(e,t){const r=new Map;let s=0;for(const e of t){for(const[t,i]of e.labels?.values??[]){r.set(t,(r.get(t)??0)+i);s+=i}}const i=[...r].filter(([e])=>e!=="");if(i.length===0)return`no sample is labelled ${e} at all; expected a label key the profiles carry`;const o=[...r].sort((e,t)=>t[1]-e[1]).slice(0,10).map(([e,t])=>`${e===""?"(none)":quote(e)} (${(t/s*100).toFixed(1)}%)`);return`${e} takes ${o.join(", ")}${r.size>10?`, and ${r.size-10} more`:""}; expected one of them`}function fileNotes(e){const t=new Map;for(const{source:r,profile:s}of e){for(const e of new Set(s.notes)){const s=t.get(e);if(s)s.push(r);else t.set(e,[r])}}return[...t].map(([e,t])=>`${t[0]}${t.length>1?` and ${t.length-1} more file${t.length===2?"":"s"}`:""}: ${e}`)}function emptyRuns(e,t){return e.filter(e=>!e.profile.tree.leafSelf[e.typeIndex].some(e=>e!==0)).map(e=>`${e.source}: holds no ${t.type}/${t.unit} (an empty profile): it counts as a run that did nothing`)}function formatP(e){if(e<.001)return"<0.001";return e>=.1?e.toFixed(2):e.toFixed(3)}function functionChange(e,t){const r=measure_Measure.of(e);const s=r.of(t.baseline,"total");const i=r.of(t.candidate,"total");const o=i-s;const a=s!==0?o/s:null;return{baseline:s,candidate:i,delta:o,relative:a,ofTotal:ofTotal(e,o)}}function ofTotal(e,t){const r=measure_Measure.of(e);return r.share||e.baseline.total!==0?r.points(t,e.baseline.total):null}function biggestChanges(e,t,r){const s=e.functions;const i=[];const before=(e,r)=>(r.delta-e.delta)*t<0||e.delta===r.delta&&s.name(e.row)<s.name(r.row);for(let o=0;o<s.length;o++){const a=s.total(o,"candidate")-s.total(o,"baseline");if(!(a*t>0))continue;if(t===-1&&!(Math.abs(ofTotal(e,a)??1)>=.005&&s.pValue(o)<=e.noise.alpha))continue;const l={row:o,delta:a};if(i.length===r){if(r===0||!before(l,i[r-1]))continue;i.pop()}let c=i.length;while(c>0&&before(l,i[c-1]))c--;i.splice(c,0,l)}return i.map(({row:e})=>s.entry(e))}function biggestChangeRows(e,t,r){const s=[];for(const i of biggestChanges(e,t,r*4)){const e=s.find(e=>sameSamples(e[0],i));if(e)e.push(i);else if(s.length<r)s.push([i])}return s}function sameSamples(e,t){const equal=(e,t)=>e.length===t.length&&e.every((e,r)=>e===t[r]);return e.status===t.status&&equal(e.baseline.totalRuns,t.baseline.totalRuns)&&equal(e.candidate.totalRuns,t.candidate.totalRuns)}function selfChange(e,t){const r=measure_Measure.of(e);return t.reduce((e,t)=>e+r.of(t.candidate,"self")-r.of(t.baseline,"self"),0)}function verdictSummary(e){const t=leadViolations(e).map(e=>e.lead);const r=t.filter(e=>e.severity==="fail").length;const s=t.filter(e=>e.severity==="warn").length;const i=e.overall?.violated?` (profile total ${e.overall.severity==="fail"?"over its limit":"grew"})`:"";if(e.verdict==="no-baseline")return"no baseline to compare with";if(e.verdict==="pass")return"no regression";const o=[];if(r>0)o.push(`${r} regression${r===1?"":"s"}`);if(s>0)o.push(`${s} warning${s===1?"":"s"}`);return`${o.join(", ")||"profile total grew"}${o.length>0?i:""}`}function noiseSentence(e){const{noise:t}=e;const r=t.hypotheses<t.tested?`, ${t.hypotheses} distinct`:"";const pct=e=>`${Number((e*100).toPrecision(3))}%`;const s=`weighted Benjamini-Hochberg at ${Number((t.alpha*100).toPrecision(4))}% over ${t.tested} function${t.tested===1?"":"s"} large enough to break a rule${r}`;const i=t.runNoiseEstimated?`run-to-run noise ${pct(t.runNoise)}, estimated`:`run-to-run noise ${pct(t.runNoise)}, assumed: too few functions to estimate it`;const o=t.drift&&Math.abs(t.drift.change)>.001?` Runner drift: judged for each function from the code outside it (whole profile ${formatPercent(t.drift.change)}).`:"";const a=t.machineShare&&runnersDiffered(t.machineShare.baseline,t.machineShare.candidate)?` The runners differed: frames that measure the machine (preemption, GC, interrupts, idle) held ${pct(t.machineShare.baseline)} of the baseline and ${pct(t.machineShare.candidate)} of the candidate; they are never judged on their own.`:"";if(t.test==="welch")return`moderated t-test on log per-run values (${i}), ${s}.${o}${a}`;if(t.test==="prediction")return`one run against the other side's runs (moderated variance, ${i}), ${s}.${o}${a}`;return`one run per side (${i} on top of sampling noise), ${s}.${o}${a} Compare several runs per side for a sharper verdict.`}function runnersDiffered(e,t){const[r,s]=e<t?[e,t]:[t,e];return s-r>=.02&&s>=1.5*r}function driftNote(e,t){if(t.drift===undefined||Math.abs(t.drift-1)<.001)return"";return` (measured ${measure_Measure.of(e).formatChange(t.raw.delta,t.raw.relative,null)}; runner drift ${formatPercent(t.drift-1)} divided out)`}function leadViolations(e){const t=new Map;for(const r of e.violations)if(!t.has(r.function))t.set(r.function,r);return e.findings.filter(e=>t.has(e.function)).map(e=>({lead:t.get(e.function),paths:e.paths,into:e.into}))}const ht={"hot-spot":{label:"hot spot",look:"its own code takes the time: look inside it, not at what it calls",carriers:"the rest through"},subtree:{label:"subtree",look:"its own code did not grow; what it calls did",carriers:"through"},"new-code":{label:"new code",look:"the candidate runs it and the baseline never did: is it meant to run here, this often?",carriers:"through"},allocation:{label:"allocation",look:"more memory allocated or kept: look for new or larger allocations here and below",carriers:"through"},contention:{label:"contention",look:"more time waiting for a lock through it: look at what holds the lock, and for how long",carriers:"through"},kernel:{label:"kernel",look:"the growth is kernel time below it (system calls, I/O, page faults): look at what it asks the kernel for",carriers:"through"}};const dt=/(?:^|[.:_])R?[Uu]nlock$/;const mt={label:"contention",look:"others waited longer for a lock it held (the profile records the holder at its unlock): look at what it does while holding the lock",carriers:"released through"};function patternLine(e,t,r){if(!e.pattern)return null;const s=e.pattern==="contention"&&e.carriers?.some(e=>dt.test(e))?mt:ht[e.pattern];const i=e.carriers?.length?`; ${s.carriers} ${e.carriers.map(t).join(", ")}`:"";return`${s.label}: ${s.look}${i}${e.pattern==="contention"&&r?waitShare(e,r):""}`}function waitShare(e,t){const share=(e,r)=>t.normalize==="total"?e:r>0?e/r:0;const pct=e=>`${(e*100).toFixed(1)}%`;const r=t.baseline.runs>0?` (${pct(share(e.baseline,t.baseline.total))} before)`:"";return`; ${pct(share(e.candidate,t.candidate.total))} of all wait time${r}`}function kernelNote(e){const t=e.kernelShare;if(!t)return"";const pct=e=>`${(e*100).toFixed(1)}%`;return e.baseline.runs>0?` · kernel time ${pct(t.baseline)} → ${pct(t.candidate)} of each total`:` · kernel time ${pct(t.candidate)} of the total`}async function compareFiles(e,t){const r=analyze(await loadRuns(e,t));timing("compared");return r}const gt={pass:"✅",warn:"⚠️",fail:"❌","no-baseline":"ℹ️"};const vt=120;function codeSpan(e,t=vt){let r=visible(e);if(r.length>t)r=`${r.slice(0,t-1)}…`;const s=Math.max(0,...(r.match(/`+/g)??[]).map(e=>e.length));const i="`".repeat(s+1);const o=r.startsWith("`")||r.endsWith("`")||r.startsWith(" ")||r.endsWith(" ")?" ":"";return`${i}${o}${r.replace(/\|/g,"\\|")}${o}${i}`}const yt=`<sub>How to read this: a function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested. "of total" is points of the baseline profile's total.</sub>`;const bt=["fail","warn","pass","no-baseline"];function combinedVerdict(e){return bt.find(t=>e.includes(t))??null}function renderCombined(e){const t=combinedVerdict(e.map(e=>e.verdict));const r=e.map(e=>`${codeSpan(e.key,40)} ${e.verdict?`${gt[e.verdict]} ${e.verdict}`:"· no report"}`).join(" · ");const s=[`### flamegate · ${t?`${gt[t]} ${t}`:"no report"} · ${r}`,""];for(const t of e){if(t.verdict)s.push(t.markdown.replace(/^### /,"#### ").replace(yt,"").trimEnd(),"");else s.push(`#### flamegate · ${codeSpan(t.key,40)} · no report`,"",t.markdown,"")}if(e.some(e=>e.verdict))s.push(yt,"");return s.join("\n")}function renderMarkdown(e,t={}){const r=measure_Measure.of(e);const s=t.rows??10;const i=`flamegate · ${codeSpan(t.key??e.sampleType.type,40)}`;const o=[];o.push(`### ${i} · ${gt[e.verdict]} ${e.verdict}: ${verdictSummary(e)}`);o.push("");if(t.commits){const e=t.commits;o.push(`${codeSpan(e.candidate.slice(0,7),12)} (this PR) against ${e.baseline?`${codeSpan(e.baseline.slice(0,7),12)}${e.baseRef?` (${codeSpan(e.baseRef,60)})`:""}`:"no baseline"}`,"")}o.push(`Candidate (${runs(e.candidate.runs)}) against baseline (${runs(e.baseline.runs)}) · ${codeSpan(`${e.sampleType.type}/${e.sampleType.unit}`,60)} · ${r.description} (\`normalize: ${r.normalize}\`) · total ${formatValue(e.baseline.total,e.sampleType.unit)} → ${formatValue(e.candidate.total,e.sampleType.unit)}${kernelNote(e)}`);o.push("");o.push(`Noise: ${noiseSentence(e)}`);o.push("");const a=leadViolations(e);const source=e=>{const r=t.sources?.get(e);if(!r)return"";const s=`${r.path}${r.line?`:${r.line}`:""}`;return` · [${codeSpan(s,80)}](${r.url})${r.changed?" ✏️ **changed in this PR**":""}`};const l=a.filter(e=>t.sources?.get(e.lead.function)?.changed).length;if(l>0)o.push(`✏️ ${l===a.length?a.length===1?"The regression is":`All ${a.length} regressions are`:`${l} of the ${a.length} regressions are`} in code this pull request changed.`,"");if(a.length>0){o.push("| | function | metric | baseline | candidate | change | p | rule |");o.push("|---|---|---|---|---|---|---|---|");for(const{lead:t,paths:s,into:i}of a){const a=t.severity==="fail"?"❌":"⚠️";const l=t.status==="new"?" (new)":"";o.push(`| ${a} | ${codeSpan(t.function)}${l}${source(t.function)} | ${t.metric} | ${r.format(t.baseline)} | ${r.format(t.candidate)} | ${r.formatChange(t.delta,t.relative,t.ofBaselineTotal)+driftNote(e,t)} | ${formatP(t.pValue)} | ${codeSpan(t.rule)} |`);for(const e of s){if(e.callers.length>0)o.push(`| | ↳ via ${e.callers.map(e=>codeSpan(e,60)).join(" ← ")} | | | | ${r.formatSigned(e.delta)} | | |`)}if(i.length>0)o.push(`| | ↳ into ${chain(i," · ")} | | | | | | |`);const c=patternLine(t,e=>codeSpan(e,60),e);if(c)o.push(`| | ↳ ${c} | | | | | | |`)}o.push("");const t=e.violations.length-a.length;if(t>0)o.push(`${t} more violation${t===1?"":"s"} of the same growth (callers, callees, other metrics) ${t===1?"is":"are"} in the JSON report.`,"")}if(e.overall?.violated){o.push(`${e.overall.severity==="fail"?"❌":"⚠️"} The profile total grew ${r.formatChange(e.overall.delta,e.overall.relative,null)} (p ${formatP(e.overall.pValue)}; rule: ${codeSpan(e.overall.rule??"")}).`,"")}if(t.image){const e=`![diff flame graph](${t.image.url})`;o.push(t.image.inline?t.interactive?`[${e}](${t.interactive})`:e:`[diff flame graph (PNG)](${t.image.url})`,"")}if(t.interactive){o.push(`🔎 [Open the interactive report](${t.interactive}): zoom and search the flame graph, see a function's callers and callees, sort every function.`,"")}const c=biggestChangeRows(e,1,s);if(c.length>0){o.push(a.length>0?"<details><summary>Biggest increases</summary>":"**Biggest increases**","");o.push(...changeTable(e,c),"");if(a.length>0)o.push("</details>","")}const u=biggestChangeRows(e,-1,s);if(u.length>0){o.push("<details><summary>Biggest improvements</summary>","");o.push(...changeTable(e,u),"","</details>","")}o.push("<details><summary>Profiles read</summary>","",...profilesRead(e),"","</details>","");if(e.notes.length>0){o.push("<details><summary>Notes</summary>","");for(const t of e.notes)o.push(`- ${codeSpan(t,300)}`);o.push("","</details>","")}if(t.links?.length)o.push(t.links.join(" · "),"");o.push(yt);return`${o.join("\n")}\n`}function changeTable(e,t){const r=measure_Measure.of(e);const s=["| function | total baseline | total candidate | change | self change | p |","|---|---|---|---|---|---|"];for(const i of t){const t=i[0];const o=functionChange(e,t);const a=t.status==="both"?"":` (${t.status})`;const l=i.slice(0,4).map(e=>codeSpan(e.name,i.length>1?60:undefined)).join(" · ")+(i.length>4?` · … (${i.length-4} more)`:"");s.push(`| ${l}${a} | ${r.format(o.baseline)} | ${r.format(o.candidate)} | ${r.formatChange(o.delta,o.relative,o.ofTotal)} | ${r.formatSigned(selfChange(e,i))} | ${formatP(t.pValue)} |`)}if(t.some(e=>e.length>1))s.push("","Functions on one row ran on the same samples in every run (a call chain): one change, not several.");return s}function profilesRead(e){const t=10;const r=[...e.baseline.sources,...e.candidate.sources];let s=r.length>0?r[0].slice(0,r[0].search(/[^/\\]*$/)):"";for(const e of r)while(s!==""&&!e.startsWith(s))s=s.slice(0,s.slice(0,-1).search(/[^/\\]*$/));return["baseline","candidate"].filter(t=>e[t].runs>0).map(r=>{const{sources:i,formats:o=[]}=e[r];const a=o.length>0&&o.every(e=>e===o[0]);const l=i.slice(0,t).map((e,t)=>`${codeSpan(e.slice(s.length),80)}${!a&&o[t]?` (${codeSpan(o[t],20)})`:""}`);const c=i.length>t?`, and ${i.length-t} more`:"";return`- ${r}${a?` (read as ${codeSpan(o[0],20)})`:""}: ${l.join(", ")}${c}`})}function chain(e,t){const r=e.slice(0,3).map(e=>codeSpan(e,60));return r.join(t)+(e.length>3?`${t}… (${e.length-3} more)`:"")}function runs(e){return`${e} run${e===1?"":"s"}`}const wt=["name","file","line","status","baseline","candidate","pValue","pValueSelf","self","total","selfShare","totalShare","selfRuns","totalRuns"];const xt=true;const St=[...wt];const $t=256;function reportJson(e){return[...reportJsonParts(e)].join("")}function*reportJsonParts(e){const t=Object.entries(e);yield"{\n";for(let r=0;r<t.length;r++){const[s,i]=t[r];yield`  ${JSON.stringify(s)}: `;if(s==="functions")yield*functionLines(largestChangeFirst(allFunctions(e)));else yield JSON.stringify(i,null,2).replace(/\n/g,"\n  ");yield r<t.length-1?",\n":"\n"}yield"}\n"}function largestChangeFirst(e){const t=Float64Array.from(e,e=>Math.abs(e.candidate.total-e.baseline.total));return Array.from(t.keys()).sort((r,s)=>t[s]-t[r]||(e[r].name<e[s].name?-1:1)).map(t=>e[t])}function*functionLines(e){if(e.length===0){yield"[]";return}yield"[\n    ";for(let t=0;t<e.length;t+=$t){const r=JSON.stringify(e.slice(t,t+$t),St);if(t>0)yield",\n    ";yield r.slice(1,-1).replaceAll('},{"name":','},\n    {"name":')}yield"\n  ]"}const kt=60;const _t={fail:e=>e,warn:e=>e,pass:e=>e,dim:e=>e};const At={fail:e=>`[1;31m${e}[0m`,warn:e=>`[1;33m${e}[0m`,pass:e=>`[1;32m${e}[0m`,dim:e=>`[2m${e}[0m`};function paletteFor(e){return e?At:_t}function wantsColor(e,t=process.env){if(t.NO_COLOR!==undefined&&t.NO_COLOR!=="")return false;if(t.FORCE_COLOR!==undefined&&t.FORCE_COLOR!=="0")return true;return e.isTTY===true&&t.TERM!=="dumb"}function renderTerminal(e,t={}){const r=measure_Measure.of(e);const s=t.rows??10;const i=t.color?At:_t;const o=e.verdict==="fail"?i.fail:e.verdict==="warn"?i.warn:e.verdict==="pass"?i.pass:i.dim;const a=[];a.push(`flamegate: ${o(e.verdict.toUpperCase())}: ${verdictSummary(e)}`);a.push(`${e.sampleType.type}/${e.sampleType.unit}, ${r.description}; candidate ${e.candidate.runs} run(s) against baseline ${e.baseline.runs} run(s); total ${formatValue(e.baseline.total,e.sampleType.unit)} -> ${formatValue(e.candidate.total,e.sampleType.unit)}${kernelNote(e).replace(" · ","; ").replace("→","->")}`);a.push(`read as: ${["baseline","candidate"].filter(t=>e[t].runs>0).map(t=>`${t} ${formatsOf(e[t].formats??[])}`).join(", ")}`);a.push(`noise: ${noiseSentence(e)}`);const l=leadViolations(e);if(l.length>0){a.push("","Violations:");const t=[["","function","metric","baseline","candidate","change","p"]];for(const{lead:s,paths:i,into:o}of l){t.push([s.severity.toUpperCase(),terminalText(s.function)+(s.status==="new"?" (new)":""),s.metric,r.format(s.baseline),r.format(s.candidate),r.formatChange(s.delta,s.relative,s.ofBaselineTotal)+driftNote(e,s),formatP(s.pValue)]);for(const e of i){if(e.callers.length>0)t.push(["",`\0  via ${e.callers.map(e=>terminalText(e,40)).join(" <- ")} (${r.formatSigned(e.delta)})`])}if(o.length>0)t.push(["",`\0  into ${list(o)}`]);const a=patternLine(s,e=>terminalText(e,40),e);if(a)t.push(["",`\0  ${a}`]);t.push(["",`\0  rule: ${terminalText(s.rule,200)}`])}a.push(...align(t).map(e=>e.replace(/^ {2}(FAIL|WARN) /,(e,t)=>`  ${t==="FAIL"?i.fail(t):i.warn(t)} `)));const s=e.violations.length-l.length;if(s>0)a.push("",`${s} more violation${s===1?"":"s"} of the same growth (callers, callees, other metrics) ${s===1?"is":"are"} in the JSON report.`)}if(e.overall?.violated){const t=e.overall.severity==="fail"?i.fail("FAIL"):i.warn("WARN");a.push("",`${t}: the profile total grew ${r.formatChange(e.overall.delta,e.overall.relative,null)} (p ${formatP(e.overall.pValue)}; rule: ${terminalText(e.overall.rule??"",200)})`)}for(const[t,i]of[["Biggest increases (total):",1],["Biggest improvements (total):",-1]]){const o=biggestChangeRows(e,i,i===1?s:Math.ceil(s/2));if(o.length===0)continue;a.push("",t);const l=[["function","baseline","candidate","change","self change","p"]];for(const t of o){const s=t[0];const i=functionChange(e,s);const o=t.slice(0,4).map(e=>terminalText(e.name,t.length>1?40:undefined)).join(" · ")+(t.length>4?` (+${t.length-4} more)`:"")+(s.status==="both"?"":` (${s.status})`);l.push([o,r.format(i.baseline),r.format(i.candidate),r.formatChange(i.delta,i.relative,i.ofTotal),r.formatSigned(selfChange(e,t)),formatP(s.pValue)])}a.push(...align(l))}if(e.notes.length>0)a.push("");for(const t of e.notes)a.push(`note: ${terminalText(t,200)}`);a.push("",i.dim('A function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested; "of total" is points of the baseline profile\'s total.'));return`${a.join("\n")}\n`}function formatsOf(e){const t=new Map;for(const r of e)t.set(r,(t.get(r)??0)+1);if(t.size===1)return terminalText(e[0],40);return[...t].map(([e,t])=>`${terminalText(e,40)} ${t}`).join(", ")}function list(e){return e.slice(0,3).map(e=>terminalText(e,40)).join(", ")+(e.length>3?` (+${e.length-3} more)`:"")}function terminalText(e,t=kt){const r=visible(e);return r.length>t?`${r.slice(0,t-1)}…`:r}function align(e){const fits=e=>!e.some(e=>e.startsWith("\0"));const t=e[0].map((t,r)=>Math.max(...e.filter(fits).map(e=>[...e[r]].length)));return e.map(e=>{const r=e.map((e,r)=>e.startsWith("\0")?e.slice(1):e+" ".repeat(Math.max(0,t[r]-[...e].length)));return`  ${r.join("  ").trimEnd()}`})}const Nt=16;const Et=11;const Tt=Et*.6021;const It="DejaVu Sans Mono";function escapeXml(e){return visible(e,true).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;")}function n(e){return(Math.round(e*100)/100).toString()}function stroke(e,t=""){return e.outline?` stroke="${e.outline}" stroke-width="1.5"${e.dashed?' stroke-dasharray="3 2"':""}`:t}function renderSvg(e){const t=[];t.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(e.width)}" height="${n(e.height)}" viewBox="0 0 ${n(e.width)} ${n(e.height)}" font-family="${It}" font-size="${Et}">`);t.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);t.push(`<text x="10" y="22" font-size="15" font-weight="bold" fill="${e.titleColor}">${escapeXml(e.title)}</text>`);t.push(`<text x="10" y="40" fill="#333333">${escapeXml(e.subtitle)}</text>`);let r=10;for(const s of e.legend){t.push(`<rect x="${n(r)}" y="49" width="14" height="11" fill="${s.fill}"${stroke(s,' stroke="#888888" stroke-width="0.5"')}/>`);t.push(`<text x="${n(r+18)}" y="58.5" fill="#333333">${escapeXml(s.label)}</text>`);r+=18+s.label.length*Tt+16}if(e.chart)t.push(...renderChart(e.chart));for(const r of e.frames){const e=r.outline?.75:0;t.push(`<g><title>${escapeXml(r.title)}</title><rect x="${n(r.x+e)}" y="${n(r.y+e)}" width="${n(Math.max(r.width-.5-2*e,.5))}" height="${Nt-1-2*e}" fill="${r.fill}"${stroke(r)}/>${r.label?`<text x="${n(r.x+3)}" y="${n(r.y+Nt-4.5)}">${escapeXml(r.label)}</text>${underscores(r.label,r.x+3,r.y+Nt-2.5)}`:""}</g>`)}t.push("</svg>");return`${t.join("\n")}\n`}function renderChart(e){const t=[];const{x:r,y:s,width:i,height:o}=e;t.push(`<rect x="${n(r)}" y="${n(s)}" width="${n(i)}" height="${n(o)}" fill="#fafbfc" stroke="#d0d7de" stroke-width="0.5"/>`);for(const s of e.yTicks){t.push(`<line x1="${n(r)}" y1="${n(s.y)}" x2="${n(r+i)}" y2="${n(s.y)}" stroke="#e6e8eb" stroke-width="0.5"/>`);t.push(`<text x="${n(r-4)}" y="${n(s.y+4)}" text-anchor="end" fill="#57606a">${escapeXml(s.label)}</text>`)}for(const r of e.xTicks)t.push(`<text x="${n(r.x)}" y="${n(s+o+13)}" text-anchor="middle" fill="#57606a">${escapeXml(r.label)}</text>`);t.push(`<text x="${n(r+i)}" y="${n(s+o+26)}" text-anchor="end" fill="#57606a">${escapeXml(e.xLabel)}</text>`);e.lines.forEach((e,o)=>{const a=e.points.map(([e,t])=>`${n(e)},${n(t)}`).join(" ");t.push(`<polyline points="${a}" fill="none" stroke="${e.color}" stroke-width="1.75"${e.dashed?' stroke-dasharray="4 3"':""}/>`);const l=s+8+o*16;const c=r+i+12;t.push(`<line x1="${n(c)}" y1="${n(l)}" x2="${n(c+18)}" y2="${n(l)}" stroke="${e.color}" stroke-width="2.5"${e.dashed?' stroke-dasharray="4 3"':""}/>`);t.push(`<text x="${n(c+24)}" y="${n(l+4)}" fill="#24292f">${escapeXml(e.label)}</text>`)});return t}function underscores(e,t,r){const s=[];const i=[...e];for(let e=0;e<i.length;e++){if(i[e]!=="_")continue;let o=e;while(i[o+1]==="_")o++;s.push(`<rect x="${n(t+e*Tt)}" y="${n(r)}" width="${n((o-e+1)*Tt)}" height="1" fill="#000000"/>`);e=o}return s.join("")}function fitLabel(e,t,r){const s=Math.floor((r-6)/Tt);if(s<3)return"";const i=t?`${e} ${t}`:e;if([...i].length<=s)return i;const o=s-(t?t.length+1:0);if(t&&o>=5)return`${shortenName(e,o)} ${t}`;return shortenName(e,s)}function shortenName(e,t){const r=[...e];if(r.length<=t)return e;const s=/ ×\d+$/.exec(e);if(s&&t>s[0].length+2)return`${shortenName(e.slice(0,s.index),t-s[0].length)}${s[0]}`;const i=/^(\S+) (\S*[/\\]\S*|\S+:\d+(?::\d+)?)$/.exec(e);if(i)return shortenName(i[1],t);const o=/\([^()]*\)$/.exec(e);if(o&&o.index>0){const r=e.slice(0,o.index);return[...r].length+3<=t?`${r}(…)`:shortenName(r,t)}const a=/[^./:\s]+$/.exec(e)?.[0]??e;const l=/(?:[^./:\s]+\.)?(?:func|gowrap)\d+(?:\.\d+)*$/.exec(e)?.[0];const c=l&&[...l].length+1<=t?l:a;if([...c].length+1>t)return`${[...c].slice(0,Math.max(1,t-1)).join("")}…`;const u=r.slice(r.length-(t-1)).join("");const f=u.slice(0,8).search(/[./:\s]/);return`…${f>=0&&u.length-f-1>=c.length?u.slice(f+1):u}`}function mannKendall(e,t){const r=e.length;if(r<3)return{s:0,p:1};let s=0;for(let t=0;t<r-1;t++){const i=e[t];for(let o=t+1;o<r;o++)s+=Math.sign(e[o]-i)}const i=tieGroups(e);const o=t?serialInflation(t,e):1;if(r<=10&&i.length===0&&o===1)return{s:s,p:exactUpper(r,s)};let a=r*(r-1)*(2*r+5);for(const e of i)a-=e*(e-1)*(2*e+5);a=a/18*o;if(!(a>0))return{s:s,p:1};const l=s>0?(s-1)/Math.sqrt(a):s<0?(s+1)/Math.sqrt(a):0;const c=zPValue(l);return{s:s,p:l>0?c/2:1-c/2}}function serialInflation(e,t){const r=t.length;const s=theilSen(e,t);const i=Array.from({length:r},(r,i)=>t[i]-s*e[i]);const o=rank(i);const a=(r+1)/2;let l=0;for(const e of o)l+=(e-a)**2;if(!(l>0))return 1;const c=1.96/Math.sqrt(r);let u=0;for(let e=1;e<r-2;e++){let t=0;for(let s=0;s<r-e;s++)t+=(o[s]-a)*(o[s+e]-a);const s=t/l;if(Math.abs(s)>c)u+=(r-e)*(r-e-1)*(r-e-2)*s}return Math.max(1,1+2/(r*(r-1)*(r-2))*u)}function rank(e){const t=e.map((e,t)=>t).sort((t,r)=>e[t]-e[r]);const r=new Array(e.length);for(let s=0;s<t.length;){let i=s+1;while(i<t.length&&e[t[i]]===e[t[s]])i++;for(let e=s;e<i;e++)r[t[e]]=(s+i+1)/2;s=i}return r}function tieGroups(e){const t=Float64Array.from(e).sort();const r=[];for(let e=0;e<t.length;){let s=e+1;while(s<t.length&&t[s]===t[e])s++;if(s-e>1)r.push(s-e);e=s}return r}function exactUpper(e,t){const r=e*(e-1)/2;let s=[1];for(let t=2;t<=e;t++){const e=new Array(s.length+t-1).fill(0);for(let r=0;r<s.length;r++)for(let i=0;i<t;i++)e[r+i]+=s[r];s=e}let i=0;let o=0;for(let e=0;e<s.length;e++){i+=s[e];if(r-2*e>=t)o+=s[e]}return o/i}function theilSen(e,t,r=0,s=t.length){const i=[];for(let o=r;o<s-1;o++){for(let r=o+1;r<s;r++){const s=e[r]-e[o];if(s!==0)i.push((t[r]-t[o])/s)}}if(i.length===0)return 0;const o=Float64Array.from(i).sort();const a=o.length>>1;return o.length%2===1?o[a]:(o[a-1]+o[a])/2}const Ct=2.5;const Ot=.05;function samplingNoise(e,t){const r=e.length;if(r<2)return 0;let s=0;for(let t=0;t<r;t++)s+=e[t]/r;const i=Math.max(0,s)*t;if(!(i>0))return 0;const o=Float64Array.from({length:r-1},(t,r)=>e[r+1]-e[r]);const a=medianOf(o);let l=0;for(const e of o)l+=(e-a)**2;const c=Math.min(1,l/Math.max(1,r-2)/(2*i));return Math.sqrt(2*i*(1-(1-c)**(r-1)))}function medianOf(e){const t=Float64Array.from(e).sort();const r=t.length>>1;return t.length%2===1?t[r]:(t[r-1]+t[r])/2}function seriesTrend(e,t,r=0){const s=t.length;const i=theilSen(e,t);const o=s>1?i*(e[s-1]-e[0]):0;let a=-Infinity;let l=0;for(let e=0;e<s;e++){a=Math.max(a,t[e]);l=Math.max(l,a-t[e])}const c=i>0?mannKendall(t,e).p:1;const u=Math.floor(s/2);const f=Array.prototype.slice.call(t,u);const p=Array.prototype.slice.call(e,u);const h=theilSen(p,f);const d=i>0?mannKendall(f,p).p:1;const m=r>0?samplingNoise(f,r):0;const v=f.length>1?h*(p[f.length-1]-p[0]):0;const y=i>0&&l<=o/2&&d<=Ot&&h>=i/2&&v>=Ct*m;return{slope:i,growth:o,p:c,drawdown:l,lateP:d,lateSlope:h,noise:m,steady:y}}const Lt=3;const Mt=16;async function trendFiles(e,t){const r=loadConfig(e.configPath);const s=e.maxGrowth?{...r,trend:{maxGrowth:e.maxGrowth}}:r;const i=expandInputs(e.profiles,"profiles");if(i.length<Lt){throw new InputError(`profiles ${e.profiles.map(quote).join(" ")}: ${i.length} file${i.length===1?"":"s"}, expected a series of at least ${Lt} heap profiles of one run (${Mt} or more to tell a slow leak from noise)`)}timing("first profile read");const{progress:o,end:a}=t?startProgress(t,i):{progress:undefined,end:()=>undefined};let l;try{l=await readProfilesInParallel(i.map(e=>({file:e,side:"profile"})),{maxDecompressedBytes:e.maxDecompressedBytes??te,...e.tag?{label:e.tag}:{}},o)}finally{a()}const c=e.tag?checkTag(e.tag,l.map(e=>({...e,side:"profile"}))):[];const u=e.sampleType??s.sampleType??inUseType(l[0].profile.sampleTypes);const{sampleType:f,runs:p}=selectSampleTypeOf(l.map(e=>({...e,side:"profile"})),u);refuseCumulative(f,l[0].source,l[0].profile.sampleTypes);checkTrendRule(s.trend.maxGrowth,f);const h=[...e.notes??[],...c,...fileNotes(l)];const d=analyzeTrend(p,f,s,h);timing("trend analysed");return d}function inUseType(e){return e.find(e=>e.type==="inuse_space")?.type??e.find(e=>/^inuse/.test(e.type))?.type}function refuseCumulative(e,t,r){const s=`profile ${quote(t)}`;const{dimension:i}=getUnitScale(e.unit);if(i==="time"){throw new InputError(`${s}: ${e.type}/${e.unit} is time, expected memory in use (a heap profile: inuse_space, inuse_objects; it has ${listTypes(r)}); trend follows memory, compare judges time`)}if(/^alloc_/.test(e.type)){throw new InputError(`${s}: ${e.type} counts every allocation since the program started, so it grows in any program; expected memory in use (--sample-type ${e.type.replace(/^alloc_/,"inuse_")})`)}}function analyzeTrend(e,t,r,s=[]){const i=e.every(e=>e.profile.time!==undefined)&&new Set(e.map(e=>e.profile.time)).size===e.length;const o=i?[...e].sort((e,t)=>e.profile.time-t.profile.time):[...e].sort((e,t)=>e.source.localeCompare(t.source,"en",{numeric:true}));const a=[];if(!i){const t=e.some(e=>e.profile.time!==undefined);a.push(t?"some snapshots say when they were taken and some do not, or two say the same time: ordered by file name, growth per snapshot":"the snapshots do not say when they were taken: ordered by file name (heap-2 before heap-10), growth per snapshot")}if(o.length<Mt)a.push(`${o.length} snapshots: only a fast leak can be told from the heap profiler's sampling noise in so few; write ${Mt} or more`);const l=i?o.map(e=>(e.profile.time-o[0].profile.time)/1e3):o.map((e,t)=>t);const c=alignTrees([],o);const u=alignedFunctionValues(c);const f=u.map(e=>e.sum);const p=o.length;const h=f[p-1];const d=Math.max(...f);const m=r.floor*d;const v=[];for(let e=0;e<c.names.length;e++){let t=0;for(let r=0;r<p;r++)t=Math.max(t,u[r].self[e]);if(t>0&&t>=m&&!r.ignore.some(t=>t.test(c.names[e])))v.push(e)}const y=Math.max(...o.map(samplingStep));const b=v.map(e=>{const t=u.map(t=>t.self[e]);return{id:e,self:t,total:u.map(t=>t.total[e]),trend:seriesTrend(l,t,y)}});const w=adjustBenjaminiHochberg(b.map(e=>e.trend.p));const x=b.map(({id:e,self:t,total:s,trend:i},o)=>{const a=c.files[e];const l=c.lines[e];const u=w[o]<=r.alpha&&i.steady&&i.growth>=r.floor*h;return{name:c.names[e],...a?{file:a}:{},...l?{line:l}:{},self:t,total:s,slope:i.slope,growth:i.growth,p:i.p,q:w[o],drawdown:i.drawdown,leak:u}});x.sort((e,t)=>Number(t.leak)-Number(e.leak)||t.growth-e.growth||(e.name<t.name?-1:1));const S=i?"second":"snapshot";const $=l[p-1]-l[0];const k=x.filter(e=>e.leak).map(e=>({function:e.name,growth:e.growth,share:h>0?e.growth/h:0,rate:e.slope,severity:overLimit(r.trend.maxGrowth,e,h,$,S,t)?"fail":"warn",path:heaviestPath(c,c.names.indexOf(e.name),l)}));const _=seriesTrend(l,f);const A=k.some(e=>e.severity==="fail")?"fail":k.length>0?"warn":"pass";const N={kind:"trend",verdict:A,sampleType:t,per:S,order:i?"time":"name",snapshots:o.map((e,t)=>({source:e.source,...i?{time:new Date(e.profile.time).toISOString()}:{},total:f[t]})),overall:{slope:_.slope,growth:_.growth,p:_.p,first:f[0],last:h},alpha:r.alpha,maxGrowth:r.trend.maxGrowth.text,tested:x.length,leaks:k,functions:x,notes:[...s,...a]};return{report:N,aligned:c,times:l,step:y,config:r}}function samplingStep(e){const{profile:t,typeIndex:r,scale:s}=e;const i=t.sampleTypes[r];const o=getUnitScale(i.unit);if(t.period&&t.period.value>0){const e=getUnitScale(t.period.unit);if(e.dimension===o.dimension&&o.dimension!=="count")return t.period.value*e.scale/o.scale*s}const a=t.eventValues?.[r]??0;if(a>0)return a*s;const l=t.sampleTypes.findIndex(e=>e.type==="samples"&&e.unit==="count");if(l<0||l===r)return 0;let c=0;let u=0;for(const e of t.tree.leafSelf[r])c+=e;for(const e of t.tree.leafSelf[l])u+=e;return u>0?c/u*s:0}function overLimit(e,t,r,s,i,o){const{scale:a}=getUnitScale(o.unit);if(e.kind==="share")return r>0&&t.growth/r>e.value;if(e.kind==="amount")return t.growth*a>e.value;if(e.per!==i)return t.growth*a>e.value*s;return t.slope*a>e.value}function heaviestPath(e,t,r){let s=-1;let i=-Infinity;for(let o=1;o<e.parent.length;o++){if(e.func[o]!==t)continue;const a=theilSen(r,e.inclusive.map(e=>e[o]));if(a>i){i=a;s=o}}const o=[];for(let t=s;t>0;t=e.parent[t])o.push(e.names[e.func[t]]);return o.reverse()}function checkTrendRule(e,t){if(e.kind==="share")return;const{dimension:r}=getUnitScale(t.unit);if(e.dimension!==r){throw new InputError(`max-growth ${quote(e.text)}: ${e.dimension==="bytes"?"a size":"a count"}, but ${t.type} is in ${t.unit}; expected ${r==="bytes"?"a size such as 4MiB or 100KiB/s":"a count such as 1000 or 100/min"}, or a share such as 1%`)}}const Pt=.5;function classifyFrame(e,t,r){const{total:s,self:i}=e;const o=e.totalSignificant&&Math.abs(s)>=t;const a=o&&Math.sign(i)===Math.sign(s)&&Math.abs(i)>=Pt*Math.abs(s);if(i!==0&&(Math.abs(i)>=t||a)&&r())return{role:"cause",direction:i>0?1:-1};if(o)return{role:"through",direction:s>0?1:-1};return{role:"none",direction:1}}const Rt={default:{more:2,less:130},colorblind:{more:2,less:215}};const Ft=["#dadada","#cfcfcf"];const Bt="#ececec";function changeColor(e,t,r){const s=t>0?Rt[e].more:Rt[e].less;const i=Math.max(0,Math.min(1,r));const o=45+40*i;const a=84-32*i;return hslToHex(s,o,a)}function throughColor(e,t,r){const s=t>0?Rt[e].more:Rt[e].less;const i=Math.max(0,Math.min(1,r));return hslToHex(s,60+20*i,91-4*i)}function outlineColor(e,t){return hslToHex(t>0?Rt[e].more:Rt[e].less,80,25)}function packageColor(e){let t=2166136261;for(let r=0;r<e.length;r++)t=Math.imul(t^e.charCodeAt(r),16777619);const r=(t>>>0)/2**32;const s=(Math.imul(t,2654435761)>>>0)/2**32;return hslToHex(8+42*r,70+20*s,58+10*r)}function kernelColor(e){let t=2166136261;for(let r=0;r<e.length;r++)t=Math.imul(t^e.charCodeAt(r),16777619);const r=(t>>>0)/2**32;return hslToHex(200+25*r,55+15*r,62+10*r)}function packageOf(e){const t=/^<?([a-zA-Z_][\w]*(?:::[a-zA-Z_][\w]*)*)::[^:]+$/.exec(e);if(t)return t[1];const r=e.lastIndexOf("/");const s=e.slice(r+1);const i=s.indexOf(".");if(i>0)return e.slice(0,r+1+i);if(r>0)return e.slice(0,r);return e}function hslToHex(e,t,r){const s=t/100;const i=r/100;const o=s*Math.min(i,1-i);const channel=t=>{const r=(t+e/30)%12;const s=i-o*Math.max(-1,Math.min(r-3,9-r,1));return Math.round(s*255).toString(16).padStart(2,"0")};return`#${channel(0)}${channel(8)}${channel(4)}`}const jt=256;function layoutFlame(e,t){const{runs:r}=e;const s=e.inclusive.map(e=>{const r=e[0];return t.measure.share?e.map(e=>t.measure.inRun(e,r)):e});const i=e.baselineRuns;const o=r-i;const a=t.only==="candidate"?0:1;const l=t.only==="baseline"?0:1;const c=e.parent.length;const u=meanOver(s,0,i,c);const f=meanOver(s,i,o,c);const p=a*u[0]+l*f[0];if(!(p>0))return[];const h=t.width/p;const d=t.minWidth??1;const m=t.maxDepth??jt;const sum=(e,t)=>{let r=0;for(const s of t)r+=e[s];return r};const runsOf=(e,t,r)=>Array.from({length:r},(r,i)=>sum(s[t+i],e));const v=[];const y=new Map;const b=new Int32Array(e.names.length).fill(-2);const familyOfFunc=t=>{if(b[t]!==-2)return b[t];const r=familyOf(e.names[t]);let s=y.get(r);if(s===undefined){s=v.push(r)-1;y.set(r,s)}return b[t]=s};const w=[];const x=new Int32Array(e.names.length).fill(-1);const S=new Int32Array(c);const $=[{name:"all",parent:-1,x:0,width:t.width,depth:0,baseline:u[0],candidate:f[0],baselineRuns:runsOf([0],0,i),candidateRuns:runsOf([0],i,o),status:"both",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]}];const k=t.maxFrames??Infinity;const _=new Frontier(Number.isFinite(k));_.push({set:[0],frame:0,x:0,depth:0,width:t.width});while(_.length>0){const{set:t,frame:r,x:c,depth:p}=_.pop();if($.length>=k){setSelf($[r],selfOf(s,t,childSums(e,s,t)),i);continue}const{funcs:y,heads:b,groupB:A,groupC:N,kids:E}=groupChildren(e,s,u,f,t,x,S);const members=(e,t=[])=>{for(let r=b[e];r>=0;r=S[r])t.push(r);return t};setSelf($[r],selfOf(s,t,E),i);const T=[];const I=p+1>m;const C=[];const O={count:0,b:0,c:0};for(let t=0;t<y.length;t++){const r=a*A[t]+l*N[t];if(!(r>0))continue;if(!I&&r*h>=d){T.push({name:e.names[y[t]],groups:[t],size:r,b:A[t],c:N[t]});continue}const s=I?-1:familyOfFunc(y[t]);const i=s>=0&&(w[s]??-1)>=0?C[w[s]]:undefined;if(s<0){O.count++;O.b+=A[t];O.c+=N[t]}else if(i){i.groups.push(t);i.size+=r;i.b+=A[t];i.c+=N[t]}else{w[s]=C.length;C.push({family:s,groups:[t],size:r,b:A[t],c:N[t]})}}for(const e of C){w[e.family]=-1;if(e.groups.length>1&&e.size*h>=d)T.push({...e,name:`${v[e.family]} ×${e.groups.length}`});else{O.count+=e.groups.length;O.b+=e.b;O.c+=e.c}}const L=Math.max(1,k-$.length-1);if(T.length>L){T.sort((e,t)=>t.size-e.size);for(const e of T.splice(L)){O.count+=e.groups.length;O.b+=e.b;O.c+=e.c}}T.sort((e,t)=>e.name<t.name?-1:e.name>t.name?1:0);let M=c;for(const e of T){const{b:t,c:s}=e;const a=[];for(const t of e.groups)members(t,a);$.push({name:e.name,parent:r,x:M,width:e.size*h,depth:p+1,baseline:t,candidate:s,baselineRuns:runsOf(a,0,i),candidateRuns:runsOf(a,i,o),status:t===0&&s>0?"new":s===0&&t>0?"gone":"both",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]});_.push({set:a,frame:$.length-1,x:M,depth:p+1,width:e.size*h});M+=e.size*h}if(O.count>0){const e=(a*O.b+l*O.c)*h;if(e>=d){$.push({name:I?"deeper frames not drawn":`${O.count} small frames`,parent:r,x:M,width:e,depth:p+1,baseline:O.b,candidate:O.c,baselineRuns:[],candidateRuns:[],status:"merged",baselineSelf:0,candidateSelf:0,baselineSelfRuns:[],candidateSelfRuns:[]})}}}return $}class Frontier{widestFirst;items=[];constructor(e){this.widestFirst=e}get length(){return this.items.length}push(e){const t=this.items;t.push(e);if(!this.widestFirst)return;let r=t.length-1;while(r>0){const e=r-1>>1;if(t[e].width>=t[r].width)break;[t[e],t[r]]=[t[r],t[e]];r=e}}pop(){const e=this.items;if(!this.widestFirst||e.length<=1)return e.pop();const t=e[0];e[0]=e.pop();let r=0;for(;;){const t=2*r+1;const s=t+1;let i=r;if(t<e.length&&e[t].width>e[i].width)i=t;if(s<e.length&&e[s].width>e[i].width)i=s;if(i===r)break;[e[i],e[r]]=[e[r],e[i]];r=i}return t}}function childSums(e,t,r){const s=new Float64Array(t.length);for(const i of r){for(let r=e.firstChild[i];r>=0;r=e.nextSibling[r]){for(let e=0;e<t.length;e++)s[e]+=t[e][r]}}return s}function groupChildren(e,t,r,s,i,o,a){const{firstChild:l,nextSibling:c,func:u}=e;const f=t.length;const p=[];const h=[];const d=[];const m=[];const v=new Float64Array(f);for(let e=0;e<i.length;e++){for(let y=l[i[e]];y>=0;y=c[y]){for(let e=0;e<f;e++)v[e]+=t[e][y];const e=u[y];let i=o[e];if(i<0){i=o[e]=p.length;p.push(e);h.push(-1);d.push(0);m.push(0)}a[y]=h[i];h[i]=y;d[i]+=r[y];m[i]+=s[y]}}for(const e of p)o[e]=-1;return{funcs:p,heads:h,groupB:d,groupC:m,kids:v}}function meanOver(e,t,r,s){if(r===1)return e[t];const i=new Float64Array(s);for(let o=t;o<t+r;o++){const t=e[o];for(let e=0;e<s;e++)i[e]+=t[e]}if(r>1)for(let e=0;e<s;e++)i[e]/=r;return i}const Dt=/\.(?:func|gowrap|deferwrap)\d|\$|\{lambda\(/;function familyOf(e){if(!Dt.test(e))return e;return e.replace(/\.(func|gowrap|deferwrap)\d+(?:\.\d+)*/g,".$1*").replace(/\$\$Lambda(?:\$\d+)?(?:[/.]0x[0-9a-fA-F]+)?/g,"$$$$Lambda*").replace(/\b(lambda|anonfun)\$([\w$]*?)\$\d+/g,"$1$$$2$$*").replace(/\{lambda\(([^)]*)\)#\d+\}/g,"{lambda($1)#*}")}function selfOf(e,t,r){return e.map((e,s)=>{let i=0;for(const r of t)i+=e[r];const o=i-r[s];return Math.abs(o)<=1e-9*Math.abs(i)?0:o})}function setSelf(e,t,r){e.baselineSelfRuns=t.slice(0,r);e.candidateSelfRuns=t.slice(r);const mean=e=>e.length>0?e.reduce((e,t)=>e+t,0)/e.length:0;e.baselineSelf=mean(e.baselineSelfRuns);e.candidateSelf=mean(e.candidateSelfRuns)}const qt=10;const Vt=.6;const Ut=72;const Kt={pass:"#1a7f37",warn:"#9a6700",fail:"#cf222e","no-baseline":"#57606a"};function buildReportGraph(e,t,r={}){return t.verdict==="no-baseline"?buildPlainGraph(e,"candidate",r):buildDiffGraph(e,t,r)}function diffFrameStyle(e,t,r={}){const s=r.palette??"default";const i=r.failPoints??.05;const o=i/5;const{measure:a}=e;const fmt=e=>a.format(e);const points=t=>a.points(t,e.baseline.total);return r=>{const l=r.candidate-r.baseline;const c=r.baseline!==0?l/r.baseline:null;const u=r.baselineRuns.length>0&&r.candidateRuns.length>0;const f=r.depth>0?e.table.rowOf(r.name):-1;const test=(t,r)=>f>=0?e.testRow(f,t,r):e.testChange(t,r);const p=r.depth===0&&t.overall?t.overall.pValue:u?test(r.baselineRuns,r.candidateRuns):1;const h=p<=t.noise.alpha;const d=r.candidateSelf-r.baselineSelf;const{role:m,direction:v}=classifyFrame({total:points(l),totalSignificant:h,self:points(d)},o,()=>u&&test(r.baselineSelfRuns,r.candidateSelfRuns)<=t.noise.alpha);let y;let b;let w=false;let x="";let S="";let $="none";if(r.status==="merged")y=Bt;else if((r.status==="new"||r.status==="gone")&&h&&Math.abs(points(l))>=o/2){const e=r.status==="new"?1:-1;y=changeColor(s,e,Math.max(.6,Math.abs(points(l))/i));b=outlineColor(s,e);w=true;x=r.status;$=r.status}else if(m==="cause"){y=changeColor(s,v,Math.max(Vt,Math.abs(points(d))/i));b=outlineColor(s,v);x=c===null?"":formatPercent(c);$="cause"}else if(m==="through"){y=throughColor(s,v,Math.abs(points(l))/i);x=c===null?"":formatPercent(c);$="through"}else{y=Ft[flame_graph_hash(r.name)&1]}if(r.status!=="merged"&&m!=="none"){const e=`self ${a.formatSigned(d)}: ${fmt(r.baselineSelf)} → ${fmt(r.candidateSelf)}`;S=m==="cause"?`\nown cost ${v>0?"grew":"shrank"} (${e})`:`\n${v>0?"grew":"shrank"} through callees (${e})`}const k=a.formatChange(l,c,points(l));const _=r.status==="merged"?`${visible(r.name)} narrower than a pixel\nbaseline ${fmt(r.baseline)} → candidate ${fmt(r.candidate)}`:`${cap(r.name)}\nbaseline ${fmt(r.baseline)} → candidate ${fmt(r.candidate)}\nchange ${k}, p ${formatP(p)}${r.status==="both"?"":` (${r.status})`}${S}`;return{fill:y,...b?{outline:b,dashed:w}:{},suffix:x,title:_,p:p,role:$}}}function diffHeader(e,t,r={}){const s=r.palette??"default";const i=r.failPoints??.05;const{measure:o}=e;const a=e.sampleType.unit;const l=t.baseline.total!==0?formatPercent(t.candidate.total/t.baseline.total-1):"new";const c=r.key??t.sampleType.type;return{title:`flamegate · ${c} · ${t.verdict.toUpperCase()}: ${verdictSummary(t)}`,titleColor:Kt[t.verdict],subtitle:`${t.sampleType.type}/${t.sampleType.unit} · candidate ${flame_graph_runs(t.candidate.runs)} against baseline ${flame_graph_runs(t.baseline.runs)} · total ${formatValue(t.baseline.total,a)} → ${formatValue(t.candidate.total,a)} (${l})${o.share?" · shares of each run":""} · width: baseline + candidate`,legend:[{fill:changeColor(s,1,1),outline:outlineColor(s,1),label:`own cost grew ≥ ${Number((i*100).toPrecision(3))}% of total`},{fill:changeColor(s,1,Vt),outline:outlineColor(s,1),label:"own cost grew"},{fill:throughColor(s,1,.5),label:"grew through callees"},{fill:Ft[0],label:"no significant change"},{fill:throughColor(s,-1,.5),label:"shrank through callees"},{fill:changeColor(s,-1,.6),outline:outlineColor(s,-1),label:"own cost shrank"},{fill:changeColor(s,1,.6),outline:outlineColor(s,1),dashed:true,label:"new"},{fill:changeColor(s,-1,.6),outline:outlineColor(s,-1),dashed:true,label:"gone"}]}}function buildDiffGraph(e,t,r={}){const s=r.width??1200;const i=layoutFlame(e.aligned,{width:s-2*qt,measure:e.measure});const o=diffFrameStyle(e,t,r);const a=place(i,r.icicle??false,e=>{const{fill:t,outline:r,dashed:s,suffix:i,title:a}=o(e);return{fill:t,...r?{outline:r,dashed:s}:{},label:fitLabel(e.name,i,e.width),title:a}},e=>e!==Bt&&!Ft.includes(e));return{width:s,height:a.height,...diffHeader(e,t,r),frames:a.frames}}function buildPlainGraph(e,t,r={}){const s=r.width??1200;const{measure:i}=e;const o=layoutFlame(e.aligned,{width:s-2*qt,measure:i,only:t});const a=e.sampleType.unit;const l=e[t];const c=place(o,r.icicle??false,e=>{const r=t==="baseline"?e.baseline:e.candidate;const s=i.share?r:l.total!==0?r/l.total:0;return{fill:e.status==="merged"?Bt:isKernelFrame(e.name)?kernelColor(e.name):packageColor(packageOf(e.name)),label:fitLabel(e.name,"",e.width),title:`${cap(e.name)}\n${i.share?"":`${formatValue(r,a)}, `}${(s*100).toFixed(2)}% of total`}});return{width:s,height:c.height,title:`flamegate · ${r.key??e.sampleType.type} · ${t} profile`,titleColor:"#24292f",subtitle:`${e.sampleType.type}/${a} · ${flame_graph_runs(l.runs)} (mean) · total ${formatValue(l.total,a)} · colour: package`,legend:e.kernelShare?[{fill:packageColor("main"),label:"user code (by package)"},{fill:kernelColor("kernel"),label:`kernel (${(e.kernelShare[t]*100).toFixed(1)}% of the total)`}]:[],frames:c.frames}}const zt=4;function place(e,t,r,s=()=>false,i=Ut){const o=e.map(e=>({f:e,s:r(e)}));const a=o.reduce((e,{f:t,s:r})=>t.width>=zt||s(r.fill)?Math.max(e,t.depth):e,0);const l=o.filter(({f:e})=>e.depth<=a).map(({f:e,s:r})=>({x:qt+e.x,y:i+(t?e.depth:a-e.depth)*Nt,width:e.width,...r}));return{frames:l,height:i+(a+1)*Nt+qt}}function flame_graph_runs(e){return`${e} run${e===1?"":"s"}`}function cap(e){const t=visible(e);return t.length>2e3?`${t.slice(0,2e3)}… (${e.length} characters)`:t}function flame_graph_hash(e){let t=0;for(let r=0;r<e.length;r++)t=Math.imul(t,31)+e.charCodeAt(r)|0;return t>>>0}const Ht={pass:"✅",warn:"⚠️",fail:"❌"};const Gt=20;function formatRate(e,t){return`${t>=0?"+":"−"}${formatValue(Math.abs(t),e.sampleType.unit)}/${e.per==="second"?"s":"snapshot"}`}function span(e){const t=e.snapshots.length;const r=e.snapshots[0].time;const s=e.snapshots[t-1].time;if(e.per!=="second"||!r||!s)return`${t} snapshots (ordered by file name)`;const i=(Date.parse(s)-Date.parse(r))/1e3;return`${t} snapshots over ${i>=120?`${(i/60).toFixed(1)} min`:`${i.toFixed(1)} s`}`}function trendSummary(e){const t=e.leaks.filter(e=>e.severity==="fail").length;if(e.leaks.length===0)return`no function's ${e.sampleType.type} grows steadily (${e.tested} tested)`;const r=`${e.leaks.length} function${e.leaks.length===1?"":"s"} leak${e.leaks.length===1?"s":""}`;return t>0?`${r}, ${t} over max-growth ${e.maxGrowth}`:`${r}, under max-growth ${e.maxGrowth}`}function overallLine(e){const{overall:t,sampleType:r}=e;return`total ${formatValue(t.first,r.unit)} -> ${formatValue(t.last,r.unit)} (${formatRate(e,t.slope)}, p ${formatP(t.p)})`}function leakAdvice(e,t){const r=e.path.slice(0,-1).slice(-3).reverse();return`what it allocates is kept: look for a cache, map, list or global that only grows${r.length>0?`; reached through ${r.map(t).join(" <- ")}`:""}`}function grownOthers(e,t){return e.functions.filter(e=>!e.leak&&e.growth>0).slice(0,t)}function renderTrendTerminal(e,t){const r=e.sampleType.unit;const s=e.verdict==="fail"?t.fail:e.verdict==="warn"?t.warn:t.pass;const i=[`flamegate trend: ${s(e.verdict.toUpperCase())}: ${trendSummary(e)}`,`${terminalText(`${e.sampleType.type}/${r}`,60)}; ${span(e)}; ${overallLine(e)}`];const o=new Map(e.functions.map(e=>[e.name,e]));if(e.leaks.length>0){i.push("","Leaks:");const s=[["","function","first","last","growth","rate","of total","p"]];for(const t of e.leaks){const i=o.get(t.function);s.push([t.severity.toUpperCase(),terminalText(t.function),formatValue(i.self[0],r),formatValue(i.self[i.self.length-1],r),`+${formatValue(t.growth,r)}`,formatRate(e,t.rate),`${(t.share*100).toFixed(1)}%`,formatP(i.q)]);s.push(["",`\0  ${leakAdvice(t,e=>terminalText(e,40))}`])}i.push(...align(s).map(e=>e.replace(/^ {2}(FAIL|WARN) /,(e,r)=>`  ${r==="FAIL"?t.fail(r):t.warn(r)} `)))}const a=grownOthers(e,5);if(a.length>0){i.push("","Grew, but not as a leak does (freed again, filled up and stopped, or within the noise):");const e=[["function","first","last","largest fall","p"]];for(const t of a)e.push([terminalText(t.name),formatValue(t.self[0],r),formatValue(t.self[t.self.length-1],r),formatValue(t.drawdown,r),formatP(t.q)]);i.push(...align(e))}if(e.notes.length>0)i.push("");for(const t of e.notes)i.push(`note: ${terminalText(t,200)}`);i.push("",t.dim(`A function leaks when its ${e.sampleType.type} rises through the series (Mann-Kendall, false discovery rate ${e.alpha}), never gives back half of its growth, and still rises in the last half; p is adjusted for the ${e.tested} functions tested.`));return`${i.join("\n")}\n`}function renderTrendMarkdown(e,t={}){const r=e.sampleType.unit;const s=[`### flamegate trend · ${codeSpan(t.key??e.sampleType.type,40)} · ${Ht[e.verdict]} ${e.verdict}: ${trendSummary(e)}`,""];s.push(`${codeSpan(`${e.sampleType.type}/${r}`,60)} · ${span(e)} · ${overallLine(e).replace("->","→")}`,"");const i=new Map(e.functions.map(e=>[e.name,e]));if(e.leaks.length>0){s.push("| | function | first | last | growth | rate | of total | p |","|---|---|---|---|---|---|---|---|");for(const t of e.leaks.slice(0,Gt)){const o=i.get(t.function);s.push(`| ${t.severity==="fail"?"❌":"⚠️"} | ${codeSpan(t.function)} | ${formatValue(o.self[0],r)} | ${formatValue(o.self[o.self.length-1],r)} | +${formatValue(t.growth,r)} | ${formatRate(e,t.rate)} | ${(t.share*100).toFixed(1)}% | ${formatP(o.q)} |`);s.push(`| | ↳ ${leakAdvice(t,e=>codeSpan(e,60)).replace(/ <- /g," ← ")} | | | | | | |`)}s.push("");const t=e.leaks.length-Gt;if(t>0)s.push(`${t} more leak${t===1?" is":"s are"} in the JSON report.`,"")}if(t.image){const e=`![heap growth flame graph](${t.image.url})`;s.push(t.image.inline?e:`[heap growth flame graph (PNG)](${t.image.url})`,"")}const o=grownOthers(e,10);if(o.length>0){s.push("<details><summary>Grew, but not as a leak does</summary>","","| function | first | last | largest fall | p |","|---|---|---|---|---|");for(const e of o)s.push(`| ${codeSpan(e.name)} | ${formatValue(e.self[0],r)} | ${formatValue(e.self[e.self.length-1],r)} | ${formatValue(e.drawdown,r)} | ${formatP(e.q)} |`);s.push("","</details>","")}s.push("<details><summary>Snapshots read</summary>","");for(const t of e.snapshots.slice(0,50))s.push(`- ${codeSpan(t.source,200)}${t.time?` · ${t.time}`:""} · ${formatValue(t.total,r)}`);if(e.snapshots.length>50)s.push(`- … ${e.snapshots.length-50} more`);s.push("","</details>","");if(e.notes.length>0){s.push("<details><summary>Notes</summary>","");for(const t of e.notes)s.push(`- ${codeSpan(t,300)}`);s.push("","</details>","")}if(t.links?.length)s.push(t.links.join(" · "),"");s.push(`<sub>How to read this: a function leaks when its ${e.sampleType.type} rises through the series (Mann-Kendall test, false discovery rate ${e.alpha}), never gives back half of its growth and still rises in the last half. The rule max-growth (${codeSpan(e.maxGrowth,40)}) makes a leak fail; under it, a leak warns.</sub>`);return`${s.join("\n")}\n`}function*trendJsonParts(e){const t=Object.entries(e);yield"{\n";for(let e=0;e<t.length;e++){const[r,s]=t[e];const i=e<t.length-1?",":"";if(r==="functions"){const e=s;yield`  "functions": [${e.length===0?"]":"\n"}`;for(let t=0;t<e.length;t++)yield`    ${JSON.stringify(e[t])}${t<e.length-1?",":""}\n`;if(e.length>0)yield`  ]${i}\n`;else yield`${i}\n`}else{yield`  ${JSON.stringify(r)}: ${JSON.stringify(s,null,2).replace(/\n/g,"\n  ")}${i}\n`}}yield"}\n"}const Wt={pass:"#1a7f37",warn:"#9a6700",fail:"#cf222e"};const Yt=["#cf222e","#82071e","#fa4549","#a40e26","#ff8182"];const Jt=["#8250df","#0969da","#bf8700","#1b7c83","#57606a"];const Qt=5;const Xt=150;const Zt=80;const en=360;const tn=.05;function buildTrendGraph(e,t={}){const{report:r,aligned:s,times:i}=e;const o=t.width??1200;const a=t.palette??"default";const l=r.sampleType.unit;const fmt=e=>formatValue(e,l);const c=r.overall.last;const u=e.config.trend.maxGrowth;const f=u.kind==="share"?u.value:tn;const p=new Set(r.leaks.map(e=>e.function));const h=new measure_Measure("none",l);const d=layoutFlame(s,{width:o-2*qt,measure:h,only:"candidate"});const m=Ut;const v=m+Xt+40;const y=place(d,t.icicle??false,t=>{const s=t.candidateRuns;const o=s.length>1&&t.status!=="merged"?seriesTrend(i,s,e.step):undefined;const l=o!==undefined&&o.steady&&o.p<=r.alpha;const u=o&&c>0?o.growth/c:0;const h=t.depth>0&&p.has(t.name);const d=t.status==="merged"?Bt:l?h?changeColor(a,1,Math.max(.6,u/f)):throughColor(a,1,u/f):Ft[flame_graph_hash(t.name)&1];const m=t.status==="merged"?`${t.name} narrower than a pixel\nmean ${fmt(t.candidate)} in use`:`${cap(t.name)}\nin use ${fmt(s[0]??0)} → ${fmt(s[s.length-1]??0)} (mean ${fmt(t.candidate)})${o?`\ntrend ${formatRate(r,o.slope)}, p ${formatP(o.p)}${h?"\nleaks: what it allocates is kept":l?"\ngrows steadily (through what it calls)":o.slope>0&&o.drawdown>o.growth/2?"\nrises and falls: freed again":""}`:""}`;return{fill:d,...h?{outline:outlineColor(a,1)}:{},label:fitLabel(t.name,h?formatRate(r,o?.slope??0):"",t.width),title:m}},e=>e!==Bt&&!Ft.includes(e),v);const b=r.snapshots.length;const w=r.per==="second"&&b>1?` over ${formatSeconds(i[b-1])}`:"";return{width:o,height:y.height,title:`flamegate trend · ${t.key??r.sampleType.type} · ${r.verdict.toUpperCase()}: ${trendSummary(r)}`,titleColor:Wt[r.verdict],subtitle:`${r.sampleType.type}/${l} · ${b} snapshots${w} · total ${fmt(r.overall.first)} → ${fmt(c)} (${formatRate(r,r.overall.slope)}) · width: mean in use`,legend:[{fill:changeColor(a,1,1),outline:outlineColor(a,1),label:`leaks, ≥ ${Number((f*100).toPrecision(3))}% of the total`},{fill:changeColor(a,1,.6),outline:outlineColor(a,1),label:"leaks"},{fill:throughColor(a,1,.5),label:"grows here or below, not judged a leak"},{fill:Ft[0],label:"no steady growth"}],chart:seriesChart(e,o,m),frames:y.frames}}function seriesChart(e,t,r){const{report:s,times:i}=e;const o=s.sampleType.unit;const peak=e=>Math.max(...e.self);const a=Math.max(0,...s.functions.map(peak));const l=s.functions.filter(e=>!e.leak&&peak(e)>=.05*a).sort((e,t)=>peak(t)-peak(e));const c=[...s.functions.filter(e=>e.leak),...l].slice(0,Qt);const u=Zt;const f=t-Zt-en;const p=Math.max(0,...c.flatMap(e=>e.self));const h=niceCeiling(p,o);const d=i[0];const m=i[i.length-1];const px=e=>u+(m>d?(e-d)/(m-d)*f:0);const py=e=>r+Xt-(h>0?e/h*Xt:0);const v=[0,.25,.5,.75,1].map(e=>({y:py(e*h),label:formatValue(e*h,o)}));const y=niceSteps(d,m).map(e=>({x:px(e),label:s.per==="second"?formatSeconds(e):`#${e+1}`}));return{x:u,y:r,width:f,height:Xt,yTicks:v,xTicks:y,xLabel:s.per==="second"?"time since the first snapshot":"snapshot",lines:c.map((e,t)=>({color:e.leak?Yt[t]:Jt[t-c.filter(e=>e.leak).length],dashed:!e.leak,label:`${shortenName(e.name,40)} ${e.leak?"leaks":"no leak"}`,points:e.self.map((e,t)=>[px(i[t]),py(e)])}))}}function niceCeiling(e,t){if(!(e>0))return 1;const{dimension:r,scale:s}=getUnitScale(t);const i=e*s;const o=r==="bytes"?1024**Math.max(0,Math.floor(Math.log(i)/Math.log(1024))):1;const a=i/o;const l=10**Math.floor(Math.log10(a));const c=[1,1.2,1.6,2,2.4,3,4,6,8,10].find(e=>e*l>=a)??10;return c*l*o/s}function niceSteps(e,t){if(!(t>e))return[e];const r=(t-e)/6;const s=10**Math.floor(Math.log10(r));const i=[1,2,5,10].map(e=>e*s).find(e=>e>=r)??r;const o=[];for(let r=Math.ceil(e/i)*i;r<=t+1e-9;r+=i)o.push(Number(r.toPrecision(12)));return o}function formatSeconds(e){if(e>=120)return`${Number((e/60).toPrecision(3))} min`;return`${Number(e.toPrecision(3))} s`}const nn="0.2.0";const rn=require("node:module");const sn="DejaVuSansMono.ttf";const on="resvg.wasm";function locate(e,t){for(const t of[__dirname,(0,at.join)(__dirname,"..")]){const r=(0,at.join)(t,e);if((0,Z.existsSync)(r))return r}return(0,rn.createRequire)(__filename).resolve(t)}function loadRasterAssets(){const e=locate(sn,"dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf");return{font:(0,Z.readFileSync)(e),fontPath:e,loadWasm:()=>(0,Z.readFileSync)(locate(on,"@resvg/resvg-wasm/index_bg.wasm"))}}var an;var cn=new Array(128).fill(void 0);cn.push(void 0,null,true,false);var un=cn.length;function addHeapObject(e){if(un===cn.length)cn.push(cn.length+1);const t=un;un=cn[t];cn[t]=e;return t}function getObject(e){return cn[e]}function dropObject(e){if(e<132)return;cn[e]=un;un=e}function takeObject(e){const t=getObject(e);dropObject(e);return t}var fn=0;var pn=null;function getUint8Memory0(){if(pn===null||pn.byteLength===0){pn=new Uint8Array(an.memory.buffer)}return pn}var hn=typeof TextEncoder!=="undefined"?new TextEncoder("utf-8"):{encode:()=>{throw Error("TextEncoder not available")}};var dn=typeof hn.encodeInto==="function"?function(e,t){return hn.encodeInto(e,t)}:function(e,t){const r=hn.encode(e);t.set(r);return{read:e.length,written:r.length}};function passStringToWasm0(e,t,r){if(r===void 0){const r=hn.encode(e);const s=t(r.length,1)>>>0;getUint8Memory0().subarray(s,s+r.length).set(r);fn=r.length;return s}let s=e.length;let i=t(s,1)>>>0;const o=getUint8Memory0();let a=0;for(;a<s;a++){const t=e.charCodeAt(a);if(t>127)break;o[i+a]=t}if(a!==s){if(a!==0){e=e.slice(a)}i=r(i,s,s=a+e.length*3,1)>>>0;const t=getUint8Memory0().subarray(i+a,i+s);const o=dn(e,t);a+=o.written;i=r(i,s,a,1)>>>0}fn=a;return i}function isLikeNone(e){return e===void 0||e===null}var mn=null;function getInt32Memory0(){if(mn===null||mn.byteLength===0){mn=new Int32Array(an.memory.buffer)}return mn}var gn=typeof TextDecoder!=="undefined"?new TextDecoder("utf-8",{ignoreBOM:true,fatal:true}):{decode:()=>{throw Error("TextDecoder not available")}};if(typeof TextDecoder!=="undefined"){gn.decode()}function getStringFromWasm0(e,t){e=e>>>0;return gn.decode(getUint8Memory0().subarray(e,e+t))}function _assertClass(e,t){if(!(e instanceof t)){throw new Error(`expected instance of ${t.name}`)}return e.ptr}function handleError(e,t){try{return e.apply(this,t)}catch(e){an.__wbindgen_exn_store(addHeapObject(e))}}var vn=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>an.__wbg_bbox_free(e>>>0));var yn=class _BBox{static __wrap(e){e=e>>>0;const t=Object.create(_BBox.prototype);t.__wbg_ptr=e;vn.register(t,t.__wbg_ptr,t);return t}__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;vn.unregister(this);return e}free(){const e=this.__destroy_into_raw();an.__wbg_bbox_free(e)}get x(){const e=an.__wbg_get_bbox_x(this.__wbg_ptr);return e}set x(e){an.__wbg_set_bbox_x(this.__wbg_ptr,e)}get y(){const e=an.__wbg_get_bbox_y(this.__wbg_ptr);return e}set y(e){an.__wbg_set_bbox_y(this.__wbg_ptr,e)}get width(){const e=an.__wbg_get_bbox_width(this.__wbg_ptr);return e}set width(e){an.__wbg_set_bbox_width(this.__wbg_ptr,e)}get height(){const e=an.__wbg_get_bbox_height(this.__wbg_ptr);return e}set height(e){an.__wbg_set_bbox_height(this.__wbg_ptr,e)}};var bn=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>an.__wbg_renderedimage_free(e>>>0));var wn=class _RenderedImage{static __wrap(e){e=e>>>0;const t=Object.create(_RenderedImage.prototype);t.__wbg_ptr=e;bn.register(t,t.__wbg_ptr,t);return t}__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;bn.unregister(this);return e}free(){const e=this.__destroy_into_raw();an.__wbg_renderedimage_free(e)}get width(){const e=an.renderedimage_width(this.__wbg_ptr);return e>>>0}get height(){const e=an.renderedimage_height(this.__wbg_ptr);return e>>>0}asPng(){try{const s=an.__wbindgen_add_to_stack_pointer(-16);an.renderedimage_asPng(s,this.__wbg_ptr);var e=getInt32Memory0()[s/4+0];var t=getInt32Memory0()[s/4+1];var r=getInt32Memory0()[s/4+2];if(r){throw takeObject(t)}return takeObject(e)}finally{an.__wbindgen_add_to_stack_pointer(16)}}get pixels(){const e=an.renderedimage_pixels(this.__wbg_ptr);return takeObject(e)}};var xn=typeof FinalizationRegistry==="undefined"?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry(e=>an.__wbg_resvg_free(e>>>0));var Sn=class{__destroy_into_raw(){const e=this.__wbg_ptr;this.__wbg_ptr=0;xn.unregister(this);return e}free(){const e=this.__destroy_into_raw();an.__wbg_resvg_free(e)}constructor(e,t,r){try{const c=an.__wbindgen_add_to_stack_pointer(-16);var s=isLikeNone(t)?0:passStringToWasm0(t,an.__wbindgen_malloc,an.__wbindgen_realloc);var i=fn;an.resvg_new(c,addHeapObject(e),s,i,isLikeNone(r)?0:addHeapObject(r));var o=getInt32Memory0()[c/4+0];var a=getInt32Memory0()[c/4+1];var l=getInt32Memory0()[c/4+2];if(l){throw takeObject(a)}this.__wbg_ptr=o>>>0;return this}finally{an.__wbindgen_add_to_stack_pointer(16)}}get width(){const e=an.resvg_width(this.__wbg_ptr);return e}get height(){const e=an.resvg_height(this.__wbg_ptr);return e}render(){try{const s=an.__wbindgen_add_to_stack_pointer(-16);an.resvg_render(s,this.__wbg_ptr);var e=getInt32Memory0()[s/4+0];var t=getInt32Memory0()[s/4+1];var r=getInt32Memory0()[s/4+2];if(r){throw takeObject(t)}return wn.__wrap(e)}finally{an.__wbindgen_add_to_stack_pointer(16)}}toString(){let e;let t;try{const i=an.__wbindgen_add_to_stack_pointer(-16);an.resvg_toString(i,this.__wbg_ptr);var r=getInt32Memory0()[i/4+0];var s=getInt32Memory0()[i/4+1];e=r;t=s;return getStringFromWasm0(r,s)}finally{an.__wbindgen_add_to_stack_pointer(16);an.__wbindgen_free(e,t,1)}}innerBBox(){const e=an.resvg_innerBBox(this.__wbg_ptr);return e===0?void 0:yn.__wrap(e)}getBBox(){const e=an.resvg_getBBox(this.__wbg_ptr);return e===0?void 0:yn.__wrap(e)}cropByBBox(e){_assertClass(e,yn);an.resvg_cropByBBox(this.__wbg_ptr,e.__wbg_ptr)}imagesToResolve(){try{const s=an.__wbindgen_add_to_stack_pointer(-16);an.resvg_imagesToResolve(s,this.__wbg_ptr);var e=getInt32Memory0()[s/4+0];var t=getInt32Memory0()[s/4+1];var r=getInt32Memory0()[s/4+2];if(r){throw takeObject(t)}return takeObject(e)}finally{an.__wbindgen_add_to_stack_pointer(16)}}resolveImage(e,t){try{const i=an.__wbindgen_add_to_stack_pointer(-16);const o=passStringToWasm0(e,an.__wbindgen_malloc,an.__wbindgen_realloc);const a=fn;an.resvg_resolveImage(i,this.__wbg_ptr,o,a,addHeapObject(t));var r=getInt32Memory0()[i/4+0];var s=getInt32Memory0()[i/4+1];if(s){throw takeObject(r)}}finally{an.__wbindgen_add_to_stack_pointer(16)}}};async function __wbg_load(e,t){if(typeof Response==="function"&&e instanceof Response){if(typeof WebAssembly.instantiateStreaming==="function"){try{return await WebAssembly.instantiateStreaming(e,t)}catch(t){if(e.headers.get("Content-Type")!="application/wasm"){console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n",t)}else{throw t}}}const r=await e.arrayBuffer();return await WebAssembly.instantiate(r,t)}else{const r=await WebAssembly.instantiate(e,t);if(r instanceof WebAssembly.Instance){return{instance:r,module:e}}else{return r}}}function __wbg_get_imports(){const e={};e.wbg={};e.wbg.__wbg_new_28c511d9baebfa89=function(e,t){const r=new Error(getStringFromWasm0(e,t));return addHeapObject(r)};e.wbg.__wbindgen_memory=function(){const e=an.memory;return addHeapObject(e)};e.wbg.__wbg_buffer_12d079cc21e14bdb=function(e){const t=getObject(e).buffer;return addHeapObject(t)};e.wbg.__wbg_newwithbyteoffsetandlength_aa4a17c33a06e5cb=function(e,t,r){const s=new Uint8Array(getObject(e),t>>>0,r>>>0);return addHeapObject(s)};e.wbg.__wbindgen_object_drop_ref=function(e){takeObject(e)};e.wbg.__wbg_new_63b92bc8671ed464=function(e){const t=new Uint8Array(getObject(e));return addHeapObject(t)};e.wbg.__wbg_values_839f3396d5aac002=function(e){const t=getObject(e).values();return addHeapObject(t)};e.wbg.__wbg_next_196c84450b364254=function(){return handleError(function(e){const t=getObject(e).next();return addHeapObject(t)},arguments)};e.wbg.__wbg_done_298b57d23c0fc80c=function(e){const t=getObject(e).done;return t};e.wbg.__wbg_value_d93c65011f51a456=function(e){const t=getObject(e).value;return addHeapObject(t)};e.wbg.__wbg_instanceof_Uint8Array_2b3bbecd033d19f6=function(e){let t;try{t=getObject(e)instanceof Uint8Array}catch(e){t=false}const r=t;return r};e.wbg.__wbindgen_string_get=function(e,t){const r=getObject(t);const s=typeof r==="string"?r:void 0;var i=isLikeNone(s)?0:passStringToWasm0(s,an.__wbindgen_malloc,an.__wbindgen_realloc);var o=fn;getInt32Memory0()[e/4+1]=o;getInt32Memory0()[e/4+0]=i};e.wbg.__wbg_new_16b304a2cfa7ff4a=function(){const e=new Array;return addHeapObject(e)};e.wbg.__wbindgen_string_new=function(e,t){const r=getStringFromWasm0(e,t);return addHeapObject(r)};e.wbg.__wbg_push_a5b05aedc7234f9f=function(e,t){const r=getObject(e).push(getObject(t));return r};e.wbg.__wbg_length_c20a40f15020d68a=function(e){const t=getObject(e).length;return t};e.wbg.__wbg_set_a47bac70306a19a7=function(e,t,r){getObject(e).set(getObject(t),r>>>0)};e.wbg.__wbindgen_throw=function(e,t){throw new Error(getStringFromWasm0(e,t))};return e}function __wbg_init_memory(e,t){}function __wbg_finalize_init(e,t){an=e.exports;__wbg_init.__wbindgen_wasm_module=t;mn=null;pn=null;return an}async function __wbg_init(e){if(an!==void 0)return an;if(typeof e==="undefined"){e=new URL("index_bg.wasm",void 0)}const t=__wbg_get_imports();if(typeof e==="string"||typeof Request==="function"&&e instanceof Request||typeof URL==="function"&&e instanceof URL){e=fetch(e)}__wbg_init_memory(t);const{instance:r,module:s}=await __wbg_load(await e,t);return __wbg_finalize_init(r,s)}var $n=__wbg_init;var kn=false;var initWasm=async e=>{if(kn){throw new Error("Already initialized. The `initWasm()` function can be used only once.")}await $n(await e);kn=true};var _n=class extends Sn{constructor(e,t){if(!kn)throw new Error("Wasm has not been initialized. Call `initWasm()` function.");const r=t?.font;if(!!r&&isCustomFontsOptions(r)){const s={...t,font:{...r,fontBuffers:void 0}};super(e,JSON.stringify(s),r.fontBuffers)}else{super(e,JSON.stringify(t))}}};function isCustomFontsOptions(e){return Object.prototype.hasOwnProperty.call(e,"fontBuffers")}let An;async function renderPng(e,t,r="auto"){if(r!=="wasm"){const s=loadNative();if(s){const r=new s.Resvg(e,{font:{loadSystemFonts:false,fontFiles:[t.fontPath],defaultFontFamily:It,monospaceFamily:It},fitTo:{mode:"original"}}).render();return{png:new Uint8Array(r.asPng()),renderer:"resvg-js"}}if(r==="native")throw new Error("the native renderer @resvg/resvg-js is not installed for this platform")}An??=initWasm(t.loadWasm());await An;const s=new _n(e,{font:{fontBuffers:[t.font],defaultFontFamily:It,monospaceFamily:It},fitTo:{mode:"original"}});const i=s.render();const o=i.asPng();i.free();s.free();return{png:o,renderer:"resvg-wasm"}}let Nn;function loadNative(){if(Nn!==undefined)return Nn;try{const e=["@resvg","resvg-js"].join("/");Nn=(0,rn.createRequire)(__filename)(e)}catch{Nn=null}return Nn}const En="viewer.js";const Tn=12e4;const In=2e4;function quantumOf(e){const t=Math.max(e.measure.whole(e.baseline.total),e.measure.whole(e.candidate.total));return t>0?10**(Math.floor(Math.log10(t))-6):1}const Cn=1024;function htmlData(e,t,r={}){const s=quantumOf(e);const round=e=>Math.round(e/s);const i=new Names;const o=layoutFlame(e.aligned,{width:Tn,measure:e.measure,maxFrames:In,maxDepth:Cn});const a=diffFrameStyle(e,t,r);const l=[];const c=new Map;const u={up:[],name:[],b:[],c:[],bs:[],cs:[],style:[],p:[]};for(const e of o){const t=a(e);const r=[t.fill,t.outline??"",t.dashed?1:0,t.role];const s=r.join("\0");let o=c.get(s);if(o===undefined){o=l.push(r)-1;c.set(s,o)}u.up.push(e.parent<0?0:u.up.length-e.parent);u.name.push(i.of(e.name));u.b.push(round(e.baseline));u.c.push(round(e.candidate));u.bs.push(round(e.baselineSelf));u.cs.push(round(e.candidateSelf));u.style.push(o);u.p.push(Number(t.p.toPrecision(3)))}return{version:1,quantum:s,...diffHeader(e,t,r),verdict:t.verdict,normalize:t.normalize,unit:e.sampleType.unit,alpha:t.noise.alpha,failPoints:r.failPoints??.05,palette:r.palette??"default",baselineTotal:e.baseline.total,candidateTotal:e.candidate.total,names:i.list,frames:u,styles:l,violations:t.violations.map(e=>({function:e.function,metric:e.metric,rule:e.rule,severity:e.severity}))}}function htmlFunctions(e,t){const r=quantumOf(e);const{table:s}=e;const value=(e,t,i)=>Math.round(s.meanMeasured(e,t,i)/r);const i=new Names;const o={names:i.list,name:[],file:[],bs:[],bt:[],cs:[],ct:[],p:[],ps:[],status:"",sources:[]};const a=[];for(let e=0;e<s.length;e++){const r=s.file(e);o.name.push(i.of(s.name(e)));o.file.push(r?i.of(r):-1);o.bs.push(value(e,"baseline","self"));o.bt.push(value(e,"baseline","total"));o.cs.push(value(e,"candidate","self"));o.ct.push(value(e,"candidate","total"));o.p.push(Number(s.pValue(e,"total").toPrecision(3)));o.ps.push(Number(s.pValue(e,"self").toPrecision(3)));a.push(s.status(e)[0]);const l=t?.get(s.name(e));if(l)o.sources.push({row:e,label:`${l.path}${l.line?`:${l.line}`:""}`,url:l.url,changed:l.changed})}o.status=a.join("");return o}class Names{list=[];index=new Map;of(e){let t=this.index.get(e);if(t===undefined){t=this.list.push(e)-1;this.index.set(e,t)}return t}}function packedData(e){return(0,ee.gzipSync)(JSON.stringify(e),{level:6}).toString("base64")}function loadViewer(){for(const e of[__dirname,(0,at.join)(__dirname,"..")]){const t=(0,at.join)(e,En);if((0,Z.existsSync)(t))return(0,Z.readFileSync)(t,"utf8")}const e=(0,at.join)(__dirname,"..","..","scripts","build-viewer.js");return(0,rn.createRequire)(__filename)(e).buildViewer().script}function renderHtml(e,t,r={},s=loadViewer()){const i=htmlData(e,t,r);const o=htmlFunctions(e,r.sources);const a=s.replace(/<\/(script)/gi,"<\\/$1");return`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>flamegate report</title>\n</head>\n<body>\n<noscript>This report needs JavaScript: it draws the flame graphs from the data in this file.</noscript>\n<script type="application/gzip;base64" id="flamegate-data">${packedData(i)}<\/script>\n<script type="application/gzip;base64" id="flamegate-functions">${packedData(o)}<\/script>\n<script>${a}<\/script>\n</body>\n</html>\n`}function writeFileParts(e,t){const r=(0,Z.openSync)(e,"w");try{for(const e of t){const t=typeof e==="string"?Buffer.from(e):e;for(let e=0;e<t.length;)e+=(0,Z.writeSync)(r,t,e)}}finally{(0,Z.closeSync)(r)}}function renderPicture(e,t={}){return renderSvg(buildReportGraph(e.comparison,e.report,{...t,failPoints:failLimit(e.config)}))}function renderReportHtml(e,t={}){return renderHtml(e.comparison,e.report,{...t,failPoints:failLimit(e.config)})}async function rasterize(e,t="auto"){return(await renderPng(e,loadRasterAssets(),t)).png}function makeFolders(e){if((0,Z.existsSync)(e))return;const t=(0,at.dirname)(e);if(t!==e)makeFolders(t);try{(0,Z.mkdirSync)(e)}catch(e){if(e.code!=="EEXIST")throw e}}function writeOutput(e,t,r){const s=typeof t==="string"||t instanceof Uint8Array?[t]:t;if(e==="-"&&r){for(const e of s)r.write(e);return}try{makeFolders((0,at.dirname)(e));writeFileParts(e,s)}catch(t){throw new InputError(`cannot write ${quote(e)} (${t.code??t.message})`)}}const On=`Usage: flamegate compare --baseline FILE_OR_GLOB --candidate FILE_OR_GLOB [options]\n       flamegate trend --profiles FILE_OR_GLOB [options]\n       flamegate --help | --version\n\nCatches performance regressions: compares the CPU, memory or lock profiles of a change\n(the candidate) with those of its base (the baseline), judges every function's change with\nrules that know CI machines are noisy, and gives one verdict: pass, warn or fail.\n\nCommands:\n  compare     compare two sets of profiles (flamegate compare --help for its options)\n  trend       find leaks in a series of heap profiles of one run, no baseline needed\n              (flamegate trend --help)\n\nOptions:\n  -h, --help     this text\n  -V, --version  the version\n\nEnvironment:\n  NO_COLOR=1            no colours in the table (they are only used on a terminal anyway)\n  FLAMEGATE_THREADS=N   parse on N threads (default: one per core from 16 MB of input)\n  FLAMEGATE_TIMING=1    print when each stage ends, in ms since the start\n  FLAMEGATE_DEBUG=1     print the stack of an internal error\n\nDocs: the README (https://github.com/flamegate/flamegate#readme).`;const Ln=`Usage: flamegate compare --baseline FILE_OR_GLOB [--baseline ...] --candidate FILE_OR_GLOB [--candidate ...]\n                         [--sample-type NAME] [--normalize none|total] [--config rules.yml]\n                         [--json report.json] [--markdown report.md] [--svg diff.svg] [--png diff.png]\n                         [--html report.html]\n                         [--tag KEY=VALUE | --split-by KEY]\n                         [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]\n\nCompares the baseline profiles with the candidate profiles and prints a table, or writes\nthe reports and pictures asked for. Formats are recognised by content: pprof (gzipped or\nnot), folded stacks, perf script output, V8 .cpuprofile, speedscope JSON.\n\nInputs:\n  --baseline FILE_OR_GLOB    profiles of the base; repeat it or use a glob ('base/*.pb.gz')\n                             for several runs. Leave it out (with an output option) to draw\n                             the candidate alone: the verdict is no-baseline.\n  --candidate FILE_OR_GLOB   profiles of the change\n                             Several files a side are runs of the same workload: give 3 or\n                             more a side and the machine's noise is measured, not assumed.\n  --sample-type NAME         what to compare: cpu, alloc_space, inuse_space, delay, an event\n                             of perf (cycles), ... (default: the profile's default type)\n  --normalize none|total     none: absolute values (each run does fixed work; default)\n                             total: shares of each run's total (runs of fixed time)\n  --config FILE              rules file (default: .github/flamegate.yml if it exists,\n                             else the built-in rules)\n  --max-decompressed-size N  refuse gzip that inflates past N (default 1GiB)\n  --tag KEY=VALUE            keep only the samples labelled so: pprof sample labels (Go\n                             pprof.Do, Pyroscope tags, @datadog/pprof), or a speedscope\n                             file's profile names as profile=NAME\n  --split-by KEY             compare each value of the label on its own (samples without it\n                             as one more, "(none)"): a table, a comment section and a verdict\n                             per value; the exit status is the worst. Not with pictures\n\nOutputs (- is standard output; the table is printed unless a report goes there):\n  --json FILE                the report (every function, every violation)\n  --markdown FILE            the pull-request comment\n  --svg FILE, --png FILE     the diff flame graph (red: slower, green: faster, grey: noise)\n  --html FILE                the interactive report: one offline file with the diff flame\n                             graph to zoom and search, each side's, a function's callers\n                             and callees (sandwich) and a sortable table of every function\n  --icicle                   draw the root at the top\n  --palette colorblind       red and blue instead of red and green\n\nExamples:\n  # five runs a side of a Go benchmark\n  flamegate compare --baseline 'base/cpu-*.pb.gz' --candidate 'head/cpu-*.pb.gz'\n  # a heap profile's in-use bytes, with the picture\n  flamegate compare --baseline base.heap.pb.gz --candidate head.heap.pb.gz --sample-type inuse_space --png diff.png\n  # perf script output, as shares of each run's total, with the PR comment on stdout\n  flamegate compare --baseline base.perf.txt --candidate head.perf.txt --normalize total --markdown -\n\nExit status: 0 pass or warn (or no baseline), 1 fail, 2 bad usage or unreadable input.`;const Mn=`Usage: flamegate trend --profiles FILE_OR_GLOB [--profiles ...] [--sample-type NAME]\n                       [--max-growth LIMIT] [--tag KEY=VALUE] [--config rules.yml]\n                       [--json trend.json] [--markdown trend.md] [--svg trend.svg] [--png trend.png]\n                       [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]\n\nFinds memory leaks in a series of heap profiles written during one run (Go's\nWriteHeapProfile in a loop, @datadog/pprof heap profiles, Chrome's .heapprofile): the\nfunctions whose in-use bytes or objects grow steadily. Memory freed again (a sawtooth) and\na cache that fills up to its bound are not leaks. Snapshots are ordered by the time they\nsay (pprof time_nanos), else by file name (heap-2 before heap-10).\n\nOptions:\n  --profiles FILE_OR_GLOB    the snapshots (at least 3; 8 or more to tell a leak from noise)\n  --sample-type NAME         inuse_space (default where the profile has it), inuse_objects, ...\n  --max-growth LIMIT         a leak fails above this (default 1%, or trend.max-growth of the\n                             rules file): a share of the last snapshot's total (1%), an\n                             amount over the series (4MiB), or a rate (100KiB/s, 10MB/min,\n                             512KiB/snapshot); under it a leak warns\n  --tag KEY=VALUE            follow only the samples labelled so (a service's memory)\n  --config FILE              rules file (alpha, floor, ignore, trend.max-growth)\n  --json, --markdown, --svg, --png FILE\n                             the report, the comment, the picture (a flame graph coloured\n                             by growth under a chart of the top functions over time)\n\nExit status: 0 pass or warn, 1 fail (a leak over max-growth), 2 bad usage or unreadable input.`;async function main(e,t={out:process.stdout,err:process.stderr}){try{return await run(e,t)}catch(e){if(e instanceof InputError){t.err.write(`flamegate: ${visible(e.message)}\n`);return 2}const r=e;t.err.write(`flamegate: internal error: ${visible(r.message)} (please report it; set FLAMEGATE_DEBUG=1 for details)\n`);if(process.env.FLAMEGATE_DEBUG)t.err.write(`${visible(r.stack??"").replace(/\\u000A/g,"\n")}\n`);return 2}}async function run(e,t){if(e.length===0){t.err.write(`${On}\n`);return 2}if(e[0]==="help"&&e[1]==="compare"){t.out.write(`${Ln}\n`);return 0}if(e[0]==="--help"||e[0]==="-h"||e[0]==="help"){t.out.write(`${On}\n`);return 0}if(e[0]==="--version"||e[0]==="-V"){t.out.write(`flamegate ${nn}\n`);return 0}if(e[0]==="help"&&e[1]==="trend"){t.out.write(`${Mn}\n`);return 0}if(e[0]==="trend")return runTrend(e.slice(1),t);if(e[0]!=="compare")throw new InputError(`unknown command ${quote(e[0])}, expected 'compare' or 'trend' (see flamegate --help)`);let r;try{r=(0,i.parseArgs)({args:e.slice(1),options:{baseline:{type:"string",multiple:true},candidate:{type:"string",multiple:true},"sample-type":{type:"string"},normalize:{type:"string"},config:{type:"string"},json:{type:"string"},markdown:{type:"string"},svg:{type:"string"},png:{type:"string"},html:{type:"string"},icicle:{type:"boolean"},palette:{type:"string"},"max-decompressed-size":{type:"string"},tag:{type:"string"},"split-by":{type:"string"},help:{type:"boolean",short:"h"}},strict:true,allowPositionals:false})}catch(t){throw new InputError(argumentError(t,e.slice(1)))}const s=r.values;if(s.help){t.out.write(`${Ln}\n`);return 0}if(!s.baseline?.length&&s.svg===undefined&&s.png===undefined&&s.json===undefined&&s.html===undefined){throw new InputError("missing --baseline: expected the baseline profile files or globs (without one, give --json, --svg, --png or --html to report on the candidate alone)")}if(!s.candidate?.length)throw new InputError("missing --candidate: expected the candidate profile files or globs");if(s.normalize!==undefined&&s.normalize!=="none"&&s.normalize!=="total"){throw new InputError(`--normalize: expected none or total, got ${quote(s.normalize)}`)}const o=parseSize(s["max-decompressed-size"]);checkOutputs(s);const a=s.tag===undefined?undefined:parseTag(s.tag,"--tag");const l={baseline:s.baseline??[],candidate:s.candidate,sampleType:s["sample-type"],normalize:s.normalize,configPath:s.config,maxDecompressedBytes:o,...a?{tag:a}:{}};if(s["split-by"]!==undefined)return runSplit(l,s["split-by"],s,t);const c=await compareFiles(l,t.err);const{report:u}=c;if(s.json!==undefined)writeOutput(s.json,reportJsonParts(u),t.out);if(s.markdown!==undefined)writeOutput(s.markdown,renderMarkdown(u),t.out);if(s.json!==undefined||s.markdown!==undefined)timing("reports written");if(s.svg!==undefined||s.png!==undefined){const e=renderPicture(c,{icicle:s.icicle,palette:s.palette});if(s.svg!==undefined)writeOutput(s.svg,e,t.out);if(s.png!==undefined){const r=process.env.FLAMEGATE_RENDERER==="wasm"||process.env.FLAMEGATE_RENDERER==="native"?process.env.FLAMEGATE_RENDERER:"auto";writeOutput(s.png,await rasterize(e,r),t.out)}timing("pictures written")}if(s.html!==undefined){writeOutput(s.html,renderReportHtml(c,{palette:s.palette}),t.out);timing("HTML report written")}const f=[s.json,s.markdown,s.svg,s.png,s.html].includes("-");if(!f)t.out.write(renderTerminal(u,{color:wantsColor(t.out)}));else{for(const e of u.notes)t.err.write(`flamegate: note: ${terminalText(e,200)}\n`);t.err.write(`flamegate: ${u.verdict}\n`)}return u.verdict==="fail"?1:0}function parseTag(e,t){const r=e.indexOf("=");if(r<=0||r===e.length-1)throw new InputError(`${t}: expected KEY=VALUE such as service=api, got ${quote(e)}`);return{key:e.slice(0,r),value:e.slice(r+1)}}async function runSplit(e,t,r,s){if(e.tag)throw new InputError(`--split-by ${t} and --tag: expected one of them (--tag keeps one value, --split-by compares every value)`);const i=["svg","png","html"].filter(e=>r[e]!==undefined);if(i.length>0)throw new InputError(`--split-by ${t} with ${i.map(e=>`--${e}`).join(", ")}: a split writes a table, a comment and a JSON report per value, not pictures; draw one value's with --tag ${t}=VALUE`);const o=await labelValues(e,t);const a=[];for(const r of o)a.push({value:r,report:(await compareFiles({...e,tag:{key:t,value:r,split:true}})).report});const name=e=>e===""?`${t} (none)`:`${t}=${e}`;if(typeof r.json==="string")writeOutput(r.json,splitJsonParts(t,a),s.out);if(typeof r.markdown==="string"){writeOutput(r.markdown,renderCombined(a.map(e=>({key:name(e.value),verdict:e.report.verdict,markdown:renderMarkdown(e.report,{key:name(e.value)})}))),s.out)}const l=combinedVerdict(a.map(e=>e.report.verdict))??"pass";if(![r.json,r.markdown].includes("-")){const e=wantsColor(s.out);s.out.write(`flamegate: split by ${terminalText(t,60)}: ${a.map(e=>`${terminalText(name(e.value),60)} ${e.report.verdict}`).join(", ")}\n`);for(const t of a)s.out.write(`\n== ${terminalText(name(t.value),200)} ==\n${renderTerminal(t.report,{color:e})}`)}else s.err.write(`flamegate: ${l}\n`);return l==="fail"?1:0}function*splitJsonParts(e,t){yield`{\n"splitBy": ${JSON.stringify(e)},\n"reports": [\n`;for(let e=0;e<t.length;e++){yield`{"value": ${JSON.stringify(t[e].value)}, "report": `;yield*reportJsonParts(t[e].report);yield`}${e<t.length-1?",":""}\n`}yield"]\n}\n"}function parseSize(e){if(e===undefined)return undefined;const refuse=()=>new InputError(`--max-decompressed-size: expected a size such as 1GiB or 512MB, got ${quote(e)}`);let t;try{t=parseQuantity(e,"--max-decompressed-size")}catch{throw refuse()}if(t.dimension!=="bytes")throw refuse();return t.value}function checkOutputs(e){if(e.palette!==undefined&&e.palette!=="default"&&e.palette!=="colorblind"){throw new InputError(`--palette: expected default or colorblind, got ${quote(e.palette)}`)}checkExtensions(e);const t=["json","markdown","svg","png","html"].filter(t=>e[t]==="-");if(t.length>1){throw new InputError(`${t.map(e=>`--${e} -`).join(" and ")}: only one output can go to standard output (they would run together); give the others file names`)}}async function runTrend(e,t){let r;try{r=(0,i.parseArgs)({args:e,options:{profiles:{type:"string",multiple:true},"sample-type":{type:"string"},"max-growth":{type:"string"},tag:{type:"string"},config:{type:"string"},json:{type:"string"},markdown:{type:"string"},svg:{type:"string"},png:{type:"string"},icicle:{type:"boolean"},palette:{type:"string"},"max-decompressed-size":{type:"string"},help:{type:"boolean",short:"h"}},strict:true,allowPositionals:false})}catch(t){throw new InputError(argumentError(t,e).replace("flamegate compare --help","flamegate trend --help"))}const s=r.values;if(s.help){t.out.write(`${Mn}\n`);return 0}if(!s.profiles?.length)throw new InputError("missing --profiles: expected the heap profiles of one run, as files or a glob (--profiles 'heap-*.pb.gz')");const o=parseSize(s["max-decompressed-size"]);checkOutputs(s);const a=s["max-growth"]===undefined?undefined:parseMaxGrowth(s["max-growth"],"--max-growth");const l=s.tag===undefined?undefined:parseTag(s.tag,"--tag");const c=await trendFiles({profiles:s.profiles,sampleType:s["sample-type"],configPath:s.config,maxDecompressedBytes:o,maxGrowth:a,...l?{tag:l}:{}},t.err);const{report:u}=c;if(s.json!==undefined)writeOutput(s.json,trendJsonParts(u),t.out);if(s.markdown!==undefined)writeOutput(s.markdown,renderTrendMarkdown(u),t.out);if(s.svg!==undefined||s.png!==undefined){const e=renderSvg(buildTrendGraph(c,{icicle:s.icicle,palette:s.palette}));if(s.svg!==undefined)writeOutput(s.svg,e,t.out);if(s.png!==undefined)writeOutput(s.png,await rasterize(e),t.out)}if(![s.json,s.markdown,s.svg,s.png].includes("-"))t.out.write(renderTrendTerminal(u,paletteFor(wantsColor(t.out))));else{for(const e of u.notes)t.err.write(`flamegate: note: ${terminalText(e,200)}\n`);t.err.write(`flamegate: ${u.verdict}\n`)}return u.verdict==="fail"?1:0}function argumentError(e,t){const r=e.message.split("\n")[0];const s=/Option '(--[\w-]+)/.exec(r)?.[1];if(e.code==="ERR_PARSE_ARGS_INVALID_OPTION_VALUE"&&s){const e=t[t.indexOf(s)+1];return`${s}: expected a value after it${e===undefined?", got the end of the command":`, got the option ${quote(e)}`} (${s} FILE; - for standard output where the option writes)`}const i=/Unexpected argument '(.*)'\. This command/.exec(r)?.[1];if(e.code==="ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"&&i!==undefined){const e=t.indexOf(i);let r=e-1;while(r>=0&&!t[r].startsWith("--"))r--;return`unexpected argument ${quote(i)}${r>=0?` after ${t[r]} ${quote(t[r+1]??"")}`:""}: an option takes one value; a glob the shell expanded gives several. Quote the glob (--baseline 'base/*.pb.gz') or repeat the option before each file`}return`${r.replace(/\. To specify a positional argument.*$/,"")} (see flamegate compare --help)`}const Pn={json:[".json"],markdown:[".md",".markdown"],svg:[".svg"],png:[".png"],html:[".html",".htm"]};function checkExtensions(e){for(const[t,r]of Object.entries(Pn)){const s=e[t];if(typeof s!=="string"||s==="-")continue;const i=/\.[^./\\]+$/.exec(s)?.[0].toLowerCase();const o=Object.entries(Pn).find(([e,r])=>e!==t&&i!==undefined&&r.includes(i));if(o&&!r.includes(i)){throw new InputError(`--${t} ${quote(s)}: that name says ${i}, but --${t} writes ${t==="markdown"?"Markdown":t.toUpperCase()}: name it ${quote(s.slice(0,-i.length)+r[0])}, or use --${o[0]} for ${i}`)}}}void main(process.argv.slice(2)).then(e=>{process.exitCode=e;process.stdout.write("",()=>process.stderr.write("",()=>process.exit(e)))});module.exports=r})();