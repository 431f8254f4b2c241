import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  DEFAULT_GPUS,
  InputError,
  LIFECYCLE_TABLE_DATE,
  OPENAI_FINE_TUNING_CUTOFFS,
  OPENAI_MODELS,
  PRICE_TABLE_DATE,
  SettingsError,
  codeBlock,
  expandPaths,
  fileIdentity,
  glob,
  inlineText,
  linkTo,
  markdownFooter,
  markdownHeading,
  modelFacts,
  ownEntry,
  pathMatcher,
  quantileSorted,
  reportHeader,
  resolveModelName,
  reviewInWorker,
  tableLifecycle,
  terminalLine,
  textHeading,
  urlPath,
  verbatimText,
  verdictLine
} from "./chunk-6QQI742V.js";
import {
  asMessages,
  detectFormat,
  findSecrets,
  loadTokenCounter,
  parseRecord,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_draft7,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  textOf
} from "./chunk-VTEUAKPC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-FTZE4VCS.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults2, onto = {}) {
        var k, ref, v;
        for (k in defaults2) {
          v = defaults2[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults2, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults2[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value2) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value: value2,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value2;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value2 = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value2;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve11, reject) {
            return setTimeout(resolve11, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve11, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve11, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve11(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve11;
          resolve11 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve11 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve11, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts2;
                counts2 = this._states.counts;
                return counts2[0] + counts2[1] + counts2[2] + counts2[3] === at;
              };
              return new this.Promise((resolve11, reject) => {
                if (finished()) {
                  return resolve11();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve11();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve11, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve11)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self: self2 } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self2.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self2, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// package.json
var package_default = {
  name: "finetune-ci",
  version: "0.1.0",
  private: true,
  description: "Fine-tuning in pull requests: dataset review, merge-triggered training (OpenAI or self-hosted LoRA/QLoRA), eval regression gating.",
  license: "MIT",
  type: "module",
  bin: {
    "finetune-ci": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    start: 'node dist/cli.js validate --config examples/support/finetune-ci.yml || echo "(exit code $?: the example dataset has deliberate defects, listed in examples/support/README.md)"',
    typecheck: "tsc -p .",
    test: "bash scripts/test-all.sh",
    "test:node": "vitest run",
    "test:python": "bash self-hosted-runner/run-tests.sh",
    bench: "node scripts/build-bench.mjs && node --expose-gc .bench/bench.js"
  },
  devDependencies: {
    "@octokit/openapi": "^23.0.2",
    "@stryker-mutator/core": "^9.6.1",
    "@stryker-mutator/vitest-runner": "^9.6.1",
    "@types/node": "^24.19.4",
    "@types/picomatch": "^4.0.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    marked: "^18.2.1",
    mermaid: "^11.17.2",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    tiktoken: "^1.0.22",
    "ts-json-schema-generator": "^2.4.0",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "gpt-tokenizer": "^4.0.0",
    "markdown-table": "^3.1.0",
    openai: "^6.49.0",
    picomatch: "^4.0.7",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  allowScripts: {
    esbuild: true,
    node: true
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/review/datasetFiles.ts
import { resolve as resolve2 } from "node:path";

// src/adapters/files/checkout.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
async function fileDigests(path2) {
  const info = await stat(path2).catch(() => void 0);
  if (!info?.isFile()) return void 0;
  const sha256 = createHash("sha256");
  const gitBlob = createHash("sha1").update(`blob ${info.size}\0`);
  let size = 0;
  for await (const chunk of createReadStream(path2)) {
    sha256.update(chunk);
    gitBlob.update(chunk);
    size += chunk.length;
  }
  if (size !== info.size) return void 0;
  return { size, sha256: sha256.digest("hex"), gitBlob: gitBlob.digest("hex") };
}
async function copyGitBlob(workspace, sha, destination) {
  if (!/^[0-9a-f]{40}$/.test(sha)) return false;
  const git = (args) => spawn("git", ["-C", workspace, ...args], { stdio: ["ignore", "pipe", "ignore"] });
  const exists = await new Promise((done) => {
    const check = git(["cat-file", "-e", `${sha}^{blob}`]);
    check.on("error", () => done(false));
    check.on("close", (code) => done(code === 0));
  });
  if (!exists) return false;
  const cat = git(["cat-file", "blob", sha]);
  const exited = new Promise((done, fail) => {
    cat.on("error", fail);
    cat.on("close", done);
  });
  try {
    await pipeline(cat.stdout, createWriteStream(destination));
    if (await exited !== 0) throw new Error(`git cat-file blob ${sha} failed in ${workspace}`);
  } catch (error) {
    await rm(destination, { force: true });
    throw error;
  }
  return true;
}
async function smallFileBytes(path2, limit2) {
  const file = await open(path2, "r");
  try {
    const buffer = Buffer.alloc(limit2);
    const { bytesRead } = await file.read(buffer, 0, limit2, 0);
    return bytesRead < limit2 ? buffer.subarray(0, bytesRead) : void 0;
  } finally {
    await file.close();
  }
}

// src/core/dataset/lfsPointer.ts
var LFS_POINTER_MAX_BYTES = 1024;
var VERSIONS = ["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1", "http://git-media.io/v/2"];
var LfsPointerError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LfsPointerError";
  }
};
function parseLfsPointer(bytes2) {
  if (bytes2.length >= LFS_POINTER_MAX_BYTES) return void 0;
  const text2 = new TextDecoder().decode(bytes2);
  const firstLine = text2.slice(0, text2.indexOf("\n") + 1 || text2.length);
  if (!VERSIONS.some((v) => firstLine === `version ${v}
`)) return void 0;
  if (!text2.endsWith("\n")) throw new LfsPointerError("the Git LFS pointer does not end with a newline");
  const entries = text2.slice(firstLine.length, -1).split("\n").map((line, i) => ({ line, number: i + 2 }));
  const values = /* @__PURE__ */ new Map();
  let previous = "";
  for (const { line, number } of entries) {
    const m = /^([a-z0-9.-]+) ([^\r\n]*)$/.exec(line);
    if (!m) throw new LfsPointerError(`line ${number} of the Git LFS pointer is not "key value"`);
    const [, key, value2] = m;
    if (key <= previous) throw new LfsPointerError(`the keys of the Git LFS pointer are not in order (line ${number}, "${key}")`);
    previous = key;
    values.set(key, value2);
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get("oid") ?? "")?.[1];
  if (!oid) throw new LfsPointerError('the Git LFS pointer has no valid "oid sha256:<64 hex digits>" line');
  const size = values.get("size") ?? "";
  if (!/^(0|[1-9]\d*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw new LfsPointerError('the Git LFS pointer has no valid "size <bytes>" line');
  return { oid, size: Number(size) };
}

// src/adapters/files/findJsonlFiles.ts
import { execFile } from "node:child_process";
import { stat as stat2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/core/dataset/fileNames.ts
var HOLDOUT_WORDS = ["holdout", "eval", "valid", "val", "test"];
var HOLDOUT_TOKENS = /* @__PURE__ */ new Set(["holdout", "heldout", "eval", "evals", "evaluation", "valid", "validation", "val", "test", "tests"]);
function isDatasetCandidate(path2) {
  if (!/\.jsonl$/i.test(path2)) return false;
  return !path2.split("/").some((part) => part === "node_modules" || part === ".git");
}
function pathWords(path2) {
  return path2.replace(/\.jsonl$/i, "").split(/[^A-Za-z0-9]+/).flatMap((part) => part.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/)).map((word) => word.toLowerCase()).filter(Boolean);
}
function roleByName(path2) {
  return pathWords(path2).some((word) => HOLDOUT_TOKENS.has(word)) ? "holdout" : "train";
}

// src/adapters/files/findJsonlFiles.ts
async function findJsonlFiles(cwd) {
  const listed = await gitFiles(cwd);
  if (listed) return { foundBy: "git", paths: (await onlyFiles(listed.filter(isDatasetCandidate), cwd)).sort() };
  const walked = await glob("**/*.[jJ][sS][oO][nN][lL]", { cwd, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ["**/node_modules/**", "**/.git/**"] });
  return { foundBy: "folder", paths: walked.filter(isDatasetCandidate).sort() };
}
function gitFiles(cwd) {
  return new Promise((resolve11) => {
    execFile("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd, maxBuffer: 1 << 28, encoding: "buffer" }, (error, stdout) => {
      if (error) return resolve11(void 0);
      resolve11([...new Set(stdout.toString("utf8").split("\0").filter(Boolean))]);
    });
  });
}
async function onlyFiles(paths, cwd) {
  const kept = await Promise.all(paths.map(async (p) => (await stat2(resolve(cwd, p)).catch(() => void 0))?.isFile() ? p : void 0));
  return kept.filter((p) => p !== void 0);
}

// src/review/datasetFiles.ts
function datasetsConfigured(datasets) {
  return datasets.train.length > 0 || datasets.holdout.length > 0;
}
var ALSO_TRAIN_MESSAGE = "named as holdout data, and also as training data (datasets.train, or the files given to validate): it is reviewed, and would be trained on, as training data, so the holdout set does not include it";
async function selectDatasets(settings, cwd) {
  if (!datasetsConfigured(settings.datasets)) {
    const found = await findJsonlFiles(cwd);
    const paths2 = { train: found.paths.filter((p) => roleByName(p) === "train"), holdout: found.paths.filter((p) => roleByName(p) === "holdout") };
    const selection2 = await oneRolePerFile(paths2, cwd);
    await refuseLfsPointers(selection2, cwd);
    return { ...selection2, discovery: { foundIn: found.foundBy, train: selection2.train, holdout: selection2.holdout, holdoutWords: [...HOLDOUT_WORDS] } };
  }
  const paths = { train: await expandPaths(settings.datasets.train, cwd), holdout: await expandPaths(settings.datasets.holdout, cwd) };
  const selection = await oneRolePerFile(paths, cwd);
  await refuseLfsPointers(selection, cwd);
  return selection;
}
async function refuseLfsPointers(paths, cwd) {
  for (const path2 of [...paths.train, ...paths.holdout]) {
    const bytes2 = await smallFileBytes(resolve2(cwd, path2), LFS_POINTER_MAX_BYTES);
    let pointer;
    try {
      pointer = bytes2 && parseLfsPointer(bytes2);
    } catch (error) {
      if (error instanceof LfsPointerError) throw new InputError(`${path2}: starts like a Git LFS pointer, but ${error.message}; it is not a dataset`);
      throw error;
    }
    if (pointer) {
      throw new InputError(
        `${path2}: this is a Git LFS pointer (object sha256:${pointer.oid.slice(0, 12)}\u2026, ${pointer.size} bytes), not the dataset it stands for. Fetch the content first: in a workflow, actions/checkout with \`lfs: true\`; in a clone, \`git lfs pull\`.`
      );
    }
  }
}
async function oneRolePerFile(paths, cwd) {
  const seen = /* @__PURE__ */ new Map();
  const keep = async (path2) => {
    const id = await fileIdentity(path2, cwd) ?? `path:${path2}`;
    const first = seen.get(id);
    if (first === void 0) seen.set(id, path2);
    return first;
  };
  const train = [];
  for (const path2 of paths.train) if (await keep(path2) === void 0) train.push(path2);
  const holdout = [];
  const notes = [];
  for (const path2 of paths.holdout) {
    const first = await keep(path2);
    if (first === void 0) holdout.push(path2);
    else if (train.includes(first)) notes.push({ code: "holdout-also-train", file: first, message: first === path2 ? ALSO_TRAIN_MESSAGE : `${path2} (the same file as ${first}) is ${ALSO_TRAIN_MESSAGE}` });
  }
  return { train, holdout, notes };
}
function asDatasetFiles(paths) {
  return [...paths.train.map((path2) => ({ path: path2, role: "train" })), ...paths.holdout.map((path2) => ({ path: path2, role: "holdout" }))];
}
function datasetRoles(datasets) {
  if (!datasetsConfigured(datasets)) {
    return { discovered: true, isDataset: isDatasetCandidate, roleOf: (p) => isDatasetCandidate(p) ? roleByName(p) : null, alsoHoldout: () => false };
  }
  const train = pathMatcher(datasets.train);
  const holdout = pathMatcher(datasets.holdout);
  return {
    discovered: false,
    isDataset: (p) => train(p) || holdout(p),
    roleOf: (p) => train(p) ? "train" : holdout(p) ? "holdout" : null,
    alsoHoldout: (p) => train(p) && holdout(p)
  };
}

// src/review/report/discovery.ts
var FOUND_IN = {
  git: "among the files git tracks here (or would add)",
  folder: "in this folder (node_modules and .git skipped)",
  "pull-request": "in the pull request's head commit (the files it changes and the checkout's)"
};
var PIN_LIMIT = 50;
function discoverySummary(d) {
  const found = d.train.length + d.holdout.length;
  if (found === 0) {
    return `No datasets are configured, and no JSONL file was found ${FOUND_IN[d.foundIn]}: nothing was reviewed. Name the files under datasets: in .finetune-ci.yml (train and holdout), or give them on the command line.`;
  }
  const quoted = d.holdoutWords.map((w) => `"${w}"`);
  const words = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted[0] ?? "";
  return `No datasets are configured, so the review took the ${found} JSONL file(s) found ${FOUND_IN[d.foundIn]}: ${d.train.length} as training data and ${d.holdout.length} as holdout data (a file or folder name with one of the words ${words}). Pin them in .finetune-ci.yml at the repository root to choose what is reviewed and trained on:`;
}
function pinSnippet(d) {
  const list = (paths) => {
    if (paths.length === 0) return [" []"];
    const shown2 = paths.slice(0, PIN_LIMIT).map((p) => `
    - ${JSON.stringify(p)}`);
    if (paths.length > PIN_LIMIT) shown2.push(`
    # ... and ${paths.length - PIN_LIMIT} more: the JSON report lists them all`);
    return shown2;
  };
  return `datasets:
  train:${list(d.train).join("")}
  holdout:${list(d.holdout).join("")}`;
}

// src/report/format.ts
function int(n) {
  return Math.round(n).toLocaleString("en-US");
}
function num(n, digits = 1) {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
function usd(n) {
  if (n === null) return "unknown price";
  if (n === 0) return "$0.00";
  if (n < 0.01) return `$${n.toPrecision(2)}`;
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function hours(h) {
  if (h < 1 / 60) return `${num(h * 3600, 0)} s`;
  if (h < 1) return `${num(h * 60, 1)} min`;
  return `${num(h, 2)} h`;
}
function place(file, line) {
  return line > 0 ? `${file}:${line}` : file;
}
function duration(seconds) {
  if (seconds < 9.95) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor(s % 3600 / 60)} min`;
}
function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${num(n / 1024, 1)} KiB`;
  if (n < 1024 ** 3) return `${num(n / 1024 ** 2, 1)} MiB`;
  return `${num(n / 1024 ** 3, 2)} GiB`;
}

// src/report/xyChart.ts
function mermaidXyChart(chart2) {
  const labels = chart2.x.labels.map((l) => typeof l === "number" ? String(l) : `"${quoteSafe(l)}"`).join(", ");
  const range = chart2.y.range ? ` ${chart2.y.range[0]} --> ${chart2.y.range[1]}` : "";
  const palette = chart2.palette?.filter((c) => /^#[0-9a-f]{6}$/i.test(c)) ?? [];
  return [
    "```mermaid",
    ...palette.length ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(", ")}"}}}}%%`] : [],
    "xychart-beta",
    `  title "${quoteSafe(chart2.title)}"`,
    `  x-axis "${quoteSafe(chart2.x.title)}" [${labels}]`,
    `  y-axis "${quoteSafe(chart2.y.title)}"${range}`,
    ...chart2.series.map((s) => `  ${s.kind} [${s.values.join(", ")}]`),
    "```"
  ].join("\n");
}
function chartValue(v) {
  return String(Number(v.toPrecision(4)));
}
function quoteSafe(text2) {
  return text2.replace(/"/g, "'").replace(/\r?\n|\r/g, " ");
}

// src/report/histogramChart.ts
function binLabel(from, to) {
  return to - from <= 1 ? String(from) : `${from}-${to - 1}`;
}
function histogramChart(histogram, options) {
  if (histogram.bins.length === 0) return `_${options.series}: none._`;
  const top = Math.max(1, ...histogram.bins.map((b) => b.count));
  const words = histogram.bins.map((b) => `${binLabel(b.from, b.to)}: ${int(b.count)}`).join(" \xB7 ");
  const chart2 = mermaidXyChart({
    title: options.title,
    x: { title: options.xAxis, labels: histogram.bins.map((b) => binLabel(b.from, b.to)) },
    y: { title: options.series, range: [0, top] },
    series: [{ kind: "bar", values: histogram.bins.map((b) => String(b.count)) }]
  });
  return [chart2, "", `Bars: ${options.series} per ${options.xAxis} bin. ${words}`].join("\n");
}

// node_modules/markdown-table/index.js
function defaultStringLength(value2) {
  return value2.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines2 = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines2.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines2.join("\n");
}
function serialize(value2) {
  return value2 === null || value2 === void 0 ? "" : String(value2);
}
function toAlignment(value2) {
  const code = typeof value2 === "string" ? value2.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/table.ts
var ALIGN_CODE = { left: "l", right: "r", center: "c" };
var CELL_CHARS = 500;
function markdownTable2(table2, options = {}) {
  const cell = options.cells === "markdown" ? (c) => c : (c) => inlineText(c, CELL_CHARS);
  return markdownTable([table2.header.map(cell), ...table2.rows.map((row) => row.map(cell))], {
    alignDelimiters: false,
    align: (table2.align ?? []).map((a) => a ? ALIGN_CODE[a] : "")
  });
}
function terminalTable(table2) {
  const all = [table2.header, ...table2.rows].map((row) => row.map(terminalLine));
  const widths = table2.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const pad = (c, i) => table2.align?.[i] === "right" ? c.padStart(widths[i]) : c.padEnd(widths[i]);
  const line = (r) => r.map((c, i) => pad(c, i)).join("  ").trimEnd();
  return [line(all[0]), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}

// src/review/report/tables.ts
function distRow(name, d) {
  return [name, int(d.min), num(d.mean), int(d.p5), num(d.p50, 0), num(d.p95, 0), int(d.max)];
}
function statisticsTable(report) {
  return {
    header: ["per training example", "min", "mean", "p5", "median", "p95", "max"],
    rows: [
      distRow("messages", report.stats.messagesPerExample),
      distRow(`tokens (${report.tokens.encoding})`, report.tokens.perExample),
      distRow("assistant tokens", report.tokens.assistantPerExample)
    ]
  };
}
function lifecycleText(report) {
  const l = report.model.lifecycle;
  const parts = [];
  if (l.newJobsEnd) parts.push(`new jobs end ${l.newJobsEnd}`);
  if (l.retires) parts.push(`snapshot retires ${l.retires}`);
  if (l.status === "retired") parts.unshift("RETIRED");
  else if (l.status === "no-new-jobs") parts.unshift("no new jobs");
  else if (l.daysLeft !== void 0) parts.push(`${l.daysLeft} days left`);
  return parts.length ? parts.join("; ") : "no announced end";
}
function costTable(report) {
  const { cost, model } = report;
  const sh = cost.selfHosted;
  const price = model.price;
  return {
    header: ["", `OpenAI fine-tuning (${model.name})`, `Self-hosted LoRA (${sh.baseModel}, ${sh.gpu})`],
    rows: [
      [
        "Training cost",
        price ? `${usd(cost.trainingUsd)} (${int(cost.chargedTokens)} tokens at $${price.trainingPerMillion}/1M)` : "unknown: add the price under models: in the config",
        `${usd(sh.usd)} (${hours(sh.gpuHours)} GPU time at $${num(sh.usdPerHour, 2)}/h, ${percent(sh.utilisation)} utilisation)`
      ],
      ["Tokens trained", `${int(cost.chargedTokens)} = ${int(cost.billedTokens)} billed x ${cost.epochs} epochs`, `${int(sh.trainedTokens)} = all tokens x ${cost.epochs} epochs`],
      [
        "Inference per 1,000 requests",
        cost.inference.usdPer1000Requests === null ? "unknown price" : `${usd(cost.inference.usdPer1000Requests)} (${int(cost.inference.promptTokens)} prompt + ${int(cost.inference.completionTokens)} completion tokens)`,
        "GPU time only (your serving hardware)"
      ],
      ["Data", "sent to OpenAI", "stays on your machines"],
      ["Weights", "hosted by OpenAI", "yours"],
      ["Availability", lifecycleText(report), "no end date"]
    ]
  };
}
function findingCountsTable(report) {
  return {
    header: ["severity", "code", "count", "first at"],
    rows: report.findingCounts.map((c) => {
      const first = report.findings.find((f) => f.code === c.code);
      return [c.severity, c.code, int(c.count), first ? place(first.file, first.line) : ""];
    })
  };
}

// src/review/report/markdown.ts
var COMMENT_OPTIONS = { firstLines: 3, perCode: 10, examples: 10, fullReport: "the job summary of this workflow run" };
var SUMMARY_OPTIONS = { firstLines: 5, perCode: 100, examples: 50 };
var MARKDOWN_OPTIONS = { firstLines: 1, perCode: 10, examples: 10 };
function table(header, rows) {
  return markdownTable2({ header, rows }, { cells: "markdown" });
}
function signed(n, show) {
  if (n === 0) return "\xB10";
  return `${n > 0 ? "+" : "\u2212"}${show(Math.abs(n))}`;
}
function lineLink(links, side, file, line) {
  const text2 = place(file, line);
  if (!links) return inlineText(text2, 200);
  return linkTo(text2, `${links[side]}${urlPath(file)}${line > 0 ? `#L${line}` : ""}`);
}
function metricValue(unit, v, whole = v === null || Number.isInteger(v)) {
  if (v === null) return "unknown";
  switch (unit) {
    case "usd":
      return usd(v);
    case "share":
      return percent(v);
    case "hours":
      return hours(v);
    default:
      return whole ? int(v) : num(v);
  }
}
function metricDelta(m) {
  if (m.change === null) return "n/a";
  const abs = m.unit === "share" ? signed(Math.round(m.change * 1e3) / 10, (n) => `${num(n)} pp`) : signed(m.change, (n) => metricValue(m.unit, n));
  return m.relative === null || m.unit === "share" ? abs : `${abs} (${signed(Math.round(m.relative * 1e3) / 10, (n) => `${num(n)}%`)})`;
}
function headline(report) {
  const s = report.summary;
  const pr = report.pullRequest;
  const out = [markdownHeading("dataset review", verdictLine(report)), ""];
  const counts2 = `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank \xB7 **${int(s.errors)}** error(s), **${int(s.warnings)}** warning(s), ${int(s.infos)} note(s)`;
  const discovery = report.discovery ? ["", ...discoveryMarkdown(report.discovery, report.files.length > 0)] : [];
  if (!pr) return [...out, counts2, ...discovery];
  const e = pr.examples;
  const cost = pr.metrics.find((m) => m.metric === "OpenAI training cost");
  out.push(
    `Pull request #${pr.number} changes ${pr.changedFiles.length} dataset file(s): **${signed(e.added, int)}** added, **${signed(-e.removed, int)}** removed, **${int(e.changed)}** changed example(s); tokens ${signed(e.tokensDelta, int)}` + (cost ? `; OpenAI training ${metricValue("usd", cost.base)} \u2192 ${metricValue("usd", cost.head)}` : `; OpenAI training ${usd(report.cost.trainingUsd)}`) + ".",
    "",
    counts2,
    ...discovery
  );
  return out;
}
function discoveryMarkdown(discovery, withPin) {
  const out = [`> [!NOTE]
> ${inlineText(discoverySummary(discovery), 2e3)}`];
  if (withPin) out.push("", codeBlock(pinSnippet(discovery), "yaml"));
  return out;
}
function findingPlaces(report) {
  const links = report.pullRequest?.links;
  const linkable = /* @__PURE__ */ new Set([...report.files.map((f) => f.path), ...report.configFile !== void 0 ? [report.configFile] : []]);
  return (file, line) => linkable.has(file) ? lineLink(links, "head", file, line) : inlineText(place(file, line), 200);
}
function findingsSection(report, placeLink, options) {
  if (!report.findingCounts.length) return ["#### Findings", "", "None."];
  const rows = report.findingCounts.map((c) => {
    const first = report.findings.filter((f) => f.code === c.code).slice(0, options.firstLines);
    const more = c.count - first.length;
    const lines2 = first.map((f) => placeLink(f.file, f.line)).join(", ") + (more > 0 ? ` and ${int(more)} more` : "");
    return [inlineText(c.severity), `\`${c.code}\``, int(c.count), lines2];
  });
  return ["#### Findings", "", table(["severity", "code", "count", options.firstLines === 1 ? "first at" : "first lines"], rows)];
}
function changesSection(pr, options) {
  const out = ["#### What this pull request changes", ""];
  const e = pr.examples;
  const roleRows = ["train", "holdout"].map((role) => {
    const r = e.byRole[role];
    return [role === "train" ? "training" : "holdout", signed(r.added, int), signed(-r.removed, int), int(r.changed), signed(r.tokensDelta, int)];
  });
  out.push(table(["examples", "added", "removed", "changed (same prompt, new answer)", "tokens"], roleRows), "");
  if (pr.metrics.length) out.push(table(["statistic", "base", "head", "change"], pr.metrics.map((m) => {
    const whole = [m.base, m.head].every((v) => v === null || Number.isInteger(v));
    return [inlineText(m.metric), metricValue(m.unit, m.base, whole), metricValue(m.unit, m.head, whole), metricDelta(m)];
  })));
  else out.push("No statistic moved.");
  const files2 = pr.changedFiles.map((f) => `- ${inlineText(f.status)}: ${inlineText(f.previousPath ? `${f.previousPath} \u2192 ${f.path}` : f.path, 300)}${f.role ? ` (${f.role})` : ""}`);
  const list = (title, count2, items) => count2 ? [`**${title}** (${int(count2)})`, "", ...items.slice(0, options.examples), ...count2 > Math.min(items.length, options.examples) ? [`- \u2026 and ${int(count2 - Math.min(items.length, options.examples))} more`] : [], ""] : [];
  const ref = (side, x) => `- ${lineLink(pr.links, side, x.file, x.line)} (${x.role}, ${int(x.tokens)} tokens)`;
  const details2 = [
    ...files2.length ? ["**Dataset files changed**", "", ...files2, ""] : [],
    ...list("Added", e.added, e.samples.added.map((x) => ref("head", x))),
    ...list("Removed", e.removed, e.samples.removed.map((x) => ref("base", x))),
    ...list(
      "Changed",
      e.changed,
      e.samples.changed.map((x) => `- ${lineLink(pr.links, "head", x.file, x.line)} (was ${lineLink(pr.links, "base", x.base.file, x.base.line)}; ${x.role}, tokens ${int(x.base.tokens)} \u2192 ${int(x.tokens)})`)
    )
  ];
  if (details2.length) out.push("", "<details><summary>Changed files and examples</summary>", "", ...details2, "</details>");
  if (pr.incompleteListing) out.push("", `> [!WARNING]
> ${inlineText(pr.incompleteListing, 1e3)}`);
  for (const note of pr.notes) out.push("", `> ${inlineText(note, 1e3)}`);
  return out;
}
function tokensSection(report) {
  const t = report.tokens;
  return [
    "#### Tokens",
    "",
    markdownTable2(statisticsTable(report)),
    "",
    `${int(t.total)} training tokens (${t.encoding}); ${int(t.billed)} billed per epoch; ${int(t.overLimit)} example(s) over the ${int(t.limit)}-token limit. Holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)}). Quantiles: ${inlineText(t.quantileMethod)}.`,
    "",
    "<details><summary>Token lengths (chart)</summary>",
    "",
    histogramChart(t.histogram, { title: "Tokens per training example", xAxis: `tokens (${t.encoding})`, series: "training examples" }),
    "",
    "</details>"
  ];
}
function costSection(report) {
  const out = ["#### Cost: OpenAI vs self-hosted", "", markdownTable2(costTable(report)), "", `Epochs: ${inlineText(report.cost.epochsRule)}. Prices: ${inlineText(report.model.priceSource)}.`];
  if (report.model.lifecycle.note) out.push("", `> ${inlineText(report.model.lifecycle.note, 1e3)}`);
  return out;
}
function allFindings(report, placeLink, options) {
  if (!report.findings.length) return [];
  const out = ["<details><summary>All findings</summary>", ""];
  for (const count2 of report.findingCounts) {
    const shown2 = report.findings.filter((f) => f.code === count2.code).slice(0, options.perCode);
    out.push(`**\`${count2.code}\`** (${count2.severity}, ${int(count2.count)}): ${inlineText(shown2[0]?.hint ?? "")}`, "");
    for (const f of shown2) {
      const related = f.related ? ` (see ${placeLink(f.related.file, f.related.line)})` : "";
      out.push(`- ${placeLink(f.file, f.line)}: ${inlineText(f.message)}${related}`);
    }
    if (count2.count > shown2.length) out.push(`- \u2026 and ${int(count2.count - shown2.length)} more`);
    out.push("");
  }
  out.push("</details>");
  return out;
}
function renderReviewMarkdown(report, options) {
  const pr = report.pullRequest;
  const placeLink = findingPlaces(report);
  const out = [...headline(report), "", ...findingsSection(report, placeLink, options)];
  if (pr) out.push("", ...changesSection(pr, options));
  out.push("", ...tokensSection(report), "", ...costSection(report));
  const all = allFindings(report, placeLink, options);
  if (all.length) out.push("", ...all);
  const where = pr ? [`base \`${pr.baseSha.slice(0, 7)}\` \u2192 head \`${pr.headSha.slice(0, 7)}\``] : [];
  out.push("", markdownFooter(report.tool, [...where, ...options.fullReport ? [`full report in ${options.fullReport}`] : []]));
  return `${out.join("\n")}
`;
}

// src/review/report/text.ts
function renderText(report, options = {}) {
  const perCode = options.perCode ?? 5;
  const s = report.summary;
  const out = [];
  out.push(textHeading("review", verdictLine(report)));
  out.push(
    `${s.files} file(s), ${int(s.lines)} lines = ${int(s.examples)} examples + ${int(s.invalidLines)} unreadable + ${int(s.blankLines)} blank; ${int(s.errors)} error(s), ${int(s.warnings)} warning(s), ${int(s.infos)} note(s)${s.suppressed ? `, ${int(s.suppressed)} suppressed by config` : ""}`
  );
  for (const f of report.files) out.push(`  ${f.role.padEnd(7)} ${f.path}: ${int(f.lines)} lines, ${int(f.examples)} examples (${f.format ?? "no examples"})`);
  if (report.discovery) {
    out.push("", discoverySummary(report.discovery));
    if (report.files.length) out.push(...pinSnippet(report.discovery).split("\n").map((line) => `    ${line}`));
  }
  if (report.findingCounts.length) {
    out.push("", "Findings");
    for (const count2 of report.findingCounts) {
      out.push(`  ${count2.severity.toUpperCase()} ${count2.code} (${int(count2.count)})`);
      const shown2 = report.findings.filter((f) => f.code === count2.code).slice(0, perCode);
      for (const f of shown2) out.push(`    ${place(f.file, f.line)}: ${f.message}${f.related ? ` [see ${place(f.related.file, f.related.line)}]` : ""}`);
      if (count2.count > shown2.length) out.push(`    ... and ${int(count2.count - shown2.length)} more`);
      if (shown2[0]) out.push(`    fix: ${shown2[0].hint}`);
    }
    out.push("", ...terminalTable(findingCountsTable(report)).split("\n"));
  }
  out.push("", "Statistics (training files)", ...terminalTable(statisticsTable(report)).split("\n"));
  const sp = report.stats.systemPrompts;
  out.push(
    `  holdout: ${int(report.stats.holdoutExamples)} examples (${percent(report.stats.holdoutShare)} of all; the seed's advice is 10-20%)`,
    `  system prompts: ${sp.variants}${sp.variantsCapped ? "+" : ""} variant(s), the most common in ${percent(sp.dominantShare)} of examples that have one`,
    `  over the ${int(report.tokens.limit)}-token limit: ${int(report.tokens.overLimit)} example(s)`
  );
  if (report.stats.labels) out.push(`  labels: ${report.stats.labels.map((l) => `${l.label} ${int(l.count)} (${percent(l.share)})`).join(", ")}`);
  out.push(`  quantiles: ${report.tokens.quantileMethod}`);
  out.push("", "Cost", ...terminalTable(costTable(report)).split("\n"));
  out.push(`  epochs: ${report.cost.epochsRule}`, `  prices: ${report.model.priceSource}`);
  if (report.model.lifecycle.note) out.push(`  note: ${report.model.lifecycle.note}`);
  return `${out.map(terminalLine).join("\n")}
`;
}

// src/adapters/files/outputFiles.ts
import { constants } from "node:fs";
import { open as open2, realpath, rename, rm as rm2, stat as stat3 } from "node:fs/promises";
import { basename, dirname, resolve as resolve3 } from "node:path";
var OutputError = class extends Error {
  constructor(path2, error) {
    super(`could not write ${path2}: ${describeIoError(error)}`);
    this.path = path2;
    this.name = "OutputError";
  }
  path;
};
function describeIoError(error) {
  const e = error;
  const reason = (e.message ?? String(error)).replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
  return e.code ? `${reason} (${e.code})` : reason;
}
var PARTIAL_SUFFIX = ".partial";
async function identity(path2, cwd) {
  const absolute = resolve3(cwd, path2);
  const info = await stat3(absolute).catch(() => void 0);
  if (info) return `${info.dev}:${info.ino}`;
  const folder = await realpath(dirname(absolute)).catch(() => void 0);
  return folder === void 0 ? void 0 : `new:${resolve3(folder, basename(absolute))}`;
}
async function checkOutputPaths(input, outputs, cwd) {
  for (const { flag, path: path2 } of outputs) {
    if (path2 === "" || /[/\\]$/.test(path2)) throw new InputError(`${flag} ${JSON.stringify(path2)}: give a file name, not a folder (for example ${flag} data/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    const absolute = resolve3(cwd, path2);
    const info = await stat3(absolute).catch(() => void 0);
    if (info?.isDirectory()) throw new InputError(`${flag} ${path2}: is a folder; give a file name inside it (for example ${path2.replace(/[/\\]+$/, "")}/${flag === "--train-out" ? "train" : "holdout"}.jsonl)`);
    if (info && !info.isFile()) throw new InputError(`${flag} ${path2}: is not a regular file (a device, pipe or socket); split writes a file and renames it into place, so give a file path`);
    const folder = await stat3(dirname(absolute)).catch(() => void 0);
    if (!folder?.isDirectory()) throw new InputError(`${flag} ${path2}: the folder ${dirname(path2)} does not exist; create it first`);
  }
  const named = [{ flag: "the input", path: input }, ...outputs, ...outputs.map((o) => ({ flag: `the temporary file of ${o.flag},`, path: `${o.path}${PARTIAL_SUFFIX}` }))];
  const ids = await Promise.all(named.map((n) => identity(n.path, cwd)));
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (ids[i] === void 0 || ids[i] !== ids[j]) continue;
      const [a, b] = [named[i], named[j]];
      if (i >= 1 + outputs.length && j >= 1 + outputs.length) continue;
      throw new InputError(
        a.flag === "the input" ? `${b.flag} ${b.path} is the input file ${input}: split would overwrite its own input; write the parts to other files` : `${a.flag} ${a.path} and ${b.flag} ${b.path} are the same file; give each part its own file`
      );
    }
  }
}
var BUFFER_BYTES = 1 << 20;
var PartialFile = class _PartialFile {
  constructor(path2, handle) {
    this.path = path2;
    this.handle = handle;
  }
  path;
  handle;
  pending = [];
  pendingBytes = 0;
  closed = false;
  get partialPath() {
    return `${this.path}${PARTIAL_SUFFIX}`;
  }
  /** Creates the partial file; an old one left by a killed run is replaced. */
  static async create(path2) {
    const partial = `${path2}${PARTIAL_SUFFIX}`;
    try {
      await rm2(partial, { force: true });
      return new _PartialFile(path2, await open2(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 420));
    } catch (error) {
      if (error.code === "EEXIST") throw new InputError(`${path2}: another output of this run is the same file on this file system; give each part its own file`);
      throw new OutputError(path2, error);
    }
  }
  async write(text2) {
    const bytes2 = Buffer.from(text2, "utf8");
    this.pending.push(bytes2);
    this.pendingBytes += bytes2.length;
    if (this.pendingBytes >= BUFFER_BYTES) await this.flush();
  }
  /** Writes what is left, makes it durable and closes it: where a full disk shows last. */
  async finish() {
    if (this.closed) return;
    await this.flush();
    try {
      await this.handle.sync();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
    await this.close();
  }
  /** Renames the finished file into place. */
  async commit() {
    await this.finish();
    try {
      await rename(this.partialPath, this.path);
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
  /** Closes and removes the partial file; never throws (it runs while another error is reported). */
  async discard() {
    await this.close().catch(() => void 0);
    await rm2(this.partialPath, { force: true }).catch(() => void 0);
  }
  async flush() {
    if (this.pendingBytes === 0) return;
    const bytes2 = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      for (let done = 0; done < bytes2.length; ) done += (await this.handle.write(bytes2, done, bytes2.length - done)).bytesWritten;
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.handle.close();
    } catch (error) {
      throw new OutputError(this.path, error);
    }
  }
};

// src/adapters/parallel/bundledWorkers.ts
function bundledWorkers(entryUrl) {
  return { review: new URL("./review-worker.js", entryUrl), tokens: new URL("./token-worker.js", entryUrl) };
}

// src/flow/runner.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
function runnerEnvironment(env = process.env) {
  return {
    repository: env.GITHUB_REPOSITORY ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    event: env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : {},
    sha: env.GITHUB_SHA ?? "",
    ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    temp: env.RUNNER_TEMP || tmpdir(),
    ...env.GITHUB_STEP_SUMMARY ? { stepSummary: env.GITHUB_STEP_SUMMARY } : {}
  };
}

// src/adapters/github/workflowCommands.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = /^[ \t]*::|##\[/m;
function inertLogText(text2) {
  if (!COMMAND_LINE.test(text2)) return text2;
  return fenceWorkflowCommands(text2);
}
function fenceWorkflowCommands(text2) {
  const token = randomUUID();
  return `::stop-commands::${token}
${text2}${text2.endsWith("\n") ? "" : "\n"}::${token}::`;
}

// src/train/plan.ts
import { isAbsolute, resolve as resolve4 } from "node:path";
var BUNDLED_TRAIN_SCRIPT = "self-hosted-runner/train.py";
var OPENAI_BASE_URL = "https://api.openai.com/v1";
var DEFAULT_KEY_ENV = { openai: "OPENAI_API_KEY", "azure-openai": "AZURE_OPENAI_API_KEY" };
function isHosted(plan) {
  return plan.provider !== "self-hosted";
}
function planTraining(settings, files2, paths) {
  const t = settings.train;
  if (files2.train.length === 0) throw new SettingsError("train: datasets.train names no file to train on; add your training JSONL to datasets.train in the config file");
  const inWorkspace = (p) => isAbsolute(p) ? p : resolve4(paths.workspace, p);
  const common = {
    method: t.method,
    epochs: t.epochs,
    ...t.maxSteps !== void 0 ? { maxSteps: t.maxSteps } : {},
    seed: t.seed,
    trainFiles: files2.train.map(inWorkspace),
    holdoutFiles: files2.holdout.map(inWorkspace),
    outputDir: inWorkspace(t.outputDir),
    artifact: { name: t.artifactName, ...t.artifactRetentionDays !== void 0 ? { retentionDays: t.artifactRetentionDays } : {} }
  };
  return t.provider === "self-hosted" ? selfHostedPlan(settings, common, inWorkspace, paths) : hostedPlan(settings, t.provider, common);
}
function selfHostedPlan(settings, common, inWorkspace, paths) {
  const t = settings.train;
  const gpu = t.gpuType ?? settings.selfHosted.gpu;
  const gpus = { ...DEFAULT_GPUS, ...settings.selfHosted.gpus };
  const gpuType = ownEntry(gpus, gpu);
  if (!gpuType) {
    const key = t.gpuType ? "train.gpuType" : "selfHosted.gpu";
    throw new SettingsError(`${key}: "${gpu}" is not a known GPU type (known: ${Object.keys(gpus).join(", ")}); add it under selfHosted.gpus with its peakTflops and usdPerHour`);
  }
  return {
    provider: "self-hosted",
    baseModel: t.baseModel ?? settings.selfHosted.baseModel,
    ...common,
    quantization: t.quantization,
    lora: t.lora,
    maxLength: t.maxLength,
    learningRate: t.learningRate,
    batchSize: t.batchSize,
    gradientAccumulation: t.gradientAccumulation,
    maxDroppedShare: t.maxDroppedShare,
    merge: t.merge,
    python: t.python,
    script: t.script ? inWorkspace(t.script) : resolve4(paths.actionRoot, BUNDLED_TRAIN_SCRIPT),
    pricing: { gpu, usdPerHour: gpuType.usdPerHour }
  };
}
function hostedPlan(settings, provider, common) {
  const o = settings.train.openai;
  const azure = provider === "azure-openai";
  if (azure && !o.baseURL) {
    throw new SettingsError("train.openai.baseURL: provider azure-openai needs your resource's v1 endpoint, e.g. https://RESOURCE.openai.azure.com/openai/v1 (no api-version)");
  }
  if (!azure && o.deployment) throw new SettingsError("train.openai.deployment: deployments are for provider azure-openai; OpenAI serves a fine-tuned model without one");
  if (common.maxSteps !== void 0) throw new SettingsError(`train.maxSteps: the ${provider} fine-tuning API trains whole epochs; remove maxSteps and set train.epochs`);
  if (!Number.isInteger(common.epochs)) throw new SettingsError(`train.epochs: the ${provider} fine-tuning API takes whole epochs, not ${common.epochs}`);
  if (azure && o.suffix?.includes(".")) throw new SettingsError(`train.openai.suffix: Azure OpenAI does not allow dots in a model suffix ("${o.suffix}")`);
  const baseModel = resolveModelName(settings.train.baseModel ?? settings.model);
  return {
    provider,
    baseModel,
    ...common,
    api: { baseURL: (o.baseURL ?? OPENAI_BASE_URL).replace(/\/+$/, ""), apiKeyEnv: o.apiKeyEnv ?? DEFAULT_KEY_ENV[provider] },
    hyperparameters: {
      n_epochs: common.epochs,
      batch_size: o.batchSize,
      learning_rate_multiplier: o.learningRateMultiplier,
      ...common.method === "dpo" ? { beta: o.beta } : {}
    },
    ...o.suffix ? { suffix: o.suffix } : {},
    ...azure ? { trainingType: o.trainingType } : {},
    follow: { wait: o.wait, timeoutMs: o.timeoutMinutes * 6e4, pollMs: o.pollSeconds * 1e3 },
    ...azure && o.deployment ? { deployment: o.deployment } : {},
    modelOverride: ownEntry(settings.models, baseModel) ?? ownEntry(settings.models, settings.train.baseModel ?? settings.model) ?? {}
  };
}

// src/train/providers/provider.ts
function isPending(outcome) {
  return "pending" in outcome;
}
var TrainingFailed = class extends Error {
  constructor(message, exitCode, alternative) {
    super(message);
    this.exitCode = exitCode;
    this.alternative = alternative;
    this.name = "TrainingFailed";
  }
  exitCode;
  alternative;
};

// src/train/trainAfterMerge.ts
import { mkdir as mkdir4, writeFile as writeFile3 } from "node:fs/promises";
import { join as join4, resolve as resolve5 } from "node:path";

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION2;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION3 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path2) => path2.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION3;
throttling.triggersNotification = triggersNotification;

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION4} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  if (Object.prototype.toString.call(value2) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value2);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value2);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url2] = route.split(" ");
    options = Object.assign(url2 ? { method, url: url2 } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url2, parameters) {
  const separator = /\?/.test(url2) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url2;
  }
  return url2 + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url2) {
  const matches = url2.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str2) {
  return str2.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str2) {
  return encodeURIComponent(str2).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value2, key) {
  value2 = operator === "+" || operator === "#" ? encodeReserved(value2) : encodeUnreserved(value2);
  if (key) {
    return encodeUnreserved(key) + "=" + value2;
  } else {
    return value2;
  }
}
function isDefined(value2) {
  return value2 !== void 0 && value2 !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value2 = context[key], result = [];
  if (isDefined(value2) && value2 !== "") {
    if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "bigint" || typeof value2 === "boolean") {
      value2 = value2.toString();
      if (modifier && modifier !== "*") {
        value2 = value2.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value2)) {
          value2.filter(isDefined).forEach(function(value22) {
            result.push(
              encodeValue(operator, value22, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value2).forEach(function(k) {
            if (isDefined(value2[k])) {
              result.push(encodeValue(operator, value2[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value2)) {
          value2.filter(isDefined).forEach(function(value22) {
            tmp.push(encodeValue(operator, value22));
          });
        } else {
          Object.keys(value2).forEach(function(k) {
            if (isDefined(value2[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value2[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value2)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value2 === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value2 === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url2 = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url2);
  url2 = parseUrl(url2).expand(parameters);
  if (!/^http/.test(url2)) {
    url2 = options.baseUrl + url2;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url2.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url2 = addQueryParameters(url2, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url: url2, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C2 = function() {
  };
  C2.prototype = /* @__PURE__ */ Object.create(null);
  return C2;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value2 = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value2 : value2.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value2 = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value2 : value2.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str2, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str2.charCodeAt(index) === BSLASH) {
      result += str2.slice(start, index);
      start = ++index;
    }
  }
  return result + str2.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject2 = val !== null && typeof val === "object";
    const hasToJSON = isObject2 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value2, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value2,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value2) return originalStringify(value2, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value2,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value2, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value2, context, userReviver) => {
  const isCustomFormatBigInt = typeof value2 === "string" && customFormat.test(value2);
  if (isCustomFormatBigInt) return BigInt(value2.slice(0, -1));
  const isNoiseValue = typeof value2 === "string" && noiseValue.test(value2);
  if (isNoiseValue) return value2.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value2;
  return userReviver(key, value2, context);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value2, context) => {
    const isNumber = typeof value2 === "number";
    const isOutOfBounds = value2 > Number.MAX_SAFE_INTEGER || value2 < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value2;
    return reviver(key, value2, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value2 = node.parent[node.key];
      const isComplexObject = value2 !== null && typeof value2 === "object";
      if (isComplexObject) {
        const keys = Object.keys(value2);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value2, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value2 = parent[key];
      if (typeof value2 === "string") {
        const isCustomFormatBigInt = customFormat.test(value2);
        if (isCustomFormatBigInt) {
          value2 = BigInt(value2.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value2);
          if (isNoise) value2 = value2.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value2 = userReviver.call(parent, key, value2);
      }
      const isDeleted = value2 === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value2;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value2, context) => convertMarkedBigIntsReviver(key, value2, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION5 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION5} ${getUserAgent()}`
  }
};
function isPlainObject2(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  if (Object.prototype.toString.call(value2) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value2);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value2);
}
var noop2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value2]) => [
      name,
      String(value2)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url2 = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value2] of fetchResponse.headers) {
    responseHeaders[key] = value2;
  }
  const octokitResponse = {
    url: url2,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION6} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION7 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION7} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION7;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION8 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path2 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path2} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path2} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION8;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION9 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url2 = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url2) return { done: true };
        try {
          const response = await requestMethod({ method, url: url2, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url2 = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url2 && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url2 = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url2 = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION9;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION10 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url2] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url: url2
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value2) {
    return target.cache[methodName] = value2;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION10;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION10;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION11 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION11}`
  }
);

// src/adapters/github/octokit.ts
var ResilientOctokit = Octokit2.plugin(retry, throttling);
var MAX_RETRIES = 2;
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
var RETRY_UNITS = /* @__PURE__ */ new WeakMap();
function retryDelayMs(client2, retry2) {
  return (RETRY_UNITS.get(client2) ?? 1e3) * retry2 * retry2;
}
var MAX_ATTEMPTS = 3;
function createOctokit(options) {
  const { token, baseUrl, log, retryUnitMs = 1e3, paceWrites = true } = options;
  const throttle = {
    retryAfterBaseValue: retryUnitMs,
    onRateLimit: (retryAfter, request2, _octokit, retryCount) => retryOrGiveUp(log, `GitHub API rate limit reached by ${request2.method} ${request2.url}`, retryAfter, retryCount),
    onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => retryOrGiveUp(log, `GitHub API secondary rate limit hit by ${request2.method} ${request2.url}`, retryAfter, retryCount),
    ...paceWrites ? {} : { write: UNPACED_GROUP, notifications: UNPACED_GROUP }
  };
  const client2 = new ResilientOctokit({
    auth: token,
    ...baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, "") } : {},
    log: quietRequestLog(log),
    throttle,
    retry: { retries: MAX_RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: retryUnitMs }
  });
  RETRY_UNITS.set(client2, retryUnitMs);
  return client2;
}
function retryOrGiveUp(log, what, retryAfter, retryCount) {
  const retry2 = retryCount < MAX_RETRIES;
  log.warn(retry2 ? `${what}; retry ${retryCount + 1} of ${MAX_RETRIES} after ${retryAfter} s` : `${what}; giving up after ${MAX_RETRIES} retries`);
  return retry2;
}
var UNPACED_GROUP = {
  key: () => ({
    schedule: (_options, task, ...args) => Promise.resolve(task(...args))
  })
};
function quietRequestLog(log) {
  const debug = (message) => log.debug(message);
  return { debug, info: debug, warn: (message) => log.warn(message), error: debug };
}

// src/adapters/github/requestErrors.ts
function httpStatus(error) {
  return error instanceof Error && "status" in error && typeof error.status === "number" ? error.status : void 0;
}
function isPermissionDenied(error, statuses = [403]) {
  const status = httpStatus(error);
  return status !== void 0 && statuses.includes(status) && !/rate limit/i.test(error.message);
}
function permissionFix(permission) {
  return `add \`${permission}\` to the workflow's (or the job's) \`permissions:\` block, e.g.
  permissions:
    ${permission}`;
}
function withoutQuery(url2) {
  try {
    const parsed = new URL(url2);
    parsed.search = "";
    return parsed.toString();
  } catch {
    return "(an unparsable URL)";
  }
}

// src/adapters/github/truncateBody.ts
var GITHUB_BODY_LIMIT = 65536;
var DEFAULT_TRUNCATION_NOTICE = "> [!WARNING]\n> This comment was cut to fit GitHub's 65,536-character limit. The full report is in the job summary of this workflow run.";
function truncateBody(body, limit2 = GITHUB_BODY_LIMIT, notice = DEFAULT_TRUNCATION_NOTICE) {
  if (body.length <= limit2) return body;
  const tail = `

${notice}`;
  const state = { openDetails: 0 };
  let best = { keptLength: 0, closers: "" };
  let keptLength = -1;
  for (const line of body.split("\n")) {
    keptLength += line.length + 1;
    advance(state, line);
    const closers = closersFor(state);
    if (keptLength + closers.length + tail.length > limit2) break;
    best = { keptLength, closers };
  }
  const result = body.slice(0, best.keptLength) + best.closers + tail;
  return result.length <= limit2 ? result : cutCodeUnits(result, limit2);
}
function closersFor(state) {
  return [...state.fence ? [state.fence] : [], ...Array(state.openDetails).fill("</details>")].map((c) => `
${c}`).join("");
}
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function advance(state, line) {
  const fence = FENCE.exec(line)?.[1];
  if (state.fence) {
    if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) delete state.fence;
    return;
  }
  if (fence) {
    state.fence = fence;
    return;
  }
  const opened = line.match(/<details\b[^>]*>/gi)?.length ?? 0;
  const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
  state.openDetails = Math.max(0, state.openDetails + opened - closed);
}
function cutCodeUnits(text2, limit2) {
  const cut2 = text2.slice(0, limit2);
  return /[\uD800-\uDBFF]$/.test(cut2) ? cut2.slice(0, -1) : cut2;
}

// src/adapters/github/stickyComment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function markerComment(marker) {
  if (!/^[\w-]+$/.test(marker)) throw new Error(`sticky comment marker "${marker}" must be letters, digits, - or _`);
  return `<!-- finetune-ci:${marker} -->`;
}
async function upsertStickyComment(octokit, target) {
  const { owner, repo, issueNumber, authorLogin = ACTIONS_BOT_LOGIN } = target;
  const hidden = markerComment(target.marker);
  const body = `${hidden}
${truncateBody(target.body, GITHUB_BODY_LIMIT - hidden.length - 1, target.truncationNotice)}`;
  try {
    const existing = await findComment(octokit, { owner, repo, issueNumber, hidden, authorLogin });
    if (existing && sameBody(existing.body, body)) return { action: "unchanged", url: existing.html_url };
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: "updated", url: data.html_url };
    }
    return await createOnce(octokit, { owner, repo, issueNumber, hidden, authorLogin }, body);
  } catch (error) {
    if (isPermissionDenied(error, [403, 404])) {
      return { action: "forbidden", reason: `GitHub refused the pull request comment (HTTP ${error.status}): ${error.message}` };
    }
    throw error;
  }
}
async function createOnce(octokit, query, body) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: query.owner, repo: query.repo, issue_number: query.issueNumber, body, request: { retries: 0 } });
      return { action: "created", url: data.html_url };
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !mayHaveLanded(error)) throw error;
      await new Promise((done) => setTimeout(done, retryDelayMs(octokit, attempt)));
      const landed = await findComment(octokit, query);
      if (landed && sameBody(landed.body, body)) return { action: "created", url: landed.html_url };
      if (landed) {
        const { data } = await octokit.rest.issues.updateComment({ owner: query.owner, repo: query.repo, comment_id: landed.id, body });
        return { action: "created", url: data.html_url };
      }
    }
  }
}
function mayHaveLanded(error) {
  if (!(error instanceof Error)) return false;
  const status = "status" in error && typeof error.status === "number" ? error.status : void 0;
  return status === void 0 || status >= 500;
}
async function findComment(octokit, query) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: query.owner,
    repo: query.repo,
    issue_number: query.issueNumber,
    per_page: 100
  });
  for await (const { data } of pages) {
    const found = data.find((c) => c.user?.login === query.authorLogin && c.body?.includes(query.hidden));
    if (found) return found;
  }
  return void 0;
}
function sameBody(stored, wanted) {
  return stored?.replace(/\r\n/g, "\n") === wanted.replace(/\r\n/g, "\n");
}

// src/train/cost.ts
function compareTokenCost(trainedTokens, price, review, trainEpochs) {
  const usd2 = price.usdPerMillion === null ? null : trainedTokens / 1e6 * price.usdPerMillion;
  const actual = { trainedTokens, usdPerMillion: price.usdPerMillion, usd: usd2, priceSource: price.source };
  if (!review) return { kind: "tokens", actual, estimate: null };
  const scale = trainEpochs !== null && review.epochs > 0 ? trainEpochs / review.epochs : 1;
  const chargedTokens = review.chargedTokens * scale;
  const estimatedUsd = price.usdPerMillion === null ? null : chargedTokens / 1e6 * price.usdPerMillion;
  return {
    kind: "tokens",
    actual,
    estimate: { chargedTokens, usd: estimatedUsd, epochs: trainEpochs ?? review.epochs, reviewEpochs: review.epochs, tokensRatio: ratio(trainedTokens, chargedTokens), usdRatio: usd2 !== null && estimatedUsd !== null ? ratio(usd2, estimatedUsd) : null }
  };
}
function actualCost(input) {
  const gpuHours2 = input.wallSeconds / 3600 * input.gpus;
  return { gpu: input.gpu, gpus: input.gpus, usdPerHour: input.usdPerHour, wallSeconds: input.wallSeconds, gpuHours: gpuHours2, usd: gpuHours2 * input.usdPerHour };
}
function compareWithEstimate(actual, trainedTokens, estimate, epochs) {
  if (!estimate) return { kind: "gpu", actual, estimate: null };
  const scale = epochs.train !== null && epochs.review > 0 ? epochs.train / epochs.review : 1;
  const gpuHours2 = estimate.gpuHours * scale;
  const estimatedTokens = estimate.trainedTokens * scale;
  return {
    kind: "gpu",
    actual,
    estimate: {
      gpu: estimate.gpu,
      gpuHours: gpuHours2,
      usd: estimate.usd * scale,
      usdPerHour: estimate.usdPerHour,
      trainedTokens: estimatedTokens,
      epochs: epochs.train ?? epochs.review,
      reviewEpochs: epochs.review,
      utilisation: estimate.utilisation,
      gpuHoursRatio: ratio(actual.gpuHours, gpuHours2),
      tokensRatio: ratio(trainedTokens, estimatedTokens)
    }
  };
}
function ratio(a, b) {
  return a > 0 && b > 0 ? a / b : null;
}

// src/train/datasetGate.ts
var SHOWN = 20;
function trainingRefusal(report, limit2 = SHOWN) {
  const secrets = report.secrets.count;
  const others = report.findingCounts.filter((c) => c.severity === "error" && c.code !== "secret").reduce((n, c) => n + c.count, 0);
  if (secrets === 0 && others === 0) return void 0;
  const blocking = [...report.secrets.findings, ...report.findings.filter((f) => f.severity === "error" && f.code !== "secret")];
  const reasons = [
    secrets > 0 ? plural(secrets, "secret") : void 0,
    others > 0 ? plural(others, secrets > 0 ? "other error" : "error") : void 0
  ].filter(Boolean);
  const lines2 = blocking.slice(0, limit2).map(describe);
  const total = secrets + others;
  if (total > lines2.length) lines2.push(`\u2026 and ${total - lines2.length} more (see the review report in the job summary)`);
  return {
    summary: `training refused: the dataset review found ${reasons.join(" and ")}. Fix the dataset and push again${secrets > 0 ? "; rotate every credential that was committed" : ""}.`,
    lines: lines2
  };
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function describe(f) {
  return `${place(f.file, f.line)} ${f.code}: ${f.message}`;
}

// src/flow/log.ts
async function inGroup(log, title, run) {
  if (log.group) return log.group(title, run);
  log.info(title);
  return run();
}

// src/train/providers/selfHosted.ts
import { mkdir, readdir, readFile, rm as rm3, writeFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute as isAbsolute2, join, relative } from "node:path";

// src/adapters/process/childEnv.ts
var RUNNER_CREDENTIALS = [
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_TOKEN$/,
  /^ACTIONS_ID_TOKEN_REQUEST_URL$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/
];
function withoutRunnerCredentials(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !RUNNER_CREDENTIALS.some((p) => p.test(name))));
}

// src/adapters/process/runProcess.ts
import { spawn as spawn2 } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";

// src/adapters/process/groupSignals.ts
var FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
var groups2 = /* @__PURE__ */ new Set();
function forward(signal) {
  for (const pid of groups2) kill(pid, signal);
  if (process.listenerCount(signal) <= 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}
function onExit() {
  for (const pid of groups2) kill(pid, "SIGTERM");
}
function install() {
  for (const signal of FORWARDED) process.on(signal, forward);
  process.on("exit", onExit);
}
function uninstall() {
  for (const signal of FORWARDED) process.off(signal, forward);
  process.off("exit", onExit);
}
function kill(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function forwardSignalsTo(pid, isGroup) {
  if (!isGroup) return () => void 0;
  if (groups2.size === 0) install();
  groups2.add(pid);
  return () => {
    groups2.delete(pid);
    if (groups2.size === 0) uninstall();
  };
}

// src/adapters/process/runProcess.ts
var ProcessStartError = class extends Error {
  constructor(command2, reason, code, message) {
    super(message);
    this.command = command2;
    this.reason = reason;
    this.code = code;
    this.name = "ProcessStartError";
  }
  command;
  reason;
  code;
};
var DEFAULT_TAIL = 50;
var DEFAULT_GRACE_MS = 1e4;
var GROUPS = process.platform !== "win32";
async function startProcess(options) {
  options.signal?.throwIfAborted();
  if (options.cwd !== void 0 && !existsSync(options.cwd)) throw new ProcessStartError(options.command, "no-working-directory", void 0, `could not start "${options.command}": its working directory ${options.cwd} does not exist`);
  const child = spawn2(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: GROUPS
  });
  try {
    await Promise.race([once(child, "spawn"), once(child, "error").then(([error]) => Promise.reject(error))]);
  } catch (error) {
    throw startError(options, error);
  }
  const pid = child.pid;
  const tail = [];
  const keep = options.tailLines ?? DEFAULT_TAIL;
  const stdout = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const stderr = createInterface({ input: child.stderr, crlfDelay: Infinity });
  stdout.on("line", (line) => options.onStdout?.(line));
  stderr.on("line", (line) => {
    options.onStderr?.(line);
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > keep) tail.shift();
  });
  const unforward = forwardSignalsTo(pid, GROUPS);
  let stopped = false;
  let killTimer;
  const exited = new Promise((resolve11) => {
    child.once("close", (code, signal) => {
      clearTimeout(killTimer);
      unforward();
      options.signal?.removeEventListener("abort", stop);
      resolve11({ code, signal, stderrTail: [...tail], stopped });
    });
  });
  function send2(signal) {
    try {
      if (GROUPS) process.kill(-pid, signal);
      else child.kill(signal);
    } catch {
    }
  }
  function stop() {
    if (!stopped) {
      stopped = true;
      send2("SIGTERM");
      killTimer = setTimeout(() => send2("SIGKILL"), options.killGraceMs ?? DEFAULT_GRACE_MS);
      killTimer.unref();
    }
    return exited;
  }
  options.signal?.addEventListener("abort", stop, { once: true });
  return { pid, exited, stop };
}
async function runProcess(options) {
  return (await startProcess(options)).exited;
}
function startError(options, error) {
  const what = `"${options.command}"`;
  switch (error.code) {
    case "ENOENT":
      return new ProcessStartError(options.command, "not-found", error.code, `could not start ${what}: not found (no such file, and not a command on PATH)`);
    case "EACCES":
      return new ProcessStartError(options.command, "not-executable", error.code, `could not start ${what}: permission denied (is it executable?)`);
    default:
      return new ProcessStartError(options.command, "other", error.code, `could not start ${what}: ${error.message}`);
  }
}

// src/train/progress.ts
var PROGRESS_PREFIX = "FINETUNE_CI_PROGRESS ";
function parseProgressLine(line) {
  if (!line.startsWith(PROGRESS_PREFIX)) return void 0;
  const parsed = parseRecord(line.slice(PROGRESS_PREFIX.length));
  if (!("record" in parsed)) return void 0;
  const o = parsed.record;
  switch (o.event) {
    case "train":
      if (!isCount(o.step)) return void 0;
      return {
        event: "train",
        step: o.step,
        totalSteps: isCount(o.total_steps) ? o.total_steps : 0,
        epoch: numberOrNull(o.epoch),
        loss: numberOrNull(o.loss),
        learningRate: numberOrNull(o.learning_rate),
        numTokens: isCount(o.num_tokens) ? o.num_tokens : 0,
        tokensPerSecond: numberOrNull(o.tokens_per_second),
        etaSeconds: numberOrNull(o.eta_seconds)
      };
    case "eval":
      if (!isCount(o.step)) return void 0;
      return {
        event: "eval",
        step: o.step,
        totalSteps: isCount(o.total_steps) ? o.total_steps : 0,
        epoch: numberOrNull(o.epoch),
        evalLoss: numberOrNull(o.eval_loss),
        evalTokenAccuracy: numberOrNull(o.eval_mean_token_accuracy)
      };
    case "done":
      if (typeof o.run_json !== "string" || typeof o.adapter_path !== "string") return void 0;
      return {
        event: "done",
        runJson: o.run_json,
        adapterPath: o.adapter_path,
        mergedPath: typeof o.merged_path === "string" ? o.merged_path : null,
        finalTrainLoss: numberOrNull(o.final_train_loss),
        finalEvalLoss: numberOrNull(o.final_eval_loss)
      };
    default:
      return void 0;
  }
}
function describeProgress(event) {
  switch (event.event) {
    case "train": {
      const parts = [event.totalSteps > 0 ? `step ${event.step}/${event.totalSteps} (${Math.floor(100 * event.step / event.totalSteps)}%)` : `step ${event.step}`];
      if (event.epoch !== null) parts.push(`epoch ${num(event.epoch, 2)}`);
      if (event.loss !== null) parts.push(`loss ${lossText(event.loss)}`);
      parts.push(`${int(event.numTokens)} tokens`);
      if (event.tokensPerSecond !== null) parts.push(`${int(event.tokensPerSecond)} tokens/s`);
      parts.push(`ETA ${event.etaSeconds === null ? "unknown" : duration(event.etaSeconds)}`);
      return parts.join(" \xB7 ");
    }
    case "eval": {
      const parts = [`eval at step ${event.step}${event.epoch !== null ? ` (epoch ${num(event.epoch, 2)})` : ""}`];
      if (event.evalLoss !== null) parts.push(`eval loss ${lossText(event.evalLoss)}`);
      if (event.evalTokenAccuracy !== null) parts.push(`token accuracy ${num(100 * event.evalTokenAccuracy, 1)}%`);
      return parts.join(" \xB7 ");
    }
    case "done":
      return `training done \xB7 adapter ${event.adapterPath}${event.mergedPath ? ` \xB7 merged model ${event.mergedPath}` : ""}`;
  }
}
function lossText(loss) {
  return loss.toFixed(4);
}
function isCount(v) {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
function numberOrNull(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

// src/train/runRecord.ts
var RunRecordError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RunRecordError";
  }
};
function parseMetricsJsonl(text2, source) {
  const lines2 = [];
  text2.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    const at = `${source}:${index + 1}`;
    const o = objectAt(raw, at);
    const line = {
      step: count(o, "step", at),
      epoch: numberOrNull2(o, "epoch", at),
      loss: numberOrNull2(o, "loss", at),
      learningRate: numberOrNull2(o, "learning_rate", at),
      numTokens: count(o, "num_tokens", at)
    };
    const evalLoss = numberOrNull2(o, "eval_loss", at);
    if (evalLoss !== null) line.evalLoss = evalLoss;
    const accuracy = numberOrNull2(o, "eval_mean_token_accuracy", at);
    if (accuracy !== null) line.evalTokenAccuracy = accuracy;
    lines2.push(line);
  });
  return lines2;
}
function parseRunJson(text2, source) {
  const o = objectAt(text2, source);
  const device = isObject(o.device) ? o.device : {};
  const cuda = device.cuda === true;
  const files2 = { train: datasetFiles(o, "train_files", source, { atLeastOne: true }), eval: datasetFiles(o, "eval_files", source, { atLeastOne: false }) };
  return {
    baseModel: string(o, "base_model", source),
    method: string(o, "method", source),
    quantization: string(o, "quantization", source),
    adapterPath: string(o, "adapter_path", source),
    mergedPath: typeof o.merged_path === "string" ? o.merged_path : null,
    trainFiles: files2.train,
    evalFiles: files2.eval,
    globalSteps: count(o, "global_steps", source),
    trainedTokens: count(o, "trained_tokens", source),
    trainSeconds: numberOrNull2(o, "train_seconds", source) ?? missing("train_seconds", source),
    wallSeconds: numberOrNull2(o, "wall_time_seconds", source) ?? missing("wall_time_seconds", source),
    tokensPerSecond: numberOrNull2(o, "tokens_per_second", source),
    peakGpuMemoryBytes: numberOrNull2(o, "peak_gpu_memory_bytes", source),
    finalTrainLoss: numberOrNull2(o, "final_train_loss", source),
    meanTrainLoss: numberOrNull2(o, "mean_train_loss", source),
    finalEvalLoss: numberOrNull2(o, "final_eval_loss", source),
    config: isObject(o.config) ? o.config : {},
    versions: isObject(o.versions) ? Object.fromEntries(Object.entries(o.versions).map(([k, v]) => [k, typeof v === "string" ? v : null])) : {},
    device: {
      cuda,
      worldSize: typeof device.world_size === "number" ? device.world_size : 1,
      // On a GPU machine the job holds every GPU it can see, so that is what it costs.
      gpuCount: cuda && typeof device.gpu_count === "number" ? device.gpu_count : 0,
      gpuName: cuda && typeof device.gpu_name === "string" ? device.gpu_name : null
    },
    data: dataOf(o.data, files2, source)
  };
}
var OLDER_TRAIN_PY = "; this run.json was written by a train.py older than finetune-ci's (one file per split, no per-file hashes): train again with this version";
function datasetFiles(o, key, source, options) {
  const v = o[key];
  if (!Array.isArray(v) || options.atLeastOne && v.length === 0) {
    const older = v === void 0 && "train_file_sha256" in o ? OLDER_TRAIN_PY : "";
    throw new RunRecordError(`${source}: "${key}" must be a list of ${options.atLeastOne ? "one or more " : ""}{path, sha256, bytes} objects, found ${JSON.stringify(v)}${older}`);
  }
  return v.map((f, i) => {
    const at = `${source} ${key}[${i}]`;
    if (!isObject(f)) throw new RunRecordError(`${at}: expected an object, found ${JSON.stringify(f)}`);
    const sha256 = string(f, "sha256", at);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RunRecordError(`${at}: "sha256" must be 64 lowercase hex digits, found ${JSON.stringify(sha256)}`);
    return { path: string(f, "path", at), sha256, bytes: count(f, "bytes", at) };
  });
}
function dataOf(value2, files2, source) {
  if (!isObject(value2)) throw new RunRecordError(`${source}: "data" must be an object, found ${JSON.stringify(value2)}`);
  const list = (key) => {
    const v = value2[key];
    const paths = files2[key].map((f) => f.path);
    if (!Array.isArray(v)) throw new RunRecordError(`${source} data.${key}: expected a list with one entry per file of ${key}_files (${JSON.stringify(paths)}), found ${JSON.stringify(v)}`);
    const entries = v.map((c, i) => counts(c, `${source} data.${key}[${i}]`));
    const named = entries.map((c) => c.file);
    if (named.length !== paths.length || named.some((file, i) => file !== paths[i])) {
      throw new RunRecordError(`${source} data.${key}: expected one entry per file of ${key}_files in the same order (${JSON.stringify(paths)}), found entries for ${JSON.stringify(named)}`);
    }
    return entries;
  };
  return { train: list("train"), eval: value2.eval === null && files2.eval.length === 0 ? null : list("eval") };
}
function counts(c, at) {
  if (!isObject(c)) throw new RunRecordError(`${at}: expected an object, found ${JSON.stringify(c)}`);
  return {
    file: string(c, "file", at),
    maxLength: count(c, "max_length", at),
    examples: count(c, "examples", at),
    trainedExamples: count(c, "trained_examples", at),
    truncatedExamples: count(c, "truncated_examples", at),
    droppedExamples: count(c, "dropped_examples", at),
    truncatedLines: lines(c, "truncated_lines", at),
    droppedLines: lines(c, "dropped_lines", at),
    longestExampleTokens: count(c, "longest_example_tokens", at)
  };
}
function lines(o, key, at) {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((n) => typeof n === "number" && Number.isInteger(n) && n > 0)) throw new RunRecordError(`${at}: "${key}" must be a list of line numbers, found ${JSON.stringify(v)}`);
  return v;
}
function objectAt(text2, at) {
  let value2;
  try {
    value2 = JSON.parse(text2);
  } catch (error) {
    throw new RunRecordError(`${at}: not valid JSON (${error.message})`);
  }
  if (!isObject(value2)) throw new RunRecordError(`${at}: expected a JSON object`);
  return value2;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function missing(key, at) {
  throw new RunRecordError(`${at}: "${key}" is missing or not a number`);
}
function count(o, key, at) {
  const v = o[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new RunRecordError(`${at}: "${key}" must be a whole number, found ${JSON.stringify(v)}`);
  return v;
}
function string(o, key, at) {
  const v = o[key];
  if (typeof v !== "string") throw new RunRecordError(`${at}: "${key}" must be a string, found ${JSON.stringify(v)}`);
  return v;
}
function numberOrNull2(o, key, at) {
  const v = o[key];
  if (v === void 0 || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new RunRecordError(`${at}: "${key}" must be a number or null, found ${JSON.stringify(v)}`);
  return v;
}

// src/train/runConfig.ts
function runOptions(plan, files2) {
  return {
    model_name_or_path: plan.baseModel,
    train_file: files2.trainFiles,
    ...files2.evalFiles.length > 0 ? { eval_file: files2.evalFiles } : {},
    output_dir: plan.outputDir,
    method: plan.method,
    quantization: plan.quantization,
    lora_r: plan.lora.r,
    lora_alpha: plan.lora.alpha,
    lora_dropout: plan.lora.dropout,
    lora_target_modules: plan.lora.targetModules,
    max_length: plan.maxLength,
    max_dropped_share: plan.maxDroppedShare,
    num_train_epochs: plan.epochs,
    max_steps: plan.maxSteps ?? -1,
    learning_rate: plan.learningRate,
    per_device_train_batch_size: plan.batchSize,
    per_device_eval_batch_size: plan.batchSize,
    gradient_accumulation_steps: plan.gradientAccumulation,
    seed: plan.seed,
    merge: plan.merge
  };
}
function runConfigYaml(plan, files2) {
  const lines2 = Object.entries(runOptions(plan, files2)).map(([key, value2]) => `${key}: ${yamlValue(value2)}`);
  return ["# Written by finetune-ci for self-hosted-runner/train.py; rerun from the repository root with: python train.py --config <this file>", ...lines2, ""].join("\n");
}
function yamlValue(value2) {
  if (typeof value2 === "number") return pythonFloat(value2);
  if (typeof value2 === "boolean") return value2 ? "true" : "false";
  if (Array.isArray(value2)) return `[${value2.map(yamlValue).join(", ")}]`;
  return JSON.stringify(String(value2));
}
function pythonFloat(n) {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to the run config`);
  const text2 = String(n);
  if (!text2.includes("e")) return text2;
  const [mantissa, exponent] = text2.split("e");
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}e${exponent.startsWith("-") || exponent.startsWith("+") ? exponent : `+${exponent}`}`;
}

// src/train/providers/selfHosted.ts
var EXIT_MEANING = {
  1: "unexpected failure; the Python traceback is in the log above",
  2: "bad configuration, or this machine cannot run the requested setup",
  3: "dataset problem",
  4: "model not found"
};
var STDERR_KEPT = 50;
var selfHostedProvider = {
  name: "self-hosted",
  async train(anyPlan, io) {
    if (anyPlan.provider !== "self-hosted") throw new Error(`the self-hosted provider was given a ${anyPlan.provider} plan`);
    const plan = anyPlan;
    await mkdir(plan.outputDir, { recursive: true });
    await Promise.all(["run.json", "metrics.jsonl"].map((name) => rm3(join(plan.outputDir, name), { force: true })));
    const given = (path2) => inCheckout(path2, io.workspace);
    const configPath = join(plan.outputDir, "run.yaml");
    await writeFile(configPath, runConfigYaml(plan, { trainFiles: plan.trainFiles.map(given), evalFiles: plan.holdoutFiles.map(given) }));
    io.log.info(`Running ${plan.python} ${plan.script} --config ${configPath}`);
    const done = await runTrainScript(plan, configPath, io);
    const runJsonPath = done?.runJson ?? join(plan.outputDir, "run.json");
    const metricsPath = join(plan.outputDir, "metrics.jsonl");
    const run = parseRunJson(await readFile(runJsonPath, "utf8"), runJsonPath);
    const metrics = parseMetricsJsonl(await readFile(metricsPath, "utf8"), metricsPath);
    const adapterFiles = await listFiles(run.adapterPath);
    return {
      provider: "self-hosted",
      model: run.baseModel,
      baseModel: run.baseModel,
      method: run.method,
      quantization: run.quantization,
      adapterPath: run.adapterPath,
      mergedPath: run.mergedPath,
      outputDir: plan.outputDir,
      keep: [...adapterFiles.map((f) => relative(plan.outputDir, f)), "metrics.jsonl", "run.json", "run.yaml"],
      metrics,
      steps: run.globalSteps,
      trainedTokens: run.trainedTokens,
      trainSeconds: run.trainSeconds,
      wallSeconds: run.wallSeconds,
      tokensPerSecond: run.tokensPerSecond,
      finalTrainLoss: run.finalTrainLoss,
      meanTrainLoss: run.meanTrainLoss,
      finalEvalLoss: run.finalEvalLoss,
      hardware: { gpus: run.device.gpuCount, gpuName: run.device.gpuName, peakGpuMemoryBytes: run.peakGpuMemoryBytes },
      versions: run.versions,
      data: { train: account(run.data.train, plan.maxLength), eval: run.data.eval ? account(run.data.eval, plan.maxLength) : null }
    };
  }
};
function inCheckout(path2, workspace) {
  if (!workspace) return path2;
  const inside = relative(workspace, path2);
  return inside === "" || inside.startsWith("..") || isAbsolute2(inside) ? path2 : inside;
}
function account(files2, maxLength) {
  const sum = (count2) => files2.reduce((total, c) => total + count2(c), 0);
  const at = (lines2) => files2.flatMap((c) => lines2(c).map((line) => ({ file: c.file, line })));
  return {
    maxLength,
    examples: sum((c) => c.examples),
    trainedExamples: sum((c) => c.trainedExamples),
    truncatedExamples: sum((c) => c.truncatedExamples),
    droppedExamples: sum((c) => c.droppedExamples),
    truncatedAt: at((c) => c.truncatedLines),
    droppedAt: at((c) => c.droppedLines),
    longestExampleTokens: Math.max(0, ...files2.map((c) => c.longestExampleTokens))
  };
}
async function runTrainScript(plan, configPath, io) {
  let done;
  const result = await runProcess({
    command: plan.python,
    args: [plan.script, "--config", configPath],
    // Relative dataset paths in run.yaml are relative to the checkout.
    cwd: io.workspace ?? dirname2(plan.script),
    // The runner's own tokens stay with finetune-ci: train.py (or a custom script) gets the rest.
    env: { ...withoutRunnerCredentials(io.env), PYTHONUNBUFFERED: "1" },
    tailLines: STDERR_KEPT,
    onStdout: (line) => {
      const event = parseProgressLine(line);
      if (event?.event === "done") done = event;
      io.log.info(event ? describeProgress(event) : line);
      if (event?.event === "train") io.progress?.(describeProgress(event));
    },
    // A progress bar's redraws arrive as lines of their own; blank ones say nothing.
    onStderr: (line) => {
      if (line.trim() !== "") io.log.info(line);
    }
  }).catch((error) => {
    throw error instanceof ProcessStartError ? startFailure(plan, error) : error;
  });
  const { code, signal, stderrTail } = result;
  if (code === 0) return done;
  const errorLine = stderrTail.findLast((l) => /\berror:/i.test(l)) ?? stderrTail.at(-1) ?? "(train.py wrote nothing to stderr)";
  if (code === null) throw new TrainingFailed(`train.py was killed by ${signal} (out of memory, or the job was cancelled). Last output: ${errorLine}`);
  throw new TrainingFailed(`train.py failed with exit code ${code} (${EXIT_MEANING[code] ?? "unknown exit code"}): ${errorLine}`, code);
}
function startFailure(plan, error) {
  if (error.reason === "not-found") {
    return new TrainingFailed(`could not start train.py: the Python executable "${plan.python}" was not found; set train.python in the config file to a Python with self-hosted-runner/requirements.txt installed`);
  }
  return new TrainingFailed(`could not start train.py with "${plan.python}": ${error.message}`);
}
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

// src/train/providers/hosted/hostedProvider.ts
import { writeFile as writeFile2, mkdir as mkdir3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// node_modules/openai/internal/tslib.mjs
function __classPrivateFieldSet(receiver, state, value2, kind, f) {
  if (kind === "m")
    throw new TypeError("Private method is not writable");
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value2) : f ? f.value = value2 : state.set(receiver, value2), value2;
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}

// node_modules/openai/internal/utils/uuid.mjs
var uuid4 = function() {
  const { crypto: crypto2 } = globalThis;
  if (crypto2?.randomUUID) {
    uuid4 = crypto2.randomUUID.bind(crypto2);
    return crypto2.randomUUID();
  }
  const u8 = new Uint8Array(1);
  const randomByte = crypto2 ? () => crypto2.getRandomValues(u8)[0] : () => Math.random() * 255 & 255;
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ randomByte() & 15 >> +c / 4).toString(16));
};

// node_modules/openai/internal/errors.mjs
function isAbortError(err) {
  return typeof err === "object" && err !== null && // Spec-compliant fetch implementations
  ("name" in err && err.name === "AbortError" || // Expo fetch
  "message" in err && String(err.message).includes("FetchRequestCanceledException"));
}
var castToError = (err) => {
  if (err instanceof Error)
    return err;
  if (typeof err === "object" && err !== null) {
    try {
      if (Object.prototype.toString.call(err) === "[object Error]") {
        const error = new Error(err.message, err.cause ? { cause: err.cause } : {});
        if (err.stack)
          error.stack = err.stack;
        if (err.cause && !error.cause)
          error.cause = err.cause;
        if (err.name)
          error.name = err.name;
        return error;
      }
    } catch {
    }
    try {
      return new Error(JSON.stringify(err));
    } catch {
    }
  }
  return new Error(err);
};

// node_modules/openai/core/error.mjs
var OpenAIError = class extends Error {
};
var APIError = class _APIError extends OpenAIError {
  constructor(status, error, message, headers) {
    super(`${_APIError.makeMessage(status, error, message)}`);
    this.status = status;
    this.headers = headers;
    this.requestID = headers?.get("x-request-id");
    this.error = error;
    const data = error;
    this.code = data?.["code"];
    this.param = data?.["param"];
    this.type = data?.["type"];
  }
  static makeMessage(status, error, message) {
    const msg = error?.message ? typeof error.message === "string" ? error.message : JSON.stringify(error.message) : error ? JSON.stringify(error) : message;
    if (status && msg) {
      return `${status} ${msg}`;
    }
    if (status) {
      return `${status} status code (no body)`;
    }
    if (msg) {
      return msg;
    }
    return "(no status code or body)";
  }
  static generate(status, errorResponse, message, headers) {
    if (!status || !headers) {
      return new APIConnectionError({ message, cause: castToError(errorResponse) });
    }
    const error = errorResponse?.["error"];
    if (status === 400) {
      return new BadRequestError(status, error, message, headers);
    }
    if (status === 401) {
      return new AuthenticationError(status, error, message, headers);
    }
    if (status === 403) {
      return new PermissionDeniedError(status, error, message, headers);
    }
    if (status === 404) {
      return new NotFoundError(status, error, message, headers);
    }
    if (status === 409) {
      return new ConflictError(status, error, message, headers);
    }
    if (status === 422) {
      return new UnprocessableEntityError(status, error, message, headers);
    }
    if (status === 429) {
      return new RateLimitError(status, error, message, headers);
    }
    if (status >= 500) {
      return new InternalServerError(status, error, message, headers);
    }
    return new _APIError(status, error, message, headers);
  }
};
var APIUserAbortError = class extends APIError {
  constructor({ message } = {}) {
    super(void 0, void 0, message || "Request was aborted.", void 0);
  }
};
var APIConnectionError = class extends APIError {
  constructor({ message, cause }) {
    super(void 0, void 0, message || "Connection error.", void 0);
    if (cause)
      this.cause = cause;
  }
};
var APIConnectionTimeoutError = class extends APIConnectionError {
  constructor({ message } = {}) {
    super({ message: message ?? "Request timed out." });
  }
};
var BadRequestError = class extends APIError {
};
var AuthenticationError = class extends APIError {
};
var PermissionDeniedError = class extends APIError {
};
var NotFoundError = class extends APIError {
};
var ConflictError = class extends APIError {
};
var UnprocessableEntityError = class extends APIError {
};
var RateLimitError = class extends APIError {
};
var InternalServerError = class extends APIError {
};
var LengthFinishReasonError = class extends OpenAIError {
  constructor() {
    super(`Could not parse response content as the length limit was reached`);
  }
};
var ContentFilterFinishReasonError = class extends OpenAIError {
  constructor() {
    super(`Could not parse response content as the request was rejected by the content filter`);
  }
};
var InvalidWebhookSignatureError = class extends Error {
  constructor(message) {
    super(message);
  }
};
var OAuthError = class extends APIError {
  constructor(status, error, headers) {
    let finalMessage = "OAuth2 authentication error";
    let error_code = void 0;
    if (error && typeof error === "object") {
      const errorData = error;
      error_code = errorData["error"];
      const description = errorData["error_description"];
      if (description && typeof description === "string") {
        finalMessage = description;
      } else if (error_code) {
        finalMessage = error_code;
      }
    }
    super(status, error, finalMessage, headers);
    this.error_code = error_code;
  }
};
var SubjectTokenProviderError = class extends OpenAIError {
  constructor(message, provider, cause) {
    super(message);
    this.provider = provider;
    this.cause = cause;
  }
};

// node_modules/openai/internal/utils/values.mjs
var startsWithSchemeRegexp = /^[a-z][a-z0-9+.-]*:/i;
var isAbsoluteURL = (url2) => {
  return startsWithSchemeRegexp.test(url2);
};
var isArray = (val) => (isArray = Array.isArray, isArray(val));
var isReadonlyArray = isArray;
function maybeObj(x) {
  if (typeof x !== "object") {
    return {};
  }
  return x ?? {};
}
function isEmptyObj(obj) {
  if (!obj)
    return true;
  for (const _k in obj)
    return false;
  return true;
}
function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
function isObj(obj) {
  return obj != null && typeof obj === "object" && !Array.isArray(obj);
}
var validatePositiveInteger = (name, n) => {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new OpenAIError(`${name} must be an integer`);
  }
  if (n < 0) {
    throw new OpenAIError(`${name} must be a positive integer`);
  }
  return n;
};
var safeJSON = (text2) => {
  try {
    return JSON.parse(text2);
  } catch (err) {
    return void 0;
  }
};

// node_modules/openai/internal/utils/sleep.mjs
var sleep = (ms) => new Promise((resolve11) => setTimeout(resolve11, ms));

// node_modules/openai/version.mjs
var VERSION12 = "6.49.0";

// node_modules/openai/internal/detect-platform.mjs
var isRunningInBrowser = () => {
  return (
    // @ts-ignore
    typeof window !== "undefined" && // @ts-ignore
    typeof window.document !== "undefined" && // @ts-ignore
    typeof navigator !== "undefined"
  );
};
function getDetectedPlatform() {
  if (typeof Deno !== "undefined" && Deno.build != null) {
    return "deno";
  }
  if (typeof EdgeRuntime !== "undefined") {
    return "edge";
  }
  if (Object.prototype.toString.call(typeof globalThis.process !== "undefined" ? globalThis.process : 0) === "[object process]") {
    return "node";
  }
  return "unknown";
}
var getPlatformProperties = () => {
  const detectedPlatform = getDetectedPlatform();
  if (detectedPlatform === "deno") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION12,
      "X-Stainless-OS": normalizePlatform(Deno.build.os),
      "X-Stainless-Arch": normalizeArch(Deno.build.arch),
      "X-Stainless-Runtime": "deno",
      "X-Stainless-Runtime-Version": typeof Deno.version === "string" ? Deno.version : Deno.version?.deno ?? "unknown"
    };
  }
  if (typeof EdgeRuntime !== "undefined") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION12,
      "X-Stainless-OS": "Unknown",
      "X-Stainless-Arch": `other:${EdgeRuntime}`,
      "X-Stainless-Runtime": "edge",
      "X-Stainless-Runtime-Version": globalThis.process.version
    };
  }
  if (detectedPlatform === "node") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION12,
      "X-Stainless-OS": normalizePlatform(globalThis.process.platform ?? "unknown"),
      "X-Stainless-Arch": normalizeArch(globalThis.process.arch ?? "unknown"),
      "X-Stainless-Runtime": "node",
      "X-Stainless-Runtime-Version": globalThis.process.version ?? "unknown"
    };
  }
  const browserInfo = getBrowserInfo();
  if (browserInfo) {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION12,
      "X-Stainless-OS": "Unknown",
      "X-Stainless-Arch": "unknown",
      "X-Stainless-Runtime": `browser:${browserInfo.browser}`,
      "X-Stainless-Runtime-Version": browserInfo.version
    };
  }
  return {
    "X-Stainless-Lang": "js",
    "X-Stainless-Package-Version": VERSION12,
    "X-Stainless-OS": "Unknown",
    "X-Stainless-Arch": "unknown",
    "X-Stainless-Runtime": "unknown",
    "X-Stainless-Runtime-Version": "unknown"
  };
};
function getBrowserInfo() {
  if (typeof navigator === "undefined" || !navigator) {
    return null;
  }
  const browserPatterns = [
    { key: "edge", pattern: /Edge(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /MSIE(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /Trident(?:.*rv\:(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "chrome", pattern: /Chrome(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "firefox", pattern: /Firefox(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "safari", pattern: /(?:Version\W+(\d+)\.(\d+)(?:\.(\d+))?)?(?:\W+Mobile\S*)?\W+Safari/ }
  ];
  for (const { key, pattern } of browserPatterns) {
    const match = pattern.exec(navigator.userAgent);
    if (match) {
      const major = match[1] || 0;
      const minor = match[2] || 0;
      const patch = match[3] || 0;
      return { browser: key, version: `${major}.${minor}.${patch}` };
    }
  }
  return null;
}
var normalizeArch = (arch) => {
  if (arch === "x32")
    return "x32";
  if (arch === "x86_64" || arch === "x64")
    return "x64";
  if (arch === "arm")
    return "arm";
  if (arch === "aarch64" || arch === "arm64")
    return "arm64";
  if (arch)
    return `other:${arch}`;
  return "unknown";
};
var normalizePlatform = (platform) => {
  platform = platform.toLowerCase();
  if (platform.includes("ios"))
    return "iOS";
  if (platform === "android")
    return "Android";
  if (platform === "darwin")
    return "MacOS";
  if (platform === "win32")
    return "Windows";
  if (platform === "freebsd")
    return "FreeBSD";
  if (platform === "openbsd")
    return "OpenBSD";
  if (platform === "linux")
    return "Linux";
  if (platform)
    return `Other:${platform}`;
  return "Unknown";
};
var _platformHeaders;
var getPlatformHeaders = () => {
  return _platformHeaders ?? (_platformHeaders = getPlatformProperties());
};

// node_modules/openai/internal/shims.mjs
function getDefaultFetch() {
  if (typeof fetch !== "undefined") {
    return fetch;
  }
  throw new Error("`fetch` is not defined as a global; Either pass `fetch` to the client, `new OpenAI({ fetch })` or polyfill the global, `globalThis.fetch = fetch`");
}
function makeReadableStream(...args) {
  const ReadableStream = globalThis.ReadableStream;
  if (typeof ReadableStream === "undefined") {
    throw new Error("`ReadableStream` is not defined as a global; You will need to polyfill it, `globalThis.ReadableStream = ReadableStream`");
  }
  return new ReadableStream(...args);
}
function ReadableStreamFrom(iterable) {
  let iter = Symbol.asyncIterator in iterable ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  return makeReadableStream({
    start() {
    },
    async pull(controller) {
      const { done, value: value2 } = await iter.next();
      if (done) {
        controller.close();
      } else {
        controller.enqueue(value2);
      }
    },
    async cancel() {
      await iter.return?.();
    }
  });
}
function ReadableStreamToAsyncIterable(stream) {
  if (stream[Symbol.asyncIterator])
    return stream;
  const reader = stream.getReader();
  return {
    async next() {
      try {
        const result = await reader.read();
        if (result?.done)
          reader.releaseLock();
        return result;
      } catch (e) {
        reader.releaseLock();
        throw e;
      }
    },
    async return() {
      const cancelPromise = reader.cancel();
      reader.releaseLock();
      await cancelPromise;
      return { done: true, value: void 0 };
    },
    [Symbol.asyncIterator]() {
      return this;
    }
  };
}
async function CancelReadableStream(stream) {
  if (stream === null || typeof stream !== "object")
    return;
  if (stream[Symbol.asyncIterator]) {
    await stream[Symbol.asyncIterator]().return?.();
    return;
  }
  const reader = stream.getReader();
  const cancelPromise = reader.cancel();
  reader.releaseLock();
  await cancelPromise;
}

// node_modules/openai/internal/request-options.mjs
var FallbackEncoder = ({ headers, body }) => {
  return {
    bodyHeaders: {
      "content-type": "application/json"
    },
    body: JSON.stringify(body)
  };
};

// node_modules/openai/internal/qs/formats.mjs
var default_format = "RFC3986";
var default_formatter = (v) => String(v);
var formatters = {
  RFC1738: (v) => String(v).replace(/%20/g, "+"),
  RFC3986: default_formatter
};
var RFC1738 = "RFC1738";

// node_modules/openai/internal/qs/utils.mjs
var has = (obj, key) => (has = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty), has(obj, key));
var hex_table = /* @__PURE__ */ (() => {
  const array = [];
  for (let i = 0; i < 256; ++i) {
    array.push("%" + ((i < 16 ? "0" : "") + i.toString(16)).toUpperCase());
  }
  return array;
})();
var limit = 1024;
var encode = (str2, _defaultEncoder, charset, _kind, format) => {
  if (str2.length === 0) {
    return str2;
  }
  let string2 = str2;
  if (typeof str2 === "symbol") {
    string2 = Symbol.prototype.toString.call(str2);
  } else if (typeof str2 !== "string") {
    string2 = String(str2);
  }
  if (charset === "iso-8859-1") {
    return escape(string2).replace(/%u[0-9a-f]{4}/gi, function($0) {
      return "%26%23" + parseInt($0.slice(2), 16) + "%3B";
    });
  }
  let out = "";
  for (let j = 0; j < string2.length; j += limit) {
    const segment = string2.length >= limit ? string2.slice(j, j + limit) : string2;
    const arr = [];
    for (let i = 0; i < segment.length; ++i) {
      let c = segment.charCodeAt(i);
      if (c === 45 || // -
      c === 46 || // .
      c === 95 || // _
      c === 126 || // ~
      c >= 48 && c <= 57 || // 0-9
      c >= 65 && c <= 90 || // a-z
      c >= 97 && c <= 122 || // A-Z
      format === RFC1738 && (c === 40 || c === 41)) {
        arr[arr.length] = segment.charAt(i);
        continue;
      }
      if (c < 128) {
        arr[arr.length] = hex_table[c];
        continue;
      }
      if (c < 2048) {
        arr[arr.length] = hex_table[192 | c >> 6] + hex_table[128 | c & 63];
        continue;
      }
      if (c < 55296 || c >= 57344) {
        arr[arr.length] = hex_table[224 | c >> 12] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
        continue;
      }
      i += 1;
      c = 65536 + ((c & 1023) << 10 | segment.charCodeAt(i) & 1023);
      arr[arr.length] = hex_table[240 | c >> 18] + hex_table[128 | c >> 12 & 63] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
    }
    out += arr.join("");
  }
  return out;
};
function is_buffer(obj) {
  if (!obj || typeof obj !== "object") {
    return false;
  }
  return !!(obj.constructor && obj.constructor.isBuffer && obj.constructor.isBuffer(obj));
}
function maybe_map(val, fn) {
  if (isArray(val)) {
    const mapped = [];
    for (let i = 0; i < val.length; i += 1) {
      mapped.push(fn(val[i]));
    }
    return mapped;
  }
  return fn(val);
}

// node_modules/openai/internal/qs/stringify.mjs
var array_prefix_generators = {
  brackets(prefix) {
    return String(prefix) + "[]";
  },
  comma: "comma",
  indices(prefix, key) {
    return String(prefix) + "[" + key + "]";
  },
  repeat(prefix) {
    return String(prefix);
  }
};
var push_to_array = function(arr, value_or_array) {
  Array.prototype.push.apply(arr, isArray(value_or_array) ? value_or_array : [value_or_array]);
};
var toISOString;
var defaults = {
  addQueryPrefix: false,
  allowDots: false,
  allowEmptyArrays: false,
  arrayFormat: "indices",
  charset: "utf-8",
  charsetSentinel: false,
  delimiter: "&",
  encode: true,
  encodeDotInKeys: false,
  encoder: encode,
  encodeValuesOnly: false,
  format: default_format,
  formatter: default_formatter,
  /** @deprecated */
  indices: false,
  serializeDate(date) {
    return (toISOString ?? (toISOString = Function.prototype.call.bind(Date.prototype.toISOString)))(date);
  },
  skipNulls: false,
  strictNullHandling: false
};
function is_non_nullish_primitive(v) {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "symbol" || typeof v === "bigint";
}
var sentinel = {};
function inner_stringify(object, prefix, generateArrayPrefix, commaRoundTrip, allowEmptyArrays, strictNullHandling, skipNulls, encodeDotInKeys, encoder, filter, sort, allowDots, serializeDate, format, formatter, encodeValuesOnly, charset, sideChannel) {
  let obj = object;
  let tmp_sc = sideChannel;
  let step = 0;
  let find_flag = false;
  while ((tmp_sc = tmp_sc.get(sentinel)) !== void 0 && !find_flag) {
    const pos = tmp_sc.get(object);
    step += 1;
    if (typeof pos !== "undefined") {
      if (pos === step) {
        throw new RangeError("Cyclic object value");
      } else {
        find_flag = true;
      }
    }
    if (typeof tmp_sc.get(sentinel) === "undefined") {
      step = 0;
    }
  }
  if (typeof filter === "function") {
    obj = filter(prefix, obj);
  } else if (obj instanceof Date) {
    obj = serializeDate?.(obj);
  } else if (generateArrayPrefix === "comma" && isArray(obj)) {
    obj = maybe_map(obj, function(value2) {
      if (value2 instanceof Date) {
        return serializeDate?.(value2);
      }
      return value2;
    });
  }
  if (obj === null) {
    if (strictNullHandling) {
      return encoder && !encodeValuesOnly ? (
        // @ts-expect-error
        encoder(prefix, defaults.encoder, charset, "key", format)
      ) : prefix;
    }
    obj = "";
  }
  if (is_non_nullish_primitive(obj) || is_buffer(obj)) {
    if (encoder) {
      const key_value = encodeValuesOnly ? prefix : encoder(prefix, defaults.encoder, charset, "key", format);
      return [
        formatter?.(key_value) + "=" + // @ts-expect-error
        formatter?.(encoder(obj, defaults.encoder, charset, "value", format))
      ];
    }
    return [formatter?.(prefix) + "=" + formatter?.(String(obj))];
  }
  const values = [];
  if (typeof obj === "undefined") {
    return values;
  }
  let obj_keys;
  if (generateArrayPrefix === "comma" && isArray(obj)) {
    if (encodeValuesOnly && encoder) {
      obj = maybe_map(obj, encoder);
    }
    obj_keys = [{ value: obj.length > 0 ? obj.join(",") || null : void 0 }];
  } else if (isArray(filter)) {
    obj_keys = filter;
  } else {
    const keys = Object.keys(obj);
    obj_keys = sort ? keys.sort(sort) : keys;
  }
  const encoded_prefix = encodeDotInKeys ? String(prefix).replace(/\./g, "%2E") : String(prefix);
  const adjusted_prefix = commaRoundTrip && isArray(obj) && obj.length === 1 ? encoded_prefix + "[]" : encoded_prefix;
  if (allowEmptyArrays && isArray(obj) && obj.length === 0) {
    return adjusted_prefix + "[]";
  }
  for (let j = 0; j < obj_keys.length; ++j) {
    const key = obj_keys[j];
    const value2 = (
      // @ts-ignore
      typeof key === "object" && typeof key.value !== "undefined" ? key.value : obj[key]
    );
    if (skipNulls && value2 === null) {
      continue;
    }
    const encoded_key = allowDots && encodeDotInKeys ? key.replace(/\./g, "%2E") : key;
    const key_prefix = isArray(obj) ? typeof generateArrayPrefix === "function" ? generateArrayPrefix(adjusted_prefix, encoded_key) : adjusted_prefix : adjusted_prefix + (allowDots ? "." + encoded_key : "[" + encoded_key + "]");
    sideChannel.set(object, step);
    const valueSideChannel = /* @__PURE__ */ new WeakMap();
    valueSideChannel.set(sentinel, sideChannel);
    push_to_array(values, inner_stringify(
      value2,
      key_prefix,
      generateArrayPrefix,
      commaRoundTrip,
      allowEmptyArrays,
      strictNullHandling,
      skipNulls,
      encodeDotInKeys,
      // @ts-ignore
      generateArrayPrefix === "comma" && encodeValuesOnly && isArray(obj) ? null : encoder,
      filter,
      sort,
      allowDots,
      serializeDate,
      format,
      formatter,
      encodeValuesOnly,
      charset,
      valueSideChannel
    ));
  }
  return values;
}
function normalize_stringify_options(opts = defaults) {
  if (typeof opts.allowEmptyArrays !== "undefined" && typeof opts.allowEmptyArrays !== "boolean") {
    throw new TypeError("`allowEmptyArrays` option can only be `true` or `false`, when provided");
  }
  if (typeof opts.encodeDotInKeys !== "undefined" && typeof opts.encodeDotInKeys !== "boolean") {
    throw new TypeError("`encodeDotInKeys` option can only be `true` or `false`, when provided");
  }
  if (opts.encoder !== null && typeof opts.encoder !== "undefined" && typeof opts.encoder !== "function") {
    throw new TypeError("Encoder has to be a function.");
  }
  const charset = opts.charset || defaults.charset;
  if (typeof opts.charset !== "undefined" && opts.charset !== "utf-8" && opts.charset !== "iso-8859-1") {
    throw new TypeError("The charset option must be either utf-8, iso-8859-1, or undefined");
  }
  let format = default_format;
  if (typeof opts.format !== "undefined") {
    if (!has(formatters, opts.format)) {
      throw new TypeError("Unknown format option provided.");
    }
    format = opts.format;
  }
  const formatter = formatters[format];
  let filter = defaults.filter;
  if (typeof opts.filter === "function" || isArray(opts.filter)) {
    filter = opts.filter;
  }
  let arrayFormat;
  if (opts.arrayFormat && opts.arrayFormat in array_prefix_generators) {
    arrayFormat = opts.arrayFormat;
  } else if ("indices" in opts) {
    arrayFormat = opts.indices ? "indices" : "repeat";
  } else {
    arrayFormat = defaults.arrayFormat;
  }
  if ("commaRoundTrip" in opts && typeof opts.commaRoundTrip !== "boolean") {
    throw new TypeError("`commaRoundTrip` must be a boolean, or absent");
  }
  const allowDots = typeof opts.allowDots === "undefined" ? !!opts.encodeDotInKeys === true ? true : defaults.allowDots : !!opts.allowDots;
  return {
    addQueryPrefix: typeof opts.addQueryPrefix === "boolean" ? opts.addQueryPrefix : defaults.addQueryPrefix,
    // @ts-ignore
    allowDots,
    allowEmptyArrays: typeof opts.allowEmptyArrays === "boolean" ? !!opts.allowEmptyArrays : defaults.allowEmptyArrays,
    arrayFormat,
    charset,
    charsetSentinel: typeof opts.charsetSentinel === "boolean" ? opts.charsetSentinel : defaults.charsetSentinel,
    commaRoundTrip: !!opts.commaRoundTrip,
    delimiter: typeof opts.delimiter === "undefined" ? defaults.delimiter : opts.delimiter,
    encode: typeof opts.encode === "boolean" ? opts.encode : defaults.encode,
    encodeDotInKeys: typeof opts.encodeDotInKeys === "boolean" ? opts.encodeDotInKeys : defaults.encodeDotInKeys,
    encoder: typeof opts.encoder === "function" ? opts.encoder : defaults.encoder,
    encodeValuesOnly: typeof opts.encodeValuesOnly === "boolean" ? opts.encodeValuesOnly : defaults.encodeValuesOnly,
    filter,
    format,
    formatter,
    serializeDate: typeof opts.serializeDate === "function" ? opts.serializeDate : defaults.serializeDate,
    skipNulls: typeof opts.skipNulls === "boolean" ? opts.skipNulls : defaults.skipNulls,
    // @ts-ignore
    sort: typeof opts.sort === "function" ? opts.sort : null,
    strictNullHandling: typeof opts.strictNullHandling === "boolean" ? opts.strictNullHandling : defaults.strictNullHandling
  };
}
function stringify(object, opts = {}) {
  let obj = object;
  const options = normalize_stringify_options(opts);
  let obj_keys;
  let filter;
  if (typeof options.filter === "function") {
    filter = options.filter;
    obj = filter("", obj);
  } else if (isArray(options.filter)) {
    filter = options.filter;
    obj_keys = filter;
  }
  const keys = [];
  if (typeof obj !== "object" || obj === null) {
    return "";
  }
  const generateArrayPrefix = array_prefix_generators[options.arrayFormat];
  const commaRoundTrip = generateArrayPrefix === "comma" && options.commaRoundTrip;
  if (!obj_keys) {
    obj_keys = Object.keys(obj);
  }
  if (options.sort) {
    obj_keys.sort(options.sort);
  }
  const sideChannel = /* @__PURE__ */ new WeakMap();
  for (let i = 0; i < obj_keys.length; ++i) {
    const key = obj_keys[i];
    if (options.skipNulls && obj[key] === null) {
      continue;
    }
    push_to_array(keys, inner_stringify(
      obj[key],
      key,
      // @ts-expect-error
      generateArrayPrefix,
      commaRoundTrip,
      options.allowEmptyArrays,
      options.strictNullHandling,
      options.skipNulls,
      options.encodeDotInKeys,
      options.encode ? options.encoder : null,
      options.filter,
      options.sort,
      options.allowDots,
      options.serializeDate,
      options.format,
      options.formatter,
      options.encodeValuesOnly,
      options.charset,
      sideChannel
    ));
  }
  const joined = keys.join(options.delimiter);
  let prefix = options.addQueryPrefix === true ? "?" : "";
  if (options.charsetSentinel) {
    if (options.charset === "iso-8859-1") {
      prefix += "utf8=%26%2310003%3B&";
    } else {
      prefix += "utf8=%E2%9C%93&";
    }
  }
  return joined.length > 0 ? prefix + joined : "";
}

// node_modules/openai/internal/utils/query.mjs
function stringifyQuery(query) {
  return stringify(query, { arrayFormat: "brackets" });
}

// node_modules/openai/internal/utils/bytes.mjs
function concatBytes(buffers) {
  let length = 0;
  for (const buffer of buffers) {
    length += buffer.length;
  }
  const output = new Uint8Array(length);
  let index = 0;
  for (const buffer of buffers) {
    output.set(buffer, index);
    index += buffer.length;
  }
  return output;
}
var encodeUTF8_;
function encodeUTF8(str2) {
  let encoder;
  return (encodeUTF8_ ?? (encoder = new globalThis.TextEncoder(), encodeUTF8_ = encoder.encode.bind(encoder)))(str2);
}
var decodeUTF8_;
function decodeUTF8(bytes2) {
  let decoder;
  return (decodeUTF8_ ?? (decoder = new globalThis.TextDecoder(), decodeUTF8_ = decoder.decode.bind(decoder)))(bytes2);
}

// node_modules/openai/internal/decoders/line.mjs
var _LineDecoder_buffer;
var _LineDecoder_carriageReturnIndex;
var LineDecoder = class {
  constructor() {
    _LineDecoder_buffer.set(this, void 0);
    _LineDecoder_carriageReturnIndex.set(this, void 0);
    __classPrivateFieldSet(this, _LineDecoder_buffer, new Uint8Array(), "f");
    __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
  }
  decode(chunk) {
    if (chunk == null) {
      return [];
    }
    const binaryChunk = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : typeof chunk === "string" ? encodeUTF8(chunk) : chunk;
    __classPrivateFieldSet(this, _LineDecoder_buffer, concatBytes([__classPrivateFieldGet(this, _LineDecoder_buffer, "f"), binaryChunk]), "f");
    const lines2 = [];
    let patternIndex;
    while ((patternIndex = findNewlineIndex(__classPrivateFieldGet(this, _LineDecoder_buffer, "f"), __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f"))) != null) {
      if (patternIndex.carriage && __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") == null) {
        __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, patternIndex.index, "f");
        continue;
      }
      if (__classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") != null && (patternIndex.index !== __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") + 1 || patternIndex.carriage)) {
        lines2.push(decodeUTF8(__classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(0, __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") - 1)));
        __classPrivateFieldSet(this, _LineDecoder_buffer, __classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(__classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f")), "f");
        __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
        continue;
      }
      const endIndex = __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") !== null ? patternIndex.preceding - 1 : patternIndex.preceding;
      const line = decodeUTF8(__classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(0, endIndex));
      lines2.push(line);
      __classPrivateFieldSet(this, _LineDecoder_buffer, __classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(patternIndex.index), "f");
      __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
    }
    return lines2;
  }
  flush() {
    if (!__classPrivateFieldGet(this, _LineDecoder_buffer, "f").length) {
      return [];
    }
    return this.decode("\n");
  }
};
_LineDecoder_buffer = /* @__PURE__ */ new WeakMap(), _LineDecoder_carriageReturnIndex = /* @__PURE__ */ new WeakMap();
LineDecoder.NEWLINE_CHARS = /* @__PURE__ */ new Set(["\n", "\r"]);
LineDecoder.NEWLINE_REGEXP = /\r\n|[\n\r]/g;
function findNewlineIndex(buffer, startIndex) {
  const newline = 10;
  const carriage = 13;
  for (let i = startIndex ?? 0; i < buffer.length; i++) {
    if (buffer[i] === newline) {
      return { preceding: i, index: i + 1, carriage: false };
    }
    if (buffer[i] === carriage) {
      return { preceding: i, index: i + 1, carriage: true };
    }
  }
  return null;
}
function findDoubleNewlineIndex(buffer) {
  const newline = 10;
  const carriage = 13;
  for (let i = 0; i < buffer.length - 1; i++) {
    if (buffer[i] === newline && buffer[i + 1] === newline) {
      return i + 2;
    }
    if (buffer[i] === carriage && buffer[i + 1] === carriage) {
      return i + 2;
    }
    if (buffer[i] === carriage && buffer[i + 1] === newline && i + 3 < buffer.length && buffer[i + 2] === carriage && buffer[i + 3] === newline) {
      return i + 4;
    }
  }
  return -1;
}

// node_modules/openai/internal/utils/log.mjs
var levelNumbers = {
  off: 0,
  error: 200,
  warn: 300,
  info: 400,
  debug: 500
};
var parseLogLevel = (maybeLevel, sourceName, client2) => {
  if (!maybeLevel) {
    return void 0;
  }
  if (hasOwn(levelNumbers, maybeLevel)) {
    return maybeLevel;
  }
  loggerFor(client2).warn(`${sourceName} was set to ${JSON.stringify(maybeLevel)}, expected one of ${JSON.stringify(Object.keys(levelNumbers))}`);
  return void 0;
};
function noop4() {
}
function makeLogFn(fnLevel, logger, logLevel) {
  if (!logger || levelNumbers[fnLevel] > levelNumbers[logLevel]) {
    return noop4;
  } else {
    return logger[fnLevel].bind(logger);
  }
}
var noopLogger = {
  error: noop4,
  warn: noop4,
  info: noop4,
  debug: noop4
};
var cachedLoggers = /* @__PURE__ */ new WeakMap();
function loggerFor(client2) {
  const logger = client2.logger;
  const logLevel = client2.logLevel ?? "off";
  if (!logger) {
    return noopLogger;
  }
  const cachedLogger = cachedLoggers.get(logger);
  if (cachedLogger && cachedLogger[0] === logLevel) {
    return cachedLogger[1];
  }
  const levelLogger = {
    error: makeLogFn("error", logger, logLevel),
    warn: makeLogFn("warn", logger, logLevel),
    info: makeLogFn("info", logger, logLevel),
    debug: makeLogFn("debug", logger, logLevel)
  };
  cachedLoggers.set(logger, [logLevel, levelLogger]);
  return levelLogger;
}
var formatRequestDetails = (details2) => {
  if (details2.options) {
    details2.options = { ...details2.options };
    delete details2.options["headers"];
  }
  if (details2.headers) {
    details2.headers = Object.fromEntries((details2.headers instanceof Headers ? [...details2.headers] : Object.entries(details2.headers)).map(([name, value2]) => [
      name,
      name.toLowerCase() === "authorization" || name.toLowerCase() === "api-key" || name.toLowerCase() === "x-api-key" || name.toLowerCase() === "x-amz-security-token" || name.toLowerCase() === "cookie" || name.toLowerCase() === "set-cookie" ? "***" : value2
    ]));
  }
  if ("retryOfRequestLogID" in details2) {
    if (details2.retryOfRequestLogID) {
      details2.retryOf = details2.retryOfRequestLogID;
    }
    delete details2.retryOfRequestLogID;
  }
  return details2;
};

// node_modules/openai/core/streaming.mjs
var _Stream_client;
var Stream = class _Stream {
  constructor(iterator2, controller, client2) {
    this.iterator = iterator2;
    _Stream_client.set(this, void 0);
    this.controller = controller;
    __classPrivateFieldSet(this, _Stream_client, client2, "f");
  }
  static fromSSEResponse(response, controller, client2, synthesizeEventData) {
    let consumed = false;
    const logger = client2 ? loggerFor(client2) : console;
    async function* iterator2() {
      if (consumed) {
        throw new OpenAIError("Cannot iterate over a consumed stream, use `.tee()` to split the stream.");
      }
      consumed = true;
      let done = false;
      try {
        for await (const sse of _iterSSEMessages(response, controller)) {
          if (done)
            continue;
          if (sse.data.startsWith("[DONE]")) {
            done = true;
            continue;
          }
          if (sse.event === null || !sse.event.startsWith("thread.")) {
            let data;
            try {
              data = JSON.parse(sse.data);
            } catch (e) {
              logger.error(`Could not parse message into JSON:`, sse.data);
              logger.error(`From chunk:`, sse.raw);
              throw e;
            }
            if (data && data.error) {
              throw new APIError(void 0, data.error, void 0, response.headers);
            }
            yield synthesizeEventData ? { event: sse.event, data } : data;
          } else {
            let data;
            try {
              data = JSON.parse(sse.data);
            } catch (e) {
              console.error(`Could not parse message into JSON:`, sse.data);
              console.error(`From chunk:`, sse.raw);
              throw e;
            }
            if (sse.event == "error") {
              throw new APIError(void 0, data.error, data.message, void 0);
            }
            yield { event: sse.event, data };
          }
        }
        done = true;
      } catch (e) {
        if (isAbortError(e))
          return;
        throw e;
      } finally {
        if (!done)
          controller.abort();
      }
    }
    return new _Stream(iterator2, controller, client2);
  }
  /**
   * Generates a Stream from a newline-separated ReadableStream
   * where each item is a JSON value.
   */
  static fromReadableStream(readableStream, controller, client2) {
    let consumed = false;
    async function* iterLines() {
      const lineDecoder = new LineDecoder();
      const reader = readableStream.getReader();
      let closed = false;
      let cancelPromise;
      const cancel = () => {
        cancelPromise ?? (cancelPromise = reader.cancel());
        cancelPromise.catch(() => {
        });
      };
      controller.signal.addEventListener("abort", cancel, { once: true });
      try {
        if (controller.signal.aborted) {
          cancel();
          return;
        }
        while (true) {
          const { value: chunk, done } = await reader.read();
          if (done) {
            closed = true;
            break;
          }
          if (controller.signal.aborted)
            return;
          for (const line of lineDecoder.decode(chunk)) {
            if (controller.signal.aborted)
              return;
            yield line;
          }
        }
        if (controller.signal.aborted)
          return;
        for (const line of lineDecoder.flush()) {
          if (controller.signal.aborted)
            return;
          yield line;
        }
      } finally {
        controller.signal.removeEventListener("abort", cancel);
        if (!closed)
          cancel();
        reader.releaseLock();
      }
    }
    async function* iterator2() {
      if (consumed) {
        throw new OpenAIError("Cannot iterate over a consumed stream, use `.tee()` to split the stream.");
      }
      consumed = true;
      let done = false;
      try {
        for await (const line of iterLines()) {
          if (done)
            continue;
          if (line)
            yield JSON.parse(line);
        }
        done = true;
      } catch (e) {
        if (controller.signal.aborted || isAbortError(e))
          return;
        throw e;
      } finally {
        if (!done)
          controller.abort();
      }
    }
    return new _Stream(iterator2, controller, client2);
  }
  [(_Stream_client = /* @__PURE__ */ new WeakMap(), Symbol.asyncIterator)]() {
    return this.iterator();
  }
  /**
   * Splits the stream into two streams which can be
   * independently read from at different speeds.
   */
  tee() {
    const left = [];
    const right = [];
    const iterator2 = this.iterator();
    const teeIterator = (queue) => {
      return {
        next: () => {
          if (queue.length === 0) {
            const result = iterator2.next();
            left.push(result);
            right.push(result);
          }
          return queue.shift();
        }
      };
    };
    return [
      new _Stream(() => teeIterator(left), this.controller, __classPrivateFieldGet(this, _Stream_client, "f")),
      new _Stream(() => teeIterator(right), this.controller, __classPrivateFieldGet(this, _Stream_client, "f"))
    ];
  }
  /**
   * Converts this stream to a newline-separated ReadableStream of
   * JSON stringified values in the stream
   * which can be turned back into a Stream with `Stream.fromReadableStream()`.
   */
  toReadableStream() {
    const self2 = this;
    let iter;
    return makeReadableStream({
      async start() {
        iter = self2[Symbol.asyncIterator]();
      },
      async pull(ctrl) {
        try {
          const { value: value2, done } = await iter.next();
          if (done)
            return ctrl.close();
          const bytes2 = encodeUTF8(JSON.stringify(value2) + "\n");
          ctrl.enqueue(bytes2);
        } catch (err) {
          ctrl.error(err);
        }
      },
      async cancel() {
        await iter.return?.();
      }
    });
  }
};
async function* _iterSSEMessages(response, controller) {
  if (!response.body) {
    controller.abort();
    if (typeof globalThis.navigator !== "undefined" && globalThis.navigator.product === "ReactNative") {
      throw new OpenAIError(`The default react-native fetch implementation does not support streaming. Please use expo/fetch: https://docs.expo.dev/versions/latest/sdk/expo/#expofetch-api`);
    }
    throw new OpenAIError(`Attempted to iterate over a response with no body`);
  }
  const sseDecoder = new SSEDecoder();
  const lineDecoder = new LineDecoder();
  const iter = ReadableStreamToAsyncIterable(response.body);
  for await (const sseChunk of iterSSEChunks(iter)) {
    for (const line of lineDecoder.decode(sseChunk)) {
      const sse = sseDecoder.decode(line);
      if (sse)
        yield sse;
    }
  }
  for (const line of lineDecoder.flush()) {
    const sse = sseDecoder.decode(line);
    if (sse)
      yield sse;
  }
}
async function* iterSSEChunks(iterator2) {
  let data = new Uint8Array();
  for await (const chunk of iterator2) {
    if (chunk == null) {
      continue;
    }
    const binaryChunk = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : typeof chunk === "string" ? encodeUTF8(chunk) : chunk;
    let newData = new Uint8Array(data.length + binaryChunk.length);
    newData.set(data);
    newData.set(binaryChunk, data.length);
    data = newData;
    let patternIndex;
    while ((patternIndex = findDoubleNewlineIndex(data)) !== -1) {
      yield data.slice(0, patternIndex);
      data = data.slice(patternIndex);
    }
  }
  if (data.length > 0) {
    yield data;
  }
}
var SSEDecoder = class {
  constructor() {
    this.event = null;
    this.data = [];
    this.chunks = [];
  }
  decode(line) {
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length - 1);
    }
    if (!line) {
      if (!this.event && !this.data.length)
        return null;
      const sse = {
        event: this.event,
        data: this.data.join("\n"),
        raw: this.chunks
      };
      this.event = null;
      this.data = [];
      this.chunks = [];
      return sse;
    }
    this.chunks.push(line);
    if (line.startsWith(":")) {
      return null;
    }
    let [fieldname, _, value2] = partition(line, ":");
    if (value2.startsWith(" ")) {
      value2 = value2.substring(1);
    }
    if (fieldname === "event") {
      this.event = value2;
    } else if (fieldname === "data") {
      this.data.push(value2);
    }
    return null;
  }
};
function partition(str2, delimiter2) {
  const index = str2.indexOf(delimiter2);
  if (index !== -1) {
    return [str2.substring(0, index), delimiter2, str2.substring(index + delimiter2.length)];
  }
  return [str2, "", ""];
}

// node_modules/openai/internal/parse.mjs
async function defaultParseResponse(client2, props) {
  const { response, requestLogID, retryOfRequestLogID, startTime } = props;
  const body = await (async () => {
    if (props.options.stream) {
      loggerFor(client2).debug("response", response.status, response.url, response.headers, response.body);
      if (props.options.__streamClass) {
        return props.options.__streamClass.fromSSEResponse(response, props.controller, client2, props.options.__synthesizeEventData);
      }
      return Stream.fromSSEResponse(response, props.controller, client2, props.options.__synthesizeEventData);
    }
    if (response.status === 204) {
      return null;
    }
    if (props.options.__binaryResponse) {
      return response;
    }
    const contentType = response.headers.get("content-type");
    const mediaType = contentType?.split(";")[0]?.trim();
    const isJSON = mediaType?.includes("application/json") || mediaType?.endsWith("+json");
    if (isJSON) {
      const contentLength = response.headers.get("content-length");
      if (contentLength === "0") {
        return void 0;
      }
      const json = await response.json();
      return addRequestID(json, response);
    }
    const text2 = await response.text();
    return text2;
  })();
  loggerFor(client2).debug(`[${requestLogID}] response parsed`, formatRequestDetails({
    retryOfRequestLogID,
    url: response.url,
    status: response.status,
    body,
    durationMs: Date.now() - startTime
  }));
  return body;
}
function addRequestID(value2, response) {
  if (!value2 || typeof value2 !== "object" || Array.isArray(value2)) {
    return value2;
  }
  return Object.defineProperty(value2, "_request_id", {
    value: response.headers.get("x-request-id"),
    enumerable: false
  });
}

// node_modules/openai/core/api-promise.mjs
var _APIPromise_client;
var APIPromise = class _APIPromise extends Promise {
  constructor(client2, responsePromise, parseResponse2 = defaultParseResponse) {
    super((resolve11) => {
      resolve11(null);
    });
    this.responsePromise = responsePromise;
    this.parseResponse = parseResponse2;
    _APIPromise_client.set(this, void 0);
    __classPrivateFieldSet(this, _APIPromise_client, client2, "f");
  }
  _thenUnwrap(transform) {
    return new _APIPromise(__classPrivateFieldGet(this, _APIPromise_client, "f"), this.responsePromise, async (client2, props) => addRequestID(transform(await this.parseResponse(client2, props), props), props.response));
  }
  /**
   * Gets the raw `Response` instance instead of parsing the response
   * data.
   *
   * If you want to parse the response body but still get the `Response`
   * instance, you can use {@link withResponse()}.
   *
   * 👋 Getting the wrong TypeScript type for `Response`?
   * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
   * to your `tsconfig.json`.
   */
  asResponse() {
    return this.responsePromise.then((p) => p.response);
  }
  /**
   * Gets the parsed response data, the raw `Response` instance and the ID of the request,
   * returned via the X-Request-ID header which is useful for debugging requests and reporting
   * issues to OpenAI.
   *
   * If you just want to get the raw `Response` instance without parsing it,
   * you can use {@link asResponse()}.
   *
   * 👋 Getting the wrong TypeScript type for `Response`?
   * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
   * to your `tsconfig.json`.
   */
  async withResponse() {
    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);
    return { data, response, request_id: response.headers.get("x-request-id") };
  }
  parse() {
    if (!this.parsedPromise) {
      this.parsedPromise = this.responsePromise.then((data) => this.parseResponse(__classPrivateFieldGet(this, _APIPromise_client, "f"), data));
    }
    return this.parsedPromise;
  }
  then(onfulfilled, onrejected) {
    return this.parse().then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.parse().catch(onrejected);
  }
  finally(onfinally) {
    return this.parse().finally(onfinally);
  }
};
_APIPromise_client = /* @__PURE__ */ new WeakMap();

// node_modules/openai/core/pagination.mjs
var _AbstractPage_client;
var AbstractPage = class {
  constructor(client2, response, body, options) {
    _AbstractPage_client.set(this, void 0);
    __classPrivateFieldSet(this, _AbstractPage_client, client2, "f");
    this.options = options;
    this.response = response;
    this.body = body;
  }
  hasNextPage() {
    const items = this.getPaginatedItems();
    if (!items.length)
      return false;
    return this.nextPageRequestOptions() != null;
  }
  async getNextPage() {
    const nextOptions = this.nextPageRequestOptions();
    if (!nextOptions) {
      throw new OpenAIError("No next page expected; please check `.hasNextPage()` before calling `.getNextPage()`.");
    }
    return await __classPrivateFieldGet(this, _AbstractPage_client, "f").requestAPIList(this.constructor, nextOptions);
  }
  async *iterPages() {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
  async *[(_AbstractPage_client = /* @__PURE__ */ new WeakMap(), Symbol.asyncIterator)]() {
    for await (const page of this.iterPages()) {
      for (const item of page.getPaginatedItems()) {
        yield item;
      }
    }
  }
};
var PagePromise = class extends APIPromise {
  constructor(client2, request2, Page2) {
    super(client2, request2, async (client3, props) => new Page2(client3, props.response, await defaultParseResponse(client3, props), props.options));
  }
  /**
   * Allow auto-paginating iteration on an unawaited list call, eg:
   *
   *    for await (const item of client.items.list()) {
   *      console.log(item)
   *    }
   */
  async *[Symbol.asyncIterator]() {
    const page = await this;
    for await (const item of page) {
      yield item;
    }
  }
};
var Page = class extends AbstractPage {
  constructor(client2, response, body, options) {
    super(client2, response, body, options);
    this.data = body.data || [];
    this.object = body.object;
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  nextPageRequestOptions() {
    return null;
  }
};
var CursorPage = class extends AbstractPage {
  constructor(client2, response, body, options) {
    super(client2, response, body, options);
    this.data = body.data || [];
    this.has_more = body.has_more || false;
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  hasNextPage() {
    if (this.has_more === false) {
      return false;
    }
    return super.hasNextPage();
  }
  nextPageRequestOptions() {
    const data = this.getPaginatedItems();
    const id = data[data.length - 1]?.id;
    if (!id) {
      return null;
    }
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: id
      }
    };
  }
};
var ConversationCursorPage = class extends AbstractPage {
  constructor(client2, response, body, options) {
    super(client2, response, body, options);
    this.data = body.data || [];
    this.has_more = body.has_more || false;
    this.last_id = body.last_id || "";
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  hasNextPage() {
    if (this.has_more === false) {
      return false;
    }
    return super.hasNextPage();
  }
  nextPageRequestOptions() {
    const cursor = this.last_id;
    if (!cursor) {
      return null;
    }
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: cursor
      }
    };
  }
};
var NextCursorPage = class extends AbstractPage {
  constructor(client2, response, body, options) {
    super(client2, response, body, options);
    this.data = body.data || [];
    this.has_more = body.has_more || false;
    this.next = body.next || null;
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  hasNextPage() {
    if (this.has_more === false) {
      return false;
    }
    return super.hasNextPage();
  }
  nextPageRequestOptions() {
    const cursor = this.next;
    if (!cursor) {
      return null;
    }
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: cursor
      }
    };
  }
};

// node_modules/openai/auth/workload-identity-auth.mjs
var SUBJECT_TOKEN_TYPES = {
  jwt: "urn:ietf:params:oauth:token-type:jwt",
  id: "urn:ietf:params:oauth:token-type:id_token"
};
var TOKEN_EXCHANGE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
var WorkloadIdentityAuth = class {
  constructor(config, fetch2) {
    this.cachedToken = null;
    this.refreshPromise = null;
    this.tokenExchangeUrl = "https://auth.openai.com/oauth/token";
    this.config = config;
    this.fetch = fetch2 ?? getDefaultFetch();
  }
  async getToken() {
    if (!this.cachedToken || this.isTokenExpired(this.cachedToken)) {
      if (this.refreshPromise) {
        return await this.refreshPromise;
      }
      this.refreshPromise = this.refreshToken();
      try {
        const token = await this.refreshPromise;
        return token;
      } finally {
        this.refreshPromise = null;
      }
    }
    if (this.needsRefresh(this.cachedToken) && !this.refreshPromise) {
      this.refreshPromise = this.refreshToken().finally(() => {
        this.refreshPromise = null;
      });
    }
    return this.cachedToken.token;
  }
  async refreshToken() {
    const subjectToken = await this.config.provider.getToken();
    const body = {
      grant_type: TOKEN_EXCHANGE_GRANT_TYPE,
      subject_token: subjectToken,
      subject_token_type: SUBJECT_TOKEN_TYPES[this.config.provider.tokenType],
      identity_provider_id: this.config.identityProviderId,
      service_account_id: this.config.serviceAccountId
    };
    if (this.config.clientId) {
      body["client_id"] = this.config.clientId;
    }
    const response = await this.fetch(this.tokenExchangeUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json"
      },
      body: JSON.stringify(body)
    });
    if (!response.ok) {
      const errorText = await response.text();
      let body2 = void 0;
      try {
        body2 = JSON.parse(errorText);
      } catch {
      }
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        throw new OAuthError(response.status, body2, response.headers);
      }
      throw APIError.generate(response.status, body2, `Token exchange failed with status ${response.status}`, response.headers);
    }
    const tokenResponse = await response.json();
    if (typeof tokenResponse !== "object" || tokenResponse === null || !("access_token" in tokenResponse) || typeof tokenResponse.access_token !== "string" || tokenResponse.access_token.trim().length === 0) {
      throw new OpenAIError("Token exchange response missing 'access_token' field");
    }
    const accessToken = tokenResponse.access_token;
    const expiresIn = tokenResponse.expires_in ?? 3600;
    const expiresAt = Date.now() + expiresIn * 1e3;
    this.cachedToken = {
      token: accessToken,
      expiresAt
    };
    return accessToken;
  }
  isTokenExpired(cachedToken) {
    return Date.now() >= cachedToken.expiresAt;
  }
  needsRefresh(cachedToken) {
    const bufferSeconds = this.config.refreshBufferSeconds ?? 1200;
    const bufferMs = bufferSeconds * 1e3;
    return Date.now() >= cachedToken.expiresAt - bufferMs;
  }
  invalidateToken() {
    this.cachedToken = null;
    this.refreshPromise = null;
  }
};

// node_modules/openai/internal/headers.mjs
var brand_privateNullableHeaders = /* @__PURE__ */ Symbol("brand.privateNullableHeaders");
var httpTokenHeaderName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function* iterateHeaders(headers) {
  if (!headers)
    return;
  if (brand_privateNullableHeaders in headers) {
    const { values, nulls } = headers;
    yield* values.entries();
    for (const name of nulls) {
      yield [name, null];
    }
    return;
  }
  let shouldClear = false;
  let iter;
  if (headers instanceof Headers) {
    iter = headers.entries();
  } else if (isReadonlyArray(headers)) {
    iter = headers;
  } else {
    shouldClear = true;
    iter = Object.entries(headers ?? {});
  }
  for (let row of iter) {
    const name = row[0];
    if (typeof name !== "string")
      throw new TypeError("expected header name to be a string");
    const values = isReadonlyArray(row[1]) ? row[1] : [row[1]];
    let didClear = false;
    for (const value2 of values) {
      if (value2 === void 0)
        continue;
      if (shouldClear && !didClear) {
        didClear = true;
        yield [name, null];
      }
      yield [name, value2];
    }
  }
}
var buildHeaders = (newHeaders) => {
  const targetHeaders = new Headers();
  const nullHeaders = /* @__PURE__ */ new Set();
  for (const headers of newHeaders) {
    const seenHeaders = /* @__PURE__ */ new Set();
    for (const [name, value2] of iterateHeaders(headers)) {
      if (!httpTokenHeaderName.test(name)) {
        throw new TypeError(`Header name must be a valid HTTP token ["${name}"]`);
      }
      const lowerName = name.toLowerCase();
      if (!seenHeaders.has(lowerName)) {
        targetHeaders.delete(lowerName);
        seenHeaders.add(lowerName);
      }
      if (value2 === null) {
        targetHeaders.delete(lowerName);
        nullHeaders.add(lowerName);
      } else {
        targetHeaders.append(lowerName, value2);
        nullHeaders.delete(lowerName);
      }
    }
  }
  return { [brand_privateNullableHeaders]: true, values: targetHeaders, nulls: nullHeaders };
};

// node_modules/openai/internal/uploads.mjs
var brand_privateStreamingFile = /* @__PURE__ */ Symbol("brand.privateStreamingFile");
function toStreamingFile(data, name, options) {
  if (!name) {
    throw new TypeError("toStreamingFile requires a non-empty file name");
  }
  return {
    [brand_privateStreamingFile]: true,
    data,
    name,
    ...options?.type ? { type: options.type } : {}
  };
}
var checkFileSupport = () => {
  if (typeof File === "undefined") {
    const { process: process2 } = globalThis;
    const isOldNode = typeof process2?.versions?.node === "string" && parseInt(process2.versions.node.split(".")) < 20;
    throw new Error("`File` is not defined as a global, which is required for file uploads." + (isOldNode ? " Update to Node 20 LTS or newer, or set `globalThis.File` to `import('node:buffer').File`." : ""));
  }
};
function makeFile(fileBits, fileName, options) {
  checkFileSupport();
  return new File(fileBits, fileName ?? "unknown_file", options);
}
function getName(value2) {
  return (typeof value2 === "object" && value2 !== null && ("name" in value2 && value2.name && String(value2.name) || "url" in value2 && value2.url && String(value2.url) || "filename" in value2 && value2.filename && String(value2.filename) || "path" in value2 && value2.path && String(value2.path)) || "").split(/[\\/]/).pop() || void 0;
}
var isAsyncIterable = (value2) => value2 != null && typeof value2 === "object" && typeof value2[Symbol.asyncIterator] === "function";
var maybeMultipartFormRequestOptions = async (opts, fetch2) => {
  if (!hasUploadableValue(opts.body))
    return opts;
  if (hasStreamingUploadableValue(opts.body)) {
    return createStreamingFormRequestOptions(opts);
  }
  return { ...opts, body: await createForm(opts.body, fetch2) };
};
var multipartFormRequestOptions = async (opts, fetch2) => {
  if (hasStreamingUploadableValue(opts.body)) {
    return createStreamingFormRequestOptions(opts);
  }
  return { ...opts, body: await createForm(opts.body, fetch2) };
};
var supportsFormDataMap = /* @__PURE__ */ new WeakMap();
function supportsFormData(fetchObject) {
  const fetch2 = typeof fetchObject === "function" ? fetchObject : fetchObject.fetch;
  const cached = supportsFormDataMap.get(fetch2);
  if (cached)
    return cached;
  const promise = (async () => {
    try {
      const FetchResponse = "Response" in fetch2 ? fetch2.Response : (await fetch2("data:,")).constructor;
      const data = new FormData();
      if (data.toString() === await new FetchResponse(data).text()) {
        return false;
      }
      return true;
    } catch {
      return true;
    }
  })();
  supportsFormDataMap.set(fetch2, promise);
  return promise;
}
var createForm = async (body, fetch2) => {
  if (!await supportsFormData(fetch2)) {
    throw new TypeError("The provided fetch function does not support file uploads with the current global FormData class.");
  }
  const form = new FormData();
  await Promise.all(Object.entries(body || {}).map(([key, value2]) => addFormValue(form, key, value2)));
  return form;
};
var isNamedBlob = (value2) => value2 instanceof Blob && "name" in value2;
var isReadableStream = (value2) => typeof value2 === "object" && value2 !== null && "getReader" in value2 && typeof value2.getReader === "function";
var isStreamingFile = (value2) => typeof value2 === "object" && value2 !== null && brand_privateStreamingFile in value2;
var isUploadable = (value2) => typeof value2 === "object" && value2 !== null && (value2 instanceof Response || isAsyncIterable(value2) || isReadableStream(value2) || isStreamingFile(value2) || isNamedBlob(value2));
var hasStreamingUploadableValue = (value2) => {
  if (isStreamingFile(value2) || isAsyncIterable(value2) || isReadableStream(value2))
    return true;
  if (Array.isArray(value2))
    return value2.some(hasStreamingUploadableValue);
  if (value2 && typeof value2 === "object" && !isNamedBlob(value2) && !(value2 instanceof Response)) {
    for (const k in value2) {
      if (hasStreamingUploadableValue(value2[k]))
        return true;
    }
  }
  return false;
};
var hasUploadableValue = (value2) => {
  if (isUploadable(value2))
    return true;
  if (Array.isArray(value2))
    return value2.some(hasUploadableValue);
  if (value2 && typeof value2 === "object") {
    for (const k in value2) {
      if (hasUploadableValue(value2[k]))
        return true;
    }
  }
  return false;
};
var createStreamingFormRequestOptions = (opts) => {
  const boundary = `openai-${Math.random().toString(36).slice(2)}`;
  const body = ReadableStreamFrom(iterateMultipartBody(opts.body, boundary));
  return {
    ...opts,
    body,
    headers: buildHeaders([{ "content-type": `multipart/form-data; boundary=${boundary}` }, opts.headers])
  };
};
async function* iterateMultipartBody(body, boundary) {
  for await (const { key, value: value2 } of iterateFormEntries(body)) {
    yield encodeUTF8(`--${boundary}\r
`);
    if (isUploadable(value2)) {
      const filename = getStreamingFileName(value2);
      const type = getStreamingFileType(value2);
      yield encodeUTF8(`Content-Disposition: form-data; name="${escapeHeaderValue(key)}"; filename="${escapeHeaderValue(filename)}"\r
Content-Type: ${type}\r
\r
`);
      yield* iterateBytes(getStreamingFileData(value2));
    } else {
      yield encodeUTF8(`Content-Disposition: form-data; name="${escapeHeaderValue(key)}"\r
\r
${String(value2)}`);
    }
    yield encodeUTF8("\r\n");
  }
  yield encodeUTF8(`--${boundary}--\r
`);
}
async function* iterateFormEntries(body) {
  if (!body || typeof body !== "object")
    return;
  for (const [key, value2] of Object.entries(body)) {
    yield* iterateFormValue(key, value2);
  }
}
async function* iterateFormValue(key, value2) {
  if (value2 === void 0)
    return;
  if (value2 == null) {
    throw new TypeError(`Received null for "${key}"; to pass null in FormData, you must use the string 'null'`);
  }
  if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "boolean" || isUploadable(value2)) {
    yield { key, value: value2 };
  } else if (Array.isArray(value2)) {
    for (const entry of value2) {
      yield* iterateFormValue(key + "[]", entry);
    }
  } else if (typeof value2 === "object") {
    for (const [name, prop] of Object.entries(value2)) {
      yield* iterateFormValue(`${key}[${name}]`, prop);
    }
  } else {
    throw new TypeError(`Invalid value given to form, expected a string, number, boolean, object, Array, File or Blob but got ${value2} instead`);
  }
}
function getStreamingFileName(value2) {
  return isStreamingFile(value2) ? value2.name : getName(value2) ?? "unknown_file";
}
function getStreamingFileType(value2) {
  if (isStreamingFile(value2))
    return value2.type || "application/octet-stream";
  if (isNamedBlob(value2) && value2.type)
    return value2.type;
  if (value2 instanceof Response)
    return value2.headers.get("content-type") || "application/octet-stream";
  return "application/octet-stream";
}
function getStreamingFileData(value2) {
  if (isStreamingFile(value2))
    return value2.data;
  return value2;
}
async function* iterateBytes(value2) {
  if (typeof value2 === "string") {
    yield encodeUTF8(value2);
  } else if (ArrayBuffer.isView(value2)) {
    yield new Uint8Array(value2.buffer, value2.byteOffset, value2.byteLength);
  } else if (value2 instanceof ArrayBuffer) {
    yield new Uint8Array(value2);
  } else if (value2 instanceof Response) {
    if (value2.body) {
      yield* iterateBytes(value2.body);
    } else {
      yield* iterateBytes(await value2.blob());
    }
  } else if (value2 instanceof Blob) {
    if (typeof value2.stream === "function") {
      yield* iterateBytes(value2.stream());
    } else {
      yield new Uint8Array(await value2.arrayBuffer());
    }
  } else if (isReadableStream(value2)) {
    for await (const chunk of ReadableStreamToAsyncIterable(value2)) {
      yield* iterateBytes(chunk);
    }
  } else if (isAsyncIterable(value2)) {
    for await (const chunk of value2) {
      yield* iterateBytes(chunk);
    }
  } else {
    throw new TypeError(`Invalid streaming file chunk: ${String(value2)}`);
  }
}
function escapeHeaderValue(value2) {
  return value2.replace(/["\\\r\n]/g, (character) => encodeURIComponent(character));
}
var addFormValue = async (form, key, value2) => {
  if (value2 === void 0)
    return;
  if (value2 == null) {
    throw new TypeError(`Received null for "${key}"; to pass null in FormData, you must use the string 'null'`);
  }
  if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "boolean") {
    form.append(key, String(value2));
  } else if (value2 instanceof Response) {
    form.append(key, makeFile([await value2.blob()], getName(value2)));
  } else if (isAsyncIterable(value2)) {
    form.append(key, makeFile([await new Response(ReadableStreamFrom(value2)).blob()], getName(value2)));
  } else if (isNamedBlob(value2)) {
    form.append(key, value2, getName(value2));
  } else if (Array.isArray(value2)) {
    await Promise.all(value2.map((entry) => addFormValue(form, key + "[]", entry)));
  } else if (typeof value2 === "object") {
    await Promise.all(Object.entries(value2).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)));
  } else {
    throw new TypeError(`Invalid value given to form, expected a string, number, boolean, object, Array, File or Blob but got ${value2} instead`);
  }
};

// node_modules/openai/internal/to-file.mjs
var isBlobLike = (value2) => value2 != null && typeof value2 === "object" && typeof value2.size === "number" && typeof value2.type === "string" && typeof value2.text === "function" && typeof value2.slice === "function" && typeof value2.arrayBuffer === "function";
var isFileLike = (value2) => value2 != null && typeof value2 === "object" && typeof value2.name === "string" && typeof value2.lastModified === "number" && isBlobLike(value2);
var isResponseLike = (value2) => value2 != null && typeof value2 === "object" && typeof value2.url === "string" && typeof value2.blob === "function";
async function toFile(value2, name, options) {
  checkFileSupport();
  value2 = await value2;
  if (isFileLike(value2)) {
    if (value2 instanceof File) {
      return value2;
    }
    return makeFile([await value2.arrayBuffer()], value2.name);
  }
  if (isResponseLike(value2)) {
    const blob = await value2.blob();
    name || (name = new URL(value2.url).pathname.split(/[\\/]/).pop());
    return makeFile(await getBytes(blob), name, options);
  }
  const parts = await getBytes(value2);
  name || (name = getName(value2));
  if (!options?.type) {
    const type = parts.find((part) => typeof part === "object" && "type" in part && part.type);
    if (typeof type === "string") {
      options = { ...options, type };
    }
  }
  return makeFile(parts, name, options);
}
async function getBytes(value2) {
  let parts = [];
  if (typeof value2 === "string" || ArrayBuffer.isView(value2) || // includes Uint8Array, Buffer, etc.
  value2 instanceof ArrayBuffer) {
    parts.push(value2);
  } else if (isBlobLike(value2)) {
    parts.push(value2 instanceof Blob ? value2 : await value2.arrayBuffer());
  } else if (isAsyncIterable(value2)) {
    for await (const chunk of value2) {
      parts.push(...await getBytes(chunk));
    }
  } else {
    const constructor = value2?.constructor?.name;
    throw new Error(`Unexpected data type: ${typeof value2}${constructor ? `; constructor: ${constructor}` : ""}${propsForError(value2)}`);
  }
  return parts;
}
function propsForError(value2) {
  if (typeof value2 !== "object" || value2 === null)
    return "";
  const props = Object.getOwnPropertyNames(value2);
  return `; props: [${props.map((p) => `"${p}"`).join(", ")}]`;
}

// node_modules/openai/core/resource.mjs
var APIResource = class {
  constructor(client2) {
    this._client = client2;
  }
};

// node_modules/openai/internal/utils/path.mjs
function encodeURIPath(str2) {
  return str2.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent);
}
var EMPTY = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.create(null));
var createPathTagFunction = (pathEncoder = encodeURIPath) => function path2(statics, ...params) {
  if (statics.length === 1)
    return statics[0];
  let postPath = false;
  const invalidSegments = [];
  const path3 = statics.reduce((previousValue, currentValue, index) => {
    if (/[?#]/.test(currentValue)) {
      postPath = true;
    }
    const value2 = params[index];
    let encoded = (postPath ? encodeURIComponent : pathEncoder)("" + value2);
    if (index !== params.length && (value2 == null || typeof value2 === "object" && // handle values from other realms
    value2.toString === Object.getPrototypeOf(Object.getPrototypeOf(value2.hasOwnProperty ?? EMPTY) ?? EMPTY)?.toString)) {
      encoded = value2 + "";
      invalidSegments.push({
        start: previousValue.length + currentValue.length,
        length: encoded.length,
        error: `Value of type ${Object.prototype.toString.call(value2).slice(8, -1)} is not a valid path parameter`
      });
    }
    return previousValue + currentValue + (index === params.length ? "" : encoded);
  }, "");
  const pathOnly = path3.split(/[?#]/, 1)[0];
  const invalidSegmentPattern = /(?<=^|\/)(?:\.|%2e){1,2}(?=\/|$)/gi;
  let match;
  while ((match = invalidSegmentPattern.exec(pathOnly)) !== null) {
    invalidSegments.push({
      start: match.index,
      length: match[0].length,
      error: `Value "${match[0]}" can't be safely passed as a path parameter`
    });
  }
  invalidSegments.sort((a, b) => a.start - b.start);
  if (invalidSegments.length > 0) {
    let lastEnd = 0;
    const underline = invalidSegments.reduce((acc, segment) => {
      const spaces = " ".repeat(segment.start - lastEnd);
      const arrows = "^".repeat(segment.length);
      lastEnd = segment.start + segment.length;
      return acc + spaces + arrows;
    }, "");
    throw new OpenAIError(`Path parameters result in path with invalid segments:
${invalidSegments.map((e) => e.error).join("\n")}
${path3}
${underline}`);
  }
  return path3;
};
var path = /* @__PURE__ */ createPathTagFunction(encodeURIPath);

// node_modules/openai/resources/chat/completions/messages.mjs
var Messages = class extends APIResource {
  /**
   * Get the messages in a stored chat completion. Only Chat Completions that have
   * been created with the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatCompletionStoreMessage of client.chat.completions.messages.list(
   *   'completion_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(completionID, query = {}, options) {
    return this._client.getAPIList(path`/chat/completions/${completionID}/messages`, CursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/lib/parser.mjs
function isChatCompletionFunctionTool(tool) {
  return tool !== void 0 && "function" in tool && tool.function !== void 0;
}
function isAutoParsableResponseFormat(response_format) {
  return response_format?.["$brand"] === "auto-parseable-response-format";
}
function isAutoParsableTool(tool) {
  return tool?.["$brand"] === "auto-parseable-tool";
}
function maybeParseChatCompletion(completion, params) {
  if (!params || !hasAutoParseableInput(params)) {
    return {
      ...completion,
      choices: completion.choices.map((choice) => {
        assertToolCallsAreChatCompletionFunctionToolCalls(choice.message.tool_calls);
        return {
          ...choice,
          message: {
            ...choice.message,
            parsed: null,
            ...choice.message.tool_calls ? {
              tool_calls: choice.message.tool_calls
            } : void 0
          }
        };
      })
    };
  }
  return parseChatCompletion(completion, params);
}
function parseChatCompletion(completion, params) {
  const choices = completion.choices.map((choice) => {
    if (choice.finish_reason === "length") {
      throw new LengthFinishReasonError();
    }
    if (choice.finish_reason === "content_filter") {
      throw new ContentFilterFinishReasonError();
    }
    assertToolCallsAreChatCompletionFunctionToolCalls(choice.message.tool_calls);
    return {
      ...choice,
      message: {
        ...choice.message,
        ...choice.message.tool_calls ? {
          tool_calls: choice.message.tool_calls?.map((toolCall) => parseToolCall(params, toolCall)) ?? void 0
        } : void 0,
        parsed: choice.message.content && !choice.message.refusal ? parseResponseFormat(params, choice.message.content) : null
      }
    };
  });
  return { ...completion, choices };
}
function parseResponseFormat(params, content) {
  if (params.response_format?.type !== "json_schema") {
    return null;
  }
  if (params.response_format?.type === "json_schema") {
    if ("$parseRaw" in params.response_format) {
      const response_format = params.response_format;
      return response_format.$parseRaw(content);
    }
    return JSON.parse(content);
  }
  return null;
}
function parseToolCall(params, toolCall) {
  const inputTool = params.tools?.find((inputTool2) => isChatCompletionFunctionTool(inputTool2) && inputTool2.function?.name === toolCall.function.name);
  return {
    ...toolCall,
    function: {
      ...toolCall.function,
      parsed_arguments: isAutoParsableTool(inputTool) ? inputTool.$parseRaw(toolCall.function.arguments) : inputTool?.function.strict ? JSON.parse(toolCall.function.arguments) : null
    }
  };
}
function shouldParseToolCall(params, toolCall) {
  if (!params || !("tools" in params) || !params.tools) {
    return false;
  }
  const inputTool = params.tools?.find((inputTool2) => isChatCompletionFunctionTool(inputTool2) && inputTool2.function?.name === toolCall.function.name);
  return isChatCompletionFunctionTool(inputTool) && (isAutoParsableTool(inputTool) || inputTool?.function.strict || false);
}
function hasAutoParseableInput(params) {
  if (isAutoParsableResponseFormat(params.response_format)) {
    return true;
  }
  return params.tools?.some((t) => isAutoParsableTool(t) || t.type === "function" && t.function.strict === true) ?? false;
}
function assertToolCallsAreChatCompletionFunctionToolCalls(toolCalls) {
  for (const toolCall of toolCalls || []) {
    if (toolCall.type !== "function") {
      throw new OpenAIError(`Currently only \`function\` tool calls are supported; Received \`${toolCall.type}\``);
    }
  }
}
function validateInputTools(tools) {
  for (const tool of tools ?? []) {
    if (tool.type !== "function") {
      throw new OpenAIError(`Currently only \`function\` tool types support auto-parsing; Received \`${tool.type}\``);
    }
    if (tool.function.strict !== true) {
      throw new OpenAIError(`The \`${tool.function.name}\` tool is not marked with \`strict: true\`. Only strict function tools can be auto-parsed`);
    }
  }
}

// node_modules/openai/lib/chatCompletionUtils.mjs
var isAssistantMessage = (message) => {
  return message?.role === "assistant";
};
var isToolMessage = (message) => {
  return message?.role === "tool";
};

// node_modules/openai/lib/EventStream.mjs
var _EventStream_instances;
var _EventStream_connectedPromise;
var _EventStream_resolveConnectedPromise;
var _EventStream_rejectConnectedPromise;
var _EventStream_endPromise;
var _EventStream_resolveEndPromise;
var _EventStream_rejectEndPromise;
var _EventStream_listeners;
var _EventStream_abortListeners;
var _EventStream_ended;
var _EventStream_errored;
var _EventStream_aborted;
var _EventStream_catchingPromiseCreated;
var _EventStream_removeAbortListeners;
var _EventStream_handleError;
var EventStream = class {
  constructor() {
    _EventStream_instances.add(this);
    this.controller = new AbortController();
    _EventStream_connectedPromise.set(this, void 0);
    _EventStream_resolveConnectedPromise.set(this, () => {
    });
    _EventStream_rejectConnectedPromise.set(this, () => {
    });
    _EventStream_endPromise.set(this, void 0);
    _EventStream_resolveEndPromise.set(this, () => {
    });
    _EventStream_rejectEndPromise.set(this, () => {
    });
    _EventStream_listeners.set(this, {});
    _EventStream_abortListeners.set(this, []);
    _EventStream_ended.set(this, false);
    _EventStream_errored.set(this, false);
    _EventStream_aborted.set(this, false);
    _EventStream_catchingPromiseCreated.set(this, false);
    __classPrivateFieldSet(this, _EventStream_connectedPromise, new Promise((resolve11, reject) => {
      __classPrivateFieldSet(this, _EventStream_resolveConnectedPromise, resolve11, "f");
      __classPrivateFieldSet(this, _EventStream_rejectConnectedPromise, reject, "f");
    }), "f");
    __classPrivateFieldSet(this, _EventStream_endPromise, new Promise((resolve11, reject) => {
      __classPrivateFieldSet(this, _EventStream_resolveEndPromise, resolve11, "f");
      __classPrivateFieldSet(this, _EventStream_rejectEndPromise, reject, "f");
    }), "f");
    __classPrivateFieldGet(this, _EventStream_connectedPromise, "f").catch(() => {
    });
    __classPrivateFieldGet(this, _EventStream_endPromise, "f").catch(() => {
    });
  }
  _run(executor) {
    setTimeout(() => {
      Promise.resolve().then(executor).then(() => {
        try {
          this._emitFinal();
        } catch (error) {
          __classPrivateFieldGet(this, _EventStream_instances, "m", _EventStream_handleError).call(this, error);
          return;
        }
        this._emit("end");
      }, __classPrivateFieldGet(this, _EventStream_instances, "m", _EventStream_handleError).bind(this));
    }, 0);
  }
  _connected() {
    if (this.ended)
      return;
    __classPrivateFieldGet(this, _EventStream_resolveConnectedPromise, "f").call(this);
    this._emit("connect");
  }
  get ended() {
    return __classPrivateFieldGet(this, _EventStream_ended, "f");
  }
  get errored() {
    return __classPrivateFieldGet(this, _EventStream_errored, "f");
  }
  get aborted() {
    return __classPrivateFieldGet(this, _EventStream_aborted, "f");
  }
  abort() {
    this.controller.abort();
  }
  _listenForAbort(signal) {
    if (!signal || this.ended)
      return;
    if (signal.aborted) {
      this.controller.abort();
      return;
    }
    const listener = () => this.controller.abort();
    signal.addEventListener("abort", listener, { once: true });
    __classPrivateFieldGet(this, _EventStream_abortListeners, "f").push({ signal, listener });
  }
  /**
   * Adds the listener function to the end of the listeners array for the event.
   * No checks are made to see if the listener has already been added. Multiple calls passing
   * the same combination of event and listener will result in the listener being added, and
   * called, multiple times.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  on(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] || (__classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = []);
    listeners.push({ listener });
    return this;
  }
  /**
   * Removes the specified listener from the listener array for the event.
   * off() will remove, at most, one instance of a listener from the listener array. If any single
   * listener has been added multiple times to the listener array for the specified event, then
   * off() must be called multiple times to remove each instance.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  off(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event];
    if (!listeners)
      return this;
    const index = listeners.findIndex((l) => l.listener === listener);
    if (index >= 0)
      listeners.splice(index, 1);
    return this;
  }
  /**
   * Adds a one-time listener function for the event. The next time the event is triggered,
   * this listener is removed and then invoked.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  once(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] || (__classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = []);
    listeners.push({ listener, once: true });
    return this;
  }
  /**
   * This is similar to `.once()`, but returns a Promise that resolves the next time
   * the event is triggered, instead of calling a listener callback.
   * @returns a Promise that resolves the next time given event is triggered,
   * or rejects if an error is emitted.  (If you request the 'error' event,
   * returns a promise that resolves with the error).
   *
   * Example:
   *
   *   const message = await stream.emitted('message') // rejects if the stream errors
   */
  emitted(event) {
    return new Promise((resolve11, reject) => {
      __classPrivateFieldSet(this, _EventStream_catchingPromiseCreated, true, "f");
      if (event !== "error")
        this.once("error", reject);
      this.once(event, resolve11);
    });
  }
  /**
   * Returns an async iterator that yields every time the event is triggered.
   * The iterator ends when the stream ends and rejects if the stream errors
   * or is aborted. If you request the 'error' or 'abort' event, the iterator
   * yields that event instead of rejecting.
   *
   * Example:
   *
   *   for await (const [message] of stream.events('message')) {
   *     await processMessage(message);
   *   }
   */
  events(event) {
    const pushQueue = [];
    const readQueue = [];
    let ended = this.ended;
    let failure;
    let failureDelivered = false;
    const doneResult = () => ({ value: void 0, done: true });
    const finishReaders = () => {
      while (readQueue.length) {
        readQueue.shift().resolve(doneResult());
      }
    };
    const rejectReader = () => {
      if (!failure || failureDelivered || !readQueue.length)
        return;
      failureDelivered = true;
      readQueue.shift().reject(failure);
    };
    const cleanup = () => {
      this.off(event, onEvent);
      this.off("end", onEnd);
      if (event !== "error")
        this.off("error", onFailure);
      if (event !== "abort")
        this.off("abort", onFailure);
    };
    const onEvent = (...args) => {
      if (ended)
        return;
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve({ value: args, done: false });
      } else {
        pushQueue.push(args);
      }
    };
    const onFailure = (error) => {
      failure = error;
      if (!pushQueue.length)
        rejectReader();
    };
    const onEnd = () => {
      ended = true;
      cleanup();
      if (!pushQueue.length) {
        rejectReader();
        finishReaders();
      }
    };
    if (!ended) {
      this.on(event, onEvent);
      this.on("end", onEnd);
      if (event !== "error")
        this.on("error", onFailure);
      if (event !== "abort")
        this.on("abort", onFailure);
    }
    return {
      next: () => {
        const value2 = pushQueue.shift();
        if (value2)
          return Promise.resolve({ value: value2, done: false });
        if (failure && !failureDelivered) {
          failureDelivered = true;
          return Promise.reject(failure);
        }
        if (ended)
          return Promise.resolve(doneResult());
        return new Promise((resolve11, reject) => {
          readQueue.push({ resolve: resolve11, reject });
        });
      },
      return: () => {
        ended = true;
        pushQueue.length = 0;
        cleanup();
        finishReaders();
        return Promise.resolve(doneResult());
      },
      [Symbol.asyncIterator]() {
        return this;
      }
    };
  }
  async done() {
    __classPrivateFieldSet(this, _EventStream_catchingPromiseCreated, true, "f");
    await __classPrivateFieldGet(this, _EventStream_endPromise, "f");
  }
  _emit(event, ...args) {
    if (__classPrivateFieldGet(this, _EventStream_ended, "f")) {
      return;
    }
    if (event === "end") {
      __classPrivateFieldGet(this, _EventStream_instances, "m", _EventStream_removeAbortListeners).call(this);
      __classPrivateFieldSet(this, _EventStream_ended, true, "f");
      __classPrivateFieldGet(this, _EventStream_resolveEndPromise, "f").call(this);
    }
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event];
    if (listeners) {
      __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = listeners.filter((l) => !l.once);
      listeners.forEach(({ listener }) => listener(...args));
    }
    if (event === "abort") {
      const error = args[0];
      if (!__classPrivateFieldGet(this, _EventStream_catchingPromiseCreated, "f") && !listeners?.length) {
        Promise.reject(error);
      }
      __classPrivateFieldGet(this, _EventStream_rejectConnectedPromise, "f").call(this, error);
      __classPrivateFieldGet(this, _EventStream_rejectEndPromise, "f").call(this, error);
      this._emit("end");
      return;
    }
    if (event === "error") {
      const error = args[0];
      if (!__classPrivateFieldGet(this, _EventStream_catchingPromiseCreated, "f") && !listeners?.length) {
        Promise.reject(error);
      }
      __classPrivateFieldGet(this, _EventStream_rejectConnectedPromise, "f").call(this, error);
      __classPrivateFieldGet(this, _EventStream_rejectEndPromise, "f").call(this, error);
      this._emit("end");
    }
  }
  _emitFinal() {
  }
};
_EventStream_connectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_resolveConnectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_rejectConnectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_endPromise = /* @__PURE__ */ new WeakMap(), _EventStream_resolveEndPromise = /* @__PURE__ */ new WeakMap(), _EventStream_rejectEndPromise = /* @__PURE__ */ new WeakMap(), _EventStream_listeners = /* @__PURE__ */ new WeakMap(), _EventStream_abortListeners = /* @__PURE__ */ new WeakMap(), _EventStream_ended = /* @__PURE__ */ new WeakMap(), _EventStream_errored = /* @__PURE__ */ new WeakMap(), _EventStream_aborted = /* @__PURE__ */ new WeakMap(), _EventStream_catchingPromiseCreated = /* @__PURE__ */ new WeakMap(), _EventStream_instances = /* @__PURE__ */ new WeakSet(), _EventStream_removeAbortListeners = function _EventStream_removeAbortListeners2() {
  for (const { signal, listener } of __classPrivateFieldGet(this, _EventStream_abortListeners, "f").splice(0)) {
    signal.removeEventListener("abort", listener);
  }
}, _EventStream_handleError = function _EventStream_handleError2(error) {
  __classPrivateFieldSet(this, _EventStream_errored, true, "f");
  if (error instanceof Error && error.name === "AbortError") {
    error = new APIUserAbortError();
  }
  if (error instanceof APIUserAbortError) {
    __classPrivateFieldSet(this, _EventStream_aborted, true, "f");
    return this._emit("abort", error);
  }
  if (error instanceof OpenAIError) {
    return this._emit("error", error);
  }
  if (error instanceof Error) {
    const openAIError = new OpenAIError(error.message);
    openAIError.cause = error;
    return this._emit("error", openAIError);
  }
  return this._emit("error", new OpenAIError(String(error)));
};

// node_modules/openai/lib/RunnableFunction.mjs
function isRunnableFunctionWithParse(fn) {
  return typeof fn.parse === "function";
}

// node_modules/openai/lib/AbstractChatCompletionRunner.mjs
var _AbstractChatCompletionRunner_instances;
var _AbstractChatCompletionRunner_getFinalContent;
var _AbstractChatCompletionRunner_getFinalMessage;
var _AbstractChatCompletionRunner_getFinalFunctionToolCall;
var _AbstractChatCompletionRunner_getFinalFunctionToolCallResult;
var _AbstractChatCompletionRunner_calculateTotalUsage;
var _AbstractChatCompletionRunner_validateParams;
var _AbstractChatCompletionRunner_stringifyFunctionCallResult;
var DEFAULT_MAX_CHAT_COMPLETIONS = 10;
function normalizeToolCallIds(chatCompletion) {
  for (const choice of chatCompletion.choices) {
    for (const toolCall of choice.message.tool_calls ?? []) {
      if (!toolCall.id) {
        toolCall.id = `call_${uuid4()}`;
      }
    }
  }
}
function toRequestMessage(message) {
  if (!isAssistantMessage(message))
    return message;
  const requestMessage = { role: "assistant" };
  if (message.audio != null)
    requestMessage.audio = { id: message.audio.id };
  if (message.content !== void 0)
    requestMessage.content = message.content;
  if (message.function_call != null)
    requestMessage.function_call = message.function_call;
  if (message.name !== void 0)
    requestMessage.name = message.name;
  if (message.refusal != null)
    requestMessage.refusal = message.refusal;
  if (message.tool_calls !== void 0) {
    requestMessage.tool_calls = message.tool_calls.map((toolCall) => {
      if (toolCall.type === "custom") {
        return {
          id: toolCall.id,
          type: toolCall.type,
          custom: {
            input: toolCall.custom.input,
            name: toolCall.custom.name
          }
        };
      }
      return {
        id: toolCall.id,
        type: toolCall.type,
        function: {
          arguments: toolCall.function.arguments,
          name: toolCall.function.name
        }
      };
    });
  }
  return requestMessage;
}
var AbstractChatCompletionRunner = class extends EventStream {
  constructor() {
    super(...arguments);
    _AbstractChatCompletionRunner_instances.add(this);
    this._chatCompletions = [];
    this.messages = [];
  }
  _addChatCompletion(chatCompletion) {
    normalizeToolCallIds(chatCompletion);
    this._chatCompletions.push(chatCompletion);
    this._emit("chatCompletion", chatCompletion);
    const message = chatCompletion.choices[0]?.message;
    if (message)
      this._addMessage(message);
    return chatCompletion;
  }
  _addMessage(message, emit = true) {
    if (!("content" in message))
      message.content = null;
    this.messages.push(message);
    if (emit) {
      this._emit("message", message);
      if (isToolMessage(message) && message.content) {
        this._emit("functionToolCallResult", message.content);
      } else if (isAssistantMessage(message) && message.tool_calls) {
        for (const tool_call of message.tool_calls) {
          if (tool_call.type === "function") {
            this._emit("functionToolCall", tool_call.function);
          }
        }
      }
    }
  }
  /**
   * @returns a promise that resolves with the final ChatCompletion, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletion.
   */
  async finalChatCompletion() {
    await this.done();
    const completion = this._chatCompletions[this._chatCompletions.length - 1];
    if (!completion)
      throw new OpenAIError("stream ended without producing a ChatCompletion");
    return completion;
  }
  /**
   * @returns a promise that resolves with the content of the final ChatCompletionMessage, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalContent() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalContent).call(this);
  }
  /**
   * @returns a promise that resolves with the final assistant ChatCompletionMessage response,
   * or rejects if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalMessage() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this);
  }
  /**
   * @returns a promise that resolves with the content of the final FunctionCall, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalFunctionToolCall() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCall).call(this);
  }
  async finalFunctionToolCallResult() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCallResult).call(this);
  }
  async totalUsage() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_calculateTotalUsage).call(this);
  }
  allChatCompletions() {
    return [...this._chatCompletions];
  }
  _emitFinal() {
    const completion = this._chatCompletions[this._chatCompletions.length - 1];
    if (completion)
      this._emit("finalChatCompletion", completion);
    const finalMessage = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this);
    if (finalMessage)
      this._emit("finalMessage", finalMessage);
    const finalContent = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalContent).call(this);
    if (finalContent)
      this._emit("finalContent", finalContent);
    const finalFunctionCall = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCall).call(this);
    if (finalFunctionCall)
      this._emit("finalFunctionToolCall", finalFunctionCall);
    const finalFunctionCallResult = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCallResult).call(this);
    if (finalFunctionCallResult != null)
      this._emit("finalFunctionToolCallResult", finalFunctionCallResult);
    if (this._chatCompletions.some((c) => c.usage)) {
      this._emit("totalUsage", __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_calculateTotalUsage).call(this));
    }
  }
  async _createChatCompletion(client2, params, options) {
    this._listenForAbort(options?.signal);
    __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_validateParams).call(this, params);
    const chatCompletion = await client2.chat.completions.create({ ...params, stream: false }, { ...options, signal: this.controller.signal });
    this._connected();
    return this._addChatCompletion(parseChatCompletion(chatCompletion, params));
  }
  async _runChatCompletion(client2, params, options) {
    for (const message of params.messages) {
      this._addMessage(message, false);
    }
    return await this._createChatCompletion(client2, params, options);
  }
  async _runTools(client2, params, runner2, options) {
    const role = "tool";
    const { tool_choice = "auto", stream, toolContext: inputToolContext, ...restParams } = params;
    const toolContext = inputToolContext;
    const singleFunctionToCall = typeof tool_choice !== "string" && tool_choice.type === "function" && tool_choice?.function?.name;
    const { maxChatCompletions = DEFAULT_MAX_CHAT_COMPLETIONS, afterCompletion } = options || {};
    const inputTools = params.tools.map((tool) => {
      if (isAutoParsableTool(tool)) {
        if (!tool.$callback) {
          throw new OpenAIError("Tool given to `.runTools()` that does not have an associated function");
        }
        return {
          type: "function",
          function: {
            function: tool.$callback,
            name: tool.function.name,
            description: tool.function.description || "",
            parameters: tool.function.parameters,
            parse: tool.$parseRaw,
            strict: true
          }
        };
      }
      return tool;
    });
    const functionsByName = {};
    for (const f of inputTools) {
      if (f.type === "function") {
        functionsByName[f.function.name || f.function.function.name] = f.function;
      }
    }
    const tools = "tools" in params ? inputTools.map((t) => t.type === "function" ? {
      type: "function",
      function: {
        name: t.function.name || t.function.function.name,
        parameters: t.function.parameters,
        description: t.function.description,
        strict: t.function.strict
      }
    } : t) : void 0;
    for (const message of params.messages) {
      this._addMessage(message, false);
    }
    const runToolCall = async (toolCall) => {
      if (toolCall.type !== "function")
        return { message: void 0, functionCalled: false };
      const tool_call_id = toolCall.id;
      const { name, arguments: args } = toolCall.function;
      const fn = functionsByName[name];
      if (!fn) {
        const content2 = `Invalid tool_call: ${JSON.stringify(name)}. Available options are: ${Object.keys(functionsByName).map((name2) => JSON.stringify(name2)).join(", ")}. Please try again`;
        return { message: { role, tool_call_id, content: content2 }, functionCalled: false };
      }
      if (singleFunctionToCall && singleFunctionToCall !== name) {
        const content2 = `Invalid tool_call: ${JSON.stringify(name)}. ${JSON.stringify(singleFunctionToCall)} requested. Please try again`;
        return { message: { role, tool_call_id, content: content2 }, functionCalled: false };
      }
      let rawContent;
      if (isRunnableFunctionWithParse(fn)) {
        let parsed;
        try {
          parsed = await fn.parse(args);
        } catch (error) {
          const content2 = error instanceof Error ? error.message : String(error);
          return { message: { role, tool_call_id, content: content2 }, functionCalled: false };
        }
        rawContent = await fn.function(parsed, runner2, toolContext);
      } else {
        rawContent = await fn.function(args, runner2, toolContext);
      }
      const content = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_stringifyFunctionCallResult).call(this, rawContent);
      return { message: { role, tool_call_id, content }, functionCalled: true };
    };
    for (let i = 0; i < maxChatCompletions; ++i) {
      const chatCompletion = await this._createChatCompletion(client2, {
        ...restParams,
        tool_choice,
        tools,
        messages: this.messages.map(toRequestMessage)
      }, options);
      const message = chatCompletion.choices[0]?.message;
      if (!message) {
        throw new OpenAIError(`missing message in ChatCompletion response`);
      }
      if (!message.tool_calls?.length) {
        await afterCompletion?.(chatCompletion, runner2);
        return;
      }
      if (singleFunctionToCall || params.parallel_tool_calls === false) {
        for (const toolCall of message.tool_calls) {
          const result = await runToolCall(toolCall);
          if (result.message)
            this._addMessage(result.message);
          if (singleFunctionToCall && result.functionCalled) {
            await afterCompletion?.(chatCompletion, runner2);
            return;
          }
        }
      } else {
        const results = await Promise.allSettled(message.tool_calls.map(runToolCall));
        for (const result of results) {
          if (result.status === "rejected")
            throw result.reason;
        }
        for (const result of results) {
          if (result.status === "fulfilled" && result.value.message) {
            this._addMessage(result.value.message);
          }
        }
      }
      await afterCompletion?.(chatCompletion, runner2);
    }
    return;
  }
};
_AbstractChatCompletionRunner_instances = /* @__PURE__ */ new WeakSet(), _AbstractChatCompletionRunner_getFinalContent = function _AbstractChatCompletionRunner_getFinalContent2() {
  return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this).content ?? null;
}, _AbstractChatCompletionRunner_getFinalMessage = function _AbstractChatCompletionRunner_getFinalMessage2() {
  let i = this.messages.length;
  while (i-- > 0) {
    const message = this.messages[i];
    if (isAssistantMessage(message)) {
      const ret = {
        ...message,
        content: message.content ?? null,
        refusal: message.refusal ?? null
      };
      return ret;
    }
  }
  throw new OpenAIError("stream ended without producing a ChatCompletionMessage with role=assistant");
}, _AbstractChatCompletionRunner_getFinalFunctionToolCall = function _AbstractChatCompletionRunner_getFinalFunctionToolCall2() {
  for (let i = this.messages.length - 1; i >= 0; i--) {
    const message = this.messages[i];
    if (isAssistantMessage(message) && message?.tool_calls?.length) {
      for (let j = message.tool_calls.length - 1; j >= 0; j--) {
        const toolCall = message.tool_calls[j];
        if (toolCall?.type === "function") {
          return toolCall.function;
        }
      }
    }
  }
  return;
}, _AbstractChatCompletionRunner_getFinalFunctionToolCallResult = function _AbstractChatCompletionRunner_getFinalFunctionToolCallResult2() {
  for (let i = this.messages.length - 1; i >= 0; i--) {
    const message = this.messages[i];
    if (isToolMessage(message) && message.content != null && typeof message.content === "string" && this.messages.some((x) => x.role === "assistant" && x.tool_calls?.some((y) => y.type === "function" && y.id === message.tool_call_id))) {
      return message.content;
    }
  }
  return;
}, _AbstractChatCompletionRunner_calculateTotalUsage = function _AbstractChatCompletionRunner_calculateTotalUsage2() {
  const total = {
    completion_tokens: 0,
    prompt_tokens: 0,
    total_tokens: 0
  };
  for (const { usage } of this._chatCompletions) {
    if (usage) {
      total.completion_tokens += usage.completion_tokens;
      total.prompt_tokens += usage.prompt_tokens;
      total.total_tokens += usage.total_tokens;
    }
  }
  return total;
}, _AbstractChatCompletionRunner_validateParams = function _AbstractChatCompletionRunner_validateParams2(params) {
  if (params.n != null && params.n > 1) {
    throw new OpenAIError("ChatCompletion convenience helpers only support n=1 at this time. To use n>1, please use chat.completions.create() directly.");
  }
}, _AbstractChatCompletionRunner_stringifyFunctionCallResult = function _AbstractChatCompletionRunner_stringifyFunctionCallResult2(rawContent) {
  return typeof rawContent === "string" ? rawContent : rawContent === void 0 ? "undefined" : JSON.stringify(rawContent);
};

// node_modules/openai/lib/ChatCompletionRunner.mjs
var ChatCompletionRunner = class _ChatCompletionRunner extends AbstractChatCompletionRunner {
  static runTools(client2, params, options) {
    const runner2 = new _ChatCompletionRunner();
    const opts = {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "runTools" }
    };
    runner2._run(() => runner2._runTools(client2, params, runner2, opts));
    return runner2;
  }
  _addMessage(message, emit = true) {
    super._addMessage(message, emit);
    if (isAssistantMessage(message) && message.content) {
      this._emit("content", message.content);
    }
  }
};

// node_modules/openai/_vendor/partial-json-parser/parser.mjs
var STR = 1;
var NUM = 2;
var ARR = 4;
var OBJ = 8;
var NULL = 16;
var BOOL = 32;
var NAN = 64;
var INFINITY = 128;
var MINUS_INFINITY = 256;
var INF = INFINITY | MINUS_INFINITY;
var SPECIAL = NULL | BOOL | INF | NAN;
var ATOM = STR | NUM | SPECIAL;
var COLLECTION = ARR | OBJ;
var ALL = ATOM | COLLECTION;
var Allow = {
  STR,
  NUM,
  ARR,
  OBJ,
  NULL,
  BOOL,
  NAN,
  INFINITY,
  MINUS_INFINITY,
  INF,
  SPECIAL,
  ATOM,
  COLLECTION,
  ALL
};
var PartialJSON = class extends Error {
};
var MalformedJSON = class extends Error {
};
function parseJSON(jsonString, allowPartial = Allow.ALL) {
  if (typeof jsonString !== "string") {
    throw new TypeError(`expecting str, got ${typeof jsonString}`);
  }
  if (!jsonString.trim()) {
    throw new Error(`${jsonString} is empty`);
  }
  return _parseJSON(jsonString.trim(), allowPartial);
}
var _parseJSON = (jsonString, allow) => {
  const length = jsonString.length;
  let index = 0;
  const markPartialJSON = (msg) => {
    throw new PartialJSON(`${msg} at position ${index}`);
  };
  const throwMalformedError = (msg) => {
    throw new MalformedJSON(`${msg} at position ${index}`);
  };
  const parseAny = () => {
    skipBlank();
    if (index >= length)
      markPartialJSON("Unexpected end of input");
    if (jsonString[index] === '"')
      return parseStr();
    if (jsonString[index] === "{")
      return parseObj();
    if (jsonString[index] === "[")
      return parseArr();
    if (jsonString.substring(index, index + 4) === "null" || Allow.NULL & allow && length - index < 4 && "null".startsWith(jsonString.substring(index))) {
      index += 4;
      return null;
    }
    if (jsonString.substring(index, index + 4) === "true" || Allow.BOOL & allow && length - index < 4 && "true".startsWith(jsonString.substring(index))) {
      index += 4;
      return true;
    }
    if (jsonString.substring(index, index + 5) === "false" || Allow.BOOL & allow && length - index < 5 && "false".startsWith(jsonString.substring(index))) {
      index += 5;
      return false;
    }
    if (jsonString.substring(index, index + 8) === "Infinity" || Allow.INFINITY & allow && length - index < 8 && "Infinity".startsWith(jsonString.substring(index))) {
      index += 8;
      return Infinity;
    }
    if (jsonString.substring(index, index + 9) === "-Infinity" || Allow.MINUS_INFINITY & allow && 1 < length - index && length - index < 9 && "-Infinity".startsWith(jsonString.substring(index))) {
      index += 9;
      return -Infinity;
    }
    if (jsonString.substring(index, index + 3) === "NaN" || Allow.NAN & allow && length - index < 3 && "NaN".startsWith(jsonString.substring(index))) {
      index += 3;
      return NaN;
    }
    return parseNum();
  };
  const parseStr = () => {
    const start = index;
    let escape2 = false;
    index++;
    while (index < length && (jsonString[index] !== '"' || escape2 && jsonString[index - 1] === "\\")) {
      escape2 = jsonString[index] === "\\" ? !escape2 : false;
      index++;
    }
    if (jsonString.charAt(index) == '"') {
      try {
        return JSON.parse(jsonString.substring(start, ++index - Number(escape2)));
      } catch (e) {
        throwMalformedError(String(e));
      }
    } else if (Allow.STR & allow) {
      try {
        return JSON.parse(jsonString.substring(start, index - Number(escape2)) + '"');
      } catch (e) {
        return JSON.parse(jsonString.substring(start, jsonString.lastIndexOf("\\")) + '"');
      }
    }
    markPartialJSON("Unterminated string literal");
  };
  const parseObj = () => {
    index++;
    skipBlank();
    const obj = {};
    try {
      while (jsonString[index] !== "}") {
        skipBlank();
        if (index >= length && Allow.OBJ & allow)
          return obj;
        const key = parseStr();
        skipBlank();
        index++;
        try {
          const value2 = parseAny();
          Object.defineProperty(obj, key, { value: value2, writable: true, enumerable: true, configurable: true });
        } catch (e) {
          if (Allow.OBJ & allow)
            return obj;
          else
            throw e;
        }
        skipBlank();
        if (jsonString[index] === ",")
          index++;
      }
    } catch (e) {
      if (Allow.OBJ & allow)
        return obj;
      else
        markPartialJSON("Expected '}' at end of object");
    }
    index++;
    return obj;
  };
  const parseArr = () => {
    index++;
    const arr = [];
    try {
      while (jsonString[index] !== "]") {
        arr.push(parseAny());
        skipBlank();
        if (jsonString[index] === ",") {
          index++;
        }
      }
    } catch (e) {
      if (Allow.ARR & allow) {
        return arr;
      }
      markPartialJSON("Expected ']' at end of array");
    }
    index++;
    return arr;
  };
  const parseNum = () => {
    if (index === 0) {
      if (jsonString === "-" && Allow.NUM & allow)
        markPartialJSON("Not sure what '-' is");
      try {
        return JSON.parse(jsonString);
      } catch (e) {
        if (Allow.NUM & allow) {
          try {
            if ("." === jsonString[jsonString.length - 1])
              return JSON.parse(jsonString.substring(0, jsonString.lastIndexOf(".")));
            return JSON.parse(jsonString.substring(0, jsonString.lastIndexOf("e")));
          } catch (e2) {
          }
        }
        throwMalformedError(String(e));
      }
    }
    const start = index;
    if (jsonString[index] === "-")
      index++;
    while (jsonString[index] && !",]}".includes(jsonString[index]))
      index++;
    if (index == length && !(Allow.NUM & allow))
      markPartialJSON("Unterminated number literal");
    try {
      return JSON.parse(jsonString.substring(start, index));
    } catch (e) {
      if (jsonString.substring(start, index) === "-" && Allow.NUM & allow)
        markPartialJSON("Not sure what '-' is");
      try {
        return JSON.parse(jsonString.substring(start, jsonString.lastIndexOf("e")));
      } catch (e2) {
        throwMalformedError(String(e2));
      }
    }
  };
  const skipBlank = () => {
    while (index < length && " \n\r	".includes(jsonString[index])) {
      index++;
    }
  };
  return parseAny();
};
var partialParse = (input) => parseJSON(input, Allow.ALL ^ Allow.NUM);

// node_modules/openai/lib/ChatCompletionStream.mjs
var _ChatCompletionStream_instances;
var _ChatCompletionStream_params;
var _ChatCompletionStream_audioDoneChoiceIndexes;
var _ChatCompletionStream_choiceEventStates;
var _ChatCompletionStream_currentChatCompletionSnapshot;
var _ChatCompletionStream_beginRequest;
var _ChatCompletionStream_getChoiceEventState;
var _ChatCompletionStream_addChunk;
var _ChatCompletionStream_emitToolCallDoneEvent;
var _ChatCompletionStream_emitContentDoneEvents;
var _ChatCompletionStream_endRequest;
var _ChatCompletionStream_getAutoParseableResponseFormat;
var _ChatCompletionStream_accumulateChatCompletion;
var CHAT_COMPLETION_READABLE_STREAM_MESSAGE_PREFIX = "chat.completion.chunk.message:";
function makeChatCompletionReadableStreamMessageChunk(chunk, message, toolCallIds) {
  const payload = {
    type: "message",
    message,
    ...toolCallIds ? { tool_call_ids: toolCallIds } : {}
  };
  return {
    id: chunk.id,
    choices: [],
    created: chunk.created,
    model: chunk.model,
    object: `${CHAT_COMPLETION_READABLE_STREAM_MESSAGE_PREFIX}${JSON.stringify(payload)}`
  };
}
function isChatCompletionReadableStreamMessage(item) {
  return "type" in item && item.type === "message" && "message" in item || "object" in item && typeof item.object === "string" && item.object.startsWith(CHAT_COMPLETION_READABLE_STREAM_MESSAGE_PREFIX);
}
function getChatCompletionReadableStreamMessage(item) {
  if ("type" in item) {
    return item;
  }
  return JSON.parse(item.object.slice(CHAT_COMPLETION_READABLE_STREAM_MESSAGE_PREFIX.length));
}
var ChatCompletionStream = class _ChatCompletionStream extends AbstractChatCompletionRunner {
  constructor(params) {
    super();
    _ChatCompletionStream_instances.add(this);
    _ChatCompletionStream_params.set(this, void 0);
    _ChatCompletionStream_audioDoneChoiceIndexes.set(this, void 0);
    _ChatCompletionStream_choiceEventStates.set(this, void 0);
    _ChatCompletionStream_currentChatCompletionSnapshot.set(this, void 0);
    __classPrivateFieldSet(this, _ChatCompletionStream_params, params, "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_audioDoneChoiceIndexes, /* @__PURE__ */ new Set(), "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_choiceEventStates, [], "f");
  }
  get currentChatCompletionSnapshot() {
    return __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
  }
  /**
   * Intended for use on the frontend, consuming a stream produced with
   * `.toReadableStream()` on the backend.
   *
   * Note that messages sent to the model do not appear in `.on('message')`
   * in this context.
   */
  static fromReadableStream(stream) {
    const runner2 = new _ChatCompletionStream(null);
    runner2._run(() => runner2._fromReadableStream(stream));
    return runner2;
  }
  static createChatCompletion(client2, params, options) {
    const runner2 = new _ChatCompletionStream(params);
    runner2._run(() => runner2._runChatCompletion(client2, { ...params, stream: true }, { ...options, headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" } }));
    return runner2;
  }
  async _createChatCompletion(client2, params, options) {
    super._createChatCompletion;
    this._listenForAbort(options?.signal);
    __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_beginRequest).call(this);
    const stream = await client2.chat.completions.create({ ...params, stream: true }, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const chunk of stream) {
      __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_addChunk).call(this, chunk);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
  }
  async _fromReadableStream(readableStream, options) {
    this._listenForAbort(options?.signal);
    __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_beginRequest).call(this);
    this._connected();
    const stream = Stream.fromReadableStream(readableStream, this.controller);
    let chatId;
    for await (const item of stream) {
      if (isChatCompletionReadableStreamMessage(item)) {
        const message = getChatCompletionReadableStreamMessage(item);
        if (__classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f")) {
          const toolCalls = __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f").choices[0]?.message.tool_calls;
          for (const [index, id] of message.tool_call_ids?.entries() ?? []) {
            const toolCall = toolCalls?.[index];
            if (toolCall && id) {
              toolCall.id = id;
            }
          }
          this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
          chatId = void 0;
        }
        this._addMessage(message.message);
        continue;
      }
      const chunk = item;
      if (chatId && chunk.id && chatId !== chunk.id) {
        this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
      }
      __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_addChunk).call(this, chunk);
      if (chunk.id)
        chatId = chunk.id;
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    if (__classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f")) {
      return this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
    }
    const lastChatCompletion = this._chatCompletions[this._chatCompletions.length - 1];
    if (lastChatCompletion) {
      return lastChatCompletion;
    }
    throw new OpenAIError(`request ended without sending any chunks`);
  }
  [(_ChatCompletionStream_params = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_audioDoneChoiceIndexes = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_choiceEventStates = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_currentChatCompletionSnapshot = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_instances = /* @__PURE__ */ new WeakSet(), _ChatCompletionStream_beginRequest = function _ChatCompletionStream_beginRequest2() {
    if (this.ended)
      return;
    __classPrivateFieldSet(this, _ChatCompletionStream_audioDoneChoiceIndexes, /* @__PURE__ */ new Set(), "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, void 0, "f");
  }, _ChatCompletionStream_getChoiceEventState = function _ChatCompletionStream_getChoiceEventState2(choice) {
    let state = __classPrivateFieldGet(this, _ChatCompletionStream_choiceEventStates, "f")[choice.index];
    if (state) {
      return state;
    }
    state = {
      content_done: false,
      refusal_done: false,
      logprobs_content_done: false,
      logprobs_refusal_done: false,
      done_tool_calls: /* @__PURE__ */ new Set(),
      current_tool_call_index: null
    };
    __classPrivateFieldGet(this, _ChatCompletionStream_choiceEventStates, "f")[choice.index] = state;
    return state;
  }, _ChatCompletionStream_addChunk = function _ChatCompletionStream_addChunk2(chunk) {
    if (this.ended)
      return;
    const completion = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_accumulateChatCompletion).call(this, chunk);
    this._emit("chunk", chunk, completion);
    for (const choice of chunk.choices) {
      const choiceSnapshot = completion.choices[choice.index];
      const { delta } = choice;
      if (delta?.content != null && choiceSnapshot.message?.role === "assistant" && choiceSnapshot.message?.content) {
        this._emit("content", delta.content, choiceSnapshot.message.content);
        this._emit("content.delta", {
          delta: delta.content,
          snapshot: choiceSnapshot.message.content,
          parsed: choiceSnapshot.message.parsed
        });
      }
      if (delta?.refusal != null && choiceSnapshot.message?.role === "assistant" && choiceSnapshot.message?.refusal) {
        this._emit("refusal.delta", {
          delta: delta.refusal,
          snapshot: choiceSnapshot.message.refusal
        });
      }
      if (choice.logprobs?.content != null && choiceSnapshot.message?.role === "assistant") {
        this._emit("logprobs.content.delta", {
          content: choice.logprobs?.content,
          snapshot: choiceSnapshot.logprobs?.content ?? []
        });
      }
      if (choice.logprobs?.refusal != null && choiceSnapshot.message?.role === "assistant") {
        this._emit("logprobs.refusal.delta", {
          refusal: choice.logprobs?.refusal,
          snapshot: choiceSnapshot.logprobs?.refusal ?? []
        });
      }
      const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
      if (choiceSnapshot.finish_reason) {
        __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitContentDoneEvents).call(this, choiceSnapshot);
        if (state.current_tool_call_index != null) {
          __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitToolCallDoneEvent).call(this, choiceSnapshot, state.current_tool_call_index);
        }
      }
      for (const toolCall of delta?.tool_calls ?? []) {
        if (state.current_tool_call_index !== toolCall.index) {
          __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitContentDoneEvents).call(this, choiceSnapshot);
          if (state.current_tool_call_index != null) {
            __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitToolCallDoneEvent).call(this, choiceSnapshot, state.current_tool_call_index);
          }
        }
        state.current_tool_call_index = toolCall.index;
      }
      for (const toolCallDelta of delta?.tool_calls ?? []) {
        const toolCallSnapshot = choiceSnapshot.message.tool_calls?.[toolCallDelta.index];
        if (!toolCallSnapshot?.type) {
          continue;
        }
        if (toolCallSnapshot?.type === "function") {
          this._emit("tool_calls.function.arguments.delta", {
            name: toolCallSnapshot.function?.name,
            index: toolCallDelta.index,
            arguments: toolCallSnapshot.function.arguments,
            parsed_arguments: toolCallSnapshot.function.parsed_arguments,
            arguments_delta: toolCallDelta.function?.arguments ?? ""
          });
        } else {
          assertNever(toolCallSnapshot?.type);
        }
      }
    }
  }, _ChatCompletionStream_emitToolCallDoneEvent = function _ChatCompletionStream_emitToolCallDoneEvent2(choiceSnapshot, toolCallIndex) {
    const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
    if (state.done_tool_calls.has(toolCallIndex)) {
      return;
    }
    const toolCallSnapshot = choiceSnapshot.message.tool_calls?.[toolCallIndex];
    if (!toolCallSnapshot) {
      throw new Error("no tool call snapshot");
    }
    if (!toolCallSnapshot.type) {
      throw new Error("tool call snapshot missing `type`");
    }
    if (toolCallSnapshot.type === "function") {
      const inputTool = __classPrivateFieldGet(this, _ChatCompletionStream_params, "f")?.tools?.find((tool) => isChatCompletionFunctionTool(tool) && tool.function.name === toolCallSnapshot.function.name);
      this._emit("tool_calls.function.arguments.done", {
        name: toolCallSnapshot.function.name,
        index: toolCallIndex,
        arguments: toolCallSnapshot.function.arguments,
        parsed_arguments: isAutoParsableTool(inputTool) ? inputTool.$parseRaw(toolCallSnapshot.function.arguments) : inputTool?.function.strict ? JSON.parse(toolCallSnapshot.function.arguments) : null
      });
    } else {
      assertNever(toolCallSnapshot.type);
    }
  }, _ChatCompletionStream_emitContentDoneEvents = function _ChatCompletionStream_emitContentDoneEvents2(choiceSnapshot) {
    const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
    if (choiceSnapshot.message.content && !state.content_done) {
      state.content_done = true;
      const responseFormat = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getAutoParseableResponseFormat).call(this);
      this._emit("content.done", {
        content: choiceSnapshot.message.content,
        parsed: responseFormat ? responseFormat.$parseRaw(choiceSnapshot.message.content) : null
      });
    }
    if (choiceSnapshot.message.refusal && !state.refusal_done) {
      state.refusal_done = true;
      this._emit("refusal.done", { refusal: choiceSnapshot.message.refusal });
    }
    if (choiceSnapshot.logprobs?.content && !state.logprobs_content_done) {
      state.logprobs_content_done = true;
      this._emit("logprobs.content.done", { content: choiceSnapshot.logprobs.content });
    }
    if (choiceSnapshot.logprobs?.refusal && !state.logprobs_refusal_done) {
      state.logprobs_refusal_done = true;
      this._emit("logprobs.refusal.done", { refusal: choiceSnapshot.logprobs.refusal });
    }
  }, _ChatCompletionStream_endRequest = function _ChatCompletionStream_endRequest2() {
    if (this.ended) {
      throw new OpenAIError(`stream has ended, this shouldn't happen`);
    }
    const snapshot = __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
    if (!snapshot) {
      throw new OpenAIError(`request ended without sending any chunks`);
    }
    const audioDoneChoiceIndexes = __classPrivateFieldGet(this, _ChatCompletionStream_audioDoneChoiceIndexes, "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_audioDoneChoiceIndexes, /* @__PURE__ */ new Set(), "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, void 0, "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_choiceEventStates, [], "f");
    return finalizeChatCompletion(snapshot, __classPrivateFieldGet(this, _ChatCompletionStream_params, "f"), audioDoneChoiceIndexes);
  }, _ChatCompletionStream_getAutoParseableResponseFormat = function _ChatCompletionStream_getAutoParseableResponseFormat2() {
    const responseFormat = __classPrivateFieldGet(this, _ChatCompletionStream_params, "f")?.response_format;
    if (isAutoParsableResponseFormat(responseFormat)) {
      return responseFormat;
    }
    return null;
  }, _ChatCompletionStream_accumulateChatCompletion = function _ChatCompletionStream_accumulateChatCompletion2(chunk) {
    var _a3, _b, _c, _d, _e;
    let snapshot = __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
    const { choices, ...rest } = chunk;
    if (!snapshot) {
      snapshot = __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, {
        ...rest,
        choices: []
      }, "f");
    } else if (chunk.id) {
      Object.assign(snapshot, rest);
    }
    for (const { delta, finish_reason, index, logprobs = null, ...other } of chunk.choices) {
      let choice = snapshot.choices[index];
      if (!choice) {
        choice = snapshot.choices[index] = { finish_reason, index, message: {}, logprobs, ...other };
      }
      if (logprobs) {
        if (!choice.logprobs) {
          choice.logprobs = Object.assign({}, logprobs);
        } else {
          const { content: content2, refusal: refusal2, ...rest3 } = logprobs;
          assertIsEmpty(rest3);
          Object.assign(choice.logprobs, rest3);
          if (content2) {
            (_a3 = choice.logprobs).content ?? (_a3.content = []);
            choice.logprobs.content.push(...content2);
          }
          if (refusal2) {
            (_b = choice.logprobs).refusal ?? (_b.refusal = []);
            choice.logprobs.refusal.push(...refusal2);
          }
        }
      }
      if (finish_reason) {
        choice.finish_reason = finish_reason;
        if (__classPrivateFieldGet(this, _ChatCompletionStream_params, "f") && hasAutoParseableInput(__classPrivateFieldGet(this, _ChatCompletionStream_params, "f"))) {
          if (finish_reason === "length") {
            throw new LengthFinishReasonError();
          }
          if (finish_reason === "content_filter") {
            throw new ContentFilterFinishReasonError();
          }
        }
      }
      Object.assign(choice, other);
      if (!delta)
        continue;
      __classPrivateFieldGet(this, _ChatCompletionStream_audioDoneChoiceIndexes, "f").delete(index);
      const { audio, content, refusal, function_call, role, tool_calls, ...rest2 } = delta;
      assertIsEmpty(rest2);
      Object.assign(choice.message, rest2);
      if (audio?.expires_at != null && audio.id == null && audio.data == null && audio.transcript == null && content == null && refusal == null && function_call == null && role == null && tool_calls == null && Object.keys(rest2).length === 0) {
        __classPrivateFieldGet(this, _ChatCompletionStream_audioDoneChoiceIndexes, "f").add(index);
      }
      if (refusal) {
        choice.message.refusal = (choice.message.refusal || "") + refusal;
      }
      if (role)
        choice.message.role = role;
      if (audio) {
        const audioSnapshot = (_c = choice.message).audio ?? (_c.audio = {});
        if (audio.id != null)
          audioSnapshot.id = audio.id;
        if (audio.data != null)
          audioSnapshot.data = (audioSnapshot.data ?? "") + audio.data;
        if (audio.transcript != null) {
          audioSnapshot.transcript = (audioSnapshot.transcript ?? "") + audio.transcript;
        }
        if (audio.expires_at != null)
          audioSnapshot.expires_at = audio.expires_at;
      }
      if (function_call) {
        if (!choice.message.function_call) {
          choice.message.function_call = function_call;
        } else {
          if (function_call.name)
            choice.message.function_call.name = function_call.name;
          if (function_call.arguments) {
            (_d = choice.message.function_call).arguments ?? (_d.arguments = "");
            choice.message.function_call.arguments += function_call.arguments;
          }
        }
      }
      if (content) {
        choice.message.content = (choice.message.content || "") + content;
        if (!choice.message.refusal && __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getAutoParseableResponseFormat).call(this)) {
          choice.message.parsed = choice.message.content.trim() ? partialParse(choice.message.content) : null;
        }
      }
      if (tool_calls) {
        if (!choice.message.tool_calls)
          choice.message.tool_calls = [];
        for (const { index: index2, id, type, function: fn, ...rest3 } of tool_calls) {
          const tool_call = (_e = choice.message.tool_calls)[index2] ?? (_e[index2] = {});
          Object.assign(tool_call, rest3);
          if (id)
            tool_call.id = id;
          if (type)
            tool_call.type = type;
          if (fn)
            tool_call.function ?? (tool_call.function = { name: fn.name ?? "", arguments: "" });
          if (fn?.name)
            tool_call.function.name = fn.name;
          if (fn?.arguments) {
            tool_call.function.arguments += fn.arguments;
            if (shouldParseToolCall(__classPrivateFieldGet(this, _ChatCompletionStream_params, "f"), tool_call)) {
              tool_call.function.parsed_arguments = partialParse(tool_call.function.arguments);
            }
          }
        }
      }
    }
    return snapshot;
  }, Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("chunk", (chunk) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(chunk);
      } else {
        pushQueue.push(chunk);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve11, reject) => readQueue.push({ resolve: resolve11, reject })).then((chunk2) => chunk2 ? { value: chunk2, done: false } : { value: void 0, done: true });
        }
        const chunk = pushQueue.shift();
        return { value: chunk, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  toReadableStream() {
    const stream = new Stream(this[Symbol.asyncIterator].bind(this), this.controller);
    return stream.toReadableStream();
  }
};
function finalizeChatCompletion(snapshot, params, audioDoneChoiceIndexes) {
  const { id, choices, created, model, system_fingerprint, ...rest } = snapshot;
  const completion = {
    ...rest,
    id,
    choices: choices.map(({ message, finish_reason, index, logprobs, ...choiceRest }) => {
      const { content = null, function_call, tool_calls, audio, ...messageRest } = message;
      const finishReason = finish_reason ?? (audioDoneChoiceIndexes.has(index) && isCompleteAudio(audio) ? "stop" : null);
      if (!finishReason) {
        throw new OpenAIError(`missing finish_reason for choice ${index}`);
      }
      const audioResponse = audio ? { audio } : {};
      const role = message.role;
      if (!role) {
        throw new OpenAIError(`missing role for choice ${index}`);
      }
      if (function_call) {
        const { arguments: args, name } = function_call;
        if (args == null) {
          throw new OpenAIError(`missing function_call.arguments for choice ${index}`);
        }
        if (!name) {
          throw new OpenAIError(`missing function_call.name for choice ${index}`);
        }
        return {
          ...choiceRest,
          message: {
            ...audioResponse,
            content,
            function_call: { arguments: args, name },
            role,
            refusal: message.refusal ?? null
          },
          finish_reason: finishReason,
          index,
          logprobs
        };
      }
      if (tool_calls) {
        return {
          ...choiceRest,
          index,
          finish_reason: finishReason,
          logprobs,
          message: {
            ...messageRest,
            ...audioResponse,
            role,
            content,
            refusal: message.refusal ?? null,
            tool_calls: tool_calls.map((tool_call, i) => {
              const { function: fn, type, id: id2, ...toolRest } = tool_call;
              const { arguments: args, name, ...fnRest } = fn || {};
              if (type == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].type
${str(snapshot)}`);
              }
              if (name == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].function.name
${str(snapshot)}`);
              }
              if (args == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].function.arguments
${str(snapshot)}`);
              }
              return {
                ...toolRest,
                id: id2 || `call_${uuid4()}`,
                type,
                function: { ...fnRest, name, arguments: args }
              };
            })
          }
        };
      }
      return {
        ...choiceRest,
        message: { ...messageRest, ...audioResponse, content, role, refusal: message.refusal ?? null },
        finish_reason: finishReason,
        index,
        logprobs
      };
    }),
    created,
    model,
    object: "chat.completion",
    ...system_fingerprint ? { system_fingerprint } : {}
  };
  return maybeParseChatCompletion(completion, params);
}
function isCompleteAudio(audio) {
  return audio?.id != null && audio.data != null && audio.transcript != null && audio.expires_at != null;
}
function str(x) {
  return JSON.stringify(x);
}
function assertIsEmpty(obj) {
  return;
}
function assertNever(_x) {
}

// node_modules/openai/lib/ChatCompletionStreamingRunner.mjs
var ChatCompletionStreamingRunner = class _ChatCompletionStreamingRunner extends ChatCompletionStream {
  static fromReadableStream(stream) {
    const runner2 = new _ChatCompletionStreamingRunner(null);
    runner2._run(() => runner2._fromReadableStream(stream));
    return runner2;
  }
  toReadableStream() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    let lastChunk;
    let toolCallIds;
    const pushEvent = (event) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(event);
      } else {
        pushQueue.push(event);
      }
    };
    this.on("chunk", (chunk) => {
      lastChunk = chunk;
      pushEvent(chunk);
    });
    this.on("message", (message) => {
      if (isAssistantMessage(message)) {
        toolCallIds = message.tool_calls?.map((toolCall) => toolCall.id);
        return;
      }
      if (isToolMessage(message)) {
        if (!lastChunk) {
          throw new OpenAIError("cannot serialize a tool message before receiving any chunks");
        }
        pushEvent(makeChatCompletionReadableStreamMessageChunk(lastChunk, message, toolCallIds));
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    const iterator2 = () => ({
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve11, reject) => readQueue.push({ resolve: resolve11, reject })).then((event2) => event2 ? { value: event2, done: false } : { value: void 0, done: true });
        }
        const event = pushQueue.shift();
        if (!event) {
          return { value: void 0, done: true };
        }
        return { value: event, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    });
    const stream = new Stream(iterator2, this.controller);
    return stream.toReadableStream();
  }
  static runTools(client2, params, options) {
    const runner2 = new _ChatCompletionStreamingRunner(
      // @ts-expect-error TODO these types are incompatible
      params
    );
    const opts = {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "runTools" }
    };
    runner2._run(() => runner2._runTools(client2, params, runner2, opts));
    return runner2;
  }
};

// node_modules/openai/resources/chat/completions/completions.mjs
var Completions = class extends APIResource {
  constructor() {
    super(...arguments);
    this.messages = new Messages(this._client);
  }
  create(body, options) {
    return this._client.post("/chat/completions", {
      body,
      ...options,
      stream: body.stream ?? false,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get a stored chat completion. Only Chat Completions that have been created with
   * the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * const chatCompletion =
   *   await client.chat.completions.retrieve('completion_id');
   * ```
   */
  retrieve(completionID, options) {
    return this._client.get(path`/chat/completions/${completionID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modify a stored chat completion. Only Chat Completions that have been created
   * with the `store` parameter set to `true` can be modified. Currently, the only
   * supported modification is to update the `metadata` field.
   *
   * @example
   * ```ts
   * const chatCompletion = await client.chat.completions.update(
   *   'completion_id',
   *   { metadata: { foo: 'string' } },
   * );
   * ```
   */
  update(completionID, body, options) {
    return this._client.post(path`/chat/completions/${completionID}`, {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List stored Chat Completions. Only Chat Completions that have been stored with
   * the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatCompletion of client.chat.completions.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/chat/completions", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a stored chat completion. Only Chat Completions that have been created
   * with the `store` parameter set to `true` can be deleted.
   *
   * @example
   * ```ts
   * const chatCompletionDeleted =
   *   await client.chat.completions.delete('completion_id');
   * ```
   */
  delete(completionID, options) {
    return this._client.delete(path`/chat/completions/${completionID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  parse(body, options) {
    validateInputTools(body.tools);
    return this._client.chat.completions.create(body, {
      ...options,
      headers: {
        ...options?.headers,
        "X-Stainless-Helper-Method": "chat.completions.parse"
      }
    })._thenUnwrap((completion) => parseChatCompletion(completion, body));
  }
  runTools(body, options) {
    if (body.stream) {
      return ChatCompletionStreamingRunner.runTools(this._client, body, options);
    }
    return ChatCompletionRunner.runTools(this._client, body, options);
  }
  /**
   * Creates a chat completion stream
   */
  stream(body, options) {
    return ChatCompletionStream.createChatCompletion(this._client, body, options);
  }
};
Completions.Messages = Messages;

// node_modules/openai/resources/chat/chat.mjs
var Chat = class extends APIResource {
  constructor() {
    super(...arguments);
    this.completions = new Completions(this._client);
  }
};
Chat.Completions = Completions;

// node_modules/openai/resources/admin/organization/admin-api-keys.mjs
var AdminAPIKeys = class extends APIResource {
  /**
   * Create an organization admin API key
   *
   * @example
   * ```ts
   * const adminAPIKey =
   *   await client.admin.organization.adminAPIKeys.create({
   *     name: 'New Admin Key',
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/admin_api_keys", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieve a single organization API key
   *
   * @example
   * ```ts
   * const adminAPIKey =
   *   await client.admin.organization.adminAPIKeys.retrieve(
   *     'key_id',
   *   );
   * ```
   */
  retrieve(keyID, options) {
    return this._client.get(path`/organization/admin_api_keys/${keyID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * List organization API keys
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const adminAPIKey of client.admin.organization.adminAPIKeys.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/admin_api_keys", CursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Delete an organization admin API key
   *
   * @example
   * ```ts
   * const adminAPIKey =
   *   await client.admin.organization.adminAPIKeys.delete(
   *     'key_id',
   *   );
   * ```
   */
  delete(keyID, options) {
    return this._client.delete(path`/organization/admin_api_keys/${keyID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/audit-logs.mjs
var AuditLogs = class extends APIResource {
  /**
   * List user actions and configuration changes within this organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const auditLogListResponse of client.admin.organization.auditLogs.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/audit_logs", ConversationCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/certificates.mjs
var Certificates = class extends APIResource {
  /**
   * Upload a certificate to the organization. This does **not** automatically
   * activate the certificate.
   *
   * Organizations can upload up to 50 certificates.
   *
   * @example
   * ```ts
   * const certificate =
   *   await client.admin.organization.certificates.create({
   *     certificate: 'certificate',
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/certificates", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get a certificate that has been uploaded to the organization.
   *
   * You can get a certificate regardless of whether it is active or not.
   *
   * @example
   * ```ts
   * const certificate =
   *   await client.admin.organization.certificates.retrieve(
   *     'certificate_id',
   *   );
   * ```
   */
  retrieve(certificateID, query = {}, options) {
    return this._client.get(path`/organization/certificates/${certificateID}`, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Modify a certificate. Note that only the name can be modified.
   *
   * @example
   * ```ts
   * const certificate =
   *   await client.admin.organization.certificates.update(
   *     'certificate_id',
   *   );
   * ```
   */
  update(certificateID, body, options) {
    return this._client.post(path`/organization/certificates/${certificateID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * List uploaded certificates for this organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateListResponse of client.admin.organization.certificates.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/certificates", ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Delete a certificate from the organization.
   *
   * The certificate must be inactive for the organization and all projects.
   *
   * @example
   * ```ts
   * const certificate =
   *   await client.admin.organization.certificates.delete(
   *     'certificate_id',
   *   );
   * ```
   */
  delete(certificateID, options) {
    return this._client.delete(path`/organization/certificates/${certificateID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Activate certificates at the organization level.
   *
   * You can atomically and idempotently activate up to 10 certificates at a time.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateActivateResponse of client.admin.organization.certificates.activate(
   *   { certificate_ids: ['cert_abc'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  activate(body, options) {
    return this._client.getAPIList("/organization/certificates/activate", Page, {
      body,
      method: "post",
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deactivate certificates at the organization level.
   *
   * You can atomically and idempotently deactivate up to 10 certificates at a time.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateDeactivateResponse of client.admin.organization.certificates.deactivate(
   *   { certificate_ids: ['cert_abc'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  deactivate(body, options) {
    return this._client.getAPIList("/organization/certificates/deactivate", Page, { body, method: "post", ...options, __security: { adminAPIKeyAuth: true } });
  }
};

// node_modules/openai/resources/admin/organization/data-retention.mjs
var DataRetention = class extends APIResource {
  /**
   * Retrieves organization data retention controls.
   *
   * @example
   * ```ts
   * const organizationDataRetention =
   *   await client.admin.organization.dataRetention.retrieve();
   * ```
   */
  retrieve(options) {
    return this._client.get("/organization/data_retention", {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates organization data retention controls.
   *
   * @example
   * ```ts
   * const organizationDataRetention =
   *   await client.admin.organization.dataRetention.update({
   *     retention_type: 'zero_data_retention',
   *   });
   * ```
   */
  update(body, options) {
    return this._client.post("/organization/data_retention", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/invites.mjs
var Invites = class extends APIResource {
  /**
   * Create an invite for a user to the organization. The invite must be accepted by
   * the user before they have access to the organization.
   *
   * @example
   * ```ts
   * const invite =
   *   await client.admin.organization.invites.create({
   *     email: 'email',
   *     role: 'reader',
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/invites", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves an invite.
   *
   * @example
   * ```ts
   * const invite =
   *   await client.admin.organization.invites.retrieve(
   *     'invite_id',
   *   );
   * ```
   */
  retrieve(inviteID, options) {
    return this._client.get(path`/organization/invites/${inviteID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Returns a list of invites in the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const invite of client.admin.organization.invites.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/invites", ConversationCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Delete an invite. If the invite has already been accepted, it cannot be deleted.
   *
   * @example
   * ```ts
   * const invite =
   *   await client.admin.organization.invites.delete(
   *     'invite_id',
   *   );
   * ```
   */
  delete(inviteID, options) {
    return this._client.delete(path`/organization/invites/${inviteID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/roles.mjs
var Roles = class extends APIResource {
  /**
   * Creates a custom role for the organization.
   *
   * @example
   * ```ts
   * const role = await client.admin.organization.roles.create({
   *   permissions: ['string'],
   *   role_name: 'role_name',
   * });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/roles", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves an organization role.
   *
   * @example
   * ```ts
   * const role = await client.admin.organization.roles.retrieve(
   *   'role_id',
   * );
   * ```
   */
  retrieve(roleID, options) {
    return this._client.get(path`/organization/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates an existing organization role.
   *
   * @example
   * ```ts
   * const role = await client.admin.organization.roles.update(
   *   'role_id',
   * );
   * ```
   */
  update(roleID, body, options) {
    return this._client.post(path`/organization/roles/${roleID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the roles configured for the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const role of client.admin.organization.roles.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/roles", NextCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deletes a custom role from the organization.
   *
   * @example
   * ```ts
   * const role = await client.admin.organization.roles.delete(
   *   'role_id',
   * );
   * ```
   */
  delete(roleID, options) {
    return this._client.delete(path`/organization/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/spend-alerts.mjs
var SpendAlerts = class extends APIResource {
  /**
   * Creates an organization spend alert.
   *
   * @example
   * ```ts
   * const organizationSpendAlert =
   *   await client.admin.organization.spendAlerts.create({
   *     currency: 'USD',
   *     interval: 'month',
   *     notification_channel: {
   *       recipients: ['string'],
   *       type: 'email',
   *     },
   *     threshold_amount: 0,
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/spend_alerts", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves an organization spend alert.
   *
   * @example
   * ```ts
   * const organizationSpendAlert =
   *   await client.admin.organization.spendAlerts.retrieve(
   *     'alert_id',
   *   );
   * ```
   */
  retrieve(alertID, options) {
    return this._client.get(path`/organization/spend_alerts/${alertID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates an organization spend alert.
   *
   * @example
   * ```ts
   * const organizationSpendAlert =
   *   await client.admin.organization.spendAlerts.update(
   *     'alert_id',
   *     {
   *       currency: 'USD',
   *       interval: 'month',
   *       notification_channel: {
   *         recipients: ['string'],
   *         type: 'email',
   *       },
   *       threshold_amount: 0,
   *     },
   *   );
   * ```
   */
  update(alertID, body, options) {
    return this._client.post(path`/organization/spend_alerts/${alertID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists organization spend alerts.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const organizationSpendAlert of client.admin.organization.spendAlerts.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/spend_alerts", ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deletes an organization spend alert.
   *
   * @example
   * ```ts
   * const organizationSpendAlertDeleted =
   *   await client.admin.organization.spendAlerts.delete(
   *     'alert_id',
   *   );
   * ```
   */
  delete(alertID, options) {
    return this._client.delete(path`/organization/spend_alerts/${alertID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/spend-limit.mjs
var SpendLimit = class extends APIResource {
  /**
   * Get the organization's hard spend limit.
   *
   * @example
   * ```ts
   * const organizationSpendLimit =
   *   await client.admin.organization.spendLimit.retrieve();
   * ```
   */
  retrieve(options) {
    return this._client.get("/organization/spend_limit", {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Create or replace the organization's hard spend limit.
   *
   * @example
   * ```ts
   * const organizationSpendLimit =
   *   await client.admin.organization.spendLimit.update({
   *     currency: 'USD',
   *     interval: 'month',
   *     threshold_amount: 1,
   *   });
   * ```
   */
  update(body, options) {
    return this._client.post("/organization/spend_limit", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Delete the organization's hard spend limit.
   *
   * @example
   * ```ts
   * const organizationSpendLimitDeleted =
   *   await client.admin.organization.spendLimit.delete();
   * ```
   */
  delete(options) {
    return this._client.delete("/organization/spend_limit", {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/usage.mjs
var Usage = class extends APIResource {
  /**
   * Get audio speeches usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.audioSpeeches({
   *     start_time: 0,
   *   });
   * ```
   */
  audioSpeeches(query, options) {
    return this._client.get("/organization/usage/audio_speeches", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get audio transcriptions usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.audioTranscriptions(
   *     { start_time: 0 },
   *   );
   * ```
   */
  audioTranscriptions(query, options) {
    return this._client.get("/organization/usage/audio_transcriptions", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get code interpreter sessions usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.codeInterpreterSessions(
   *     { start_time: 0 },
   *   );
   * ```
   */
  codeInterpreterSessions(query, options) {
    return this._client.get("/organization/usage/code_interpreter_sessions", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get completions usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.completions({
   *     start_time: 0,
   *   });
   * ```
   */
  completions(query, options) {
    return this._client.get("/organization/usage/completions", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get costs details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.costs({
   *     start_time: 0,
   *   });
   * ```
   */
  costs(query, options) {
    return this._client.get("/organization/costs", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get embeddings usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.embeddings({
   *     start_time: 0,
   *   });
   * ```
   */
  embeddings(query, options) {
    return this._client.get("/organization/usage/embeddings", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get file search calls usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.fileSearchCalls({
   *     start_time: 0,
   *   });
   * ```
   */
  fileSearchCalls(query, options) {
    return this._client.get("/organization/usage/file_search_calls", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get images usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.images({
   *     start_time: 0,
   *   });
   * ```
   */
  images(query, options) {
    return this._client.get("/organization/usage/images", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get moderations usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.moderations({
   *     start_time: 0,
   *   });
   * ```
   */
  moderations(query, options) {
    return this._client.get("/organization/usage/moderations", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get vector stores usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.vectorStores({
   *     start_time: 0,
   *   });
   * ```
   */
  vectorStores(query, options) {
    return this._client.get("/organization/usage/vector_stores", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Get web search calls usage details for the organization.
   *
   * @example
   * ```ts
   * const response =
   *   await client.admin.organization.usage.webSearchCalls({
   *     start_time: 0,
   *   });
   * ```
   */
  webSearchCalls(query, options) {
    return this._client.get("/organization/usage/web_search_calls", {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/groups/roles.mjs
var Roles2 = class extends APIResource {
  /**
   * Assigns an organization role to a group within the organization.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.groups.roles.create(
   *     'group_id',
   *     { role_id: 'role_id' },
   *   );
   * ```
   */
  create(groupID, body, options) {
    return this._client.post(path`/organization/groups/${groupID}/roles`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves an organization role assigned to a group.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.groups.roles.retrieve(
   *     'role_id',
   *     { group_id: 'group_id' },
   *   );
   * ```
   */
  retrieve(roleID, params, options) {
    const { group_id } = params;
    return this._client.get(path`/organization/groups/${group_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the organization roles assigned to a group within the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const roleListResponse of client.admin.organization.groups.roles.list(
   *   'group_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(groupID, query = {}, options) {
    return this._client.getAPIList(path`/organization/groups/${groupID}/roles`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Unassigns an organization role from a group within the organization.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.groups.roles.delete(
   *     'role_id',
   *     { group_id: 'group_id' },
   *   );
   * ```
   */
  delete(roleID, params, options) {
    const { group_id } = params;
    return this._client.delete(path`/organization/groups/${group_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/groups/users.mjs
var Users = class extends APIResource {
  /**
   * Adds a user to a group.
   *
   * @example
   * ```ts
   * const user =
   *   await client.admin.organization.groups.users.create(
   *     'group_id',
   *     { user_id: 'user_id' },
   *   );
   * ```
   */
  create(groupID, body, options) {
    return this._client.post(path`/organization/groups/${groupID}/users`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a user in a group.
   *
   * @example
   * ```ts
   * const user =
   *   await client.admin.organization.groups.users.retrieve(
   *     'user_id',
   *     { group_id: 'group_id' },
   *   );
   * ```
   */
  retrieve(userID, params, options) {
    const { group_id } = params;
    return this._client.get(path`/organization/groups/${group_id}/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the users assigned to a group.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const organizationGroupUser of client.admin.organization.groups.users.list(
   *   'group_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(groupID, query = {}, options) {
    return this._client.getAPIList(path`/organization/groups/${groupID}/users`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Removes a user from a group.
   *
   * @example
   * ```ts
   * const user =
   *   await client.admin.organization.groups.users.delete(
   *     'user_id',
   *     { group_id: 'group_id' },
   *   );
   * ```
   */
  delete(userID, params, options) {
    const { group_id } = params;
    return this._client.delete(path`/organization/groups/${group_id}/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/groups/groups.mjs
var Groups = class extends APIResource {
  constructor() {
    super(...arguments);
    this.users = new Users(this._client);
    this.roles = new Roles2(this._client);
  }
  /**
   * Creates a new group in the organization.
   *
   * @example
   * ```ts
   * const group = await client.admin.organization.groups.create(
   *   { name: 'x' },
   * );
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/groups", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a group.
   *
   * @example
   * ```ts
   * const group =
   *   await client.admin.organization.groups.retrieve(
   *     'group_id',
   *   );
   * ```
   */
  retrieve(groupID, options) {
    return this._client.get(path`/organization/groups/${groupID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates a group's information.
   *
   * @example
   * ```ts
   * const group = await client.admin.organization.groups.update(
   *   'group_id',
   *   { name: 'x' },
   * );
   * ```
   */
  update(groupID, body, options) {
    return this._client.post(path`/organization/groups/${groupID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists all groups in the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const group of client.admin.organization.groups.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/groups", NextCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deletes a group from the organization.
   *
   * @example
   * ```ts
   * const group = await client.admin.organization.groups.delete(
   *   'group_id',
   * );
   * ```
   */
  delete(groupID, options) {
    return this._client.delete(path`/organization/groups/${groupID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};
Groups.Users = Users;
Groups.Roles = Roles2;

// node_modules/openai/resources/admin/organization/projects/api-keys.mjs
var APIKeys = class extends APIResource {
  /**
   * Retrieves an API key in the project.
   *
   * @example
   * ```ts
   * const projectAPIKey =
   *   await client.admin.organization.projects.apiKeys.retrieve(
   *     'api_key_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(apiKeyID, params, options) {
    const { project_id } = params;
    return this._client.get(path`/organization/projects/${project_id}/api_keys/${apiKeyID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Returns a list of API keys in the project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectAPIKey of client.admin.organization.projects.apiKeys.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/api_keys`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deletes an API key from the project.
   *
   * Returns confirmation of the key deletion, or an error if the key belonged to a
   * service account.
   *
   * @example
   * ```ts
   * const apiKey =
   *   await client.admin.organization.projects.apiKeys.delete(
   *     'api_key_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(apiKeyID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/organization/projects/${project_id}/api_keys/${apiKeyID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/certificates.mjs
var Certificates2 = class extends APIResource {
  /**
   * List certificates for this project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateListResponse of client.admin.organization.projects.certificates.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/certificates`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Activate certificates at the project level.
   *
   * You can atomically and idempotently activate up to 10 certificates at a time.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateActivateResponse of client.admin.organization.projects.certificates.activate(
   *   'project_id',
   *   { certificate_ids: ['cert_abc'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  activate(projectID, body, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/certificates/activate`, Page, { body, method: "post", ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deactivate certificates at the project level. You can atomically and
   * idempotently deactivate up to 10 certificates at a time.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const certificateDeactivateResponse of client.admin.organization.projects.certificates.deactivate(
   *   'project_id',
   *   { certificate_ids: ['cert_abc'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  deactivate(projectID, body, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/certificates/deactivate`, Page, { body, method: "post", ...options, __security: { adminAPIKeyAuth: true } });
  }
};

// node_modules/openai/resources/admin/organization/projects/data-retention.mjs
var DataRetention2 = class extends APIResource {
  /**
   * Retrieves project data retention controls.
   *
   * @example
   * ```ts
   * const projectDataRetention =
   *   await client.admin.organization.projects.dataRetention.retrieve(
   *     'project_id',
   *   );
   * ```
   */
  retrieve(projectID, options) {
    return this._client.get(path`/organization/projects/${projectID}/data_retention`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates project data retention controls.
   *
   * @example
   * ```ts
   * const projectDataRetention =
   *   await client.admin.organization.projects.dataRetention.update(
   *     'project_id',
   *     { retention_type: 'organization_default' },
   *   );
   * ```
   */
  update(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/data_retention`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/hosted-tool-permissions.mjs
var HostedToolPermissions = class extends APIResource {
  /**
   * Returns hosted tool permissions for a project.
   *
   * @example
   * ```ts
   * const projectHostedToolPermissions =
   *   await client.admin.organization.projects.hostedToolPermissions.retrieve(
   *     'project_id',
   *   );
   * ```
   */
  retrieve(projectID, options) {
    return this._client.get(path`/organization/projects/${projectID}/hosted_tool_permissions`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates hosted tool permissions for a project.
   *
   * @example
   * ```ts
   * const projectHostedToolPermissions =
   *   await client.admin.organization.projects.hostedToolPermissions.update(
   *     'project_id',
   *   );
   * ```
   */
  update(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/hosted_tool_permissions`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/model-permissions.mjs
var ModelPermissions = class extends APIResource {
  /**
   * Returns model permissions for a project.
   *
   * @example
   * ```ts
   * const projectModelPermissions =
   *   await client.admin.organization.projects.modelPermissions.retrieve(
   *     'project_id',
   *   );
   * ```
   */
  retrieve(projectID, options) {
    return this._client.get(path`/organization/projects/${projectID}/model_permissions`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates model permissions for a project.
   *
   * @example
   * ```ts
   * const projectModelPermissions =
   *   await client.admin.organization.projects.modelPermissions.update(
   *     'project_id',
   *     { mode: 'allow_list', model_ids: ['string'] },
   *   );
   * ```
   */
  update(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/model_permissions`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deletes model permissions for a project.
   *
   * @example
   * ```ts
   * const projectModelPermissionsDeleted =
   *   await client.admin.organization.projects.modelPermissions.delete(
   *     'project_id',
   *   );
   * ```
   */
  delete(projectID, options) {
    return this._client.delete(path`/organization/projects/${projectID}/model_permissions`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/rate-limits.mjs
var RateLimits = class extends APIResource {
  /**
   * Returns the rate limits per model for a project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectRateLimit of client.admin.organization.projects.rateLimits.listRateLimits(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  listRateLimits(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/rate_limits`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Updates a project rate limit.
   *
   * @example
   * ```ts
   * const projectRateLimit =
   *   await client.admin.organization.projects.rateLimits.updateRateLimit(
   *     'rate_limit_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  updateRateLimit(rateLimitID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/organization/projects/${project_id}/rate_limits/${rateLimitID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/roles.mjs
var Roles3 = class extends APIResource {
  /**
   * Creates a custom role for a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.roles.create(
   *     'project_id',
   *     { permissions: ['string'], role_name: 'role_name' },
   *   );
   * ```
   */
  create(projectID, body, options) {
    return this._client.post(path`/projects/${projectID}/roles`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project role.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.roles.retrieve(
   *     'role_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(roleID, params, options) {
    const { project_id } = params;
    return this._client.get(path`/projects/${project_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates an existing project role.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.roles.update(
   *     'role_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  update(roleID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/projects/${project_id}/roles/${roleID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the roles configured for a project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const role of client.admin.organization.projects.roles.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/projects/${projectID}/roles`, NextCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deletes a custom role from a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.roles.delete(
   *     'role_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(roleID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/projects/${project_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/spend-alerts.mjs
var SpendAlerts2 = class extends APIResource {
  /**
   * Creates a project spend alert.
   *
   * @example
   * ```ts
   * const projectSpendAlert =
   *   await client.admin.organization.projects.spendAlerts.create(
   *     'project_id',
   *     {
   *       currency: 'USD',
   *       interval: 'month',
   *       notification_channel: {
   *         recipients: ['string'],
   *         type: 'email',
   *       },
   *       threshold_amount: 0,
   *     },
   *   );
   * ```
   */
  create(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/spend_alerts`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project spend alert.
   *
   * @example
   * ```ts
   * const projectSpendAlert =
   *   await client.admin.organization.projects.spendAlerts.retrieve(
   *     'alert_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(alertID, params, options) {
    const { project_id } = params;
    return this._client.get(path`/organization/projects/${project_id}/spend_alerts/${alertID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates a project spend alert.
   *
   * @example
   * ```ts
   * const projectSpendAlert =
   *   await client.admin.organization.projects.spendAlerts.update(
   *     'alert_id',
   *     {
   *       project_id: 'project_id',
   *       currency: 'USD',
   *       interval: 'month',
   *       notification_channel: {
   *         recipients: ['string'],
   *         type: 'email',
   *       },
   *       threshold_amount: 0,
   *     },
   *   );
   * ```
   */
  update(alertID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/organization/projects/${project_id}/spend_alerts/${alertID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists project spend alerts.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectSpendAlert of client.admin.organization.projects.spendAlerts.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/spend_alerts`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deletes a project spend alert.
   *
   * @example
   * ```ts
   * const projectSpendAlertDeleted =
   *   await client.admin.organization.projects.spendAlerts.delete(
   *     'alert_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(alertID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/organization/projects/${project_id}/spend_alerts/${alertID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/spend-limit.mjs
var SpendLimit2 = class extends APIResource {
  /**
   * Get a project's hard spend limit.
   *
   * @example
   * ```ts
   * const projectSpendLimit =
   *   await client.admin.organization.projects.spendLimit.retrieve(
   *     'proj_123',
   *   );
   * ```
   */
  retrieve(projectID, options) {
    return this._client.get(path`/organization/projects/${projectID}/spend_limit`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Create or replace a project's hard spend limit.
   *
   * @example
   * ```ts
   * const projectSpendLimit =
   *   await client.admin.organization.projects.spendLimit.update(
   *     'proj_123',
   *     {
   *       currency: 'USD',
   *       interval: 'month',
   *       threshold_amount: 1,
   *     },
   *   );
   * ```
   */
  update(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/spend_limit`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Delete a project's hard spend limit.
   *
   * @example
   * ```ts
   * const projectSpendLimitDeleted =
   *   await client.admin.organization.projects.spendLimit.delete(
   *     'proj_123',
   *   );
   * ```
   */
  delete(projectID, options) {
    return this._client.delete(path`/organization/projects/${projectID}/spend_limit`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/groups/roles.mjs
var Roles4 = class extends APIResource {
  /**
   * Assigns a project role to a group within a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.groups.roles.create(
   *     'group_id',
   *     { project_id: 'project_id', role_id: 'role_id' },
   *   );
   * ```
   */
  create(groupID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/projects/${project_id}/groups/${groupID}/roles`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project role assigned to a group.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.groups.roles.retrieve(
   *     'role_id',
   *     { project_id: 'project_id', group_id: 'group_id' },
   *   );
   * ```
   */
  retrieve(roleID, params, options) {
    const { project_id, group_id } = params;
    return this._client.get(path`/projects/${project_id}/groups/${group_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the project roles assigned to a group within a project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const roleListResponse of client.admin.organization.projects.groups.roles.list(
   *   'group_id',
   *   { project_id: 'project_id' },
   * )) {
   *   // ...
   * }
   * ```
   */
  list(groupID, params, options) {
    const { project_id, ...query } = params;
    return this._client.getAPIList(path`/projects/${project_id}/groups/${groupID}/roles`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Unassigns a project role from a group within a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.groups.roles.delete(
   *     'role_id',
   *     { project_id: 'project_id', group_id: 'group_id' },
   *   );
   * ```
   */
  delete(roleID, params, options) {
    const { project_id, group_id } = params;
    return this._client.delete(path`/projects/${project_id}/groups/${group_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/groups/groups.mjs
var Groups2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.roles = new Roles4(this._client);
  }
  /**
   * Grants a group access to a project.
   *
   * @example
   * ```ts
   * const projectGroup =
   *   await client.admin.organization.projects.groups.create(
   *     'project_id',
   *     { group_id: 'group_id', role: 'role' },
   *   );
   * ```
   */
  create(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/groups`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project's group.
   *
   * @example
   * ```ts
   * const projectGroup =
   *   await client.admin.organization.projects.groups.retrieve(
   *     'group_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(groupID, params, options) {
    const { project_id, ...query } = params;
    return this._client.get(path`/organization/projects/${project_id}/groups/${groupID}`, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the groups that have access to a project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectGroup of client.admin.organization.projects.groups.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/groups`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Revokes a group's access to a project.
   *
   * @example
   * ```ts
   * const group =
   *   await client.admin.organization.projects.groups.delete(
   *     'group_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(groupID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/organization/projects/${project_id}/groups/${groupID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};
Groups2.Roles = Roles4;

// node_modules/openai/resources/admin/organization/projects/service-accounts/api-keys.mjs
var APIKeys2 = class extends APIResource {
  /**
   * Creates an API key for a service account in the project.
   *
   * @example
   * ```ts
   * const apiKey =
   *   await client.admin.organization.projects.serviceAccounts.apiKeys.create(
   *     'service_account_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  create(serviceAccountID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/organization/projects/${project_id}/service_accounts/${serviceAccountID}/api_keys`, { body, ...options, __security: { adminAPIKeyAuth: true } });
  }
};

// node_modules/openai/resources/admin/organization/projects/service-accounts/service-accounts.mjs
var ServiceAccounts = class extends APIResource {
  constructor() {
    super(...arguments);
    this.apiKeys = new APIKeys2(this._client);
  }
  /**
   * Creates a new service account in the project. By default, this also returns an
   * unredacted API key for the service account.
   *
   * @example
   * ```ts
   * const serviceAccount =
   *   await client.admin.organization.projects.serviceAccounts.create(
   *     'project_id',
   *     { name: 'name' },
   *   );
   * ```
   */
  create(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/service_accounts`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a service account in the project.
   *
   * @example
   * ```ts
   * const projectServiceAccount =
   *   await client.admin.organization.projects.serviceAccounts.retrieve(
   *     'service_account_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(serviceAccountID, params, options) {
    const { project_id } = params;
    return this._client.get(path`/organization/projects/${project_id}/service_accounts/${serviceAccountID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Updates a service account in the project.
   *
   * @example
   * ```ts
   * const projectServiceAccount =
   *   await client.admin.organization.projects.serviceAccounts.update(
   *     'service_account_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  update(serviceAccountID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/organization/projects/${project_id}/service_accounts/${serviceAccountID}`, { body, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Returns a list of service accounts in the project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectServiceAccount of client.admin.organization.projects.serviceAccounts.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/service_accounts`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deletes a service account from the project.
   *
   * Returns confirmation of service account deletion, or an error if the project is
   * archived (archived projects have no service accounts).
   *
   * @example
   * ```ts
   * const serviceAccount =
   *   await client.admin.organization.projects.serviceAccounts.delete(
   *     'service_account_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(serviceAccountID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/organization/projects/${project_id}/service_accounts/${serviceAccountID}`, { ...options, __security: { adminAPIKeyAuth: true } });
  }
};
ServiceAccounts.APIKeys = APIKeys2;

// node_modules/openai/resources/admin/organization/projects/users/roles.mjs
var Roles5 = class extends APIResource {
  /**
   * Assigns a project role to a user within a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.users.roles.create(
   *     'user_id',
   *     { project_id: 'project_id', role_id: 'role_id' },
   *   );
   * ```
   */
  create(userID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/projects/${project_id}/users/${userID}/roles`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project role assigned to a user.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.users.roles.retrieve(
   *     'role_id',
   *     { project_id: 'project_id', user_id: 'user_id' },
   *   );
   * ```
   */
  retrieve(roleID, params, options) {
    const { project_id, user_id } = params;
    return this._client.get(path`/projects/${project_id}/users/${user_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the project roles assigned to a user within a project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const roleListResponse of client.admin.organization.projects.users.roles.list(
   *   'user_id',
   *   { project_id: 'project_id' },
   * )) {
   *   // ...
   * }
   * ```
   */
  list(userID, params, options) {
    const { project_id, ...query } = params;
    return this._client.getAPIList(path`/projects/${project_id}/users/${userID}/roles`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Unassigns a project role from a user within a project.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.projects.users.roles.delete(
   *     'role_id',
   *     { project_id: 'project_id', user_id: 'user_id' },
   *   );
   * ```
   */
  delete(roleID, params, options) {
    const { project_id, user_id } = params;
    return this._client.delete(path`/projects/${project_id}/users/${user_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/projects/users/users.mjs
var Users2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.roles = new Roles5(this._client);
  }
  /**
   * Adds a user to the project. Users must already be members of the organization to
   * be added to a project.
   *
   * @example
   * ```ts
   * const projectUser =
   *   await client.admin.organization.projects.users.create(
   *     'project_id',
   *     { role: 'role' },
   *   );
   * ```
   */
  create(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}/users`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a user in the project.
   *
   * @example
   * ```ts
   * const projectUser =
   *   await client.admin.organization.projects.users.retrieve(
   *     'user_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  retrieve(userID, params, options) {
    const { project_id } = params;
    return this._client.get(path`/organization/projects/${project_id}/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Modifies a user's role in the project.
   *
   * @example
   * ```ts
   * const projectUser =
   *   await client.admin.organization.projects.users.update(
   *     'user_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  update(userID, params, options) {
    const { project_id, ...body } = params;
    return this._client.post(path`/organization/projects/${project_id}/users/${userID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Returns a list of users in the project.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const projectUser of client.admin.organization.projects.users.list(
   *   'project_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(projectID, query = {}, options) {
    return this._client.getAPIList(path`/organization/projects/${projectID}/users`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Deletes a user from the project.
   *
   * Returns confirmation of project user deletion, or an error if the project is
   * archived (archived projects have no users).
   *
   * @example
   * ```ts
   * const user =
   *   await client.admin.organization.projects.users.delete(
   *     'user_id',
   *     { project_id: 'project_id' },
   *   );
   * ```
   */
  delete(userID, params, options) {
    const { project_id } = params;
    return this._client.delete(path`/organization/projects/${project_id}/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};
Users2.Roles = Roles5;

// node_modules/openai/resources/admin/organization/projects/projects.mjs
var Projects = class extends APIResource {
  constructor() {
    super(...arguments);
    this.users = new Users2(this._client);
    this.serviceAccounts = new ServiceAccounts(this._client);
    this.apiKeys = new APIKeys(this._client);
    this.rateLimits = new RateLimits(this._client);
    this.modelPermissions = new ModelPermissions(this._client);
    this.hostedToolPermissions = new HostedToolPermissions(this._client);
    this.groups = new Groups2(this._client);
    this.roles = new Roles3(this._client);
    this.dataRetention = new DataRetention2(this._client);
    this.spendLimit = new SpendLimit2(this._client);
    this.spendAlerts = new SpendAlerts2(this._client);
    this.certificates = new Certificates2(this._client);
  }
  /**
   * Create a new project in the organization. Projects can be created and archived,
   * but cannot be deleted.
   *
   * @example
   * ```ts
   * const project =
   *   await client.admin.organization.projects.create({
   *     name: 'name',
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/organization/projects", {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves a project.
   *
   * @example
   * ```ts
   * const project =
   *   await client.admin.organization.projects.retrieve(
   *     'project_id',
   *   );
   * ```
   */
  retrieve(projectID, options) {
    return this._client.get(path`/organization/projects/${projectID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Modifies a project in the organization.
   *
   * @example
   * ```ts
   * const project =
   *   await client.admin.organization.projects.update(
   *     'project_id',
   *   );
   * ```
   */
  update(projectID, body, options) {
    return this._client.post(path`/organization/projects/${projectID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Returns a list of projects.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const project of client.admin.organization.projects.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/projects", ConversationCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Archives a project in the organization. Archived projects cannot be used or
   * updated.
   *
   * @example
   * ```ts
   * const project =
   *   await client.admin.organization.projects.archive(
   *     'project_id',
   *   );
   * ```
   */
  archive(projectID, options) {
    return this._client.post(path`/organization/projects/${projectID}/archive`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};
Projects.Users = Users2;
Projects.ServiceAccounts = ServiceAccounts;
Projects.APIKeys = APIKeys;
Projects.RateLimits = RateLimits;
Projects.ModelPermissions = ModelPermissions;
Projects.HostedToolPermissions = HostedToolPermissions;
Projects.Groups = Groups2;
Projects.Roles = Roles3;
Projects.DataRetention = DataRetention2;
Projects.SpendLimit = SpendLimit2;
Projects.SpendAlerts = SpendAlerts2;
Projects.Certificates = Certificates2;

// node_modules/openai/resources/admin/organization/users/roles.mjs
var Roles6 = class extends APIResource {
  /**
   * Assigns an organization role to a user within the organization.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.users.roles.create(
   *     'user_id',
   *     { role_id: 'role_id' },
   *   );
   * ```
   */
  create(userID, body, options) {
    return this._client.post(path`/organization/users/${userID}/roles`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Retrieves an organization role assigned to a user.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.users.roles.retrieve(
   *     'role_id',
   *     { user_id: 'user_id' },
   *   );
   * ```
   */
  retrieve(roleID, params, options) {
    const { user_id } = params;
    return this._client.get(path`/organization/users/${user_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists the organization roles assigned to a user within the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const roleListResponse of client.admin.organization.users.roles.list(
   *   'user_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(userID, query = {}, options) {
    return this._client.getAPIList(path`/organization/users/${userID}/roles`, NextCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * Unassigns an organization role from a user within the organization.
   *
   * @example
   * ```ts
   * const role =
   *   await client.admin.organization.users.roles.delete(
   *     'role_id',
   *     { user_id: 'user_id' },
   *   );
   * ```
   */
  delete(roleID, params, options) {
    const { user_id } = params;
    return this._client.delete(path`/organization/users/${user_id}/roles/${roleID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};

// node_modules/openai/resources/admin/organization/users/users.mjs
var Users3 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.roles = new Roles6(this._client);
  }
  /**
   * Retrieves a user by their identifier.
   *
   * @example
   * ```ts
   * const organizationUser =
   *   await client.admin.organization.users.retrieve('user_id');
   * ```
   */
  retrieve(userID, options) {
    return this._client.get(path`/organization/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Modifies a user's role in the organization.
   *
   * @example
   * ```ts
   * const organizationUser =
   *   await client.admin.organization.users.update('user_id');
   * ```
   */
  update(userID, body, options) {
    return this._client.post(path`/organization/users/${userID}`, {
      body,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Lists all of the users in the organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const organizationUser of client.admin.organization.users.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/organization/users", ConversationCursorPage, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * Deletes a user from the organization.
   *
   * @example
   * ```ts
   * const user = await client.admin.organization.users.delete(
   *   'user_id',
   * );
   * ```
   */
  delete(userID, options) {
    return this._client.delete(path`/organization/users/${userID}`, {
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
};
Users3.Roles = Roles6;

// node_modules/openai/resources/admin/organization/organization.mjs
var Organization = class extends APIResource {
  constructor() {
    super(...arguments);
    this.auditLogs = new AuditLogs(this._client);
    this.adminAPIKeys = new AdminAPIKeys(this._client);
    this.usage = new Usage(this._client);
    this.invites = new Invites(this._client);
    this.users = new Users3(this._client);
    this.groups = new Groups(this._client);
    this.roles = new Roles(this._client);
    this.dataRetention = new DataRetention(this._client);
    this.spendLimit = new SpendLimit(this._client);
    this.spendAlerts = new SpendAlerts(this._client);
    this.certificates = new Certificates(this._client);
    this.projects = new Projects(this._client);
  }
};
Organization.AuditLogs = AuditLogs;
Organization.AdminAPIKeys = AdminAPIKeys;
Organization.Usage = Usage;
Organization.Invites = Invites;
Organization.Users = Users3;
Organization.Groups = Groups;
Organization.Roles = Roles;
Organization.DataRetention = DataRetention;
Organization.SpendLimit = SpendLimit;
Organization.SpendAlerts = SpendAlerts;
Organization.Certificates = Certificates;
Organization.Projects = Projects;

// node_modules/openai/resources/admin/admin.mjs
var Admin = class extends APIResource {
  constructor() {
    super(...arguments);
    this.organization = new Organization(this._client);
  }
};
Admin.Organization = Organization;

// node_modules/openai/resources/audio/speech.mjs
var Speech = class extends APIResource {
  /**
   * Generates audio from the input text.
   *
   * Returns the audio file content, or a stream of audio events.
   *
   * @example
   * ```ts
   * const speech = await client.audio.speech.create({
   *   input: 'input',
   *   model: 'tts-1',
   *   voice: 'alloy',
   * });
   *
   * const content = await speech.blob();
   * console.log(content);
   * ```
   */
  create(body, options) {
    return this._client.post("/audio/speech", {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "application/octet-stream" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/audio/transcriptions.mjs
var Transcriptions = class extends APIResource {
  create(body, options) {
    return this._client.post("/audio/transcriptions", multipartFormRequestOptions({
      body,
      ...options,
      stream: body.stream ?? false,
      __metadata: { model: body.model },
      __security: { bearerAuth: true }
    }, this._client));
  }
};

// node_modules/openai/resources/audio/translations.mjs
var Translations = class extends APIResource {
  create(body, options) {
    return this._client.post("/audio/translations", multipartFormRequestOptions({ body, ...options, __metadata: { model: body.model }, __security: { bearerAuth: true } }, this._client));
  }
};

// node_modules/openai/resources/audio/audio.mjs
var Audio = class extends APIResource {
  constructor() {
    super(...arguments);
    this.transcriptions = new Transcriptions(this._client);
    this.translations = new Translations(this._client);
    this.speech = new Speech(this._client);
  }
};
Audio.Transcriptions = Transcriptions;
Audio.Translations = Translations;
Audio.Speech = Speech;

// node_modules/openai/resources/batches.mjs
var Batches = class extends APIResource {
  /**
   * Creates and executes a batch from an uploaded file of requests
   */
  create(body, options) {
    return this._client.post("/batches", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Retrieves a batch.
   */
  retrieve(batchID, options) {
    return this._client.get(path`/batches/${batchID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * List your organization's batches.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/batches", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancels an in-progress batch. The batch will be in status `cancelling` for up to
   * 10 minutes, before changing to `cancelled`, where it will have partial results
   * (if any) available in the output file.
   */
  cancel(batchID, options) {
    return this._client.post(path`/batches/${batchID}/cancel`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/assistants.mjs
var Assistants = class extends APIResource {
  /**
   * Create an assistant with a model and instructions.
   *
   * @deprecated
   */
  create(body, options) {
    return this._client.post("/assistants", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves an assistant.
   *
   * @deprecated
   */
  retrieve(assistantID, options) {
    return this._client.get(path`/assistants/${assistantID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modifies an assistant.
   *
   * @deprecated
   */
  update(assistantID, body, options) {
    return this._client.post(path`/assistants/${assistantID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of assistants.
   *
   * @deprecated
   */
  list(query = {}, options) {
    return this._client.getAPIList("/assistants", CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete an assistant.
   *
   * @deprecated
   */
  delete(assistantID, options) {
    return this._client.delete(path`/assistants/${assistantID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/realtime/sessions.mjs
var Sessions = class extends APIResource {
  /**
   * Create an ephemeral API token for use in client-side applications with the
   * Realtime API. Can be configured with the same session parameters as the
   * `session.update` client event.
   *
   * It responds with a session object, plus a `client_secret` key which contains a
   * usable ephemeral API token that can be used to authenticate browser clients for
   * the Realtime API.
   *
   * @example
   * ```ts
   * const session =
   *   await client.beta.realtime.sessions.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/realtime/transcription-sessions.mjs
var TranscriptionSessions = class extends APIResource {
  /**
   * Create an ephemeral API token for use in client-side applications with the
   * Realtime API specifically for realtime transcriptions. Can be configured with
   * the same session parameters as the `transcription_session.update` client event.
   *
   * It responds with a session object, plus a `client_secret` key which contains a
   * usable ephemeral API token that can be used to authenticate browser clients for
   * the Realtime API.
   *
   * @example
   * ```ts
   * const transcriptionSession =
   *   await client.beta.realtime.transcriptionSessions.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/transcription_sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/realtime/realtime.mjs
var Realtime = class extends APIResource {
  constructor() {
    super(...arguments);
    this.sessions = new Sessions(this._client);
    this.transcriptionSessions = new TranscriptionSessions(this._client);
  }
};
Realtime.Sessions = Sessions;
Realtime.TranscriptionSessions = TranscriptionSessions;

// node_modules/openai/resources/beta/chatkit/sessions.mjs
var Sessions2 = class extends APIResource {
  /**
   * Create a ChatKit session.
   *
   * @example
   * ```ts
   * const chatSession =
   *   await client.beta.chatkit.sessions.create({
   *     user: 'x',
   *     workflow: { id: 'id' },
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/chatkit/sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancel an active ChatKit session and return its most recent metadata.
   *
   * Cancelling prevents new requests from using the issued client secret.
   *
   * @example
   * ```ts
   * const chatSession =
   *   await client.beta.chatkit.sessions.cancel('cksess_123');
   * ```
   */
  cancel(sessionID, options) {
    return this._client.post(path`/chatkit/sessions/${sessionID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/chatkit/threads.mjs
var Threads = class extends APIResource {
  /**
   * Retrieve a ChatKit thread by its identifier.
   *
   * @example
   * ```ts
   * const chatkitThread =
   *   await client.beta.chatkit.threads.retrieve('cthr_123');
   * ```
   */
  retrieve(threadID, options) {
    return this._client.get(path`/chatkit/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * List ChatKit threads with optional pagination and user filters.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatkitThread of client.beta.chatkit.threads.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/chatkit/threads", ConversationCursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a ChatKit thread along with its items and stored attachments.
   *
   * @example
   * ```ts
   * const thread = await client.beta.chatkit.threads.delete(
   *   'cthr_123',
   * );
   * ```
   */
  delete(threadID, options) {
    return this._client.delete(path`/chatkit/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * List items that belong to a ChatKit thread.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const thread of client.beta.chatkit.threads.listItems(
   *   'cthr_123',
   * )) {
   *   // ...
   * }
   * ```
   */
  listItems(threadID, query = {}, options) {
    return this._client.getAPIList(path`/chatkit/threads/${threadID}/items`, ConversationCursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/chatkit/chatkit.mjs
var ChatKit = class extends APIResource {
  constructor() {
    super(...arguments);
    this.sessions = new Sessions2(this._client);
    this.threads = new Threads(this._client);
  }
};
ChatKit.Sessions = Sessions2;
ChatKit.Threads = Threads;

// node_modules/openai/resources/beta/responses/input-items.mjs
var InputItems = class extends APIResource {
  /**
   * Returns a list of input items for a given response.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const betaResponseItem of client.beta.responses.inputItems.list(
   *   'response_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(responseID, params = {}, options) {
    const { betas, ...query } = params ?? {};
    return this._client.getAPIList(path`/responses/${responseID}/input_items?beta=true`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/responses/input-tokens.mjs
var InputTokens = class extends APIResource {
  /**
   * Returns input token counts of the request.
   *
   * Returns an object with `object` set to `response.input_tokens` and an
   * `input_tokens` count.
   *
   * @example
   * ```ts
   * const response =
   *   await client.beta.responses.inputTokens.count();
   * ```
   */
  count(params = {}, options) {
    const { betas, ...body } = params ?? {};
    return this._client.post("/responses/input_tokens?beta=true", {
      body,
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/responses/responses.mjs
var Responses = class extends APIResource {
  constructor() {
    super(...arguments);
    this.inputItems = new InputItems(this._client);
    this.inputTokens = new InputTokens(this._client);
  }
  create(params, options) {
    const { betas, ...body } = params;
    return this._client.post("/responses?beta=true", {
      body,
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      stream: params.stream ?? false,
      __security: { bearerAuth: true }
    });
  }
  retrieve(responseID, params = {}, options) {
    const { betas, ...query } = params ?? {};
    return this._client.get(path`/responses/${responseID}?beta=true`, {
      query,
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      stream: params?.stream ?? false,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Deletes a model response with the given ID.
   *
   * @example
   * ```ts
   * await client.beta.responses.delete(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  delete(responseID, params = {}, options) {
    const { betas } = params ?? {};
    return this._client.delete(path`/responses/${responseID}?beta=true`, {
      ...options,
      headers: buildHeaders([
        { Accept: "*/*", ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancels a model response with the given ID. Only responses created with the
   * `background` parameter set to `true` can be cancelled.
   * [Learn more](https://platform.openai.com/docs/guides/background).
   *
   * @example
   * ```ts
   * const betaResponse = await client.beta.responses.cancel(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  cancel(responseID, params = {}, options) {
    const { betas } = params ?? {};
    return this._client.post(path`/responses/${responseID}/cancel?beta=true`, {
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Compact a conversation. Returns a compacted response object.
   *
   * Learn when and how to compact long-running conversations in the
   * [conversation state guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window).
   * For ZDR-compatible compaction details, see
   * [Compaction (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).
   *
   * @example
   * ```ts
   * const betaCompactedResponse =
   *   await client.beta.responses.compact({
   *     model: 'gpt-5.6-sol',
   *   });
   * ```
   */
  compact(params, options) {
    const { betas, ...body } = params;
    return this._client.post("/responses/compact?beta=true", {
      body,
      ...options,
      headers: buildHeaders([
        { ...betas?.toString() != null ? { "openai-beta": betas?.toString() } : void 0 },
        options?.headers
      ]),
      __security: { bearerAuth: true }
    });
  }
};
Responses.InputItems = InputItems;
Responses.InputTokens = InputTokens;

// node_modules/openai/resources/beta/threads/messages.mjs
var Messages2 = class extends APIResource {
  /**
   * Create a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  create(threadID, body, options) {
    return this._client.post(path`/threads/${threadID}/messages`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieve a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(messageID, params, options) {
    const { thread_id } = params;
    return this._client.get(path`/threads/${thread_id}/messages/${messageID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modifies a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(messageID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/messages/${messageID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of messages for a given thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(threadID, query = {}, options) {
    return this._client.getAPIList(path`/threads/${threadID}/messages`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Deletes a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  delete(messageID, params, options) {
    const { thread_id } = params;
    return this._client.delete(path`/threads/${thread_id}/messages/${messageID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/beta/threads/runs/steps.mjs
var Steps = class extends APIResource {
  /**
   * Retrieves a run step.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(stepID, params, options) {
    const { thread_id, run_id, ...query } = params;
    return this._client.get(path`/threads/${thread_id}/runs/${run_id}/steps/${stepID}`, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of run steps belonging to a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(runID, params, options) {
    const { thread_id, ...query } = params;
    return this._client.getAPIList(path`/threads/${thread_id}/runs/${runID}/steps`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/internal/utils/base64.mjs
var toFloat32Array = (base64Str) => {
  if (typeof Buffer !== "undefined") {
    const buf = Buffer.from(base64Str, "base64");
    return Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.length / Float32Array.BYTES_PER_ELEMENT));
  } else {
    const binaryStr = atob(base64Str);
    const len = binaryStr.length;
    const bytes2 = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      bytes2[i] = binaryStr.charCodeAt(i);
    }
    return Array.from(new Float32Array(bytes2.buffer));
  }
};

// node_modules/openai/internal/utils/env.mjs
var readEnv = (env) => {
  if (typeof globalThis.process !== "undefined") {
    return globalThis.process.env?.[env]?.trim() || void 0;
  }
  if (typeof globalThis.Deno !== "undefined") {
    return globalThis.Deno.env?.get?.(env)?.trim() || void 0;
  }
  return void 0;
};

// node_modules/openai/lib/AssistantStream.mjs
var _AssistantStream_instances;
var _a;
var _AssistantStream_events;
var _AssistantStream_runStepSnapshots;
var _AssistantStream_messageSnapshots;
var _AssistantStream_messageSnapshot;
var _AssistantStream_finalRun;
var _AssistantStream_currentContentIndex;
var _AssistantStream_currentContent;
var _AssistantStream_currentToolCallIndex;
var _AssistantStream_currentToolCall;
var _AssistantStream_currentEvent;
var _AssistantStream_currentRunSnapshot;
var _AssistantStream_currentRunStepSnapshot;
var _AssistantStream_addEvent;
var _AssistantStream_endRequest;
var _AssistantStream_handleMessage;
var _AssistantStream_handleRunStep;
var _AssistantStream_handleEvent;
var _AssistantStream_accumulateRunStep;
var _AssistantStream_accumulateMessage;
var _AssistantStream_accumulateContent;
var _AssistantStream_handleRun;
var AssistantStream = class extends EventStream {
  constructor() {
    super(...arguments);
    _AssistantStream_instances.add(this);
    _AssistantStream_events.set(this, []);
    _AssistantStream_runStepSnapshots.set(this, {});
    _AssistantStream_messageSnapshots.set(this, {});
    _AssistantStream_messageSnapshot.set(this, void 0);
    _AssistantStream_finalRun.set(this, void 0);
    _AssistantStream_currentContentIndex.set(this, void 0);
    _AssistantStream_currentContent.set(this, void 0);
    _AssistantStream_currentToolCallIndex.set(this, void 0);
    _AssistantStream_currentToolCall.set(this, void 0);
    _AssistantStream_currentEvent.set(this, void 0);
    _AssistantStream_currentRunSnapshot.set(this, void 0);
    _AssistantStream_currentRunStepSnapshot.set(this, void 0);
  }
  [(_AssistantStream_events = /* @__PURE__ */ new WeakMap(), _AssistantStream_runStepSnapshots = /* @__PURE__ */ new WeakMap(), _AssistantStream_messageSnapshots = /* @__PURE__ */ new WeakMap(), _AssistantStream_messageSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_finalRun = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentContentIndex = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentContent = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentToolCallIndex = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentToolCall = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentEvent = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentRunSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentRunStepSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_instances = /* @__PURE__ */ new WeakSet(), Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("event", (event) => {
      const eventCopy = structuredClone(event);
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(eventCopy);
      } else {
        pushQueue.push(eventCopy);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve11, reject) => readQueue.push({ resolve: resolve11, reject })).then((chunk2) => chunk2 ? { value: chunk2, done: false } : { value: void 0, done: true });
        }
        const chunk = pushQueue.shift();
        return { value: chunk, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  static fromReadableStream(stream) {
    const runner2 = new _a();
    runner2._run(() => runner2._fromReadableStream(stream));
    return runner2;
  }
  async _fromReadableStream(readableStream, options) {
    this._listenForAbort(options?.signal);
    this._connected();
    const stream = Stream.fromReadableStream(readableStream, this.controller);
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  toReadableStream() {
    const stream = new Stream(this[Symbol.asyncIterator].bind(this), this.controller);
    return stream.toReadableStream();
  }
  static createToolAssistantStream(runId, runs, params, options) {
    const runner2 = new _a();
    runner2._run(() => runner2._runToolAssistantStream(runId, runs, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner2;
  }
  async _createToolAssistantStream(run, runId, params, options) {
    this._listenForAbort(options?.signal);
    const body = { ...params, stream: true };
    const stream = await run.submitToolOutputs(runId, body, {
      ...options,
      signal: this.controller.signal
    });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  static createThreadAssistantStream(params, thread, options) {
    const runner2 = new _a();
    runner2._run(() => runner2._threadAssistantStream(params, thread, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner2;
  }
  static createAssistantStream(threadId, runs, params, options) {
    const runner2 = new _a();
    runner2._run(() => runner2._runAssistantStream(threadId, runs, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner2;
  }
  currentEvent() {
    return __classPrivateFieldGet(this, _AssistantStream_currentEvent, "f");
  }
  currentRun() {
    return __classPrivateFieldGet(this, _AssistantStream_currentRunSnapshot, "f");
  }
  currentMessageSnapshot() {
    return __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f");
  }
  currentRunStepSnapshot() {
    return __classPrivateFieldGet(this, _AssistantStream_currentRunStepSnapshot, "f");
  }
  async finalRunSteps() {
    await this.done();
    return Object.values(__classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f"));
  }
  async finalMessages() {
    await this.done();
    return Object.values(__classPrivateFieldGet(this, _AssistantStream_messageSnapshots, "f"));
  }
  async finalRun() {
    await this.done();
    if (!__classPrivateFieldGet(this, _AssistantStream_finalRun, "f"))
      throw Error("Final run was not received.");
    return __classPrivateFieldGet(this, _AssistantStream_finalRun, "f");
  }
  async _createThreadAssistantStream(thread, params, options) {
    this._listenForAbort(options?.signal);
    const body = { ...params, stream: true };
    const stream = await thread.createAndRun(body, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  async _createAssistantStream(run, threadId, params, options) {
    this._listenForAbort(options?.signal);
    const body = { ...params, stream: true };
    const stream = await run.create(threadId, body, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  static accumulateDelta(acc, delta) {
    for (const [key, deltaValue] of Object.entries(delta)) {
      if (!acc.hasOwnProperty(key)) {
        acc[key] = deltaValue;
        continue;
      }
      let accValue = acc[key];
      if (accValue === null || accValue === void 0) {
        acc[key] = deltaValue;
        continue;
      }
      if (key === "index" || key === "type") {
        acc[key] = deltaValue;
        continue;
      }
      if (typeof accValue === "string" && typeof deltaValue === "string") {
        accValue += deltaValue;
      } else if (typeof accValue === "number" && typeof deltaValue === "number") {
        accValue += deltaValue;
      } else if (isObj(accValue) && isObj(deltaValue)) {
        accValue = this.accumulateDelta(accValue, deltaValue);
      } else if (Array.isArray(accValue) && Array.isArray(deltaValue)) {
        if (accValue.every((x) => typeof x === "string" || typeof x === "number")) {
          accValue.push(...deltaValue);
          continue;
        }
        for (const deltaEntry of deltaValue) {
          if (!isObj(deltaEntry)) {
            throw new Error(`Expected array delta entry to be an object but got: ${deltaEntry}`);
          }
          const index = deltaEntry["index"];
          if (index == null) {
            console.error(deltaEntry);
            throw new Error("Expected array delta entry to have an `index` property");
          }
          if (typeof index !== "number") {
            throw new Error(`Expected array delta entry \`index\` property to be a number but got ${index}`);
          }
          const accEntry = accValue[index];
          if (accEntry == null) {
            accValue[index] = deltaEntry;
          } else {
            accValue[index] = this.accumulateDelta(accEntry, deltaEntry);
          }
        }
        continue;
      } else {
        throw Error(`Unhandled record type: ${key}, deltaValue: ${deltaValue}, accValue: ${accValue}`);
      }
      acc[key] = accValue;
    }
    return acc;
  }
  _addRun(run) {
    return run;
  }
  async _threadAssistantStream(params, thread, options) {
    return await this._createThreadAssistantStream(thread, params, options);
  }
  async _runAssistantStream(threadId, runs, params, options) {
    return await this._createAssistantStream(runs, threadId, params, options);
  }
  async _runToolAssistantStream(runId, runs, params, options) {
    return await this._createToolAssistantStream(runs, runId, params, options);
  }
};
_a = AssistantStream, _AssistantStream_addEvent = function _AssistantStream_addEvent2(event) {
  if (this.ended)
    return;
  __classPrivateFieldSet(this, _AssistantStream_currentEvent, event, "f");
  __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleEvent).call(this, event);
  switch (event.event) {
    case "thread.created":
      break;
    case "thread.run.created":
    case "thread.run.queued":
    case "thread.run.in_progress":
    case "thread.run.requires_action":
    case "thread.run.completed":
    case "thread.run.incomplete":
    case "thread.run.failed":
    case "thread.run.cancelling":
    case "thread.run.cancelled":
    case "thread.run.expired":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleRun).call(this, event);
      break;
    case "thread.run.step.created":
    case "thread.run.step.in_progress":
    case "thread.run.step.delta":
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleRunStep).call(this, event);
      break;
    case "thread.message.created":
    case "thread.message.in_progress":
    case "thread.message.delta":
    case "thread.message.completed":
    case "thread.message.incomplete":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleMessage).call(this, event);
      break;
    case "error":
      throw new Error("Encountered an error event in event processing - errors should be processed earlier");
    default:
      assertNever2(event);
  }
}, _AssistantStream_endRequest = function _AssistantStream_endRequest2() {
  if (this.ended) {
    throw new OpenAIError(`stream has ended, this shouldn't happen`);
  }
  if (!__classPrivateFieldGet(this, _AssistantStream_finalRun, "f"))
    throw Error("Final run has not been received");
  return __classPrivateFieldGet(this, _AssistantStream_finalRun, "f");
}, _AssistantStream_handleMessage = function _AssistantStream_handleMessage2(event) {
  const [accumulatedMessage, newContent] = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateMessage).call(this, event, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
  __classPrivateFieldSet(this, _AssistantStream_messageSnapshot, accumulatedMessage, "f");
  __classPrivateFieldGet(this, _AssistantStream_messageSnapshots, "f")[accumulatedMessage.id] = accumulatedMessage;
  for (const content of newContent) {
    const snapshotContent = accumulatedMessage.content[content.index];
    if (snapshotContent?.type == "text") {
      this._emit("textCreated", snapshotContent.text);
    }
  }
  switch (event.event) {
    case "thread.message.created":
      this._emit("messageCreated", event.data);
      break;
    case "thread.message.in_progress":
      break;
    case "thread.message.delta":
      this._emit("messageDelta", event.data.delta, accumulatedMessage);
      if (event.data.delta.content) {
        for (const content of event.data.delta.content) {
          if (content.type == "text" && content.text) {
            let textDelta = content.text;
            let snapshot = accumulatedMessage.content[content.index];
            if (snapshot && snapshot.type == "text") {
              this._emit("textDelta", textDelta, snapshot.text);
            } else {
              throw Error("The snapshot associated with this text delta is not text or missing");
            }
          }
          if (content.index != __classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f")) {
            if (__classPrivateFieldGet(this, _AssistantStream_currentContent, "f")) {
              switch (__classPrivateFieldGet(this, _AssistantStream_currentContent, "f").type) {
                case "text":
                  this._emit("textDone", __classPrivateFieldGet(this, _AssistantStream_currentContent, "f").text, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
                  break;
                case "image_file":
                  this._emit("imageFileDone", __classPrivateFieldGet(this, _AssistantStream_currentContent, "f").image_file, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
                  break;
              }
            }
            __classPrivateFieldSet(this, _AssistantStream_currentContentIndex, content.index, "f");
          }
          __classPrivateFieldSet(this, _AssistantStream_currentContent, accumulatedMessage.content[content.index], "f");
        }
      }
      break;
    case "thread.message.completed":
    case "thread.message.incomplete":
      if (__classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f") !== void 0) {
        const currentContent = event.data.content[__classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f")];
        if (currentContent) {
          switch (currentContent.type) {
            case "image_file":
              this._emit("imageFileDone", currentContent.image_file, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
              break;
            case "text":
              this._emit("textDone", currentContent.text, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
              break;
          }
        }
      }
      if (__classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f")) {
        this._emit("messageDone", event.data);
      }
      __classPrivateFieldSet(this, _AssistantStream_messageSnapshot, void 0, "f");
  }
}, _AssistantStream_handleRunStep = function _AssistantStream_handleRunStep2(event) {
  const accumulatedRunStep = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateRunStep).call(this, event);
  __classPrivateFieldSet(this, _AssistantStream_currentRunStepSnapshot, accumulatedRunStep, "f");
  switch (event.event) {
    case "thread.run.step.created":
      this._emit("runStepCreated", event.data);
      break;
    case "thread.run.step.delta":
      const delta = event.data.delta;
      if (delta.step_details && delta.step_details.type == "tool_calls" && delta.step_details.tool_calls && accumulatedRunStep.step_details.type == "tool_calls") {
        for (const toolCall of delta.step_details.tool_calls) {
          if (toolCall.index == __classPrivateFieldGet(this, _AssistantStream_currentToolCallIndex, "f")) {
            this._emit("toolCallDelta", toolCall, accumulatedRunStep.step_details.tool_calls[toolCall.index]);
          } else {
            if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
              this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
            }
            __classPrivateFieldSet(this, _AssistantStream_currentToolCallIndex, toolCall.index, "f");
            __classPrivateFieldSet(this, _AssistantStream_currentToolCall, accumulatedRunStep.step_details.tool_calls[toolCall.index], "f");
            if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"))
              this._emit("toolCallCreated", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
          }
        }
      }
      this._emit("runStepDelta", event.data.delta, accumulatedRunStep);
      break;
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
      __classPrivateFieldSet(this, _AssistantStream_currentRunStepSnapshot, void 0, "f");
      const details2 = event.data.step_details;
      if (details2.type == "tool_calls") {
        if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
          this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
          __classPrivateFieldSet(this, _AssistantStream_currentToolCall, void 0, "f");
        }
      }
      this._emit("runStepDone", event.data, accumulatedRunStep);
      break;
    case "thread.run.step.in_progress":
      break;
  }
}, _AssistantStream_handleEvent = function _AssistantStream_handleEvent2(event) {
  __classPrivateFieldGet(this, _AssistantStream_events, "f").push(event);
  this._emit("event", event);
}, _AssistantStream_accumulateRunStep = function _AssistantStream_accumulateRunStep2(event) {
  switch (event.event) {
    case "thread.run.step.created":
      __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = event.data;
      return event.data;
    case "thread.run.step.delta":
      let snapshot = __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
      if (!snapshot) {
        throw Error("Received a RunStepDelta before creation of a snapshot");
      }
      let data = event.data;
      if (data.delta) {
        const accumulated = _a.accumulateDelta(snapshot, data.delta);
        __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = accumulated;
      }
      return __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
    case "thread.run.step.in_progress":
      __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = event.data;
      break;
  }
  if (__classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id])
    return __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
  throw new Error("No snapshot available");
}, _AssistantStream_accumulateMessage = function _AssistantStream_accumulateMessage2(event, snapshot) {
  let newContent = [];
  switch (event.event) {
    case "thread.message.created":
      return [event.data, newContent];
    case "thread.message.delta":
      if (!snapshot) {
        throw Error("Received a delta with no existing snapshot (there should be one from message creation)");
      }
      let data = event.data;
      if (data.delta.content) {
        for (const contentElement of data.delta.content) {
          if (contentElement.index in snapshot.content) {
            let currentContent = snapshot.content[contentElement.index];
            snapshot.content[contentElement.index] = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateContent).call(this, contentElement, currentContent);
          } else {
            snapshot.content[contentElement.index] = contentElement;
            newContent.push(contentElement);
          }
        }
      }
      return [snapshot, newContent];
    case "thread.message.in_progress":
    case "thread.message.completed":
    case "thread.message.incomplete":
      if (snapshot) {
        return [snapshot, newContent];
      } else {
        throw Error("Received thread message event with no existing snapshot");
      }
  }
  throw Error("Tried to accumulate a non-message event");
}, _AssistantStream_accumulateContent = function _AssistantStream_accumulateContent2(contentElement, currentContent) {
  return _a.accumulateDelta(currentContent, contentElement);
}, _AssistantStream_handleRun = function _AssistantStream_handleRun2(event) {
  __classPrivateFieldSet(this, _AssistantStream_currentRunSnapshot, event.data, "f");
  switch (event.event) {
    case "thread.run.created":
      break;
    case "thread.run.queued":
      break;
    case "thread.run.in_progress":
      break;
    case "thread.run.requires_action":
    case "thread.run.cancelled":
    case "thread.run.failed":
    case "thread.run.completed":
    case "thread.run.expired":
    case "thread.run.incomplete":
      __classPrivateFieldSet(this, _AssistantStream_finalRun, event.data, "f");
      if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
        this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
        __classPrivateFieldSet(this, _AssistantStream_currentToolCall, void 0, "f");
      }
      break;
    case "thread.run.cancelling":
      break;
  }
};
function assertNever2(_x) {
}

// node_modules/openai/resources/beta/threads/runs/runs.mjs
var Runs = class extends APIResource {
  constructor() {
    super(...arguments);
    this.steps = new Steps(this._client);
  }
  create(threadID, params, options) {
    const { include, ...body } = params;
    return this._client.post(path`/threads/${threadID}/runs`, {
      query: { include },
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: params.stream ?? false,
      __synthesizeEventData: true,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(runID, params, options) {
    const { thread_id } = params;
    return this._client.get(path`/threads/${thread_id}/runs/${runID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modifies a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(runID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of runs belonging to a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(threadID, query = {}, options) {
    return this._client.getAPIList(path`/threads/${threadID}/runs`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancels a run that is `in_progress`.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  cancel(runID, params, options) {
    const { thread_id } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * A helper to create a run an poll for a terminal state. More information on Run
   * lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async createAndPoll(threadId, body, options) {
    const run = await this.create(threadId, body, options);
    return await this.poll(run.id, { thread_id: threadId }, options);
  }
  /**
   * Create a Run stream
   *
   * @deprecated use `stream` instead
   */
  createAndStream(threadId, body, options) {
    return AssistantStream.createAssistantStream(threadId, this._client.beta.threads.runs, body, options);
  }
  /**
   * A helper to poll a run status until it reaches a terminal state. More
   * information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async poll(runId, params, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const { data: run, response } = await this.retrieve(runId, params, {
        ...options,
        headers: { ...options?.headers, ...headers }
      }).withResponse();
      switch (run.status) {
        //If we are in any sort of intermediate state we poll
        case "queued":
        case "in_progress":
        case "cancelling":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        //We return the run in any terminal state.
        case "requires_action":
        case "incomplete":
        case "cancelled":
        case "completed":
        case "failed":
        case "expired":
          return run;
      }
    }
  }
  /**
   * Create a Run stream
   */
  stream(threadId, body, options) {
    return AssistantStream.createAssistantStream(threadId, this._client.beta.threads.runs, body, options);
  }
  submitToolOutputs(runID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}/submit_tool_outputs`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: params.stream ?? false,
      __synthesizeEventData: true,
      __security: { bearerAuth: true }
    });
  }
  /**
   * A helper to submit a tool output to a run and poll for a terminal run state.
   * More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async submitToolOutputsAndPoll(runId, params, options) {
    const run = await this.submitToolOutputs(runId, params, options);
    return await this.poll(run.id, params, options);
  }
  /**
   * Submit the tool outputs from a previous run and stream the run to a terminal
   * state. More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  submitToolOutputsStream(runId, params, options) {
    return AssistantStream.createToolAssistantStream(runId, this._client.beta.threads.runs, params, options);
  }
};
Runs.Steps = Steps;

// node_modules/openai/resources/beta/threads/threads.mjs
var Threads2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.runs = new Runs(this._client);
    this.messages = new Messages2(this._client);
  }
  /**
   * Create a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  create(body = {}, options) {
    return this._client.post("/threads", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(threadID, options) {
    return this._client.get(path`/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modifies a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(threadID, body, options) {
    return this._client.post(path`/threads/${threadID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  delete(threadID, options) {
    return this._client.delete(path`/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  createAndRun(body, options) {
    return this._client.post("/threads/runs", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: body.stream ?? false,
      __synthesizeEventData: true,
      __security: { bearerAuth: true }
    });
  }
  /**
   * A helper to create a thread, start a run and then poll for a terminal state.
   * More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async createAndRunPoll(body, options) {
    const run = await this.createAndRun(body, options);
    return await this.runs.poll(run.id, { thread_id: run.thread_id }, options);
  }
  /**
   * Create a thread and stream the run back
   */
  createAndRunStream(body, options) {
    return AssistantStream.createThreadAssistantStream(body, this._client.beta.threads, options);
  }
};
Threads2.Runs = Runs;
Threads2.Messages = Messages2;

// node_modules/openai/resources/beta/beta.mjs
var Beta = class extends APIResource {
  constructor() {
    super(...arguments);
    this.realtime = new Realtime(this._client);
    this.responses = new Responses(this._client);
    this.chatkit = new ChatKit(this._client);
    this.assistants = new Assistants(this._client);
    this.threads = new Threads2(this._client);
  }
};
Beta.Realtime = Realtime;
Beta.Responses = Responses;
Beta.ChatKit = ChatKit;
Beta.Assistants = Assistants;
Beta.Threads = Threads2;

// node_modules/openai/resources/completions.mjs
var Completions2 = class extends APIResource {
  create(body, options) {
    return this._client.post("/completions", {
      body,
      ...options,
      stream: body.stream ?? false,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/containers/files/content.mjs
var Content = class extends APIResource {
  /**
   * Retrieve Container File Content
   */
  retrieve(fileID, params, options) {
    const { container_id } = params;
    return this._client.get(path`/containers/${container_id}/files/${fileID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/containers/files/files.mjs
var Files = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content(this._client);
  }
  /**
   * Create a Container File
   *
   * You can send either a multipart/form-data request with the raw file content, or
   * a JSON request with a file ID.
   */
  create(containerID, body, options) {
    return this._client.post(path`/containers/${containerID}/files`, maybeMultipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Retrieve Container File
   */
  retrieve(fileID, params, options) {
    const { container_id } = params;
    return this._client.get(path`/containers/${container_id}/files/${fileID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List Container files
   */
  list(containerID, query = {}, options) {
    return this._client.getAPIList(path`/containers/${containerID}/files`, CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete Container File
   */
  delete(fileID, params, options) {
    const { container_id } = params;
    return this._client.delete(path`/containers/${container_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};
Files.Content = Content;

// node_modules/openai/resources/containers/containers.mjs
var Containers = class extends APIResource {
  constructor() {
    super(...arguments);
    this.files = new Files(this._client);
  }
  /**
   * Create Container
   */
  create(body, options) {
    return this._client.post("/containers", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Retrieve Container
   */
  retrieve(containerID, options) {
    return this._client.get(path`/containers/${containerID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List Containers
   */
  list(query = {}, options) {
    return this._client.getAPIList("/containers", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete Container
   */
  delete(containerID, options) {
    return this._client.delete(path`/containers/${containerID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};
Containers.Files = Files;

// node_modules/openai/resources/conversations/items.mjs
var Items = class extends APIResource {
  /**
   * Create items in a conversation with the given ID.
   */
  create(conversationID, params, options) {
    const { include, ...body } = params;
    return this._client.post(path`/conversations/${conversationID}/items`, {
      query: { include },
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get a single item from a conversation with the given IDs.
   */
  retrieve(itemID, params, options) {
    const { conversation_id, ...query } = params;
    return this._client.get(path`/conversations/${conversation_id}/items/${itemID}`, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List all items for a conversation with the given ID.
   */
  list(conversationID, query = {}, options) {
    return this._client.getAPIList(path`/conversations/${conversationID}/items`, ConversationCursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Delete an item from a conversation with the given IDs.
   */
  delete(itemID, params, options) {
    const { conversation_id } = params;
    return this._client.delete(path`/conversations/${conversation_id}/items/${itemID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/conversations/conversations.mjs
var Conversations = class extends APIResource {
  constructor() {
    super(...arguments);
    this.items = new Items(this._client);
  }
  /**
   * Create a conversation.
   */
  create(body = {}, options) {
    return this._client.post("/conversations", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Get a conversation
   */
  retrieve(conversationID, options) {
    return this._client.get(path`/conversations/${conversationID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Update a conversation
   */
  update(conversationID, body, options) {
    return this._client.post(path`/conversations/${conversationID}`, {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a conversation. Items in the conversation will not be deleted.
   */
  delete(conversationID, options) {
    return this._client.delete(path`/conversations/${conversationID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};
Conversations.Items = Items;

// node_modules/openai/resources/embeddings.mjs
var Embeddings = class extends APIResource {
  /**
   * Creates an embedding vector representing the input text.
   *
   * @example
   * ```ts
   * const createEmbeddingResponse =
   *   await client.embeddings.create({
   *     input: 'The quick brown fox jumped over the lazy dog',
   *     model: 'text-embedding-3-small',
   *   });
   * ```
   */
  create(body, options) {
    const hasUserProvidedEncodingFormat = !!body.encoding_format;
    let encoding_format = hasUserProvidedEncodingFormat ? body.encoding_format : "base64";
    if (hasUserProvidedEncodingFormat) {
      loggerFor(this._client).debug("embeddings/user defined encoding_format:", body.encoding_format);
    }
    const response = this._client.post("/embeddings", {
      body: {
        ...body,
        encoding_format
      },
      ...options,
      __security: { bearerAuth: true }
    });
    if (hasUserProvidedEncodingFormat) {
      return response;
    }
    loggerFor(this._client).debug("embeddings/decoding base64 embeddings from base64");
    return response._thenUnwrap((response2) => {
      if (response2 && response2.data) {
        response2.data.forEach((embeddingBase64Obj) => {
          const embeddingBase64Str = embeddingBase64Obj.embedding;
          embeddingBase64Obj.embedding = toFloat32Array(embeddingBase64Str);
        });
      }
      return response2;
    });
  }
};

// node_modules/openai/resources/evals/runs/output-items.mjs
var OutputItems = class extends APIResource {
  /**
   * Get an evaluation run output item by ID.
   */
  retrieve(outputItemID, params, options) {
    const { eval_id, run_id } = params;
    return this._client.get(path`/evals/${eval_id}/runs/${run_id}/output_items/${outputItemID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get a list of output items for an evaluation run.
   */
  list(runID, params, options) {
    const { eval_id, ...query } = params;
    return this._client.getAPIList(path`/evals/${eval_id}/runs/${runID}/output_items`, CursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/resources/evals/runs/runs.mjs
var Runs2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.outputItems = new OutputItems(this._client);
  }
  /**
   * Kicks off a new run for a given evaluation, specifying the data source, and what
   * model configuration to use to test. The datasource will be validated against the
   * schema specified in the config of the evaluation.
   */
  create(evalID, body, options) {
    return this._client.post(path`/evals/${evalID}/runs`, {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get an evaluation run by ID.
   */
  retrieve(runID, params, options) {
    const { eval_id } = params;
    return this._client.get(path`/evals/${eval_id}/runs/${runID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get a list of runs for an evaluation.
   */
  list(evalID, query = {}, options) {
    return this._client.getAPIList(path`/evals/${evalID}/runs`, CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete an eval run.
   */
  delete(runID, params, options) {
    const { eval_id } = params;
    return this._client.delete(path`/evals/${eval_id}/runs/${runID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancel an ongoing evaluation run.
   */
  cancel(runID, params, options) {
    const { eval_id } = params;
    return this._client.post(path`/evals/${eval_id}/runs/${runID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};
Runs2.OutputItems = OutputItems;

// node_modules/openai/resources/evals/evals.mjs
var Evals = class extends APIResource {
  constructor() {
    super(...arguments);
    this.runs = new Runs2(this._client);
  }
  /**
   * Create the structure of an evaluation that can be used to test a model's
   * performance. An evaluation is a set of testing criteria and the config for a
   * data source, which dictates the schema of the data used in the evaluation. After
   * creating an evaluation, you can run it on different models and model parameters.
   * We support several types of graders and datasources. For more information, see
   * the [Evals guide](https://platform.openai.com/docs/guides/evals).
   */
  create(body, options) {
    return this._client.post("/evals", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Get an evaluation by ID.
   */
  retrieve(evalID, options) {
    return this._client.get(path`/evals/${evalID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Update certain properties of an evaluation.
   */
  update(evalID, body, options) {
    return this._client.post(path`/evals/${evalID}`, { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * List evaluations for a project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/evals", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete an evaluation.
   */
  delete(evalID, options) {
    return this._client.delete(path`/evals/${evalID}`, { ...options, __security: { bearerAuth: true } });
  }
};
Evals.Runs = Runs2;

// node_modules/openai/resources/files.mjs
var Files2 = class extends APIResource {
  /**
   * Upload a file that can be used across various endpoints. Individual files can be
   * up to 512 MB, and each project can store up to 2.5 TB of files in total. There
   * is no organization-wide storage limit. Uploads to this endpoint are rate-limited
   * to 1,000 requests per minute per authenticated user.
   *
   * - The Assistants API supports files up to 2 million tokens and of specific file
   *   types. See the
   *   [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
   *   for details.
   * - The Fine-tuning API only supports `.jsonl` files. The input also has certain
   *   required formats for fine-tuning
   *   [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input)
   *   or
   *   [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
   *   models.
   * - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
   *   also has a specific required
   *   [format](https://platform.openai.com/docs/api-reference/batch/request-input).
   * - For Retrieval or `file_search` ingestion, upload files here first. If you need
   *   to attach multiple uploaded files to the same vector store, use
   *   [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
   *   instead of attaching them one by one. Vector store attachment has separate
   *   limits from file upload, including 2,000 attached files per minute per
   *   organization.
   *
   * Please [contact us](https://help.openai.com/) if you need to increase these
   * storage limits.
   */
  create(body, options) {
    return this._client.post("/files", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Returns information about a specific file.
   */
  retrieve(fileID, options) {
    return this._client.get(path`/files/${fileID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Returns a list of files.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/files", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a file and remove it from all vector stores.
   */
  delete(fileID, options) {
    return this._client.delete(path`/files/${fileID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Returns the contents of the specified file.
   */
  content(fileID, options) {
    return this._client.get(path`/files/${fileID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
  /**
   * Waits for the given file to be processed, default timeout is 30 mins.
   */
  async waitForProcessing(id, { pollInterval = 5e3, maxWait = 30 * 60 * 1e3 } = {}) {
    const TERMINAL_STATES = /* @__PURE__ */ new Set(["processed", "error", "deleted"]);
    const start = Date.now();
    let file = await this.retrieve(id);
    while (!file.status || !TERMINAL_STATES.has(file.status)) {
      await sleep(pollInterval);
      file = await this.retrieve(id);
      if (Date.now() - start > maxWait) {
        throw new APIConnectionTimeoutError({
          message: `Giving up on waiting for file ${id} to finish processing after ${maxWait} milliseconds.`
        });
      }
    }
    return file;
  }
};

// node_modules/openai/resources/fine-tuning/methods.mjs
var Methods = class extends APIResource {
};

// node_modules/openai/resources/fine-tuning/alpha/graders.mjs
var Graders = class extends APIResource {
  /**
   * Run a grader.
   *
   * @example
   * ```ts
   * const response = await client.fineTuning.alpha.graders.run({
   *   grader: {
   *     input: 'input',
   *     name: 'name',
   *     operation: 'eq',
   *     reference: 'reference',
   *     type: 'string_check',
   *   },
   *   model_sample: 'model_sample',
   * });
   * ```
   */
  run(body, options) {
    return this._client.post("/fine_tuning/alpha/graders/run", {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Validate a grader.
   *
   * @example
   * ```ts
   * const response =
   *   await client.fineTuning.alpha.graders.validate({
   *     grader: {
   *       input: 'input',
   *       name: 'name',
   *       operation: 'eq',
   *       reference: 'reference',
   *       type: 'string_check',
   *     },
   *   });
   * ```
   */
  validate(body, options) {
    return this._client.post("/fine_tuning/alpha/graders/validate", {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/fine-tuning/alpha/alpha.mjs
var Alpha = class extends APIResource {
  constructor() {
    super(...arguments);
    this.graders = new Graders(this._client);
  }
};
Alpha.Graders = Graders;

// node_modules/openai/resources/fine-tuning/checkpoints/permissions.mjs
var Permissions = class extends APIResource {
  /**
   * **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).
   *
   * This enables organization owners to share fine-tuned models with other projects
   * in their organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const permissionCreateResponse of client.fineTuning.checkpoints.permissions.create(
   *   'ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd',
   *   { project_ids: ['string'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  create(fineTunedModelCheckpoint, body, options) {
    return this._client.getAPIList(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, Page, { body, method: "post", ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to view all permissions for a
   * fine-tuned model checkpoint.
   *
   * @deprecated Retrieve is deprecated. Please swap to the paginated list method instead.
   */
  retrieve(fineTunedModelCheckpoint, query = {}, options) {
    return this._client.get(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, {
      query,
      ...options,
      __security: { adminAPIKeyAuth: true }
    });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to view all permissions for a
   * fine-tuned model checkpoint.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const permissionListResponse of client.fineTuning.checkpoints.permissions.list(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(fineTunedModelCheckpoint, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, ConversationCursorPage, { query, ...options, __security: { adminAPIKeyAuth: true } });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to delete a permission for a
   * fine-tuned model checkpoint.
   *
   * @example
   * ```ts
   * const permission =
   *   await client.fineTuning.checkpoints.permissions.delete(
   *     'cp_zc4Q7MP6XxulcVzj4MZdwsAB',
   *     {
   *       fine_tuned_model_checkpoint:
   *         'ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd',
   *     },
   *   );
   * ```
   */
  delete(permissionID, params, options) {
    const { fine_tuned_model_checkpoint } = params;
    return this._client.delete(path`/fine_tuning/checkpoints/${fine_tuned_model_checkpoint}/permissions/${permissionID}`, { ...options, __security: { adminAPIKeyAuth: true } });
  }
};

// node_modules/openai/resources/fine-tuning/checkpoints/checkpoints.mjs
var Checkpoints = class extends APIResource {
  constructor() {
    super(...arguments);
    this.permissions = new Permissions(this._client);
  }
};
Checkpoints.Permissions = Permissions;

// node_modules/openai/resources/fine-tuning/jobs/checkpoints.mjs
var Checkpoints2 = class extends APIResource {
  /**
   * List checkpoints for a fine-tuning job.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJobCheckpoint of client.fineTuning.jobs.checkpoints.list(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(fineTuningJobID, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/jobs/${fineTuningJobID}/checkpoints`, CursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/resources/fine-tuning/jobs/jobs.mjs
var Jobs = class extends APIResource {
  constructor() {
    super(...arguments);
    this.checkpoints = new Checkpoints2(this._client);
  }
  /**
   * Creates a fine-tuning job which begins the process of creating a new model from
   * a given dataset.
   *
   * Response includes details of the enqueued job including job status and the name
   * of the fine-tuned models once complete.
   *
   * [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.create({
   *   model: 'gpt-4o-mini',
   *   training_file: 'file-abc123',
   * });
   * ```
   */
  create(body, options) {
    return this._client.post("/fine_tuning/jobs", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Get info about a fine-tuning job.
   *
   * [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.retrieve(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  retrieve(fineTuningJobID, options) {
    return this._client.get(path`/fine_tuning/jobs/${fineTuningJobID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List your organization's fine-tuning jobs
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJob of client.fineTuning.jobs.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/fine_tuning/jobs", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Immediately cancel a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.cancel(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  cancel(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/cancel`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Get status updates for a fine-tuning job.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJobEvent of client.fineTuning.jobs.listEvents(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  listEvents(fineTuningJobID, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/jobs/${fineTuningJobID}/events`, CursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Pause a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.pause(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  pause(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/pause`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Resume a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.resume(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  resume(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/resume`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};
Jobs.Checkpoints = Checkpoints2;

// node_modules/openai/resources/fine-tuning/fine-tuning.mjs
var FineTuning = class extends APIResource {
  constructor() {
    super(...arguments);
    this.methods = new Methods(this._client);
    this.jobs = new Jobs(this._client);
    this.checkpoints = new Checkpoints(this._client);
    this.alpha = new Alpha(this._client);
  }
};
FineTuning.Methods = Methods;
FineTuning.Jobs = Jobs;
FineTuning.Checkpoints = Checkpoints;
FineTuning.Alpha = Alpha;

// node_modules/openai/resources/graders/grader-models.mjs
var GraderModels = class extends APIResource {
};

// node_modules/openai/resources/graders/graders.mjs
var Graders2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.graderModels = new GraderModels(this._client);
  }
};
Graders2.GraderModels = GraderModels;

// node_modules/openai/resources/images.mjs
var Images = class extends APIResource {
  /**
   * Creates a variation of a given image. This endpoint only supports `dall-e-2`.
   *
   * @example
   * ```ts
   * const imagesResponse = await client.images.createVariation({
   *   image: fs.createReadStream('otter.png'),
   * });
   * ```
   */
  createVariation(body, options) {
    return this._client.post("/images/variations", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  edit(body, options) {
    return this._client.post("/images/edits", multipartFormRequestOptions({ body, ...options, stream: body.stream ?? false, __security: { bearerAuth: true } }, this._client));
  }
  generate(body, options) {
    return this._client.post("/images/generations", {
      body,
      ...options,
      stream: body.stream ?? false,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/models.mjs
var Models = class extends APIResource {
  /**
   * Retrieves a model instance, providing basic information about the model such as
   * the owner and permissioning.
   */
  retrieve(model, options) {
    return this._client.get(path`/models/${model}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Lists the currently available models, and provides basic information about each
   * one such as the owner and availability.
   */
  list(options) {
    return this._client.getAPIList("/models", Page, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Delete a fine-tuned model. You must have the Owner role in your organization to
   * delete a model.
   */
  delete(model, options) {
    return this._client.delete(path`/models/${model}`, { ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/resources/moderations.mjs
var Moderations = class extends APIResource {
  /**
   * Classifies if text and/or image inputs are potentially harmful. Learn more in
   * the [moderation guide](https://platform.openai.com/docs/guides/moderation).
   */
  create(body, options) {
    return this._client.post("/moderations", { body, ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/resources/realtime/calls.mjs
var Calls = class extends APIResource {
  /**
   * Accept an incoming SIP call and configure the realtime session that will handle
   * it.
   *
   * @example
   * ```ts
   * await client.realtime.calls.accept('call_id', {
   *   type: 'realtime',
   * });
   * ```
   */
  accept(callID, body, options) {
    return this._client.post(path`/realtime/calls/${callID}/accept`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * End an active Realtime API call, whether it was initiated over SIP or WebRTC.
   *
   * @example
   * ```ts
   * await client.realtime.calls.hangup('call_id');
   * ```
   */
  hangup(callID, options) {
    return this._client.post(path`/realtime/calls/${callID}/hangup`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Transfer an active SIP call to a new destination using the SIP REFER verb.
   *
   * @example
   * ```ts
   * await client.realtime.calls.refer('call_id', {
   *   target_uri: 'tel:+14155550123',
   * });
   * ```
   */
  refer(callID, body, options) {
    return this._client.post(path`/realtime/calls/${callID}/refer`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Decline an incoming SIP call by returning a SIP status code to the caller.
   *
   * @example
   * ```ts
   * await client.realtime.calls.reject('call_id');
   * ```
   */
  reject(callID, body = {}, options) {
    return this._client.post(path`/realtime/calls/${callID}/reject`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/realtime/client-secrets.mjs
var ClientSecrets = class extends APIResource {
  /**
   * Create a Realtime client secret with an associated session configuration.
   *
   * Client secrets are short-lived tokens that can be passed to a client app, such
   * as a web frontend or mobile client, which grants access to the Realtime API
   * without leaking your main API key. You can configure a custom TTL for each
   * client secret.
   *
   * You can also attach session configuration options to the client secret, which
   * will be applied to any sessions created using that client secret, but these can
   * also be overridden by the client connection.
   *
   * [Learn more about authentication with client secrets over WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).
   *
   * Returns the created client secret and the effective session object. The client
   * secret is a string that looks like `ek_1234`.
   *
   * @example
   * ```ts
   * const clientSecret =
   *   await client.realtime.clientSecrets.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/client_secrets", {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/realtime/realtime.mjs
var Realtime2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.clientSecrets = new ClientSecrets(this._client);
    this.calls = new Calls(this._client);
  }
};
Realtime2.ClientSecrets = ClientSecrets;
Realtime2.Calls = Calls;

// node_modules/openai/lib/ResponsesParser.mjs
function maybeParseResponse(response, params) {
  if (!params || !hasAutoParseableInput2(params)) {
    const parsed = {
      ...response,
      output_parsed: null,
      output: response.output.map((item) => {
        if (item.type === "function_call") {
          return {
            ...item,
            parsed_arguments: null
          };
        }
        if (item.type === "message") {
          return {
            ...item,
            content: item.content.map((content) => ({
              ...content,
              parsed: null
            }))
          };
        } else {
          return item;
        }
      })
    };
    if (needsOutputText(response, parsed)) {
      addOutputText(parsed);
    }
    return parsed;
  }
  return parseResponse(response, params);
}
function parseResponse(response, params) {
  const shouldParse = !response.status || response.status === "completed";
  const output = response.output.map((item) => {
    if (item.type === "function_call") {
      return shouldParse ? parseToolCall2(params, item) : { ...item, parsed_arguments: null };
    }
    if (item.type === "message") {
      const content = item.content.map((content2) => {
        if (content2.type === "output_text") {
          return {
            ...content2,
            parsed: shouldParse ? parseTextFormat(params, content2.text) : null
          };
        }
        return content2;
      });
      return {
        ...item,
        content
      };
    }
    return item;
  });
  const parsed = Object.assign({}, response, { output });
  if (needsOutputText(response, parsed)) {
    addOutputText(parsed);
  }
  Object.defineProperty(parsed, "output_parsed", {
    enumerable: true,
    get() {
      for (const output2 of parsed.output) {
        if (output2.type !== "message") {
          continue;
        }
        for (const content of output2.content) {
          if (content.type === "output_text" && content.parsed !== null) {
            return content.parsed;
          }
        }
      }
      return null;
    }
  });
  return parsed;
}
function parseTextFormat(params, content) {
  if (params.text?.format?.type !== "json_schema") {
    return null;
  }
  if ("$parseRaw" in params.text?.format) {
    const text_format = params.text?.format;
    return text_format.$parseRaw(content);
  }
  return JSON.parse(content);
}
function hasAutoParseableInput2(params) {
  if (isAutoParsableResponseFormat(params.text?.format)) {
    return true;
  }
  return Array.isArray(params.tools) && params.tools.some((tool) => isAutoParsableTool2(tool) || tool.type === "function" && tool.strict === true);
}
function isAutoParsableTool2(tool) {
  return tool?.["$brand"] === "auto-parseable-tool";
}
function getInputToolByName(input_tools, name) {
  return input_tools.find((tool) => tool.type === "function" && tool.name === name);
}
function parseToolCall2(params, toolCall) {
  const inputTool = getInputToolByName(params.tools ?? [], toolCall.name);
  return {
    ...toolCall,
    ...toolCall,
    parsed_arguments: isAutoParsableTool2(inputTool) ? inputTool.$parseRaw(toolCall.arguments) : inputTool?.strict ? JSON.parse(toolCall.arguments) : null
  };
}
function needsOutputText(response, target) {
  return !Object.getOwnPropertyDescriptor(response, "output_text") || target.output_text == null;
}
function addOutputText(rsp) {
  const texts = [];
  for (const output of rsp.output) {
    if (output.type !== "message") {
      continue;
    }
    for (const content of output.content) {
      if (content.type === "output_text") {
        texts.push(content.text);
      }
    }
  }
  rsp.output_text = texts.join("");
}

// node_modules/openai/lib/responses/ResponseAccumulator.mjs
function accumulateResponse(event, snapshot) {
  if (!snapshot) {
    if (event.type !== "response.created") {
      throw new OpenAIError(`When snapshot hasn't been set yet, expected 'response.created' event, got ${event.type}`);
    }
    return cloneResponse(event.response);
  }
  switch (event.type) {
    case "response.output_item.added": {
      snapshot.output.push(structuredClone(event.item));
      if (event.item.type === "message") {
        addOutputText(snapshot);
      }
      break;
    }
    case "response.output_item.done": {
      getOutput(snapshot, event.output_index);
      snapshot.output[event.output_index] = structuredClone(event.item);
      if (event.item.type === "message") {
        addOutputText(snapshot);
      }
      break;
    }
    case "response.content_part.added": {
      const output = getOutput(snapshot, event.output_index);
      const type = output.type;
      const part = event.part;
      if (type === "message" && part.type !== "reasoning_text") {
        output.content.push(structuredClone(part));
        if (part.type === "output_text") {
          addOutputText(snapshot);
        }
      } else if (type === "reasoning" && part.type === "reasoning_text") {
        if (!output.content) {
          output.content = [];
        }
        output.content.push(structuredClone(part));
      }
      break;
    }
    case "response.content_part.done": {
      const output = getOutput(snapshot, event.output_index);
      const part = event.part;
      if (output.type === "message" && part.type !== "reasoning_text") {
        getContent(output.content, event.content_index);
        output.content[event.content_index] = structuredClone(part);
        if (part.type === "output_text") {
          addOutputText(snapshot);
        }
      } else if (output.type === "reasoning" && part.type === "reasoning_text") {
        const content = output.content;
        if (!content) {
          throw new OpenAIError(`missing content at index ${event.content_index}`);
        }
        getContent(content, event.content_index);
        content[event.content_index] = structuredClone(part);
      }
      break;
    }
    case "response.output_text.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "message") {
        const content = getContent(output.content, event.content_index);
        if (content.type !== "output_text") {
          throw new OpenAIError(`expected content to be 'output_text', got ${content.type}`);
        }
        content.text += event.delta;
        snapshot.output_text += event.delta;
      }
      break;
    }
    case "response.output_text.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "message") {
        const content = getContent(output.content, event.content_index);
        if (content.type !== "output_text") {
          throw new OpenAIError(`expected content to be 'output_text', got ${content.type}`);
        }
        content.text = event.text;
        addOutputText(snapshot);
      }
      break;
    }
    case "response.output_text.annotation.added": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "message") {
        const content = getContent(output.content, event.content_index);
        if (content.type !== "output_text") {
          throw new OpenAIError(`expected content to be 'output_text', got ${content.type}`);
        }
        content.annotations[event.annotation_index] = structuredClone(event.annotation);
      }
      break;
    }
    case "response.refusal.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "message") {
        const content = getContent(output.content, event.content_index);
        if (content.type !== "refusal") {
          throw new OpenAIError(`expected content to be 'refusal', got ${content.type}`);
        }
        content.refusal += event.delta;
      }
      break;
    }
    case "response.refusal.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "message") {
        const content = getContent(output.content, event.content_index);
        if (content.type !== "refusal") {
          throw new OpenAIError(`expected content to be 'refusal', got ${content.type}`);
        }
        content.refusal = event.refusal;
      }
      break;
    }
    case "response.function_call_arguments.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "function_call") {
        output.arguments += event.delta;
      }
      break;
    }
    case "response.function_call_arguments.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "function_call") {
        output.arguments = event.arguments;
      }
      break;
    }
    case "response.reasoning_text.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        if (!output.content) {
          throw new OpenAIError(`missing content at index ${event.content_index}`);
        }
        const content = getContent(output.content, event.content_index);
        if (content.type !== "reasoning_text") {
          throw new OpenAIError(`expected content to be 'reasoning_text', got ${content.type}`);
        }
        content.text += event.delta;
      }
      break;
    }
    case "response.reasoning_text.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        if (!output.content) {
          throw new OpenAIError(`missing content at index ${event.content_index}`);
        }
        const content = getContent(output.content, event.content_index);
        if (content.type !== "reasoning_text") {
          throw new OpenAIError(`expected content to be 'reasoning_text', got ${content.type}`);
        }
        content.text = event.text;
      }
      break;
    }
    case "response.reasoning_summary_part.added": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        output.summary.push(structuredClone(event.part));
      }
      break;
    }
    case "response.reasoning_summary_part.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        getContent(output.summary, event.summary_index);
        output.summary[event.summary_index] = structuredClone(event.part);
      }
      break;
    }
    case "response.reasoning_summary_text.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        const part = getContent(output.summary, event.summary_index);
        part.text += event.delta;
      }
      break;
    }
    case "response.reasoning_summary_text.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "reasoning") {
        const part = getContent(output.summary, event.summary_index);
        part.text = event.text;
      }
      break;
    }
    case "response.custom_tool_call_input.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "custom_tool_call") {
        output.input += event.delta;
      }
      break;
    }
    case "response.custom_tool_call_input.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "custom_tool_call") {
        output.input = event.input;
      }
      break;
    }
    case "response.mcp_call_arguments.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "mcp_call") {
        output.arguments += event.delta;
      }
      break;
    }
    case "response.mcp_call_arguments.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "mcp_call") {
        output.arguments = event.arguments;
      }
      break;
    }
    case "response.code_interpreter_call_code.delta": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "code_interpreter_call") {
        output.code = (output.code ?? "") + event.delta;
      }
      break;
    }
    case "response.code_interpreter_call_code.done": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "code_interpreter_call") {
        output.code = event.code;
      }
      break;
    }
    case "response.code_interpreter_call.in_progress": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "code_interpreter_call") {
        output.status = "in_progress";
      }
      break;
    }
    case "response.code_interpreter_call.interpreting": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "code_interpreter_call") {
        output.status = "interpreting";
      }
      break;
    }
    case "response.code_interpreter_call.completed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "code_interpreter_call") {
        output.status = "completed";
      }
      break;
    }
    case "response.file_search_call.in_progress": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "file_search_call") {
        output.status = "in_progress";
      }
      break;
    }
    case "response.file_search_call.searching": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "file_search_call") {
        output.status = "searching";
      }
      break;
    }
    case "response.file_search_call.completed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "file_search_call") {
        output.status = "completed";
      }
      break;
    }
    case "response.web_search_call.in_progress": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "web_search_call") {
        output.status = "in_progress";
      }
      break;
    }
    case "response.web_search_call.searching": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "web_search_call") {
        output.status = "searching";
      }
      break;
    }
    case "response.web_search_call.completed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "web_search_call") {
        output.status = "completed";
      }
      break;
    }
    case "response.image_generation_call.in_progress": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "image_generation_call") {
        output.status = "in_progress";
      }
      break;
    }
    case "response.image_generation_call.generating": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "image_generation_call") {
        output.status = "generating";
      }
      break;
    }
    case "response.image_generation_call.completed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "image_generation_call") {
        output.status = "completed";
      }
      break;
    }
    case "response.mcp_call.in_progress": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "mcp_call") {
        output.status = "in_progress";
      }
      break;
    }
    case "response.mcp_call.completed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "mcp_call") {
        output.status = "completed";
      }
      break;
    }
    case "response.mcp_call.failed": {
      const output = getOutput(snapshot, event.output_index);
      if (output.type === "mcp_call") {
        output.status = "failed";
      }
      break;
    }
    case "response.created":
    case "response.queued":
    case "response.in_progress":
    case "response.completed":
    case "response.failed":
    case "response.incomplete": {
      snapshot = cloneResponse(event.response);
      break;
    }
    case "response.audio.delta":
    case "response.audio.done":
    case "response.audio.transcript.delta":
    case "response.audio.transcript.done":
    case "response.image_generation_call.partial_image":
    case "response.mcp_list_tools.in_progress":
    case "response.mcp_list_tools.completed":
    case "response.mcp_list_tools.failed":
    case "keepalive":
    case "error": {
      break;
    }
    default: {
      assertNever3(event);
    }
  }
  return snapshot;
}
function cloneResponse(response) {
  const snapshot = structuredClone(response);
  if (!Object.getOwnPropertyDescriptor(snapshot, "output_text") || snapshot.output_text == null) {
    addOutputText(snapshot);
  }
  return snapshot;
}
function getOutput(snapshot, outputIndex) {
  const output = snapshot.output[outputIndex];
  if (!output) {
    throw new OpenAIError(`missing output at index ${outputIndex}`);
  }
  return output;
}
function getContent(content, contentIndex) {
  const part = content[contentIndex];
  if (!part) {
    throw new OpenAIError(`missing content at index ${contentIndex}`);
  }
  return part;
}
function assertNever3(value2) {
  throw new OpenAIError(`Unhandled response stream event: ${JSON.stringify(value2)}`);
}

// node_modules/openai/lib/responses/ResponseStream.mjs
var _ResponseStream_instances;
var _ResponseStream_params;
var _ResponseStream_currentResponseSnapshot;
var _ResponseStream_finalResponse;
var _ResponseStream_beginRequest;
var _ResponseStream_addEvent;
var _ResponseStream_endRequest;
var ResponseStream = class _ResponseStream extends EventStream {
  constructor(params) {
    super();
    _ResponseStream_instances.add(this);
    _ResponseStream_params.set(this, void 0);
    _ResponseStream_currentResponseSnapshot.set(this, void 0);
    _ResponseStream_finalResponse.set(this, void 0);
    __classPrivateFieldSet(this, _ResponseStream_params, params, "f");
  }
  static createResponse(client2, params, options) {
    const runner2 = new _ResponseStream(params);
    runner2._run(() => runner2._createOrRetrieveResponse(client2, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner2;
  }
  static fromReadableStream(stream) {
    const runner2 = new _ResponseStream(null);
    runner2._run(() => runner2._fromReadableStream(stream));
    return runner2;
  }
  async _createOrRetrieveResponse(client2, params, options) {
    this._listenForAbort(options?.signal);
    __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_beginRequest).call(this);
    let stream;
    let starting_after = null;
    if ("response_id" in params) {
      stream = await client2.responses.retrieve(params.response_id, { stream: true }, { ...options, signal: this.controller.signal, stream: true });
      starting_after = params.starting_after ?? null;
    } else {
      stream = await client2.responses.create({ ...params, stream: true }, { ...options, signal: this.controller.signal });
    }
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_addEvent).call(this, event, starting_after);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_endRequest).call(this);
  }
  async _fromReadableStream(readableStream, options) {
    this._listenForAbort(options?.signal);
    __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_beginRequest).call(this);
    this._connected();
    const stream = Stream.fromReadableStream(readableStream, this.controller);
    for await (const event of stream) {
      __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_addEvent).call(this, event, null);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_endRequest).call(this);
  }
  [(_ResponseStream_params = /* @__PURE__ */ new WeakMap(), _ResponseStream_currentResponseSnapshot = /* @__PURE__ */ new WeakMap(), _ResponseStream_finalResponse = /* @__PURE__ */ new WeakMap(), _ResponseStream_instances = /* @__PURE__ */ new WeakSet(), _ResponseStream_beginRequest = function _ResponseStream_beginRequest2() {
    if (this.ended)
      return;
    __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, void 0, "f");
  }, _ResponseStream_addEvent = function _ResponseStream_addEvent2(event, starting_after) {
    if (this.ended)
      return;
    const maybeEmit = (name, event2) => {
      if (starting_after == null || event2.sequence_number > starting_after) {
        this._emit(name, event2);
      }
    };
    const response = accumulateResponse(event, __classPrivateFieldGet(this, _ResponseStream_currentResponseSnapshot, "f"));
    __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, response, "f");
    maybeEmit("event", event);
    switch (event.type) {
      case "response.output_text.delta": {
        const output = response.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "message") {
          const content = output.content[event.content_index];
          if (!content) {
            throw new OpenAIError(`missing content at index ${event.content_index}`);
          }
          if (content.type !== "output_text") {
            throw new OpenAIError(`expected content to be 'output_text', got ${content.type}`);
          }
          maybeEmit("response.output_text.delta", {
            ...event,
            snapshot: content.text
          });
        }
        break;
      }
      case "response.function_call_arguments.delta": {
        const output = response.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "function_call") {
          maybeEmit("response.function_call_arguments.delta", {
            ...event,
            snapshot: output.arguments
          });
        }
        break;
      }
      default:
        maybeEmit(event.type, event);
        break;
    }
  }, _ResponseStream_endRequest = function _ResponseStream_endRequest2() {
    if (this.ended) {
      throw new OpenAIError(`stream has ended, this shouldn't happen`);
    }
    const snapshot = __classPrivateFieldGet(this, _ResponseStream_currentResponseSnapshot, "f");
    if (!snapshot) {
      throw new OpenAIError(`request ended without sending any events`);
    }
    __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, void 0, "f");
    const parsedResponse = finalizeResponse(snapshot, __classPrivateFieldGet(this, _ResponseStream_params, "f"));
    __classPrivateFieldSet(this, _ResponseStream_finalResponse, parsedResponse, "f");
    return parsedResponse;
  }, Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("event", (event) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(event);
      } else {
        pushQueue.push(event);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve11, reject) => readQueue.push({ resolve: resolve11, reject })).then((event2) => event2 ? { value: event2, done: false } : { value: void 0, done: true });
        }
        const event = pushQueue.shift();
        return { value: event, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  /**
   * @returns a promise that resolves with the final Response, or rejects
   * if an error occurred or the stream ended prematurely without producing a REsponse.
   */
  async finalResponse() {
    await this.done();
    const response = __classPrivateFieldGet(this, _ResponseStream_finalResponse, "f");
    if (!response)
      throw new OpenAIError("stream ended without producing a ChatCompletion");
    return response;
  }
};
function finalizeResponse(snapshot, params) {
  return maybeParseResponse(snapshot, params);
}

// node_modules/openai/resources/responses/input-items.mjs
var InputItems2 = class extends APIResource {
  /**
   * Returns a list of input items for a given response.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const responseItem of client.responses.inputItems.list(
   *   'response_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(responseID, query = {}, options) {
    return this._client.getAPIList(path`/responses/${responseID}/input_items`, CursorPage, { query, ...options, __security: { bearerAuth: true } });
  }
};

// node_modules/openai/resources/responses/input-tokens.mjs
var InputTokens2 = class extends APIResource {
  /**
   * Returns input token counts of the request.
   *
   * Returns an object with `object` set to `response.input_tokens` and an
   * `input_tokens` count.
   *
   * @example
   * ```ts
   * const response = await client.responses.inputTokens.count();
   * ```
   */
  count(body = {}, options) {
    return this._client.post("/responses/input_tokens", {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/responses/responses.mjs
var Responses2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.inputItems = new InputItems2(this._client);
    this.inputTokens = new InputTokens2(this._client);
  }
  create(body, options) {
    return this._client.post("/responses", {
      body,
      ...options,
      stream: body.stream ?? false,
      __security: { bearerAuth: true }
    })._thenUnwrap((rsp) => {
      if ("object" in rsp && rsp.object === "response") {
        addOutputText(rsp);
      }
      return rsp;
    });
  }
  retrieve(responseID, query = {}, options) {
    return this._client.get(path`/responses/${responseID}`, {
      query,
      ...options,
      stream: query?.stream ?? false,
      __security: { bearerAuth: true }
    })._thenUnwrap((rsp) => {
      if ("object" in rsp && rsp.object === "response") {
        addOutputText(rsp);
      }
      return rsp;
    });
  }
  /**
   * Deletes a model response with the given ID.
   *
   * @example
   * ```ts
   * await client.responses.delete(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  delete(responseID, options) {
    return this._client.delete(path`/responses/${responseID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  parse(body, options) {
    return this._client.responses.create(body, options)._thenUnwrap((response) => parseResponse(response, body));
  }
  /**
   * Creates a model response stream
   */
  stream(body, options) {
    return ResponseStream.createResponse(this._client, body, options);
  }
  /**
   * Cancels a model response with the given ID. Only responses created with the
   * `background` parameter set to `true` can be cancelled.
   * [Learn more](https://platform.openai.com/docs/guides/background).
   *
   * @example
   * ```ts
   * const response = await client.responses.cancel(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  cancel(responseID, options) {
    return this._client.post(path`/responses/${responseID}/cancel`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Compact a conversation. Returns a compacted response object.
   *
   * Learn when and how to compact long-running conversations in the
   * [conversation state guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window).
   * For ZDR-compatible compaction details, see
   * [Compaction (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).
   *
   * @example
   * ```ts
   * const compactedResponse = await client.responses.compact({
   *   model: 'gpt-5.6-sol',
   * });
   * ```
   */
  compact(body, options) {
    return this._client.post("/responses/compact", { body, ...options, __security: { bearerAuth: true } });
  }
};
Responses2.InputItems = InputItems2;
Responses2.InputTokens = InputTokens2;

// node_modules/openai/resources/skills/content.mjs
var Content2 = class extends APIResource {
  /**
   * Download a skill zip bundle by its ID.
   */
  retrieve(skillID, options) {
    return this._client.get(path`/skills/${skillID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/skills/versions/content.mjs
var Content3 = class extends APIResource {
  /**
   * Download a skill version zip bundle.
   */
  retrieve(version, params, options) {
    const { skill_id } = params;
    return this._client.get(path`/skills/${skill_id}/versions/${version}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/skills/versions/versions.mjs
var Versions = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content3(this._client);
  }
  /**
   * Create a new immutable skill version.
   */
  create(skillID, body = {}, options) {
    return this._client.post(path`/skills/${skillID}/versions`, maybeMultipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Get a specific skill version.
   */
  retrieve(version, params, options) {
    const { skill_id } = params;
    return this._client.get(path`/skills/${skill_id}/versions/${version}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List skill versions for a skill.
   */
  list(skillID, query = {}, options) {
    return this._client.getAPIList(path`/skills/${skillID}/versions`, CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a skill version.
   */
  delete(version, params, options) {
    const { skill_id } = params;
    return this._client.delete(path`/skills/${skill_id}/versions/${version}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
};
Versions.Content = Content3;

// node_modules/openai/resources/skills/skills.mjs
var Skills = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content2(this._client);
    this.versions = new Versions(this._client);
  }
  /**
   * Create a new skill.
   */
  create(body = {}, options) {
    return this._client.post("/skills", maybeMultipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Get a skill by its ID.
   */
  retrieve(skillID, options) {
    return this._client.get(path`/skills/${skillID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Update the default version pointer for a skill.
   */
  update(skillID, body, options) {
    return this._client.post(path`/skills/${skillID}`, {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * List all skills for the current project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/skills", CursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a skill by its ID.
   */
  delete(skillID, options) {
    return this._client.delete(path`/skills/${skillID}`, { ...options, __security: { bearerAuth: true } });
  }
};
Skills.Content = Content2;
Skills.Versions = Versions;

// node_modules/openai/resources/uploads/parts.mjs
var Parts = class extends APIResource {
  /**
   * Adds a
   * [Part](https://platform.openai.com/docs/api-reference/uploads/part-object) to an
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object.
   * A Part represents a chunk of bytes from the file you are trying to upload.
   *
   * Each Part can be at most 64 MB, and you can add Parts until you hit the Upload
   * maximum of 8 GB.
   *
   * It is possible to add multiple Parts in parallel. You can decide the intended
   * order of the Parts when you
   * [complete the Upload](https://platform.openai.com/docs/api-reference/uploads/complete).
   */
  create(uploadID, body, options) {
    return this._client.post(path`/uploads/${uploadID}/parts`, multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
};

// node_modules/openai/resources/uploads/uploads.mjs
var Uploads = class extends APIResource {
  constructor() {
    super(...arguments);
    this.parts = new Parts(this._client);
  }
  /**
   * Creates an intermediate
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object
   * that you can add
   * [Parts](https://platform.openai.com/docs/api-reference/uploads/part-object) to.
   * Currently, an Upload can accept at most 8 GB in total and expires after an hour
   * after you create it.
   *
   * Once you complete the Upload, we will create a
   * [File](https://platform.openai.com/docs/api-reference/files/object) object that
   * contains all the parts you uploaded. This File is usable in the rest of our
   * platform as a regular File object.
   *
   * For certain `purpose` values, the correct `mime_type` must be specified. Please
   * refer to documentation for the
   * [supported MIME types for your use case](https://platform.openai.com/docs/assistants/tools/file-search#supported-files).
   *
   * For guidance on the proper filename extensions for each purpose, please follow
   * the documentation on
   * [creating a File](https://platform.openai.com/docs/api-reference/files/create).
   *
   * Returns the Upload object with status `pending`.
   */
  create(body, options) {
    return this._client.post("/uploads", { body, ...options, __security: { bearerAuth: true } });
  }
  /**
   * Cancels the Upload. No Parts may be added after an Upload is cancelled.
   *
   * Returns the Upload object with status `cancelled`.
   */
  cancel(uploadID, options) {
    return this._client.post(path`/uploads/${uploadID}/cancel`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Completes the
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object).
   *
   * Within the returned Upload object, there is a nested
   * [File](https://platform.openai.com/docs/api-reference/files/object) object that
   * is ready to use in the rest of the platform.
   *
   * You can specify the order of the Parts by passing in an ordered list of the Part
   * IDs.
   *
   * The number of bytes uploaded upon completion must match the number of bytes
   * initially specified when creating the Upload object. No Parts may be added after
   * an Upload is completed. Returns the Upload object with status `completed`,
   * including an additional `file` property containing the created usable File
   * object.
   */
  complete(uploadID, body, options) {
    return this._client.post(path`/uploads/${uploadID}/complete`, {
      body,
      ...options,
      __security: { bearerAuth: true }
    });
  }
};
Uploads.Parts = Parts;

// node_modules/openai/lib/Util.mjs
var allSettledWithThrow = async (promises) => {
  const results = await Promise.allSettled(promises);
  const rejected = results.filter((result) => result.status === "rejected");
  if (rejected.length) {
    for (const result of rejected) {
      console.error(result.reason);
    }
    throw new Error(`${rejected.length} promise(s) failed - see the above errors`);
  }
  const values = [];
  for (const result of results) {
    if (result.status === "fulfilled") {
      values.push(result.value);
    }
  }
  return values;
};

// node_modules/openai/resources/vector-stores/file-batches.mjs
var FileBatches = class extends APIResource {
  /**
   * Create a vector store file batch.
   */
  create(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}/file_batches`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves a vector store file batch.
   */
  retrieve(batchID, params, options) {
    const { vector_store_id } = params;
    return this._client.get(path`/vector_stores/${vector_store_id}/file_batches/${batchID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Cancel a vector store file batch. This attempts to cancel the processing of
   * files in this batch as soon as possible.
   */
  cancel(batchID, params, options) {
    const { vector_store_id } = params;
    return this._client.post(path`/vector_stores/${vector_store_id}/file_batches/${batchID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Create a vector store batch and poll until all files have been processed.
   */
  async createAndPoll(vectorStoreId, body, options) {
    const batch = await this.create(vectorStoreId, body);
    return await this.poll(vectorStoreId, batch.id, options);
  }
  /**
   * Returns a list of vector store files in a batch.
   */
  listFiles(batchID, params, options) {
    const { vector_store_id, ...query } = params;
    return this._client.getAPIList(path`/vector_stores/${vector_store_id}/file_batches/${batchID}/files`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Wait for the given file batch to be processed.
   *
   * Note: this will return even if one of the files failed to process, you need to
   * check batch.file_counts.failed_count to handle this case.
   */
  async poll(vectorStoreID, batchID, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const { data: batch, response } = await this.retrieve(batchID, { vector_store_id: vectorStoreID }, {
        ...options,
        headers
      }).withResponse();
      switch (batch.status) {
        case "in_progress":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        case "failed":
        case "cancelled":
        case "completed":
          return batch;
      }
    }
  }
  /**
   * Uploads the given files concurrently and then creates a vector store file batch.
   *
   * The concurrency limit is configurable using the `maxConcurrency` parameter.
   */
  async uploadAndPoll(vectorStoreId, { files: files2, fileIds = [] }, options) {
    if (files2 == null || files2.length == 0) {
      throw new Error(`No \`files\` provided to process. If you've already uploaded files you should use \`.createAndPoll()\` instead`);
    }
    const configuredConcurrency = options?.maxConcurrency ?? 5;
    const concurrencyLimit = Math.min(configuredConcurrency, files2.length);
    const client2 = this._client;
    const fileIterator = files2.values();
    const allFileIds = [...fileIds];
    async function processFiles(iterator2) {
      for (let item of iterator2) {
        const fileObj = await client2.files.create({ file: item, purpose: "assistants" }, options);
        allFileIds.push(fileObj.id);
      }
    }
    const workers = Array(concurrencyLimit).fill(fileIterator).map(processFiles);
    await allSettledWithThrow(workers);
    return await this.createAndPoll(vectorStoreId, {
      file_ids: allFileIds
    });
  }
};

// node_modules/openai/resources/vector-stores/files.mjs
var Files3 = class extends APIResource {
  /**
   * Create a vector store file by attaching a
   * [File](https://platform.openai.com/docs/api-reference/files) to a
   * [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object).
   */
  create(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}/files`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves a vector store file.
   */
  retrieve(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.get(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Update attributes on a vector store file.
   */
  update(fileID, params, options) {
    const { vector_store_id, ...body } = params;
    return this._client.post(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of vector store files.
   */
  list(vectorStoreID, query = {}, options) {
    return this._client.getAPIList(path`/vector_stores/${vectorStoreID}/files`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a vector store file. This will remove the file from the vector store but
   * the file itself will not be deleted. To delete the file, use the
   * [delete file](https://platform.openai.com/docs/api-reference/files/delete)
   * endpoint.
   */
  delete(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.delete(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Attach a file to the given vector store and wait for it to be processed.
   */
  async createAndPoll(vectorStoreId, body, options) {
    const file = await this.create(vectorStoreId, body, options);
    return await this.poll(vectorStoreId, file.id, options);
  }
  /**
   * Wait for the vector store file to finish processing.
   *
   * Note: this will return even if the file failed to process, you need to check
   * file.last_error and file.status to handle these cases
   */
  async poll(vectorStoreID, fileID, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const fileResponse = await this.retrieve(fileID, {
        vector_store_id: vectorStoreID
      }, { ...options, headers }).withResponse();
      const file = fileResponse.data;
      switch (file.status) {
        case "in_progress":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = fileResponse.response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        case "failed":
        case "completed":
          return file;
      }
    }
  }
  /**
   * Upload a file to the `files` API and then attach it to the given vector store.
   *
   * Note the file will be asynchronously processed (you can use the alternative
   * polling helper method to wait for processing to complete).
   */
  async upload(vectorStoreId, file, options) {
    const fileInfo = await this._client.files.create({ file, purpose: "assistants" }, options);
    return this.create(vectorStoreId, { file_id: fileInfo.id }, options);
  }
  /**
   * Add a file to a vector store and poll until processing is complete.
   */
  async uploadAndPoll(vectorStoreId, file, options) {
    const fileInfo = await this.upload(vectorStoreId, file, options);
    return await this.poll(vectorStoreId, fileInfo.id, options);
  }
  /**
   * Retrieve the parsed contents of a vector store file.
   */
  content(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.getAPIList(path`/vector_stores/${vector_store_id}/files/${fileID}/content`, Page, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};

// node_modules/openai/resources/vector-stores/vector-stores.mjs
var VectorStores = class extends APIResource {
  constructor() {
    super(...arguments);
    this.files = new Files3(this._client);
    this.fileBatches = new FileBatches(this._client);
  }
  /**
   * Create a vector store.
   */
  create(body, options) {
    return this._client.post("/vector_stores", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Retrieves a vector store.
   */
  retrieve(vectorStoreID, options) {
    return this._client.get(path`/vector_stores/${vectorStoreID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Modifies a vector store.
   */
  update(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Returns a list of vector stores.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/vector_stores", CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Delete a vector store.
   */
  delete(vectorStoreID, options) {
    return this._client.delete(path`/vector_stores/${vectorStoreID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
  /**
   * Search a vector store for relevant chunks based on a query and file attributes
   * filter.
   */
  search(vectorStoreID, body, options) {
    return this._client.getAPIList(path`/vector_stores/${vectorStoreID}/search`, Page, {
      body,
      method: "post",
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      __security: { bearerAuth: true }
    });
  }
};
VectorStores.Files = Files3;
VectorStores.FileBatches = FileBatches;

// node_modules/openai/resources/videos.mjs
var Videos = class extends APIResource {
  /**
   * Create a new video generation job from a prompt and optional reference assets.
   */
  create(body, options) {
    return this._client.post("/videos", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Fetch the latest metadata for a generated video.
   */
  retrieve(videoID, options) {
    return this._client.get(path`/videos/${videoID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * List recently generated videos for the current project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/videos", ConversationCursorPage, {
      query,
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Permanently delete a completed or failed video and its stored assets.
   */
  delete(videoID, options) {
    return this._client.delete(path`/videos/${videoID}`, { ...options, __security: { bearerAuth: true } });
  }
  /**
   * Create a character from an uploaded video.
   */
  createCharacter(body, options) {
    return this._client.post("/videos/characters", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Download the generated video bytes or a derived preview asset.
   *
   * Streams the rendered video content for the specified video job.
   */
  downloadContent(videoID, query = {}, options) {
    return this._client.get(path`/videos/${videoID}/content`, {
      query,
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __security: { bearerAuth: true },
      __binaryResponse: true
    });
  }
  /**
   * Create a new video generation job by editing a source video or existing
   * generated video.
   */
  edit(body, options) {
    return this._client.post("/videos/edits", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Create an extension of a completed video.
   */
  extend(body, options) {
    return this._client.post("/videos/extensions", multipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
  /**
   * Fetch a character.
   */
  getCharacter(characterID, options) {
    return this._client.get(path`/videos/characters/${characterID}`, {
      ...options,
      __security: { bearerAuth: true }
    });
  }
  /**
   * Create a remix of a completed video using a refreshed prompt.
   */
  remix(videoID, body, options) {
    return this._client.post(path`/videos/${videoID}/remix`, maybeMultipartFormRequestOptions({ body, ...options, __security: { bearerAuth: true } }, this._client));
  }
};

// node_modules/openai/resources/webhooks/webhooks.mjs
var _Webhooks_instances;
var _Webhooks_validateSecret;
var _Webhooks_getRequiredHeader;
var Webhooks = class extends APIResource {
  constructor() {
    super(...arguments);
    _Webhooks_instances.add(this);
  }
  /**
   * Validates that the given payload was sent by OpenAI and parses the payload.
   */
  async unwrap(payload, headers, secret = this._client.webhookSecret, tolerance = 300) {
    await this.verifySignature(payload, headers, secret, tolerance);
    return JSON.parse(payload);
  }
  /**
   * Validates whether or not the webhook payload was sent by OpenAI.
   *
   * An error will be raised if the webhook payload was not sent by OpenAI.
   *
   * @param payload - The webhook payload
   * @param headers - The webhook headers
   * @param secret - The webhook secret (optional, will use client secret if not provided)
   * @param tolerance - Maximum age of the webhook in seconds (default: 300 = 5 minutes)
   */
  async verifySignature(payload, headers, secret = this._client.webhookSecret, tolerance = 300) {
    if (typeof crypto === "undefined" || typeof crypto.subtle.importKey !== "function" || typeof crypto.subtle.verify !== "function") {
      throw new Error("Webhook signature verification is only supported when the `crypto` global is defined");
    }
    __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_validateSecret).call(this, secret);
    const headersObj = buildHeaders([headers]).values;
    const signatureHeader = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-signature");
    const timestamp = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-timestamp");
    const webhookId = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-id");
    const timestampSeconds = parseInt(timestamp, 10);
    if (isNaN(timestampSeconds)) {
      throw new InvalidWebhookSignatureError("Invalid webhook timestamp format");
    }
    const nowSeconds = Math.floor(Date.now() / 1e3);
    if (nowSeconds - timestampSeconds > tolerance) {
      throw new InvalidWebhookSignatureError("Webhook timestamp is too old");
    }
    if (timestampSeconds > nowSeconds + tolerance) {
      throw new InvalidWebhookSignatureError("Webhook timestamp is too new");
    }
    const signatures = signatureHeader.split(" ").map((part) => part.startsWith("v1,") ? part.substring(3) : part);
    const decodedSecret = secret.startsWith("whsec_") ? Buffer.from(secret.replace("whsec_", ""), "base64") : Buffer.from(secret, "utf-8");
    const signedPayload = webhookId ? `${webhookId}.${timestamp}.${payload}` : `${timestamp}.${payload}`;
    const key = await crypto.subtle.importKey("raw", decodedSecret, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    for (const signature of signatures) {
      try {
        const signatureBytes = Buffer.from(signature, "base64");
        const isValid = await crypto.subtle.verify("HMAC", key, signatureBytes, new TextEncoder().encode(signedPayload));
        if (isValid) {
          return;
        }
      } catch {
        continue;
      }
    }
    throw new InvalidWebhookSignatureError("The given webhook signature does not match the expected signature");
  }
};
_Webhooks_instances = /* @__PURE__ */ new WeakSet(), _Webhooks_validateSecret = function _Webhooks_validateSecret2(secret) {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new Error(`The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, on the client class, OpenAI({ webhookSecret: '123' }), or passed to this function`);
  }
}, _Webhooks_getRequiredHeader = function _Webhooks_getRequiredHeader2(headers, name) {
  if (!headers) {
    throw new Error(`Headers are required`);
  }
  const value2 = headers.get(name);
  if (value2 === null || value2 === void 0) {
    throw new Error(`Missing required header: ${name}`);
  }
  return value2;
};

// node_modules/openai/internal/provider.mjs
var providerDefinitionsKey = /* @__PURE__ */ Symbol.for("openai.node.providerDefinitions.v1");
var providerGlobal = globalThis;
var existingProviderDefinitions = providerGlobal[providerDefinitionsKey];
var providerDefinitions = existingProviderDefinitions ?? /* @__PURE__ */ new WeakMap();
if (!existingProviderDefinitions) {
  Object.defineProperty(providerGlobal, providerDefinitionsKey, { value: providerDefinitions });
}
function configureProvider(provider) {
  const definition = providerDefinitions.get(provider);
  if (!definition) {
    throw new Error("Invalid provider. Providers must be created with createProvider().");
  }
  return definition.configure();
}

// node_modules/openai/client.mjs
var _OpenAI_instances;
var _a2;
var _OpenAI_encoder;
var _OpenAI_baseURLOverridden;
var WORKLOAD_IDENTITY_API_KEY_PLACEHOLDER = "workload-identity-auth";
var OpenAI = class {
  /**
   * API Client for interfacing with the OpenAI API.
   *
   * @param {string | null | undefined} [opts.apiKey=process.env['OPENAI_API_KEY'] ?? null]
   * @param {string | null | undefined} [opts.adminAPIKey=process.env['OPENAI_ADMIN_KEY'] ?? null]
   * @param {string | null | undefined} [opts.organization=process.env['OPENAI_ORG_ID'] ?? null]
   * @param {string | null | undefined} [opts.project=process.env['OPENAI_PROJECT_ID'] ?? null]
   * @param {string | null | undefined} [opts.webhookSecret=process.env['OPENAI_WEBHOOK_SECRET'] ?? null]
   * @param {string} [opts.baseURL=process.env['OPENAI_BASE_URL'] ?? https://api.openai.com/v1] - Override the default base URL for the API.
   * @param {Provider} [opts.provider] - Configure a third-party API provider. Mutually exclusive with top-level authentication and base URL options.
   * @param {number} [opts.timeout=10 minutes] - The maximum amount of time (in milliseconds) the client will wait for a response before timing out.
   * @param {MergedRequestInit} [opts.fetchOptions] - Additional `RequestInit` options to be passed to `fetch` calls.
   * @param {Fetch} [opts.fetch] - Specify a custom `fetch` function implementation.
   * @param {number} [opts.maxRetries=2] - The maximum number of times the client will retry a request.
   * @param {HeadersLike} opts.defaultHeaders - Default headers to include with every request to the API.
   * @param {Record<string, string | undefined>} opts.defaultQuery - Default query parameters to include with every request to the API.
   * @param {boolean} [opts.dangerouslyAllowBrowser=false] - By default, client-side use of this library is not allowed, as it risks exposing your secret API credentials to attackers.
   */
  constructor(clientOptions = {}) {
    _OpenAI_instances.add(this);
    _OpenAI_encoder.set(this, void 0);
    this.completions = new Completions2(this);
    this.chat = new Chat(this);
    this.embeddings = new Embeddings(this);
    this.files = new Files2(this);
    this.images = new Images(this);
    this.audio = new Audio(this);
    this.moderations = new Moderations(this);
    this.models = new Models(this);
    this.fineTuning = new FineTuning(this);
    this.graders = new Graders2(this);
    this.vectorStores = new VectorStores(this);
    this.webhooks = new Webhooks(this);
    this.beta = new Beta(this);
    this.batches = new Batches(this);
    this.uploads = new Uploads(this);
    this.admin = new Admin(this);
    this.responses = new Responses2(this);
    this.realtime = new Realtime2(this);
    this.conversations = new Conversations(this);
    this.evals = new Evals(this);
    this.containers = new Containers(this);
    this.skills = new Skills(this);
    this.videos = new Videos(this);
    const provider = clientOptions.provider;
    if (provider) {
      const conflictingOptions = ["apiKey", "adminAPIKey", "workloadIdentity", "baseURL"].filter((key) => clientOptions[key] != null);
      if (conflictingOptions.length) {
        throw new OpenAIError(`The \`provider\` option cannot be used with ${conflictingOptions.map((key) => `\`${key}\``).join(", ")}. Configure authentication and the base URL through the provider instead.`);
      }
    }
    const { baseURL = provider ? null : readEnv("OPENAI_BASE_URL"), apiKey = provider ? null : readEnv("OPENAI_API_KEY") ?? null, adminAPIKey = provider ? null : readEnv("OPENAI_ADMIN_KEY") ?? null, organization = provider ? null : readEnv("OPENAI_ORG_ID") ?? null, project = provider ? null : readEnv("OPENAI_PROJECT_ID") ?? null, webhookSecret = readEnv("OPENAI_WEBHOOK_SECRET") ?? null, workloadIdentity, ...opts } = clientOptions;
    const providerRuntime = provider ? configureProvider(provider) : void 0;
    const options = {
      apiKey,
      adminAPIKey,
      organization,
      project,
      webhookSecret,
      workloadIdentity,
      provider,
      ...opts,
      baseURL: providerRuntime?.baseURL ?? (baseURL || `https://api.openai.com/v1`)
    };
    if (apiKey && workloadIdentity) {
      throw new OpenAIError("The `apiKey` and `workloadIdentity` options are mutually exclusive");
    }
    if (!providerRuntime && !apiKey && !adminAPIKey && !workloadIdentity) {
      throw new OpenAIError("Missing credentials. Please pass an `apiKey`, `workloadIdentity`, `adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.");
    }
    if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) {
      throw new OpenAIError("It looks like you're running in a browser-like environment.\n\nThis is disabled by default, as it risks exposing your secret API credentials to attackers.\nIf you understand the risks and have appropriate mitigations in place,\nyou can set the `dangerouslyAllowBrowser` option to `true`, e.g.,\n\nnew OpenAI({ apiKey, dangerouslyAllowBrowser: true });\n\nhttps://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety\n");
    }
    this.baseURL = options.baseURL;
    this.timeout = options.timeout ?? _a2.DEFAULT_TIMEOUT;
    this.logger = options.logger ?? console;
    const defaultLogLevel = "warn";
    this.logLevel = defaultLogLevel;
    this.logLevel = parseLogLevel(options.logLevel, "ClientOptions.logLevel", this) ?? parseLogLevel(readEnv("OPENAI_LOG"), "process.env['OPENAI_LOG']", this) ?? defaultLogLevel;
    this.fetchOptions = options.fetchOptions;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? getDefaultFetch();
    __classPrivateFieldSet(this, _OpenAI_encoder, FallbackEncoder, "f");
    const customHeadersEnv = provider ? void 0 : readEnv("OPENAI_CUSTOM_HEADERS");
    if (customHeadersEnv) {
      const parsed = {};
      for (const line of customHeadersEnv.split("\n")) {
        const colon = line.indexOf(":");
        if (colon >= 0) {
          parsed[line.substring(0, colon).trim()] = line.substring(colon + 1).trim();
        }
      }
      options.defaultHeaders = buildHeaders([parsed, options.defaultHeaders]);
    }
    this._options = options;
    this._provider = providerRuntime;
    if (workloadIdentity) {
      this._workloadIdentityAuth = new WorkloadIdentityAuth(workloadIdentity, this.fetch);
    }
    this.apiKey = typeof apiKey === "string" ? apiKey : null;
    this.adminAPIKey = adminAPIKey;
    this.organization = organization;
    this.project = project;
    this.webhookSecret = webhookSecret;
  }
  /**
   * Create a new client instance re-using the same options given to the current client with optional overriding.
   */
  withOptions(options) {
    const inheritedProvider = this._options.provider;
    const provider = options.provider ?? inheritedProvider;
    const inheritedOptions = {
      ...this._options,
      baseURL: this.baseURL,
      maxRetries: this.maxRetries,
      timeout: this.timeout,
      logger: this.logger,
      logLevel: this.logLevel,
      fetch: this.fetch,
      fetchOptions: this.fetchOptions,
      apiKey: this._options.apiKey,
      adminAPIKey: this.adminAPIKey,
      workloadIdentity: this._options.workloadIdentity,
      organization: this.organization,
      project: this.project,
      webhookSecret: this.webhookSecret
    };
    if (provider) {
      delete inheritedOptions.apiKey;
      delete inheritedOptions.adminAPIKey;
      delete inheritedOptions.workloadIdentity;
      delete inheritedOptions.baseURL;
      if (provider !== inheritedProvider) {
        delete inheritedOptions.organization;
        delete inheritedOptions.project;
        delete inheritedOptions.defaultHeaders;
      }
    }
    const client2 = new this.constructor({
      ...inheritedOptions,
      ...options,
      provider
    });
    return client2;
  }
  defaultQuery() {
    return this._options.defaultQuery;
  }
  validateHeaders({ values, nulls }, schemes = {
    bearerAuth: true,
    adminAPIKeyAuth: true
  }) {
    if (values.get("authorization") || values.get("api-key")) {
      return;
    }
    if (nulls.has("authorization") || nulls.has("api-key")) {
      return;
    }
    if (this._workloadIdentityAuth && schemes.bearerAuth) {
      return;
    }
    throw new Error('Could not resolve authentication method. Expected either apiKey or adminAPIKey to be set. Or for one of the "Authorization" or "api-key" headers to be explicitly omitted');
  }
  async authHeaders(opts, schemes = {
    bearerAuth: true,
    adminAPIKeyAuth: true
  }) {
    return buildHeaders([
      schemes.bearerAuth ? await this.bearerAuth(opts) : null,
      schemes.adminAPIKeyAuth ? await this.adminAPIKeyAuth(opts) : null
    ]);
  }
  async bearerAuth(opts) {
    if (this._workloadIdentityAuth) {
      return buildHeaders([{ Authorization: `Bearer ${await this._workloadIdentityAuth.getToken()}` }]);
    }
    if (this.apiKey == null) {
      return void 0;
    }
    return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);
  }
  async adminAPIKeyAuth(opts) {
    if (this.adminAPIKey == null) {
      return void 0;
    }
    return buildHeaders([{ Authorization: `Bearer ${this.adminAPIKey}` }]);
  }
  stringifyQuery(query) {
    return stringifyQuery(query);
  }
  getUserAgent() {
    return `${this.constructor.name}/JS ${VERSION12}`;
  }
  defaultIdempotencyKey() {
    return `stainless-node-retry-${uuid4()}`;
  }
  makeStatusError(status, error, message, headers) {
    return APIError.generate(status, error, message, headers);
  }
  async _callApiKey() {
    if (this._provider)
      return false;
    const apiKey = this._options.apiKey;
    if (typeof apiKey !== "function")
      return false;
    let token;
    try {
      token = await apiKey();
    } catch (err) {
      if (err instanceof OpenAIError)
        throw err;
      throw new OpenAIError(
        `Failed to get token from 'apiKey' function: ${err.message}`,
        // @ts-ignore
        { cause: err }
      );
    }
    if (typeof token !== "string" || !token) {
      throw new OpenAIError(`Expected 'apiKey' function argument to return a string but it returned ${token}`);
    }
    this.apiKey = token;
    return true;
  }
  buildURL(path2, query, defaultBaseURL) {
    const baseURL = !__classPrivateFieldGet(this, _OpenAI_instances, "m", _OpenAI_baseURLOverridden).call(this) && defaultBaseURL || this.baseURL;
    const url2 = isAbsoluteURL(path2) ? new URL(path2) : new URL(baseURL + (baseURL.endsWith("/") && path2.startsWith("/") ? path2.slice(1) : path2));
    const defaultQuery = this.defaultQuery();
    const pathQuery = Object.fromEntries(url2.searchParams);
    if (!isEmptyObj(defaultQuery) || !isEmptyObj(pathQuery)) {
      query = { ...pathQuery, ...defaultQuery, ...query };
    }
    if (typeof query === "object" && query && !Array.isArray(query)) {
      url2.search = this.stringifyQuery(query);
    }
    return url2.toString();
  }
  /**
   * Used as a callback for mutating the given `FinalRequestOptions` object.
   */
  async prepareOptions(options) {
    if (this._provider)
      return;
    const security = options.__security ?? { bearerAuth: true };
    if (security.bearerAuth) {
      await this._callApiKey();
    }
  }
  /**
   * Used as a callback for mutating the given `RequestInit` object.
   *
   * This is useful for cases where you want to add certain headers based off of
   * the request properties, e.g. `method` or `url`.
   */
  async prepareRequest(request2, { url: url2, options }) {
  }
  get(path2, opts) {
    return this.methodRequest("get", path2, opts);
  }
  post(path2, opts) {
    return this.methodRequest("post", path2, opts);
  }
  patch(path2, opts) {
    return this.methodRequest("patch", path2, opts);
  }
  put(path2, opts) {
    return this.methodRequest("put", path2, opts);
  }
  delete(path2, opts) {
    return this.methodRequest("delete", path2, opts);
  }
  methodRequest(method, path2, opts) {
    return this.request(Promise.resolve(opts).then((opts2) => {
      return { method, path: path2, ...opts2 };
    }));
  }
  request(options, remainingRetries = null) {
    return new APIPromise(this, this.makeRequest(options, remainingRetries, void 0));
  }
  async makeRequest(optionsInput, retriesRemaining, retryOfRequestLogID) {
    const options = await optionsInput;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    if (retriesRemaining == null) {
      retriesRemaining = maxRetries;
    }
    await this.prepareOptions(options);
    const { req, url: url2, timeout } = await this.buildRequest(options, {
      retryCount: maxRetries - retriesRemaining
    });
    const hasStreamingBody = options.__metadata?.["hasStreamingBody"] === true;
    await this.prepareRequest(req, { url: url2, options });
    await this._provider?.prepareRequest?.(req, { url: url2, options });
    const requestLogID = "log_" + (Math.random() * (1 << 24) | 0).toString(16).padStart(6, "0");
    const retryLogStr = retryOfRequestLogID === void 0 ? "" : `, retryOf: ${retryOfRequestLogID}`;
    const startTime = Date.now();
    loggerFor(this).debug(`[${requestLogID}] sending request`, formatRequestDetails({
      retryOfRequestLogID,
      method: options.method,
      url: url2,
      options,
      headers: req.headers
    }));
    if (options.signal?.aborted) {
      throw new APIUserAbortError();
    }
    const security = options.__security ?? { bearerAuth: true };
    const controller = new AbortController();
    const response = await this.fetchWithAuth(url2, req, timeout, controller, security).catch(castToError);
    const headersTime = Date.now();
    if (response instanceof globalThis.Error) {
      const retryMessage = `retrying, ${retriesRemaining} attempts remaining`;
      if (options.signal?.aborted) {
        throw new APIUserAbortError();
      }
      const isTimeout = isAbortError(response) || /timed? ?out/i.test(String(response) + ("cause" in response ? String(response.cause) : ""));
      if (retriesRemaining && !hasStreamingBody) {
        loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - ${retryMessage}`);
        loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (${retryMessage})`, formatRequestDetails({
          retryOfRequestLogID,
          url: url2,
          durationMs: headersTime - startTime,
          message: response.message
        }));
        return this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID);
      }
      const terminalMessage = hasStreamingBody ? "error; streaming body cannot be retried" : "error; no more retries left";
      loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - ${terminalMessage}`);
      loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (${terminalMessage})`, formatRequestDetails({
        retryOfRequestLogID,
        url: url2,
        durationMs: headersTime - startTime,
        message: response.message
      }));
      if (response instanceof OAuthError || response instanceof SubjectTokenProviderError) {
        throw response;
      }
      if (isTimeout) {
        throw new APIConnectionTimeoutError();
      }
      throw new APIConnectionError({
        message: getConnectionErrorMessage(response),
        cause: response
      });
    }
    const specialHeaders = [...response.headers.entries()].filter(([name]) => name === "x-request-id").map(([name, value2]) => ", " + name + ": " + JSON.stringify(value2)).join("");
    const responseInfo = `[${requestLogID}${retryLogStr}${specialHeaders}] ${req.method} ${url2} ${response.ok ? "succeeded" : "failed"} with status ${response.status} in ${headersTime - startTime}ms`;
    if (!response.ok) {
      if (response.status === 401 && this._workloadIdentityAuth && security.bearerAuth && !options.__metadata?.["hasStreamingBody"] && !options.__metadata?.["workloadIdentityTokenRefreshed"]) {
        await CancelReadableStream(response.body);
        this._workloadIdentityAuth.invalidateToken();
        return this.makeRequest({
          ...options,
          __metadata: {
            ...options.__metadata,
            workloadIdentityTokenRefreshed: true
          }
        }, retriesRemaining, retryOfRequestLogID ?? requestLogID);
      }
      const shouldRetry = await this.shouldRetry(response);
      if (retriesRemaining && shouldRetry && !hasStreamingBody) {
        const retryMessage2 = `retrying, ${retriesRemaining} attempts remaining`;
        await CancelReadableStream(response.body);
        loggerFor(this).info(`${responseInfo} - ${retryMessage2}`);
        loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage2})`, formatRequestDetails({
          retryOfRequestLogID,
          url: response.url,
          status: response.status,
          headers: response.headers,
          durationMs: headersTime - startTime
        }));
        return this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID, response.headers);
      }
      const retryMessage = shouldRetry ? hasStreamingBody ? `error; streaming body cannot be retried` : `error; no more retries left` : `error; not retryable`;
      loggerFor(this).info(`${responseInfo} - ${retryMessage}`);
      const errText = await response.text().catch((err2) => castToError(err2).message);
      const errJSON = safeJSON(errText);
      const errMessage = errJSON ? void 0 : errText;
      loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage})`, formatRequestDetails({
        retryOfRequestLogID,
        url: response.url,
        status: response.status,
        headers: response.headers,
        message: errMessage,
        durationMs: Date.now() - startTime
      }));
      const err = this.makeStatusError(response.status, errJSON, errMessage, response.headers);
      throw err;
    }
    loggerFor(this).info(responseInfo);
    loggerFor(this).debug(`[${requestLogID}] response start`, formatRequestDetails({
      retryOfRequestLogID,
      url: response.url,
      status: response.status,
      headers: response.headers,
      durationMs: headersTime - startTime
    }));
    return { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
  }
  getAPIList(path2, Page2, opts) {
    return this.requestAPIList(Page2, opts && "then" in opts ? opts.then((opts2) => ({ method: "get", path: path2, ...opts2 })) : { method: "get", path: path2, ...opts });
  }
  requestAPIList(Page2, options) {
    const request2 = this.makeRequest(options, null, void 0);
    return new PagePromise(this, request2, Page2);
  }
  async fetchWithAuth(url2, init, timeout, controller, schemes = {
    bearerAuth: true,
    adminAPIKeyAuth: true
  }) {
    if (this._workloadIdentityAuth && schemes.bearerAuth) {
      const headers = init.headers;
      const authHeader = headers.get("Authorization");
      if (!authHeader || authHeader === `Bearer ${WORKLOAD_IDENTITY_API_KEY_PLACEHOLDER}`) {
        const token = await this._workloadIdentityAuth.getToken();
        headers.set("Authorization", `Bearer ${token}`);
      }
    }
    const response = await this.fetchWithTimeout(url2, init, timeout, controller);
    return response;
  }
  async fetchWithTimeout(url2, init, ms, controller) {
    const { signal, method, ...options } = init || {};
    const abort = this._makeAbort(controller);
    if (signal)
      signal.addEventListener("abort", abort, { once: true });
    const timeout = setTimeout(abort, ms);
    const isReadableBody = globalThis.ReadableStream && options.body instanceof globalThis.ReadableStream || typeof options.body === "object" && options.body !== null && Symbol.asyncIterator in options.body;
    const fetchOptions = {
      signal: controller.signal,
      ...isReadableBody ? { duplex: "half" } : {},
      method: "GET",
      ...options
    };
    if (method) {
      fetchOptions.method = method.toUpperCase();
    }
    try {
      return await this.fetch.call(void 0, url2, fetchOptions);
    } finally {
      clearTimeout(timeout);
    }
  }
  async shouldRetry(response) {
    const shouldRetryHeader = response.headers.get("x-should-retry");
    if (shouldRetryHeader === "true")
      return true;
    if (shouldRetryHeader === "false")
      return false;
    if (response.status === 408)
      return true;
    if (response.status === 409)
      return true;
    if (response.status === 429)
      return true;
    if (response.status >= 500)
      return true;
    return false;
  }
  async retryRequest(options, retriesRemaining, requestLogID, responseHeaders) {
    let timeoutMillis;
    const retryAfterMillisHeader = responseHeaders?.get("retry-after-ms");
    if (retryAfterMillisHeader) {
      const timeoutMs = parseFloat(retryAfterMillisHeader);
      if (!Number.isNaN(timeoutMs)) {
        timeoutMillis = timeoutMs;
      }
    }
    const retryAfterHeader = responseHeaders?.get("retry-after");
    if (retryAfterHeader && !timeoutMillis) {
      const timeoutSeconds = parseFloat(retryAfterHeader);
      if (!Number.isNaN(timeoutSeconds)) {
        timeoutMillis = timeoutSeconds * 1e3;
      } else {
        timeoutMillis = Date.parse(retryAfterHeader) - Date.now();
      }
    }
    if (timeoutMillis === void 0) {
      const maxRetries = options.maxRetries ?? this.maxRetries;
      timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);
    }
    await sleep(timeoutMillis);
    return this.makeRequest(options, retriesRemaining - 1, requestLogID);
  }
  calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries) {
    const initialRetryDelay = 0.5;
    const maxRetryDelay = 8;
    const numRetries = maxRetries - retriesRemaining;
    const sleepSeconds = Math.min(initialRetryDelay * Math.pow(2, numRetries), maxRetryDelay);
    const jitter = 1 - Math.random() * 0.25;
    return sleepSeconds * jitter * 1e3;
  }
  async buildRequest(inputOptions, { retryCount = 0 } = {}) {
    const options = { ...inputOptions };
    const { method, path: path2, query, defaultBaseURL } = options;
    const url2 = this.buildURL(path2, query, defaultBaseURL);
    if ("timeout" in options)
      validatePositiveInteger("timeout", options.timeout);
    options.timeout = options.timeout ?? this.timeout;
    const { bodyHeaders, body, isStreamingBody } = this.buildBody({ options });
    if (isStreamingBody) {
      inputOptions.__metadata = {
        ...inputOptions.__metadata,
        hasStreamingBody: true
      };
    }
    const reqHeaders = await this.buildHeaders({ options: inputOptions, method, bodyHeaders, retryCount });
    const req = {
      method,
      headers: reqHeaders,
      ...options.signal && { signal: options.signal },
      ...globalThis.ReadableStream && body instanceof globalThis.ReadableStream && { duplex: "half" },
      ...body && { body },
      ...this.fetchOptions ?? {},
      ...options.fetchOptions ?? {}
    };
    return { req, url: url2, timeout: options.timeout };
  }
  async buildHeaders({ options, method, bodyHeaders, retryCount }) {
    let idempotencyHeaders = {};
    if (this.idempotencyHeader && method !== "get") {
      if (!options.idempotencyKey)
        options.idempotencyKey = this.defaultIdempotencyKey();
      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;
    }
    const headers = buildHeaders([
      idempotencyHeaders,
      {
        Accept: "application/json",
        "User-Agent": this.getUserAgent(),
        "X-Stainless-Retry-Count": String(retryCount),
        ...options.timeout ? { "X-Stainless-Timeout": String(Math.trunc(options.timeout / 1e3)) } : {},
        ...getPlatformHeaders(),
        "OpenAI-Organization": this.organization,
        "OpenAI-Project": this.project
      },
      this._provider ? void 0 : await this.authHeaders(options, options.__security ?? { bearerAuth: true }),
      this._options.defaultHeaders,
      bodyHeaders,
      options.headers
    ]);
    if (!this._provider) {
      this.validateHeaders(headers, options.__security ?? { bearerAuth: true });
    }
    return headers.values;
  }
  _makeAbort(controller) {
    return () => controller.abort();
  }
  buildBody({ options }) {
    const { body, headers: rawHeaders } = options;
    if (!body) {
      if (body === void 0 && "body" in options) {
        return { ...__classPrivateFieldGet(this, _OpenAI_encoder, "f").call(this, { body, headers: buildHeaders([rawHeaders]) }), isStreamingBody: false };
      }
      return { bodyHeaders: void 0, body: void 0, isStreamingBody: false };
    }
    const headers = buildHeaders([rawHeaders]);
    const isReadableStream2 = typeof globalThis.ReadableStream !== "undefined" && body instanceof globalThis.ReadableStream;
    const isRetryableBody = !isReadableStream2 && (typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || typeof globalThis.Blob !== "undefined" && body instanceof globalThis.Blob || body instanceof URLSearchParams || body instanceof FormData);
    if (
      // Pass raw type verbatim
      ArrayBuffer.isView(body) || body instanceof ArrayBuffer || body instanceof DataView || typeof body === "string" && // Preserve legacy string encoding behavior for now
      headers.values.has("content-type") || // `Blob` is superset of `File`
      globalThis.Blob && body instanceof globalThis.Blob || // `FormData` -> `multipart/form-data`
      body instanceof FormData || // `URLSearchParams` -> `application/x-www-form-urlencoded`
      body instanceof URLSearchParams || // Send chunked stream (each chunk has own `length`)
      isReadableStream2
    ) {
      return { bodyHeaders: void 0, body, isStreamingBody: !isRetryableBody };
    } else if (typeof body === "object" && (Symbol.asyncIterator in body || Symbol.iterator in body && "next" in body && typeof body.next === "function")) {
      return {
        bodyHeaders: void 0,
        body: ReadableStreamFrom(body),
        isStreamingBody: true
      };
    } else if (typeof body === "object" && headers.values.get("content-type") === "application/x-www-form-urlencoded") {
      return {
        bodyHeaders: { "content-type": "application/x-www-form-urlencoded" },
        body: this.stringifyQuery(body),
        isStreamingBody: false
      };
    } else {
      return { ...__classPrivateFieldGet(this, _OpenAI_encoder, "f").call(this, { body, headers }), isStreamingBody: false };
    }
  }
};
_a2 = OpenAI, _OpenAI_encoder = /* @__PURE__ */ new WeakMap(), _OpenAI_instances = /* @__PURE__ */ new WeakSet(), _OpenAI_baseURLOverridden = function _OpenAI_baseURLOverridden2() {
  return this._provider !== void 0 || this.baseURL !== "https://api.openai.com/v1";
};
OpenAI.OpenAI = _a2;
OpenAI.DEFAULT_TIMEOUT = 6e5;
OpenAI.OpenAIError = OpenAIError;
OpenAI.APIError = APIError;
OpenAI.APIConnectionError = APIConnectionError;
OpenAI.APIConnectionTimeoutError = APIConnectionTimeoutError;
OpenAI.APIUserAbortError = APIUserAbortError;
OpenAI.NotFoundError = NotFoundError;
OpenAI.ConflictError = ConflictError;
OpenAI.RateLimitError = RateLimitError;
OpenAI.BadRequestError = BadRequestError;
OpenAI.AuthenticationError = AuthenticationError;
OpenAI.InternalServerError = InternalServerError;
OpenAI.PermissionDeniedError = PermissionDeniedError;
OpenAI.UnprocessableEntityError = UnprocessableEntityError;
OpenAI.InvalidWebhookSignatureError = InvalidWebhookSignatureError;
OpenAI.toFile = toFile;
OpenAI.toStreamingFile = toStreamingFile;
OpenAI.Completions = Completions2;
OpenAI.Chat = Chat;
OpenAI.Embeddings = Embeddings;
OpenAI.Files = Files2;
OpenAI.Images = Images;
OpenAI.Audio = Audio;
OpenAI.Moderations = Moderations;
OpenAI.Models = Models;
OpenAI.FineTuning = FineTuning;
OpenAI.Graders = Graders2;
OpenAI.VectorStores = VectorStores;
OpenAI.Webhooks = Webhooks;
OpenAI.Beta = Beta;
OpenAI.Batches = Batches;
OpenAI.Uploads = Uploads;
OpenAI.Admin = Admin;
OpenAI.Responses = Responses2;
OpenAI.Realtime = Realtime2;
OpenAI.Conversations = Conversations;
OpenAI.Evals = Evals;
OpenAI.Containers = Containers;
OpenAI.Skills = Skills;
OpenAI.Videos = Videos;
function getConnectionErrorMessage(error) {
  if (isUndiciDispatcherVersionMismatchError(error)) {
    return `Connection error. This may be caused by passing an undici dispatcher, such as ProxyAgent, that is incompatible with the fetch implementation. If you are using undici's ProxyAgent, pass the fetch implementation from the same undici package: import { fetch, ProxyAgent } from 'undici'; new OpenAI({ fetch, fetchOptions: { dispatcher: new ProxyAgent(...) } });`;
  }
  return void 0;
}
function isUndiciDispatcherVersionMismatchError(error) {
  let current = error;
  for (let i = 0; i < 8 && current && typeof current === "object"; i++) {
    const err = current;
    if (err.code === "UND_ERR_INVALID_ARG" && typeof err.message === "string" && err.message.includes("invalid onRequestStart method")) {
      return true;
    }
    current = err.cause;
  }
  return false;
}

// src/adapters/openai/client.ts
var OpenAIKeyMissing = class extends Error {
  constructor(variable) {
    super(`the environment variable ${variable} (apiKeyEnv) is not set or empty: pass the key to the step as env: ${variable}: \${{ secrets.${variable} }}, or export it in your shell`);
    this.variable = variable;
    this.name = "OpenAIKeyMissing";
  }
  variable;
};
var DEFAULT_TIMEOUT_MS = 6e4;
var DEFAULT_MAX_RETRIES = 2;
function createOpenAIClient(options) {
  const env = options.env ?? process.env;
  let apiKey;
  if (options.apiKeyEnv !== void 0) {
    apiKey = env[options.apiKeyEnv];
    if (!apiKey) throw new OpenAIKeyMissing(options.apiKeyEnv);
  }
  return new OpenAI({
    baseURL: options.baseURL,
    // The SDK insists on a credential; without one, a placeholder satisfies it and the null
    // Authorization header below removes it from every request.
    apiKey: apiKey ?? "no-key",
    adminAPIKey: null,
    organization: null,
    project: null,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    // OPENAI_LOG=debug would print request bodies (holdout text) into a public job log.
    logLevel: "warn",
    ...options.fetch ? { fetch: options.fetch } : {},
    defaultHeaders: { ...withoutKeyHeaders(options.defaultHeaders), ...apiKey === void 0 ? { Authorization: null } : {} }
  });
}
function withoutKeyHeaders(headers) {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !["authorization", "api-key"].includes(name.toLowerCase())));
}

// src/adapters/openai/fineTuning.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { basename as basename2 } from "node:path";
var PAGE = 100;
function fineTuningApi(client2) {
  return {
    async *listFiles(purpose) {
      for await (const file of client2.files.list({ purpose, limit: PAGE, order: "desc" })) yield file;
    },
    async uploadFile(path2, filename) {
      const file = await toFile(createReadStream2(path2), filename || basename2(path2), { type: "application/jsonl" });
      return client2.files.create({ file, purpose: "fine-tune" }, { maxRetries: 0 });
    },
    retrieveFile: (id) => client2.files.retrieve(id),
    async fileContent(id) {
      const response = await client2.files.content(id);
      return response.text();
    },
    async *listJobs(metadata) {
      for await (const job of client2.fineTuning.jobs.list({ limit: PAGE, metadata })) {
        if (Object.entries(metadata).every(([k, v]) => job.metadata?.[k] === v)) yield job;
      }
    },
    createJob: (params, extraBody) => client2.fineTuning.jobs.create({ ...params, ...extraBody }, { maxRetries: 0 }),
    retrieveJob: (id) => client2.fineTuning.jobs.retrieve(id),
    cancelJob: (id) => client2.fineTuning.jobs.cancel(id),
    async listEvents(id, after) {
      const fresh = [];
      for await (const event of client2.fineTuning.jobs.listEvents(id, { limit: PAGE })) {
        if (event.id === after) break;
        fresh.push(event);
      }
      return fresh.reverse();
    },
    async listCheckpoints(id) {
      const all = [];
      for await (const checkpoint of client2.fineTuning.jobs.checkpoints.list(id, { limit: PAGE })) all.push(checkpoint);
      return all;
    },
    async modelDates(id) {
      let model;
      try {
        model = await client2.models.retrieve(id);
      } catch (error) {
        if (error.status === 404) return void 0;
        throw error;
      }
      return { id, ...datesOf(model) };
    },
    async answers(model) {
      await client2.chat.completions.create({ model, messages: [{ role: "user", content: "ping" }], max_completion_tokens: 1 }, { maxRetries: 0 });
    }
  };
}
function datesOf(model) {
  const out = {};
  if (typeof model.shutdown_date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(model.shutdown_date)) out.shutdown = model.shutdown_date;
  const deprecation = model.deprecation;
  if (deprecation && typeof deprecation === "object") {
    const { fine_tune: fineTune, inference } = deprecation;
    if (typeof fineTune === "number" && Number.isFinite(fineTune)) out.fineTuneEnd = new Date(fineTune * 1e3).toISOString().slice(0, 10);
    if (typeof inference === "number" && Number.isFinite(inference)) out.shutdown ??= new Date(inference * 1e3).toISOString().slice(0, 10);
  }
  return out;
}

// src/adapters/openai/failure.ts
async function callApi(request2) {
  try {
    return { ok: true, value: await request2() };
  } catch (error) {
    const failure = apiFailure(error);
    if (failure.kind === "other") throw error;
    return { ok: false, failure };
  }
}
function apiFailure(error, now = Date.now()) {
  const base = { status: null, code: null, type: null, retryAfterMs: null, requestId: null };
  if (error instanceof APIUserAbortError) return { ...base, kind: "aborted", message: "the request was aborted", retryable: false };
  if (error instanceof APIConnectionTimeoutError) return { ...base, kind: "timeout", message: "no answer within the request timeout", retryable: true };
  if (error instanceof APIConnectionError) return { ...base, kind: "connection", message: connectionMessage(error), retryable: true };
  if (error instanceof APIError && typeof error.status === "number") {
    const body = error.error ?? {};
    const status = error.status;
    return {
      kind: "http",
      status,
      code: error.code ?? null,
      type: error.type ?? null,
      message: typeof body.message === "string" && body.message ? body.message : error.message,
      retryAfterMs: retryAfterMs(error.headers, now),
      retryable: status === 408 || status === 409 || status === 429 || status >= 500,
      requestId: error.requestID ?? null
    };
  }
  if (error instanceof SyntaxError) return { ...base, kind: "invalid-response", message: `the answer is not valid JSON: ${error.message}`, retryable: false };
  return { ...base, kind: "other", message: error instanceof Error ? error.message : String(error), retryable: false };
}
function retryAfterMs(headers, now) {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value2 = headers?.get("retry-after");
  if (!value2) return null;
  const seconds = Number.parseFloat(value2);
  if (/^\s*\d+(\.\d+)?\s*$/.test(value2) && Number.isFinite(seconds)) return seconds * 1e3;
  const date = Date.parse(value2);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
function connectionMessage(error) {
  const cause = error.cause;
  const detail = cause?.cause?.code ?? cause?.code ?? cause?.cause?.message ?? cause?.message;
  return detail ? `could not connect: ${detail}` : "could not connect";
}

// src/train/providers/hosted/windDown.ts
var SELF_HOSTED_SNIPPET = ["train:", "  provider: self-hosted # train.py with LoRA on your GPU runner (self-hosted-runner/README.md)", "  baseModel: meta-llama/Llama-3.1-8B-Instruct"].join("\n");
var ALTERNATIVE = "Train on your own GPU instead: set train.provider: self-hosted in the config file (self-hosted-runner/README.md)";
function cutoffsText() {
  return OPENAI_FINE_TUNING_CUTOFFS.map((c) => `${c.who} on ${c.date}`).join(", ");
}
function windDownRefusal(plan, apiMessage2) {
  const who = plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI";
  const wind = plan.provider === "azure-openai" ? "" : ` OpenAI is winding down self-serve fine-tuning and has stopped new jobs for ${cutoffsText()}.`;
  return new TrainingFailed(`${who} refused to create a fine-tuning job for ${plan.baseModel} (403 training_not_available: ${apiMessage2.trim().slice(0, 300)}).${wind} ${ALTERNATIVE}.`, void 0, SELF_HOSTED_SNIPPET);
}
function lifecycleRefusal(plan, reason) {
  return new TrainingFailed(`${plan.baseModel} cannot be fine-tuned on ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} any more: ${reason}. ${ALTERNATIVE}.`, void 0, SELF_HOSTED_SNIPPET);
}

// src/train/providers/hosted/calls.ts
var ATTEMPTS = 6;
var MAX_BACKOFF_MS = 6e4;
function makeCalls(plan, options) {
  const { log } = options;
  const backoff = (attempt, failure) => Math.min(failure.retryAfterMs ?? plan.follow.pollMs * 2 ** attempt, MAX_BACKOFF_MS);
  const fail = (what, error) => {
    const failure = apiFailure(error);
    if (failure.kind === "other") throw error;
    if (failure.status === 403 && failure.code === "training_not_available") throw windDownRefusal(plan, failure.message);
    throw new TrainingFailed(`${what} failed: ${describeFailure(failure)}`);
  };
  return {
    log,
    pollMs: plan.follow.pollMs,
    now: options.now,
    sleep: options.sleep,
    progress: options.progress ?? (() => {
    }),
    async read(what, call2) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await call2();
        } catch (error) {
          const failure = apiFailure(error);
          if (!failure.retryable || attempt >= ATTEMPTS) return fail(what, error);
          const wait = backoff(attempt, failure);
          log.warning(`${what}: ${describeFailure(failure)}; trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${ATTEMPTS})`);
          await options.sleep(wait);
        }
      }
    },
    async createOnce(what, find, create) {
      for (let attempt = 1; ; attempt++) {
        const existing = await this.read(`looking for an earlier ${what}`, find);
        if (existing !== void 0) return { value: existing, found: true };
        try {
          return { value: await create(), found: false };
        } catch (error) {
          const failure = apiFailure(error);
          if (!failure.retryable || attempt >= ATTEMPTS) return fail(what, error);
          const wait = backoff(attempt, failure);
          log.warning(`${what}: ${describeFailure(failure)}; looking for it and trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${ATTEMPTS})`);
          await options.sleep(wait);
        }
      }
    }
  };
}
function describeFailure(f) {
  const status = f.status !== null ? `HTTP ${f.status}${f.code ? ` ${f.code}` : ""}: ` : "";
  return `${status}${f.message}${f.requestId ? ` (request ${f.requestId})` : ""}`;
}

// src/adapters/azure/deployments.ts
var ARM_API_VERSION = "2024-10-01";
var ArmError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "ArmError";
  }
  status;
  code;
};
function url(request2) {
  return `${request2.managementURL.replace(/\/+$/, "")}${request2.resourceId}/deployments/${encodeURIComponent(request2.name)}?api-version=${ARM_API_VERSION}`;
}
async function call(method, request2, body) {
  const response = await (request2.fetch ?? fetch)(url(request2), {
    method,
    headers: { authorization: `Bearer ${request2.token}`, "content-type": "application/json" },
    ...body === void 0 ? {} : { body: JSON.stringify(body) }
  });
  const text2 = await response.text();
  let json = {};
  try {
    json = text2 ? JSON.parse(text2) : {};
  } catch {
    throw new ArmError(response.status, null, `Azure Resource Manager answered ${response.status} with a body that is not JSON`);
  }
  if (!response.ok) {
    const error = json.error ?? {};
    throw new ArmError(response.status, typeof error.code === "string" ? error.code : null, typeof error.message === "string" ? error.message : `HTTP ${response.status}`);
  }
  const properties = json.properties ?? {};
  return { provisioningState: typeof properties.provisioningState === "string" ? properties.provisioningState : "Unknown", model: typeof properties.model?.name === "string" ? properties.model.name : null };
}
function putDeployment(request2) {
  return call("PUT", request2, {
    sku: { name: request2.sku, capacity: request2.capacity },
    properties: { model: { format: "OpenAI", name: request2.model, version: "1" } }
  });
}
function getDeployment(request2) {
  return call("GET", request2);
}

// src/train/providers/hosted/deployment.ts
async function deployAndWait(api, calls, settings, model, env, fetchImpl) {
  const token = env[settings.tokenEnv];
  const name = settings.name;
  if (!token) {
    return { name, state: "not created", error: `the environment variable ${settings.tokenEnv} (train.openai.deployment.tokenEnv) is not set: give the step an Azure Resource Manager token (azure/login, then az account get-access-token), or deploy ${model} yourself` };
  }
  const request2 = { managementURL: settings.managementURL, resourceId: settings.resourceId, name, model, sku: settings.sku, capacity: settings.capacity, token, ...fetchImpl ? { fetch: fetchImpl } : {} };
  const deadline = calls.now() + settings.timeoutMinutes * 6e4;
  try {
    let state = await putDeployment(request2);
    calls.log.info(`Deployment ${name}: created for ${model} (${state.provisioningState})`);
    let wait2 = calls.pollMs;
    while (state.provisioningState !== "Succeeded") {
      if (["Failed", "Canceled"].includes(state.provisioningState)) return { name, state: state.provisioningState, error: `Azure Resource Manager reports the deployment as ${state.provisioningState}` };
      if (calls.now() > deadline) return { name, state: state.provisioningState, error: `still ${state.provisioningState} after ${settings.timeoutMinutes} minutes` };
      calls.progress(`deployment ${name}: ${state.provisioningState}`);
      await calls.sleep(wait2);
      wait2 = Math.min(wait2 * 1.5, 3e4);
      state = await getDeployment(request2);
    }
    calls.log.info(`Deployment ${name}: provisioned; waiting for it to answer`);
  } catch (error) {
    if (error instanceof ArmError) return { name, state: "not created", error: `Azure Resource Manager answered ${error.status}${error.code ? ` ${error.code}` : ""}: ${error.message}` };
    throw error;
  }
  let wait = calls.pollMs;
  for (; ; ) {
    try {
      await api.answers(name);
      calls.log.info(`Deployment ${name}: answers chat requests`);
      return { name, state: "answering" };
    } catch (error) {
      const failure = apiFailure(error);
      if (failure.kind === "other") throw error;
      if (calls.now() > deadline) return { name, state: "provisioned", error: `provisioned but not answering after ${settings.timeoutMinutes} minutes: ${describeFailure(failure)}` };
      calls.progress(`deployment ${name}: not answering yet (${describeFailure(failure)})`);
      await calls.sleep(wait);
      wait = Math.min(wait * 1.5, 3e4);
    }
  }
}

// src/train/providers/hosted/followJob.ts
var TERMINAL = /* @__PURE__ */ new Set(["succeeded", "failed", "cancelled"]);
var MAX_POLL_MS = 6e4;
var STATUS_TEXT = {
  validating_files: "validating the files",
  queued: "queued",
  running: "training",
  pausing: "pausing",
  paused: "paused (resume it at the provider)",
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "cancelled"
};
async function followJob(api, calls, plan, job) {
  const started = calls.now();
  let current = job;
  let lastEvent;
  let lastStatus = "";
  let wait = calls.pollMs;
  for (; ; ) {
    const events = await calls.read(`the events of job ${current.id}`, () => api.listEvents(current.id, lastEvent));
    for (const event of events) {
      calls.log.info(describeEvent(event));
      lastEvent = event.id;
      const step = stepOf(event);
      if (step) calls.progress(`job ${current.id}: step ${step.step}${step.total ? `/${step.total}` : ""}${step.loss !== null ? ` \xB7 loss ${lossText(step.loss)}` : ""}`);
    }
    if (current.status !== lastStatus) {
      lastStatus = current.status;
      calls.log.info(`job ${current.id}: ${STATUS_TEXT[current.status] ?? current.status}`);
      calls.progress(`job ${current.id}: ${STATUS_TEXT[current.status] ?? current.status}`);
    }
    if (TERMINAL.has(current.status)) return current;
    const waited = calls.now() - started;
    if (waited >= plan.follow.timeoutMs) {
      throw new TrainingFailed(
        `job ${current.id} is still ${STATUS_TEXT[current.status] ?? current.status} after ${duration(waited / 1e3)} (train.openai.timeoutMinutes); it keeps running at the provider. Run command: train again (or finetune-ci train --resume) to pick it up: no second job is created.`
      );
    }
    await calls.sleep(Math.min(wait, plan.follow.timeoutMs - waited));
    wait = Math.min(wait * 1.5, MAX_POLL_MS);
    current = await calls.read(`the status of job ${current.id}`, () => api.retrieveJob(current.id));
  }
}
function stepOf(event) {
  const data = event.data;
  if (event.type !== "metrics" || !data || typeof data.step !== "number") return void 0;
  const n = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
  return { step: data.step, total: n(data.total_steps), loss: n(data.train_loss), validLoss: n(data.full_valid_loss) ?? n(data.valid_loss) };
}
function describeEvent(event) {
  const step = stepOf(event);
  if (!step) return `${event.level === "info" ? "" : `${event.level}: `}${event.message}`;
  const parts = [step.total ? `step ${int(step.step)}/${int(step.total)} (${num(100 * step.step / step.total, 0)}%)` : `step ${int(step.step)}`];
  if (step.loss !== null) parts.push(`loss ${lossText(step.loss)}`);
  if (step.validLoss !== null) parts.push(`validation loss ${lossText(step.validLoss)}`);
  return parts.join(" \xB7 ");
}

// src/train/providers/hosted/jobIdentity.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
var META = { tool: "finetune_ci", repository: "repository", commit: "commit", dataset: "dataset_sha256", settings: "settings_sha256" };
async function fileSha256(path2) {
  const hash2 = createHash2("sha256");
  for await (const chunk of createReadStream3(path2)) hash2.update(chunk);
  return hash2.digest("hex");
}
async function datasetSha256(plan) {
  const hash2 = createHash2("sha256");
  for (const [role, files2] of [["train", plan.trainFiles], ["holdout", plan.holdoutFiles]]) {
    for (const file of files2) hash2.update(`${role}\0${await fileSha256(file)}
`);
  }
  return hash2.digest("hex");
}
function settingsSha256(plan) {
  const shaping = { provider: plan.provider, model: plan.baseModel, method: plan.method, hyperparameters: plan.hyperparameters, suffix: plan.suffix ?? null, seed: plan.seed, trainingType: plan.trainingType ?? null };
  return createHash2("sha256").update(JSON.stringify(shaping)).digest("hex");
}
async function jobIdentity(plan, source) {
  const dataset = await datasetSha256(plan);
  const settings = settingsSha256(plan);
  const match = { [META.tool]: "train", [META.dataset]: dataset, [META.settings]: settings };
  const metadata = { ...match };
  if (source.repository) metadata[META.repository] = source.repository.slice(0, 512);
  if (source.commit) metadata[META.commit] = source.commit.slice(0, 512);
  return { datasetSha256: dataset, settingsSha256: settings, match, metadata };
}

// src/train/providers/hosted/lifecycle.ts
var WARN_DAYS = 30;
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function checkLifecycle(plan, over, api, today) {
  const table2 = tableLifecycle(plan.baseModel, plan.provider) ?? {};
  const pick = (key, fromApi) => {
    if (over[key]) return [over[key], "config file (models)"];
    if (fromApi) return [fromApi, `the ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} models API`];
    if (table2[key]) return [table2[key], `finetune-ci's lifecycle table (${LIFECYCLE_TABLE_DATE})`];
    return [null, null];
  };
  const [newJobsEnd, jobsSource] = pick("newJobsEnd", api?.fineTuneEnd);
  const [retires, retiresSource] = pick("retires", api?.shutdown);
  const check = { newJobsEnd, retires, sources: { newJobsEnd: jobsSource, retires: retiresSource }, refusal: null, warnings: [] };
  if (retires && daysBetween(today, retires) <= 0) {
    check.refusal = `the snapshot retired on ${retires} (${retiresSource})`;
  } else if (newJobsEnd && daysBetween(today, newJobsEnd) < 0) {
    check.refusal = `new fine-tuning jobs ended on ${newJobsEnd} (${jobsSource})${retires ? `; the snapshot retires on ${retires}` : ""}`;
  }
  if (!check.refusal) {
    if (newJobsEnd && daysBetween(today, newJobsEnd) <= WARN_DAYS) check.warnings.push(`new fine-tuning jobs on ${plan.baseModel} end on ${newJobsEnd}, in ${daysBetween(today, newJobsEnd)} days (${jobsSource}): plan the move to provider: self-hosted`);
    if (retires && daysBetween(today, retires) <= WARN_DAYS) check.warnings.push(`${plan.baseModel}, and every model fine-tuned from it, stops serving on ${retires}, in ${daysBetween(today, retires)} days (${retiresSource})`);
  }
  return check;
}

// src/train/providers/hosted/resultFile.ts
function resultCsvText(content, source) {
  const text2 = content.replace(/^\uFEFF/, "").trim();
  if (/^step\s*,/i.test(text2)) return text2;
  const compact = text2.replace(/\s+/g, "");
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const decoded = Buffer.from(compact, "base64").toString("utf8").replace(/^\uFEFF/, "").trim();
    if (/^step\s*,/i.test(decoded)) return decoded;
  }
  throw new RunRecordError(`${source}: not a fine-tuning result file (expected a CSV whose first column is step, plain or base64-encoded); it starts with ${JSON.stringify(text2.slice(0, 40))}`);
}
function parseResultCsv(content, source) {
  const rows = resultCsvText(content, source).split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = rows[0].split(",").map((h) => h.trim());
  const column = (name) => header.indexOf(name);
  const at = { step: column("step"), loss: column("train_loss"), full: column("full_valid_loss"), valid: column("valid_loss"), fullAcc: column("full_valid_mean_token_accuracy"), validAcc: column("valid_mean_token_accuracy") };
  if (at.loss < 0) throw new RunRecordError(`${source}:1: the header has no train_loss column (${header.join(", ")})`);
  const parsed = rows.slice(1).map((row, i) => {
    const cells = row.split(",");
    const where = `${source}:${i + 2}`;
    const value2 = (index) => {
      if (index < 0) return null;
      const cell = (cells[index] ?? "").trim();
      if (cell === "") return null;
      const n = Number(cell);
      if (!Number.isFinite(n)) throw new RunRecordError(`${where}: "${header[index]}" must be a number, found ${JSON.stringify(cell)}`);
      return n;
    };
    const step = value2(at.step);
    if (step === null || !Number.isInteger(step) || step < 0) throw new RunRecordError(`${where}: "step" must be a whole number, found ${JSON.stringify(cells[at.step])}`);
    return { step, loss: value2(at.loss), full: value2(at.full), valid: value2(at.valid), fullAcc: value2(at.fullAcc), validAcc: value2(at.validAcc) };
  });
  const evalSource = parsed.some((r) => r.full !== null) ? "full_valid_loss" : parsed.some((r) => r.valid !== null) ? "valid_loss" : null;
  const lines2 = parsed.map((r) => {
    const line = { step: r.step, epoch: null, loss: r.loss, learningRate: null, numTokens: null };
    const evalLoss = evalSource === "full_valid_loss" ? r.full : evalSource === "valid_loss" ? r.valid : null;
    const accuracy = evalSource === "full_valid_loss" ? r.fullAcc : r.validAcc;
    if (evalLoss !== null) line.evalLoss = evalLoss;
    if (evalLoss !== null && accuracy !== null) line.evalTokenAccuracy = accuracy;
    return line;
  });
  return { lines: lines2, evalSource };
}
function metricsJsonl(lines2) {
  return lines2.map(
    (m) => JSON.stringify({
      step: m.step,
      epoch: m.epoch,
      loss: m.loss,
      learning_rate: m.learningRate,
      num_tokens: m.numTokens,
      ...m.evalLoss !== void 0 ? { eval_loss: m.evalLoss } : {},
      ...m.evalTokenAccuracy !== void 0 ? { eval_mean_token_accuracy: m.evalTokenAccuracy } : {}
    })
  ).map((l) => `${l}
`).join("");
}

// src/train/providers/hosted/uploads.ts
import { open as open3, stat as stat4 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/train/joinFiles.ts
import { createReadStream as createReadStream4, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { once as once2 } from "node:events";
import { dirname as dirname3 } from "node:path";
var UTF8_BOM = Buffer.from([239, 187, 191]);
async function joinFiles(paths, target, options = {}) {
  await mkdir2(dirname3(target), { recursive: true });
  const out = createWriteStream2(target);
  if (options.prefix) out.write(options.prefix);
  for (const path2 of paths) {
    let last = 10;
    let first = true;
    for await (let chunk of createReadStream4(path2)) {
      if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      first = false;
      if (chunk.length > 0) last = chunk[chunk.length - 1];
      if (!out.write(chunk)) await once2(out, "drain");
    }
    if (last !== 10) out.write("\n");
  }
  out.end();
  await once2(out, "close");
  return target;
}

// src/train/providers/hosted/uploads.ts
var MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
async function startsWithBom(path2) {
  const handle = await open3(path2, "r");
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && head.equals(UTF8_BOM);
  } finally {
    await handle.close();
  }
}
async function prepareFile(plan, role, sources, tempDir) {
  const bom = plan.provider === "azure-openai";
  let path2 = sources[0];
  if (sources.length > 1 || bom && !await startsWithBom(path2)) {
    path2 = await joinFiles(sources, join2(tempDir, `finetune-ci-${role}.jsonl`), bom ? { prefix: UTF8_BOM } : {});
  }
  const size = (await stat4(path2)).size;
  if (size >= MAX_UPLOAD_BYTES) {
    throw new TrainingFailed(
      `the ${role} file is ${bytes(size)} (${sources.join(", ")}${bom ? ", with the byte-order mark Azure asks for" : ""}); ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} takes fine-tuning files under 512 MB. Split it (finetune-ci split) or train on your own GPU (train.provider: self-hosted), which has no such limit.`
    );
  }
  const sha256 = await fileSha256(path2);
  return { role, path: path2, sources, size, sha256, filename: `finetune-ci-${role}-${sha256.slice(0, 40)}.jsonl` };
}
async function uploadOnce(api, calls, prepared) {
  const find = async () => {
    for await (const file2 of api.listFiles("fine-tune")) {
      if (file2.filename === prepared.filename && file2.bytes === prepared.size && file2.status !== "error") return file2;
    }
    return void 0;
  };
  const { value: file, found } = await calls.createOnce(`upload of the ${prepared.role} file`, find, () => api.uploadFile(prepared.path, prepared.filename));
  calls.log.info(found ? `${prepared.role} file: already uploaded as ${file.id} (${prepared.filename})` : `${prepared.role} file: uploaded ${bytes(prepared.size)} as ${file.id} (${prepared.filename})`);
  return waitProcessed(api, calls, file, prepared);
}
async function waitProcessed(api, calls, file, prepared) {
  let current = file;
  let wait = Math.min(calls.pollMs, 2e3);
  const deadline = calls.now() + 30 * 6e4;
  for (; ; ) {
    const status = current.status;
    if (status === "processed") return current;
    if (status === "error") {
      throw new TrainingFailed(`the provider rejected the ${prepared.role} file ${current.id} (${prepared.sources.join(", ")}): ${current.status_details ?? "no details given"}`);
    }
    if (calls.now() > deadline) throw new TrainingFailed(`the ${prepared.role} file ${current.id} was still "${status}" after 30 minutes; run again later (it will not be uploaded twice)`);
    calls.progress(`waiting for the ${prepared.role} file ${current.id} to be processed (${status})`);
    await calls.sleep(wait);
    wait = Math.min(wait * 1.5, 1e4);
    current = await calls.read(`the ${prepared.role} file's status`, () => api.retrieveFile(current.id));
  }
}

// src/train/providers/hosted/hostedProvider.ts
var realSleep = (ms) => new Promise((resolve11) => setTimeout(resolve11, ms));
function hostedProvider(name, deps = {}) {
  return {
    name,
    async train(plan, io) {
      if (plan.provider !== name) throw new Error(`the ${name} provider was given a ${plan.provider} plan`);
      return trainHosted(plan, io, deps);
    }
  };
}
async function trainHosted(plan, io, deps) {
  const api = fineTuningApi(client(plan, io));
  const calls = makeCalls(plan, { log: io.log, now: () => io.now().getTime(), sleep: deps.sleep ?? realSleep, ...io.progress ? { progress: io.progress } : {} });
  const identity2 = await jobIdentity(plan, io.source);
  io.log.info(`Looking for a job for this dataset (sha256 ${identity2.datasetSha256.slice(0, 12)}\u2026) and settings (sha256 ${identity2.settingsSha256.slice(0, 12)}\u2026) at ${plan.api.baseURL}`);
  const today = io.now().toISOString().slice(0, 10);
  let job = await calls.read("the list of fine-tuning jobs", () => usableJob(api, identity2, io));
  const resumed = job !== void 0;
  let lifecycle;
  if (job) {
    io.log.info(`Resuming job ${job.id} (${STATUS_TEXT[job.status] ?? job.status}), created ${new Date(job.created_at * 1e3).toISOString()}${job.metadata?.commit ? ` for ${job.metadata.commit.slice(0, 7)}` : ""}: nothing is uploaded and no job is created`);
  } else {
    if (io.resumeOnly) throw new TrainingFailed(`no ${plan.provider} fine-tuning job exists for this dataset and these settings (dataset sha256 ${identity2.datasetSha256.slice(0, 12)}\u2026): nothing to resume; run without --resume to start one`);
    lifecycle = checkLifecycle(plan, plan.modelOverride, await modelDates(api, calls, plan), today);
    if (lifecycle.refusal) throw lifecycleRefusal(plan, lifecycle.refusal);
    for (const warning of lifecycle.warnings) io.log.warning(warning);
    job = await createJob(api, calls, plan, identity2, io);
  }
  if (!plan.follow.wait && !["succeeded", "failed", "cancelled"].includes(job.status)) {
    io.log.info(`Not waiting for job ${job.id} (train.openai.wait: false): run command: train again, or finetune-ci train --resume, to pick it up`);
    return { pending: true, provider: plan.provider, baseModel: plan.baseModel, jobId: job.id, status: job.status, resumed };
  }
  const final = await followJob(api, calls, plan, job);
  if (final.status === "failed") {
    const e = final.error;
    throw new TrainingFailed(`fine-tuning job ${final.id} failed: ${e?.message ?? "the API gave no reason"}${e?.code ? ` (${e.code}${e.param ? `, ${e.param}` : ""})` : ""}`);
  }
  if (final.status === "cancelled") throw new TrainingFailed(`fine-tuning job ${final.id} was cancelled at the provider; run again to start a new one`);
  if (!final.fine_tuned_model) throw new TrainingFailed(`fine-tuning job ${final.id} succeeded but names no fine_tuned_model`);
  lifecycle ??= checkLifecycle(plan, plan.modelOverride, await modelDates(api, calls, plan), today);
  return succeeded(api, calls, plan, final, resumed, lifecycle, io, deps);
}
function client(plan, io) {
  try {
    return createOpenAIClient({ baseURL: plan.api.baseURL, apiKeyEnv: plan.api.apiKeyEnv, env: io.env });
  } catch (error) {
    if (error instanceof OpenAIKeyMissing) throw new TrainingFailed(`${error.message} (train.openai.apiKeyEnv)`);
    throw error;
  }
}
async function usableJob(api, identity2, io) {
  for await (const job of api.listJobs(identity2.match)) {
    if (job.status !== "failed" && job.status !== "cancelled") return job;
    io.log.info(`An earlier job for this dataset, ${job.id}, ${job.status}${job.error?.message ? ` (${job.error.message})` : ""}: it is not reused`);
  }
  return void 0;
}
async function modelDates(api, calls, plan) {
  try {
    return await calls.read(`the model ${plan.baseModel}`, () => api.modelDates(plan.baseModel));
  } catch (error) {
    if (!(error instanceof TrainingFailed) || error.alternative) throw error;
    calls.log.warning(`${error.message}; using the lifecycle table's dates`);
    return void 0;
  }
}
async function createJob(api, calls, plan, identity2, io) {
  const train = await uploadOnce(api, calls, await prepareFile(plan, "train", plan.trainFiles, io.tempDir));
  const validation = plan.holdoutFiles.length > 0 ? await uploadOnce(api, calls, await prepareFile(plan, "validation", plan.holdoutFiles, io.tempDir)) : void 0;
  const { beta, ...common } = plan.hyperparameters;
  const method = plan.method === "dpo" ? { type: "dpo", dpo: { hyperparameters: { ...common, ...beta !== void 0 ? { beta } : {} } } } : { type: "supervised", supervised: { hyperparameters: common } };
  const params = {
    model: plan.baseModel,
    training_file: train.id,
    ...validation ? { validation_file: validation.id } : {},
    method,
    seed: plan.seed,
    metadata: identity2.metadata,
    ...plan.suffix ? { suffix: plan.suffix } : {}
  };
  const extra = plan.trainingType ? { trainingType: plan.trainingType } : void 0;
  const { value: job, found } = await calls.createOnce(
    "creation of the fine-tuning job",
    () => usableJob(api, identity2, io),
    () => api.createJob(params, extra)
  );
  io.log.info(found ? `Job ${job.id} was created by an earlier attempt whose answer was lost: following it` : `Created job ${job.id} on ${plan.baseModel}${plan.trainingType ? ` (trainingType ${plan.trainingType})` : ""}`);
  return job;
}
async function succeeded(api, calls, plan, job, resumed, lifecycle, io, deps) {
  const model = job.fine_tuned_model;
  await mkdir3(plan.outputDir, { recursive: true });
  const keep = ["job.json"];
  await writeFile2(join3(plan.outputDir, "job.json"), `${JSON.stringify(job, null, 2)}
`);
  let metrics = { lines: [], evalSource: null };
  const resultId = job.result_files[0];
  if (resultId) {
    const content = await calls.read(`the result file ${resultId}`, () => api.fileContent(resultId));
    try {
      metrics = parseResultCsv(content, `result file ${resultId}`);
    } catch (error) {
      if (!(error instanceof RunRecordError)) throw error;
      throw new TrainingFailed(`job ${job.id} succeeded (model ${model}), but its ${error.message}`);
    }
    await writeFile2(join3(plan.outputDir, "results.csv"), `${resultCsvText(content, `result file ${resultId}`)}
`);
    await writeFile2(join3(plan.outputDir, "metrics.jsonl"), metricsJsonl(metrics.lines));
    keep.push("results.csv", "metrics.jsonl");
  } else {
    io.log.warning(`job ${job.id} left no result file: the report has no loss figures`);
  }
  const checkpoints = await calls.read(`the checkpoints of job ${job.id}`, () => api.listCheckpoints(job.id));
  await writeFile2(join3(plan.outputDir, "checkpoints.json"), `${JSON.stringify(checkpoints, null, 2)}
`);
  keep.push("checkpoints.json");
  const deployment = plan.deployment ? await deployAndWait(api, calls, plan.deployment, model, io.env, deps.fetch) : null;
  if (deployment?.error) io.log.warning(`Deployment ${deployment.name}: ${deployment.error}`);
  const lines2 = metrics.lines;
  const losses = lines2.map((m) => m.loss).filter((l) => l !== null);
  const evals = lines2.filter((m) => m.evalLoss !== void 0);
  const seconds = job.finished_at ? Math.max(0, job.finished_at - job.created_at) : 0;
  const epochs = job.method?.supervised?.hyperparameters?.n_epochs ?? job.method?.dpo?.hyperparameters?.n_epochs ?? job.hyperparameters.n_epochs;
  const hosted = {
    jobId: job.id,
    resumed,
    trainingType: plan.trainingType ?? null,
    epochs: typeof epochs === "number" ? epochs : null,
    checkpoints: checkpoints.map((c) => ({ id: c.id, step: c.step_number, model: c.fine_tuned_model_checkpoint, trainLoss: c.metrics.train_loss ?? null, validLoss: c.metrics.full_valid_loss ?? c.metrics.valid_loss ?? null })),
    evalSource: metrics.evalSource,
    servesUntil: lifecycle.retires,
    deployment
  };
  return {
    provider: plan.provider,
    model,
    baseModel: job.model,
    method: plan.method,
    quantization: "none",
    adapterPath: null,
    mergedPath: null,
    outputDir: plan.outputDir,
    keep,
    metrics: lines2,
    steps: Math.max(0, ...lines2.map((m) => m.step), ...checkpoints.map((c) => c.step_number)),
    trainedTokens: job.trained_tokens ?? 0,
    trainSeconds: seconds,
    wallSeconds: seconds,
    // The job's time includes its queue: tokens per second from it would say nothing about training speed.
    tokensPerSecond: null,
    finalTrainLoss: losses.at(-1) ?? null,
    meanTrainLoss: losses.length ? losses.reduce((a, b) => a + b, 0) / losses.length : null,
    finalEvalLoss: evals.at(-1)?.evalLoss ?? null,
    hardware: { gpus: 0, gpuName: null, peakGpuMemoryBytes: null },
    versions: {},
    hosted
  };
}

// src/adapters/github/mergedPullRequest.ts
async function mergedPullRequestFor(octokit, repo, sha) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha, per_page: 100 });
  const pulls = data;
  const pick = pulls.find((p) => p.merge_commit_sha === sha) ?? pulls.find((p) => p.merged_at) ?? pulls[0];
  return pick ? { number: pick.number, url: pick.html_url } : void 0;
}

// src/report/lineChart.ts
var ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth"];
function lineChart(chart2) {
  const block = mermaidXyChart({
    title: chart2.title,
    x: { title: chart2.x.title, labels: chart2.x.values },
    y: { title: chart2.y.title },
    series: chart2.series.map((s) => ({ kind: "line", values: s.values.map(chartValue) }))
  });
  const names = chart2.series.map((s, i) => `${ORDINAL[i] ?? `${i + 1}th`} line: **${s.name}**`);
  return [block, "", `Lines: ${names.join("; ")}.${chart2.note ? ` ${chart2.note}` : ""}`];
}

// src/train/report/markdown.ts
var PROVIDER_NAME = { "self-hosted": "a self-hosted runner", openai: "OpenAI", "azure-openai": "Azure OpenAI" };
function renderTrainingMarkdown(report) {
  const { model, run, loss, dataset, hosted } = report;
  const out = [];
  out.push(markdownHeading("training report", void 0, 2), "");
  const how = model.lora ? `${model.method.toUpperCase()}, ${model.quantization === "4bit" ? "QLoRA 4-bit" : "LoRA"}` : model.method.toUpperCase();
  out.push(
    `Fine-tuned **${inlineText(model.base)}** (${how}) on ${int(dataset.trainExamples)} examples on ${PROVIDER_NAME[report.provider]}${hosted ? `: the new model is **${inlineText(model.name)}**` : ""}${report.commit ? ` (at ${report.commit.slice(0, 7)})` : ""}.`,
    ""
  );
  out.push(artifactLine(report), "");
  const rows = [["Base model", inlineText(model.base)]];
  if (hosted) {
    rows.push(["Fine-tuned model", `\`${inlineText(model.name)}\``]);
    rows.push(["Job", `${inlineText(hosted.jobId)}${hosted.resumed ? " (started by an earlier run and picked up by this one)" : ""}${hosted.trainingType ? `, trainingType ${inlineText(hosted.trainingType)}` : ""}`]);
    rows.push(["Method", `${model.method.toUpperCase()}, ${num(run.epochs, 0)} epochs`]);
  } else if (model.lora) {
    rows.push(["Method", `${model.method.toUpperCase()}, LoRA r ${model.lora.r}, alpha ${model.lora.alpha}, dropout ${model.lora.dropout}, quantization ${model.quantization}`]);
  }
  rows.push(
    ["Data", `${files(dataset.trainFiles)} (${int(dataset.trainExamples)} examples)${dataset.holdoutFiles.length ? `; holdout ${files(dataset.holdoutFiles)} (${int(dataset.holdoutExamples)})` : "; no holdout"}`],
    ["Steps", hosted ? int(run.steps) : `${int(run.steps)} (${num(run.epochs, run.epochs % 1 === 0 ? 0 : 2)} epochs configured)`],
    ["Tokens trained", `${int(run.trainedTokens)}${run.tokensPerSecond !== null ? ` (${int(run.tokensPerSecond)} tokens/s)` : ""}`],
    ["Time", hosted ? `${duration(run.wallSeconds)} from the job's creation to its end (queue included)` : `${duration(run.trainSeconds)} training, ${duration(run.wallSeconds)} in all (loading included)`]
  );
  if (report.examples) rows.push(["Examples trained", examplesText(report.examples.train, "train") + (report.examples.eval ? `; ${examplesText(report.examples.eval, "holdout")}` : "")]);
  if (!hosted) rows.push(["Hardware", run.gpus > 0 ? `${run.gpus} \xD7 ${inlineText(run.gpuName ?? "GPU")}${run.peakGpuMemoryBytes !== null ? `, peak ${num(run.peakGpuMemoryBytes / 2 ** 30, 1)} GiB` : ""}` : "CPU only (no GPU visible to the job)"]);
  rows.push(["Final loss", `train ${lossOrDash(loss.finalTrain)} \xB7 eval ${lossOrDash(loss.finalEval)}${hosted?.evalSource ? ` (${inlineText(hosted.evalSource)})` : ""}`]);
  if (hosted) {
    rows.push(["Serves until", hosted.servesUntil ? `${hosted.servesUntil}: the base snapshot's retirement ends its fine-tunes too` : "no date announced"]);
    if (hosted.checkpoints.length) rows.push(["Checkpoints", hosted.checkpoints.map((c) => `step ${int(c.step)}: \`${inlineText(c.model, 200)}\``).join("; ")]);
    if (hosted.deployment) rows.push(["Deployment", `${inlineText(hosted.deployment.name)}: ${inlineText(hosted.deployment.state)}${hosted.deployment.error ? ` (${inlineText(hosted.deployment.error, 300)})` : ""}`]);
  }
  if (model.adapterPath) rows.push(["Adapter on the runner", inlineText(model.adapterPath)]);
  if (model.mergedPath) rows.push(["Merged model on the runner", inlineText(model.mergedPath)]);
  out.push(markdownTable2({ header: ["", ""], rows }, { cells: "markdown" }), "");
  const dropped = report.examples ? [report.examples.train, report.examples.eval].filter((a) => a && a.droppedExamples > 0) : [];
  if (dropped.length) {
    out.push(`> [!WARNING]
> ${dropped.map((a) => `${int(a.droppedExamples)} of ${int(a.examples)} examples were left out: every assistant token lies past maxLength ${int(a.maxLength)} (first at ${places(a.droppedAt)})`).join("; ")}. Raise train.maxLength (the longest example has ${int(Math.max(...dropped.map((a) => a.longestExampleTokens)))} tokens) or shorten them.`, "");
  }
  if (loss.chart) out.push("### Loss", "", ...chart(loss.chart), "");
  out.push("### Cost", "", ...report.cost.kind === "tokens" ? tokenCostTable(report.cost) : costTable2(report, report.cost), "");
  out.push(markdownFooter(report.tool, [report.generatedAt]), "");
  return out.join("\n");
}
function artifactLine(report) {
  const a = report.artifact;
  const hosted = report.hosted !== null;
  if (a === null) return hosted ? "This report is part of the run's artifact, beside job.json, metrics.jsonl, results.csv and checkpoints.json." : "This report is part of the run's artifact, beside the adapter, metrics.jsonl, run.json and run.yaml.";
  if (a.uploaded) {
    const name = a.url ? `[${inlineText(a.name)}](${a.url})` : `**${inlineText(a.name)}**`;
    return `${hosted ? "Run records" : "Adapter and run records"}: artifact ${name} (id ${a.id}, ${bytes(a.bytes)}).`;
  }
  return `> [!WARNING]
> The ${hosted ? "run records were" : "adapter was"} not uploaded as an artifact: ${inlineText(a.reason, 500)}`;
}
function chart(c) {
  const series = [{ name: c.trainSeries, values: c.train }, ...c.eval && c.evalSeries ? [{ name: c.evalSeries, values: c.eval }] : []];
  return lineChart({
    title: `Loss by ${c.axis === "evaluation" ? "evaluation" : "step"}`,
    x: { title: c.xLabel, values: c.x },
    y: { title: "loss" },
    series,
    ...c.skipped > 0 ? { note: `${int(c.skipped)} logged steps are left out to keep the chart readable; metrics.jsonl has them all.` } : {}
  });
}
function tokenCostTable(cost) {
  const { actual, estimate } = cost;
  const price = actual.usdPerMillion === null ? "no known price" : `${usd(actual.usdPerMillion)} per million tokens`;
  const rows = [[`This job (trained tokens \xD7 ${price})`, int(actual.trainedTokens), actual.usd === null ? "\u2013" : usd(actual.usd)]];
  if (estimate) {
    rows.push([`Review's estimate (charged tokens, ${epochText(estimate.epochs)}${estimate.epochs !== estimate.reviewEpochs ? `; scaled from the ${epochText(estimate.reviewEpochs)} it priced` : ""})`, int(Math.round(estimate.chargedTokens)), estimate.usd === null ? "\u2013" : usd(estimate.usd)]);
  }
  const table2 = markdownTable2({ header: ["", "Tokens", "Cost"], rows, align: [void 0, "right", "right"] }, { cells: "markdown" });
  const notes = [
    estimate?.tokensRatio != null ? `Actual against estimate: tokens \xD7${num(estimate.tokensRatio, 2)}.` : estimate ? void 0 : "The review gave no token estimate to compare with.",
    `Price: ${inlineText(actual.priceSource)}.`
  ].filter(Boolean);
  return [table2, "", notes.join(" ")];
}
function costTable2(report, cost) {
  const { actual, estimate } = cost;
  const held = actual.gpus > 0 ? `${actual.gpus} \xD7 ${inlineText(actual.gpu)} at ${usd(actual.usdPerHour)}/h for ${duration(actual.wallSeconds)}` : `no GPU; priced at ${usd(actual.usdPerHour)} per ${inlineText(actual.gpu)}-hour`;
  const rows = [[`This run (${held})`, gpuHours(actual.gpuHours), usd(actual.usd), int(report.run.trainedTokens)]];
  if (estimate) {
    rows.push([
      `Review's estimate (${inlineText(estimate.gpu)} at ${usd(estimate.usdPerHour)}/h, ${Math.round(estimate.utilisation * 100)}% utilisation, ${epochText(estimate.epochs)}${estimate.epochs !== estimate.reviewEpochs ? `; scaled from the ${epochText(estimate.reviewEpochs)} it priced` : ""})`,
      gpuHours(estimate.gpuHours),
      usd(estimate.usd),
      int(estimate.trainedTokens)
    ]);
  }
  const table2 = markdownTable2({ header: ["", "GPU-hours", "Cost", "Tokens"], rows, align: [void 0, "right", "right", "right"] }, { cells: "markdown" });
  if (!estimate) return [table2, "", "The review gave no self-hosted estimate to compare with."];
  const ratios = [
    estimate.gpuHoursRatio !== null ? `GPU-hours \xD7${num(estimate.gpuHoursRatio, 2)} the estimate` : void 0,
    estimate.tokensRatio !== null ? `tokens \xD7${num(estimate.tokensRatio, 2)}` : void 0
  ].filter(Boolean);
  const notes = [
    ratios.length ? `Actual against estimate: ${ratios.join(", ")}.` : void 0,
    "The estimate counts training FLOPs at an assumed utilisation with OpenAI's tokenizer; the run is billed for the whole time it held the GPUs, loading included."
  ].filter(Boolean);
  return [table2, "", notes.join(" ")];
}
function examplesText(a, split) {
  const cut2 = [a.truncatedExamples ? `${int(a.truncatedExamples)} truncated to ${int(a.maxLength)} tokens (first at ${places(a.truncatedAt)})` : "", a.droppedExamples ? `${int(a.droppedExamples)} dropped` : ""].filter(Boolean);
  return `${split}: ${int(a.trainedExamples)} of ${int(a.examples)}${cut2.length ? `, ${cut2.join(", ")}` : ", none cut by maxLength"}`;
}
function places(at) {
  const shown2 = at.slice(0, 3).map((p) => `${inlineText(p.file, 120)}:${p.line}`);
  return at.length > 3 ? `${shown2.join(", ")}\u2026` : shown2.join(", ");
}
function files(paths) {
  const shown2 = paths.slice(0, 3).map((p) => inlineText(p, 120));
  return paths.length > 3 ? `${shown2.join(", ")} and ${paths.length - 3} more` : shown2.join(", ");
}
function epochText(epochs) {
  return `${num(epochs, epochs % 1 === 0 ? 0 : 2)} epoch${epochs === 1 ? "" : "s"}`;
}
function lossOrDash(v) {
  return v === null ? "\u2013" : lossText(v);
}
function gpuHours(h) {
  if (h === 0) return "0";
  return h < 0.01 ? h.toPrecision(2) : num(h, 2);
}
function renderPendingMarkdown(pending, meta) {
  return [
    markdownHeading("training started", void 0, 2),
    "",
    `${pending.resumed ? "Found" : "Started"} fine-tuning job **${inlineText(pending.jobId)}** on ${PROVIDER_NAME[pending.provider]} for **${inlineText(pending.baseModel)}**${meta.commit ? ` (at ${meta.commit.slice(0, 7)})` : ""}; its status is ${inlineText(pending.status)}.`,
    "",
    "Not waited for (`train.openai.wait: false`). Run `command: train` again, or `finetune-ci train --resume` from a checkout of this commit, to follow it to the end: the same job is picked up, no second one is created.",
    "",
    markdownFooter({ name: "finetune-ci", version: meta.version }, [meta.generatedAt]),
    ""
  ].join("\n");
}

// src/train/report/trainingReport.ts
var TRAINING_REPORT_SCHEMA_VERSION = 1;
function buildTrainingReport(input) {
  const { plan, result, review } = input;
  return {
    ...reportHeader(TRAINING_REPORT_SCHEMA_VERSION, input.version, input.generatedAt),
    provider: result.provider,
    commit: input.commit,
    model: {
      name: result.model,
      base: result.baseModel,
      method: result.method,
      quantization: result.quantization,
      lora: plan.provider === "self-hosted" ? plan.lora : null,
      adapterPath: result.adapterPath,
      mergedPath: result.mergedPath
    },
    dataset: {
      trainFiles: input.files.train,
      holdoutFiles: input.files.holdout,
      trainExamples: review.stats.trainExamples,
      holdoutExamples: review.stats.holdoutExamples,
      warnings: review.summary.warnings
    },
    run: {
      steps: result.steps,
      epochs: result.hosted?.epochs ?? plan.epochs,
      trainedTokens: result.trainedTokens,
      tokensPerSecond: result.tokensPerSecond,
      trainSeconds: result.trainSeconds,
      wallSeconds: result.wallSeconds,
      gpus: result.hardware.gpus,
      gpuName: result.hardware.gpuName,
      peakGpuMemoryBytes: result.hardware.peakGpuMemoryBytes
    },
    loss: { finalTrain: result.finalTrainLoss, meanTrain: result.meanTrainLoss, finalEval: result.finalEvalLoss, chart: lossChart(result.metrics) },
    cost: input.cost,
    examples: result.data ?? null,
    hosted: result.hosted ?? null,
    artifact: input.artifact
  };
}
var MAX_POINTS = 60;
function lossChart(metrics) {
  const evals = metrics.filter((m) => m.evalLoss !== void 0);
  if (evals.length >= 2) {
    const x = [];
    const train = [];
    const evalLoss = [];
    let from = 0;
    for (const e of evals) {
      const window2 = metrics.filter((m) => m.step > from && m.step <= e.step && m.loss !== null).map((m) => m.loss);
      from = e.step;
      if (window2.length === 0) continue;
      x.push(e.step);
      train.push(window2.reduce((a, b) => a + b, 0) / window2.length);
      evalLoss.push(e.evalLoss);
    }
    if (x.length >= 2) {
      return { axis: "evaluation", xLabel: "step", x, train, eval: evalLoss, trainSeries: "train loss (mean since the previous evaluation)", evalSeries: "eval loss (holdout)", skipped: 0 };
    }
  }
  const points = metrics.filter((m) => m.loss !== null);
  if (points.length === 0) return null;
  const kept = evenly(points, MAX_POINTS);
  return { axis: "step", xLabel: "step", x: kept.map((m) => m.step), train: kept.map((m) => m.loss), eval: null, trainSeries: "train loss", evalSeries: null, skipped: points.length - kept.length };
}
function evenly(items, n) {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round(i * (items.length - 1) / (n - 1))]);
}

// src/train/trainAfterMerge.ts
var TRAIN_COMMENT_MARKER = "train";
var PROVIDERS = {
  "self-hosted": selfHostedProvider,
  openai: hostedProvider("openai"),
  "azure-openai": hostedProvider("azure-openai")
};
var TrainingRefused = class extends Error {
  constructor(refusal) {
    super([refusal.summary, ...refusal.lines.map((l) => `  ${l}`)].join("\n"));
    this.refusal = refusal;
    this.name = "TrainingRefused";
  }
  refusal;
};
async function trainAfterMerge(context, options = {}) {
  const { settings, log, runner: runner2 } = context;
  const provider = PROVIDERS[settings.train.provider];
  if (!provider) throw new SettingsError(`train.provider: "${settings.train.provider}" is not a provider of this version (known: ${Object.keys(PROVIDERS).join(", ")})`);
  const files2 = await selectDatasets(settings, runner2.workspace);
  const plan = files2.discovery ? void 0 : planTraining(settings, files2, { workspace: runner2.workspace, actionRoot: context.actionRoot });
  const review = await inGroup(log, "Dataset review", () => reviewBeforeTraining(context, files2));
  const refusal = trainingRefusal(review);
  if (refusal) {
    const markdown2 = refusalMarkdown(refusal, review);
    await context.summary.append(markdown2);
    await postComment(context, markdown2);
    throw new TrainingRefused(refusal);
  }
  if (!plan) {
    const discovery = files2.discovery;
    const found = discovery.train.length + discovery.holdout.length;
    await context.summary.append(`## finetune-ci: nothing trained

${renderReviewMarkdown(review, MARKDOWN_OPTIONS)}
`);
    throw new SettingsError(
      `train: no datasets are configured, and training runs only on files the config names. ${discoverySummary(discovery)}${found ? `
${pinSnippet(discovery)}` : ""}`
    );
  }
  const today = context.now().toISOString().slice(0, 10);
  const price = isHosted(plan) ? modelFacts(plan.baseModel, settings.models, today) : void 0;
  if (price) {
    const estimate = price.price ? usd(review.cost.chargedTokens / 1e6 * price.price.trainingPerMillion) : "no known price";
    log.info(`Estimated training cost on ${provider.name}: ${estimate} for ${int(review.cost.chargedTokens)} charged tokens (${review.cost.epochs} epochs by ${review.cost.epochsRule.split(":")[0]}; this job trains ${plan.epochs})`);
  }
  const tempDir = join4(runner2.temp, `finetune-ci-train-${process.pid}`);
  let outcome;
  try {
    outcome = await inGroup(
      log,
      `Training ${plan.baseModel} (${provider.name})`,
      () => provider.train(plan, {
        log,
        env: context.env,
        tempDir,
        workspace: runner2.workspace,
        source: { repository: runner2.repository, commit: runner2.sha },
        now: () => context.now(),
        ...options.progress ? { progress: options.progress } : {},
        ...options.resumeOnly ? { resumeOnly: true } : {}
      })
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alternative = error instanceof TrainingFailed && error.alternative ? `
${codeBlock(error.alternative, "yaml")}
` : "";
    await context.summary.append(`## finetune-ci: training failed

${inlineText(message, 2e3)}
${alternative}`);
    throw error;
  }
  if (isPending(outcome)) {
    const pending = outcome;
    context.outputs.set("provider", pending.provider);
    context.outputs.set("job-id", pending.jobId);
    context.outputs.set("job-status", pending.status);
    const markdown2 = renderPendingMarkdown(pending, { commit: runner2.sha || null, version: context.version, generatedAt: context.now().toISOString() });
    await context.summary.append(markdown2);
    return { pending, pullRequest: await postComment(context, markdown2) };
  }
  const result = outcome;
  const cost = plan.provider === "self-hosted" ? compareWithEstimate(
    actualCost({ wallSeconds: result.wallSeconds, gpus: result.hardware.gpus, gpu: plan.pricing.gpu, usdPerHour: plan.pricing.usdPerHour }),
    result.trainedTokens,
    review.cost.selfHosted,
    { review: review.cost.epochs, train: plan.maxSteps === void 0 ? plan.epochs : null }
  ) : compareTokenCost(
    result.trainedTokens,
    { usdPerMillion: price?.price?.trainingPerMillion ?? null, source: price?.priceSource ?? "none" },
    { chargedTokens: review.cost.chargedTokens, epochs: review.cost.epochs },
    result.hosted?.epochs ?? plan.epochs
  );
  const commit = runner2.sha || null;
  const generatedAt = context.now().toISOString();
  const reportWith = (artifact2) => buildTrainingReport({ plan, result, review, cost, artifact: artifact2, files: files2, commit, version: context.version, generatedAt });
  let uploadError;
  const artifact = await inGroup(
    log,
    `Artifact ${plan.artifact.name}`,
    () => keepOutputs(context, plan, result, reportWith(null)).catch((error) => {
      uploadError = error instanceof Error ? error : new Error(String(error));
      return { uploaded: false, name: plan.artifact.name, reason: `the upload failed: ${uploadError.message}` };
    })
  );
  const report = reportWith(artifact);
  if (artifact.uploaded) log.info(`Uploaded artifact ${artifact.name} (id ${artifact.id}, ${artifact.bytes} bytes)`);
  else log.warning(`Artifact ${artifact.name} not uploaded: ${artifact.reason}`);
  setOutputs(context, report, result);
  const markdown = renderTrainingMarkdown(report);
  await context.summary.append(markdown);
  const pullRequest = await postComment(context, markdown);
  if (uploadError) throw new TrainingFailed(`training finished and was reported, but the adapter could not be uploaded as artifact ${plan.artifact.name}: ${uploadError.message}`);
  const deployment = result.hosted?.deployment;
  if (deployment?.error) throw new TrainingFailed(`training finished and was reported (model ${result.model}), but deployment ${deployment.name} is not answering: ${deployment.error}`);
  return { report, result, pullRequest };
}
async function reviewBeforeTraining(context, files2) {
  const { settings, runner: runner2, log } = context;
  const now = context.now();
  const all = asDatasetFiles(files2);
  const report = await reviewInWorker(
    {
      settings,
      files: all,
      // Paths stay as the user wrote them in the report; their bytes are read from the workspace.
      sources: Object.fromEntries(all.map((f) => [f.path, resolve5(runner2.workspace, f.path)])),
      today: now.toISOString().slice(0, 10),
      generatedAt: now.toISOString(),
      version: context.version,
      fileNotes: files2.notes,
      ...files2.discovery ? { discovery: files2.discovery } : {}
    },
    context.workers
  );
  const s = report.summary;
  log.info(`Reviewed ${s.files} file(s): ${s.examples} examples, ${s.errors} error(s), ${s.warnings} warning(s)`);
  return report;
}
async function keepOutputs(context, plan, result, report) {
  if (!result.outputDir) return { uploaded: false, name: plan.artifact.name, reason: "the provider produced no files to keep" };
  await mkdir4(result.outputDir, { recursive: true });
  await writeFile3(join4(result.outputDir, "training-report.md"), renderTrainingMarkdown(report));
  await writeFile3(join4(result.outputDir, "training-report.json"), `${JSON.stringify(report, null, 2)}
`);
  const keep = [...result.keep, "training-report.md", "training-report.json"].map((f) => join4(result.outputDir, f));
  return context.artifacts.upload(plan.artifact.name, keep, result.outputDir, plan.artifact.retentionDays !== void 0 ? { retentionDays: plan.artifact.retentionDays } : {});
}
function setOutputs(context, report, result) {
  const set = context.outputs.set.bind(context.outputs);
  const cost = report.cost;
  set("provider", result.provider);
  set("model", result.model);
  set("adapter-path", result.adapterPath ?? "");
  set("trained-tokens", String(result.trainedTokens));
  set("train-loss", result.finalTrainLoss === null ? "" : String(result.finalTrainLoss));
  set("eval-loss", result.finalEvalLoss === null ? "" : String(result.finalEvalLoss));
  set("gpu-hours", cost.kind === "gpu" ? String(cost.actual.gpuHours) : "");
  set("estimated-usd", cost.actual.usd === null ? "" : cost.actual.usd.toFixed(4));
  set("job-id", result.hosted?.jobId ?? "");
  set("job-status", result.hosted ? "succeeded" : "");
  set("artifact-name", report.artifact?.name ?? "");
  set("artifact-id", report.artifact?.uploaded ? String(report.artifact.id) : "");
}
async function postComment(context, markdown) {
  const { log, runner: runner2 } = context;
  const [owner, repo] = runner2.repository.split("/");
  const sha = runner2.sha;
  if (!owner || !repo || !sha) {
    log.info("Not in a GitHub workflow run (GITHUB_REPOSITORY / GITHUB_SHA not set): the report is in the job summary only");
    return void 0;
  }
  const octokit = context.inputs.comment ? context.github() : void 0;
  if (!octokit) {
    log.info("No GitHub client (input comment is false, or github-token is empty): the report is in the job summary only");
    return void 0;
  }
  try {
    const pull = await mergedPullRequestFor(octokit, { owner, repo }, sha);
    if (!pull) {
      log.info(`No pull request is associated with ${sha.slice(0, 7)} (a direct push?): the report is in the job summary only`);
      return void 0;
    }
    const posted = await upsertStickyComment(octokit, { owner, repo, issueNumber: pull.number, marker: TRAIN_COMMENT_MARKER, body: markdown });
    if (posted.action === "forbidden") log.warning(`Training report not posted on #${pull.number}: ${posted.reason}`);
    else log.info(`Training report ${posted.action} on #${pull.number}: ${posted.url}`);
    return pull;
  } catch (error) {
    log.warning(`Training report not posted on the pull request: ${error instanceof Error ? error.message : String(error)}`);
    return void 0;
  }
}
function refusalMarkdown(refusal, review) {
  const lines2 = ["## finetune-ci: training refused", "", inlineText(refusal.summary, 1e3), "", ...refusal.lines.map((l) => `- ${inlineText(l, 500)}`), "", "<details><summary>Dataset review</summary>", "", renderReviewMarkdown(review, MARKDOWN_OPTIONS), "", "</details>", ""];
  return lines2.join("\n");
}

// src/eval/errors.ts
var EvalSetupError = class extends Error {
  constructor(code, where, problem, fix, details2 = []) {
    super(`${where}: ${problem}. ${fix}`);
    this.code = code;
    this.where = where;
    this.problem = problem;
    this.fix = fix;
    this.details = details2;
    this.name = "EvalSetupError";
  }
  code;
  where;
  problem;
  fix;
  details;
};

// src/eval/runEval.ts
import { mkdir as mkdir7, readFile as readFile5, writeFile as writeFile5 } from "node:fs/promises";
import { join as join8, relative as relative2, resolve as resolve10 } from "node:path";

// src/core/eval/errors.ts
var EvalInputError = class extends Error {
  constructor(code, message, key, fix, example) {
    super(`${key ? `${key}: ` : ""}${message}. ${fix}`);
    this.code = code;
    this.key = key;
    this.fix = fix;
    this.example = example;
    this.name = "EvalInputError";
  }
  code;
  key;
  fix;
  example;
};

// src/core/eval/metrics/definitions.ts
var METRICS = {
  "exact-match": { id: "exact-match", title: "Exact match", binary: true, scope: "example", direction: "higher" },
  accuracy: { id: "accuracy", title: "Accuracy", binary: true, scope: "example", direction: "higher" },
  "macro-f1": { id: "macro-f1", title: "Macro-F1", binary: false, scope: "corpus", direction: "higher" },
  "json-valid": { id: "json-valid", title: "Valid JSON", binary: true, scope: "example", direction: "higher" },
  "json-schema": { id: "json-schema", title: "JSON Schema conformance", binary: true, scope: "example", direction: "higher" },
  "json-field-accuracy": { id: "json-field-accuracy", title: "JSON field accuracy", binary: false, scope: "example", direction: "higher" },
  "tool-name-match": { id: "tool-name-match", title: "Tool name match", binary: true, scope: "example", direction: "higher" },
  "tool-call-match": { id: "tool-call-match", title: "Tool call match", binary: true, scope: "example", direction: "higher" },
  "token-f1": { id: "token-f1", title: "Token F1", binary: false, scope: "example", direction: "higher" },
  "rouge-l": { id: "rouge-l", title: "ROUGE-L", binary: false, scope: "example", direction: "higher" },
  "answer-chars": { id: "answer-chars", title: "Answer length (characters)", binary: false, scope: "example", direction: "neutral" },
  "answer-tokens": { id: "answer-tokens", title: "Answer length (tokens)", binary: false, scope: "example", direction: "neutral" }
};
var METRIC_IDS = Object.keys(METRICS);
function isMetricId(value2) {
  return Object.hasOwn(METRICS, value2);
}

// src/core/eval/stats/holm.ts
function holmAdjust(pValues) {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must lie in [0, 1], got ${p}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/core/eval/stats/bootstrap.ts
function percentileInterval(resampled, confidence) {
  resampled.sort();
  const tail = (1 - confidence) / 2;
  return { lower: quantileSorted(resampled, tail), upper: quantileSorted(resampled, 1 - tail) };
}
function checkIndexRange(n) {
  if (n > 2 ** 21) throw new RangeError(`the bootstrap resamples at most 2^21 examples, got ${n}`);
}
function checkResamples(resamples) {
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap resamples must be a whole number >= 1, got ${resamples}`);
}
function bootstrapMeanInterval(values, rng, resamples, confidence = 0.95) {
  checkResamples(resamples);
  const n = values.length;
  if (n === 0) throw new RangeError("a bootstrap interval needs at least one value");
  checkIndexRange(n);
  const data = Float64Array.from(values);
  const next = rng.nextUint32;
  const scale = n / 4294967296;
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += data[Math.floor(next() * scale)];
    means[b] = sum / n;
  }
  return percentileInterval(means, confidence);
}
function bootstrapStatisticInterval(n, statistic, rng, resamples, confidence = 0.95) {
  checkResamples(resamples);
  if (n === 0) throw new RangeError("a bootstrap interval needs at least one example");
  const values = new Float64Array(resamples);
  const indices = new Uint32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) indices[i] = rng.below(n);
    values[b] = statistic(indices);
  }
  return percentileInterval(values, confidence);
}

// src/core/eval/stats/binomial.ts
var LN_2PI = Math.log(2 * Math.PI);
var HALF_LN_2PI = 0.5 * LN_2PI;
function stirlingError(n) {
  if (n <= 15) {
    let factorial = 1;
    for (let k = 2; k <= n; k++) factorial *= k;
    return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - HALF_LN_2PI;
  }
  const nn = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}
function deviance(x, np) {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let sum = (x - np) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / np) + np - x;
}
function checkArguments(k, n, p) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial n must be a whole number >= 0, got ${n}`);
  if (!Number.isInteger(k)) throw new RangeError(`binomial k must be a whole number, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must lie in [0, 1], got ${p}`);
}
function binomialLogPmf(k, n, p) {
  checkArguments(k, n, p);
  if (k < 0 || k > n) return -Infinity;
  if (n === 0) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (q === 0) return k === n ? 0 : -Infinity;
  if (k === 0) return p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
  if (k === n) return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return lc - 0.5 * lf;
}
function logSumRange(lo, hi, n, p) {
  if (lo > hi) return -Infinity;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const start = Math.min(hi, Math.max(lo, mode));
  const top = binomialLogPmf(start, n, p);
  if (top === -Infinity) return -Infinity;
  let sum = 1;
  for (let i = start - 1; i >= lo; i--) {
    const term = Math.exp(binomialLogPmf(i, n, p) - top);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  for (let i = start + 1; i <= hi; i++) {
    const term = Math.exp(binomialLogPmf(i, n, p) - top);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return top + Math.log(sum);
}
function binomialLogCdf(k, n, p) {
  checkArguments(k, n, p);
  if (k < 0) return -Infinity;
  if (k >= n) return 0;
  return logSumRange(0, k, n, p);
}

// src/core/eval/stats/mcnemar.ts
function mcnemarExact(candidateOnly, referenceOnly) {
  for (const count2 of [candidateOnly, referenceOnly]) {
    if (!Number.isInteger(count2) || count2 < 0) throw new RangeError(`discordant counts must be whole numbers >= 0, got ${count2}`);
  }
  const n = candidateOnly + referenceOnly;
  const p = n === 0 ? 1 : Math.min(1, 2 * Math.exp(binomialLogCdf(Math.min(candidateOnly, referenceOnly), n, 0.5)));
  return { candidateOnly, referenceOnly, p };
}

// src/core/eval/stats/normal.ts
var A = [
  3.3871328727963665,
  133.14166789178438,
  1971.5909503065513,
  13731.69376550946,
  45921.95393154987,
  67265.7709270087,
  33430.57558358813,
  2509.0809287301227
];
var B = [
  1,
  42.31333070160091,
  687.1870074920579,
  5394.196021424751,
  21213.794301586597,
  39307.89580009271,
  28729.085735721943,
  5226.495278852854
];
var C = [
  1.4234371107496835,
  4.630337846156546,
  5.769497221460691,
  3.6478483247632045,
  1.2704582524523684,
  0.2417807251774506,
  0.022723844989269184,
  7745450142783414e-19
];
var D = [
  1,
  2.053191626637759,
  1.6763848301838038,
  0.6897673349851,
  0.14810397642748008,
  0.015198666563616457,
  5475938084995345e-19,
  10507500716444169e-25
];
var E = [
  6.657904643501103,
  5.463784911164114,
  1.7848265399172913,
  0.29656057182850487,
  0.026532189526576124,
  0.0012426609473880784,
  27115555687434876e-21,
  20103343992922881e-23
];
var F = [
  1,
  0.599832206555888,
  0.1369298809227358,
  0.014875361290850615,
  7868691311456133e-19,
  18463183175100548e-21,
  1421511758316446e-22,
  20442631033899397e-31
];
function poly(coefficients, x) {
  let value2 = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value2 = value2 * x + coefficients[i];
  return value2;
}
function normalQuantile(p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must lie in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * poly(A, r2) / poly(B, r2);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -z : z;
}
var Z_975 = normalQuantile(0.975);

// src/core/eval/stats/power.ts
function criticalValues({ alpha = 0.05, power = 0.8 }) {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must lie in (0, 1), got ${power}`);
  return { zAlpha: normalQuantile(1 - alpha / 2), zPower: normalQuantile(power) };
}
function mdeContinuous(sdDiff, n, options = {}) {
  const { zAlpha, zPower } = criticalValues(options);
  return (zAlpha + zPower) * sdDiff / Math.sqrt(n);
}
function pairsNeededContinuous(sdDiff, effect, options = {}) {
  const { zAlpha, zPower } = criticalValues(options);
  return Math.ceil(((zAlpha + zPower) * sdDiff / Math.abs(effect)) ** 2);
}
function pairsNeededPaired(discordant, effect, options = {}) {
  const { zAlpha, zPower } = criticalValues(options);
  const delta = Math.abs(effect);
  const psi = Math.max(discordant, delta);
  return Math.ceil((zAlpha * Math.sqrt(psi) + zPower * Math.sqrt(Math.max(0, psi - delta * delta))) ** 2 / (delta * delta));
}
function mdePaired(discordant, n, options = {}) {
  const { zAlpha, zPower } = criticalValues(options);
  const psi = discordant;
  if (!(psi > 0) || n < 1) return null;
  const gap = (delta) => Math.sqrt(n) * delta - zAlpha * Math.sqrt(psi) - zPower * Math.sqrt(Math.max(0, psi - delta * delta));
  if (gap(psi) < 0) return null;
  let lo = 0;
  let hi = psi;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/core/eval/stats/signFlip.ts
var EXACT_MAX_NONZERO = 16;
function signFlipTest(differences, rng, flips) {
  if (!Number.isInteger(flips) || flips < 1) throw new RangeError(`sign flips must be a whole number >= 1, got ${flips}`);
  const nonZero = Float64Array.from(Array.from(differences).filter((d) => d !== 0));
  const k = nonZero.length;
  if (k === 0) return { p: 1, exact: true, flips: 1 };
  let total = 0;
  let magnitude = 0;
  for (const d of nonZero) {
    total += d;
    magnitude += Math.abs(d);
  }
  const threshold = Math.abs(total) - 1e-9 * magnitude;
  if (k <= EXACT_MAX_NONZERO) {
    const patterns = 2 ** k;
    let extreme2 = 0;
    for (let mask = 0; mask < patterns; mask++) {
      let sum = 0;
      for (let i = 0; i < k; i++) sum += mask & 1 << i ? -nonZero[i] : nonZero[i];
      if (Math.abs(sum) >= threshold) extreme2++;
    }
    return { p: extreme2 / patterns, exact: true, flips: patterns };
  }
  let extreme = 0;
  const next = rng.nextUint32;
  for (let b = 0; b < flips; b++) {
    let sum = 0;
    let bits = 0;
    for (let i = 0; i < k; i++) {
      if ((i & 31) === 0) bits = next();
      sum += bits & 1 ? -nonZero[i] : nonZero[i];
      bits >>>= 1;
    }
    if (Math.abs(sum) >= threshold) extreme++;
  }
  return { p: (1 + extreme) / (1 + flips), exact: false, flips };
}

// src/core/eval/stats/paired.ts
function comparePaired(candidate, reference, binary, options) {
  if (candidate.length !== reference.length) throw new RangeError(`paired arms need one value per example: ${candidate.length} vs ${reference.length}`);
  const excluded = { candidateMissing: 0, referenceMissing: 0, bothMissing: 0 };
  const a = [];
  const b = [];
  candidate.forEach((x, i) => {
    const y = reference[i];
    if (x === null && y === null) excluded.bothMissing++;
    else if (x === null) excluded.candidateMissing++;
    else if (y === null) excluded.referenceMissing++;
    else {
      a.push(x);
      b.push(y);
    }
  });
  const pairs = a.length;
  const test = binary ? "mcnemar-exact" : "sign-flip-permutation";
  if (pairs === 0) {
    return { pairs, excluded, candidateMean: Number.NaN, referenceMean: Number.NaN, delta: Number.NaN, interval: null, test, p: 1, pExact: true, mde: null };
  }
  const differences = a.map((x, i) => x - b[i]);
  const candidateMean = mean(a);
  const referenceMean = mean(b);
  const delta = mean(differences);
  const interval = bootstrapMeanInterval(differences, options.bootstrapRng, options.resamples, options.confidence);
  const base = { pairs, excluded, candidateMean, referenceMean, delta, interval, test };
  if (binary) {
    const candidateOnly = differences.filter((d) => d === 1).length;
    const referenceOnly = differences.filter((d) => d === -1).length;
    if (candidateOnly + referenceOnly + differences.filter((d) => d === 0).length !== pairs) throw new RangeError("a binary metric has values other than 0 and 1");
    const { p: p2 } = mcnemarExact(candidateOnly, referenceOnly);
    return { ...base, p: p2, pExact: true, discordant: { candidateOnly, referenceOnly }, mde: mdePaired((candidateOnly + referenceOnly) / pairs, pairs, options) };
  }
  const { p, exact } = signFlipTest(differences, options.permutationRng, options.flips);
  const sdDiff = standardDeviation(differences, delta);
  return { ...base, p, pExact: exact, sdDiff, mde: pairs >= 2 && sdDiff > 0 ? mdeContinuous(sdDiff, pairs, options) : null };
}
function pairsNeeded(comparison, effect, options = {}) {
  if (!(Math.abs(effect) > 0) || comparison.pairs === 0) return null;
  if (comparison.discordant) {
    const psi = (comparison.discordant.candidateOnly + comparison.discordant.referenceOnly) / comparison.pairs;
    return psi > 0 ? pairsNeededPaired(psi, effect, options) : null;
  }
  return comparison.sdDiff !== void 0 && comparison.sdDiff > 0 ? pairsNeededContinuous(comparison.sdDiff, effect, options) : null;
}
function mean(values) {
  return values.reduce((x, y) => x + y, 0) / values.length;
}
function standardDeviation(values, centre) {
  if (values.length < 2) return 0;
  return Math.sqrt(values.reduce((s, v) => s + (v - centre) ** 2, 0) / (values.length - 1));
}

// src/core/eval/gate.ts
var DEFAULT_NOT_WORSE_MARGIN = 0.02;
var DEFAULT_MAX_FAILURE_RATE = 0.02;
var DEFAULT_MIN_PAIRS = 30;
var DEFAULT_ALPHA = 0.05;
function defaultGateRules(primary, arms) {
  return [
    ...arms.filter((a) => a.kind === "base" || a.kind === "baseline").map((a) => ({ metric: primary, vs: a.name, kind: "not-worse", margin: DEFAULT_NOT_WORSE_MARGIN, severity: "fail" })),
    ...arms.filter((a) => a.kind === "prompted").map((a) => ({ metric: primary, vs: a.name, kind: "better", margin: 0, severity: "warn" }))
  ];
}
function fraction(value2, name, fallback, key, { min, max, open: open4 }) {
  const v = value2 ?? fallback;
  if (!Number.isFinite(v) || v < min || v > max || open4 && (v === min || v === max)) {
    throw new EvalInputError("invalid-option", `${name} must be a number in ${open4 ? "(" : "["}${min}, ${max}${open4 ? ")" : "]"}, got ${value2}`, `${key}.${name}`, `Set ${name} to a number in that range`);
  }
  return v;
}
function resolveGateOptions(input) {
  const options = input.options ?? {};
  const key = options.key ?? "gate";
  const armNames = input.arms.map((a) => a.name);
  const knownArms = `Use one of the arms: ${armNames.join(", ")}`;
  const checkMetric = (metric, at, gated) => {
    if (!isMetricId(metric) || !input.metrics.includes(metric)) {
      throw new EvalInputError("unknown-metric", `"${metric}" is not a metric of this evaluation`, at, `Use one of: ${input.metrics.join(", ")}`);
    }
    const definition = METRICS[metric];
    if (gated && (definition.scope !== "example" || definition.direction !== "higher")) {
      const why = definition.scope !== "example" ? "it is a figure of the whole set with no per-example test" : "more of it is not better";
      throw new EvalInputError("metric-not-gateable", `"${metric}" cannot be compared in a rule: ${why}`, at, "Gate on a per-example metric such as the primary one, or use a floor");
    }
  };
  const rules = (options.rules ?? defaultGateRules(input.primary, input.arms)).map((rule, i) => {
    const at = `${key}.rules[${i}]`;
    checkMetric(rule.metric, `${at}.metric`, true);
    if (!armNames.includes(rule.vs)) throw new EvalInputError("unknown-arm", `there is no arm named "${rule.vs}"`, `${at}.vs`, knownArms);
    if (rule.vs === input.candidate) throw new EvalInputError("unknown-arm", `a rule compares the candidate "${rule.vs}" with itself`, `${at}.vs`, knownArms.replace("arms:", "other arms:"));
    if (rule.kind !== "not-worse" && rule.kind !== "better") throw new EvalInputError("invalid-option", `kind must be "not-worse" or "better", got "${String(rule.kind)}"`, `${at}.kind`, 'Set kind to "not-worse" or "better"');
    const margin = fraction(rule.margin, "margin", rule.kind === "not-worse" ? DEFAULT_NOT_WORSE_MARGIN : 0, at, { min: 0, max: 1 });
    const severity = rule.severity ?? "fail";
    if (severity !== "fail" && severity !== "warn") throw new EvalInputError("invalid-option", `severity must be "fail" or "warn", got "${String(severity)}"`, `${at}.severity`, 'Set severity to "fail" or "warn"');
    return { metric: rule.metric, vs: rule.vs, kind: rule.kind, margin, severity };
  });
  const floors = (options.floors ?? []).map((floor, i) => {
    const at = `${key}.floors[${i}]`;
    checkMetric(floor.metric, `${at}.metric`, false);
    const arm = floor.arm ?? input.candidate;
    if (!armNames.includes(arm)) throw new EvalInputError("unknown-arm", `there is no arm named "${arm}"`, `${at}.arm`, knownArms);
    if (!Number.isFinite(floor.min)) throw new EvalInputError("invalid-option", `min must be a number, got ${floor.min}`, `${at}.min`, "Set min to the lowest acceptable mean");
    return { metric: floor.metric, min: floor.min, arm };
  });
  return {
    rules,
    floors,
    maxFailureRate: fraction(options.maxFailureRate, "maxFailureRate", DEFAULT_MAX_FAILURE_RATE, key, { min: 0, max: 1 }),
    minPairs: (() => {
      const v = options.minPairs ?? DEFAULT_MIN_PAIRS;
      if (!Number.isInteger(v) || v < 1) throw new EvalInputError("invalid-option", `minPairs must be a whole number >= 1, got ${v}`, `${key}.minPairs`, "Set minPairs to a whole number");
      return v;
    })(),
    alpha: fraction(options.alpha, "alpha", DEFAULT_ALPHA, key, { min: 0, max: 1, open: true })
  };
}
var signed2 = (x) => `${x >= 0 ? "+" : "-"}${Math.abs(x).toFixed(3)}`;
var plain = (x) => x.toFixed(3).replace(/\.?0+$/, "") || "0";
var percent2 = (x) => `${(x * 100).toFixed(1).replace(/\.0$/, "")}%`;
function formatP(p) {
  if (p < 1e-3) return "p < 0.001";
  if (p >= 0.995) return "p = 1";
  return `p = ${p < 0.01 ? p.toPrecision(1) : p.toFixed(p < 0.1 ? 3 : 2)}`;
}
function statisticsPhrase(c, pAdjusted, showAdjusted) {
  const ci = c.interval ? `95% CI ${signed2(c.interval.lower)} to ${signed2(c.interval.upper)}` : "no interval";
  const adjusted = showAdjusted && pAdjusted !== c.p ? `, Holm-adjusted ${formatP(pAdjusted).replace(/^p (= )?/, "")}` : "";
  return `${signed2(c.delta)} (${ci}, ${formatP(c.p)}${adjusted}, ${c.pairs} pairs)`;
}
function judgeRule(rule, c, pAdjusted, minPairs, alpha, showAdjusted) {
  const head = `${METRICS[rule.metric].title} vs ${rule.vs}`;
  const m = rule.margin;
  if (c.pairs < minPairs || !c.interval) {
    const lost = c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing;
    return {
      outcome: "inconclusive",
      pairsNeeded: null,
      sentence: `${head}: only ${c.pairs} paired examples, fewer than the ${minPairs} needed to tell${lost > 0 ? ` (${lost} left out for failed or missing answers)` : ""}`
    };
  }
  const stats = `${head} ${statisticsPhrase(c, pAdjusted, showAdjusted)}`;
  const significant = pAdjusted < alpha;
  if (rule.kind === "not-worse") {
    const drop = m > 0 ? `a drop of more than ${plain(m)}` : "any drop";
    const needed2 = m > 0 ? pairsNeeded(c, m) : null;
    if (significant && c.delta < -m) return { outcome: "fail", pairsNeeded: needed2, sentence: `${stats} is significantly worse${m > 0 ? `, by more than the ${plain(m)} margin` : ""}` };
    if (c.interval.lower >= -m) return { outcome: "pass", pairsNeeded: needed2, sentence: `${stats} rules out ${drop}` };
    return { outcome: "inconclusive", pairsNeeded: needed2, sentence: `${stats} cannot rule out ${drop}${needed2 ? `; about ${needed2.toLocaleString("en-US")} pairs would be needed to tell` : ""}` };
  }
  const gain = m > 0 ? `a gain of more than ${plain(m)}` : "a gain";
  const target = Math.max(m, c.delta);
  const needed = target > 0 ? pairsNeeded(c, target) : null;
  if (significant && c.delta > m) return { outcome: "pass", pairsNeeded: needed, sentence: `${stats} is significantly better${m > 0 ? `, by more than ${plain(m)}` : ""}` };
  if (c.interval.upper <= m) return { outcome: "fail", pairsNeeded: needed, sentence: `${stats} rules out ${gain}` };
  return { outcome: "inconclusive", pairsNeeded: needed, sentence: `${stats} is not a significant improvement${needed ? `; about ${needed.toLocaleString("en-US")} pairs would be needed to detect ${plain(target)}` : ""}` };
}
function capitalised(sentence) {
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
function decideGate(input) {
  const { rules, floors, maxFailureRate, minPairs, alpha } = resolveGateOptions(input);
  const comparisonFor = (rule) => {
    const found = input.comparisons.find((c) => c.metric === rule.metric && c.vs === rule.vs);
    if (!found) throw new RangeError(`no comparison of ${rule.metric} against ${rule.vs} was computed`);
    return found.comparison;
  };
  const gated = rules.map((rule, i) => ({ rule, i })).filter(({ rule }) => rule.severity === "fail");
  const adjusted = holmAdjust(gated.map(({ rule }) => comparisonFor(rule).p));
  const pAdjustedOf = new Map(gated.map(({ i }, k) => [i, adjusted[k]]));
  const showAdjusted = gated.length > 1;
  const ruleResults = rules.map((rule, i) => {
    const c = comparisonFor(rule);
    const pAdjusted = pAdjustedOf.get(i) ?? c.p;
    const judged = judgeRule(rule, c, pAdjusted, minPairs, alpha, showAdjusted && rule.severity === "fail");
    return { rule, pairs: c.pairs, delta: c.delta, interval: c.interval, test: c.test, p: c.p, pAdjusted, mde: c.mde, ...judged };
  });
  const floorResults = floors.map((floor) => {
    const mean2 = input.means.find((m) => m.arm === floor.arm && m.metric === floor.metric);
    const head = `${METRICS[floor.metric].title} of ${floor.arm}`;
    if (!mean2 || mean2.n === 0 || !Number.isFinite(mean2.mean)) return { floor, outcome: "inconclusive", value: Number.NaN, n: 0, sentence: `${head} has no scored example to compare with the floor of ${plain(floor.min)}` };
    const outcome = mean2.mean >= floor.min ? "pass" : "fail";
    return { floor, outcome, value: mean2.mean, n: mean2.n, sentence: `${head} is ${plain(mean2.mean)} over ${mean2.n} examples, ${outcome === "pass" ? "at or above" : "below"} the floor of ${plain(floor.min)}` };
  });
  const failureRates = input.arms.map((arm) => {
    const rate = arm.total > 0 ? arm.failed / arm.total : 0;
    const outcome = rate > maxFailureRate ? "fail" : "pass";
    return {
      arm: arm.name,
      failed: arm.failed,
      total: arm.total,
      rate,
      max: maxFailureRate,
      outcome,
      sentence: `${arm.failed} of ${arm.total} requests of ${arm.name} failed (${percent2(rate)}), ${outcome === "fail" ? "above" : "within"} the ${percent2(maxFailureRate)} maximum`
    };
  });
  const kindOf = (name) => input.arms.find((a) => a.name === name)?.kind;
  const warnings = ruleResults.filter((r) => r.rule.severity === "warn" && r.outcome !== "pass").map((r) => capitalised(`${r.rule.kind === "better" && kindOf(r.rule.vs) === "prompted" ? "fine-tuning bought nothing over prompting: " : ""}${r.sentence}`));
  const decisive = ruleResults.filter((r) => r.rule.severity === "fail");
  const pairsUsed = decisive.length > 0 ? Math.min(...decisive.map((r) => r.pairs)) : 0;
  const result = (verdict, reason) => ({ verdict, reason: capitalised(reason), rules: ruleResults, floors: floorResults, failureRates, warnings, pairsUsed });
  const failedArm = failureRates.find((f) => f.outcome === "fail");
  if (failedArm) return result("fail", failedArm.sentence);
  const failedRule = decisive.find((r) => r.outcome === "fail");
  if (failedRule) return result("fail", failedRule.sentence);
  const failedFloor = floorResults.find((f) => f.outcome === "fail");
  if (failedFloor) return result("fail", failedFloor.sentence);
  const open4 = decisive.find((r) => r.outcome === "inconclusive") ?? floorResults.find((f) => f.outcome === "inconclusive");
  if (open4) return result("inconclusive", open4.sentence);
  if (decisive.length === 0 && floorResults.length === 0) {
    return result("inconclusive", "nothing to gate on: no base or baseline arm to compare the candidate with and no floor");
  }
  const first = decisive[0] ?? floorResults[0];
  const others = decisive.length + floorResults.length - 1;
  return result("pass", `${first.sentence}${others > 0 ? `, and ${others} more check${others > 1 ? "s" : ""} passed` : ""}`);
}

// src/core/eval/metrics/exactMatch.ts
var EDGE_CHAR = /^[\s\p{Pi}\p{Pf}"'\x60„‚「」『』.,;:!?¡¿。、]$/u;
function normalizeAnswer(text2) {
  const collapsed = text2.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ");
  let start = 0;
  let end = collapsed.length;
  while (start < end && EDGE_CHAR.test(collapsed[start])) start++;
  while (end > start && EDGE_CHAR.test(collapsed[end - 1])) end--;
  return collapsed.slice(start, end);
}
function exactMatch(answer, reference) {
  return normalizeAnswer(answer) === normalizeAnswer(reference) ? 1 : 0;
}

// src/core/eval/metrics/classification.ts
function labelSet(texts) {
  const seen = /* @__PURE__ */ new Map();
  for (const text2 of texts) {
    const key = normalizeAnswer(text2);
    if (!seen.has(key)) seen.set(key, text2.trim());
  }
  const keys = [...seen.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return { labels: keys.map((k) => seen.get(k)), keys };
}
function labelIndex(text2, set) {
  return set.keys.indexOf(normalizeAnswer(text2));
}
function tally(references, predictions, labelCount, indices) {
  const truePositive = new Uint32Array(labelCount);
  const support = new Uint32Array(labelCount);
  const predicted = new Uint32Array(labelCount);
  const n = indices ? indices.length : references.length;
  let correct = 0;
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k] : k;
    const truth = references[i];
    const guess = predictions[i];
    support[truth]++;
    if (guess >= 0) predicted[guess]++;
    if (guess === truth) {
      truePositive[truth]++;
      correct++;
    }
  }
  return { truePositive, support, predicted, correct, n };
}
function f1Of(tp, support, predicted) {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = support > 0 ? tp / support : 0;
  return { precision, recall, f1: precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 };
}
function macroF1(references, predictions, labelCount, indices) {
  const { truePositive, support, predicted } = tally(references, predictions, labelCount, indices);
  let sum = 0;
  let present = 0;
  for (let l = 0; l < labelCount; l++) {
    if (support[l] === 0) continue;
    sum += f1Of(truePositive[l], support[l], predicted[l]).f1;
    present++;
  }
  return present > 0 ? sum / present : Number.NaN;
}
function classificationReport(references, predictions, set) {
  const labelCount = set.labels.length;
  const { truePositive, support, predicted, correct, n } = tally(references, predictions, labelCount);
  const counts2 = set.labels.map(() => new Array(labelCount + 1).fill(0));
  references.forEach((truth, i) => {
    const guess = predictions[i];
    counts2[truth][guess >= 0 ? guess : labelCount]++;
  });
  return {
    n,
    accuracy: n > 0 ? correct / n : Number.NaN,
    macroF1: macroF1(references, predictions, labelCount),
    perLabel: set.labels.map((label, l) => ({ label, support: support[l], predicted: predicted[l], ...f1Of(truePositive[l], support[l], predicted[l]) })),
    confusion: { labels: set.labels, counts: counts2 }
  };
}

// src/core/eval/metrics/usage.ts
function answerChars(text2) {
  let count2 = 0;
  for (const _ of text2) count2++;
  return count2;
}
function latencySummary(milliseconds) {
  if (milliseconds.length === 0) return null;
  const sorted = Float64Array.from(milliseconds).sort();
  return { n: sorted.length, p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) };
}
function usageSummary(answers, prices) {
  const ok = answers.filter((a) => a.status === "ok");
  const billed = ok.filter((a) => Number.isFinite(a.inputTokens) && Number.isFinite(a.outputTokens));
  const mean2 = (pick) => billed.reduce((s, a) => s + pick(a), 0) / billed.length;
  const input = billed.length > 0 ? mean2((a) => a.inputTokens) : null;
  const output = billed.length > 0 ? mean2((a) => a.outputTokens) : null;
  const dollars2 = prices && input !== null && output !== null ? (input * prices.inputPerMillion + output * prices.outputPerMillion) / 1e6 * 1e3 : null;
  const latencies = ok.map((a) => a.latencyMs).filter((ms) => Number.isFinite(ms));
  return {
    requests: ok.length,
    withUsage: billed.length,
    inputTokensPer1k: input === null ? null : input * 1e3,
    outputTokensPer1k: output === null ? null : output * 1e3,
    dollarsPer1k: dollars2,
    latency: latencySummary(latencies)
  };
}

// src/core/eval/metrics/json.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);
function parseJsonAnswer(text2) {
  try {
    return { ok: true, value: JSON.parse(text2.trim()) };
  } catch {
    return { ok: false };
  }
}
function isJsonObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function jsonEqual(a, b) {
  const stack = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y;
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ys[i]]);
      continue;
    }
    const xo = x;
    const yo = y;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yo, key)) return false;
      stack.push([xo[key], yo[key]]);
    }
  }
  return true;
}
function compileAnswerSchema(schema, key = "scoring.jsonSchema") {
  const fix = "Give a valid JSON Schema (draft-07, 2019-09 or 2020-12, chosen by its $schema) as an object, with no $ref outside itself";
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new EvalInputError("json-schema-invalid", "the JSON Schema for answers must be an object", key, fix);
  }
  const warnings = [];
  const note = (...parts) => warnings.push(parts.map(String).join(" "));
  const options = { strict: "log", allErrors: false, validateFormats: false, logger: { log: note, warn: note, error: note } };
  const draft = String(schema.$schema ?? "");
  const ajv = draft.includes("2020-12") ? new import__2.Ajv2020(options) : draft.includes("2019-09") ? new import__.Ajv2019(options) : new import_ajv.Ajv(options);
  try {
    const validate = ajv.compile(schema);
    return { validate: (value2) => validate(value2) === true, warnings };
  } catch (error) {
    throw new EvalInputError("json-schema-invalid", `the JSON Schema for answers does not compile: ${error.message}`, key, fix);
  }
}
function fieldAccuracy(answer, reference) {
  if (!isJsonObject(reference) || Object.keys(reference).length === 0) {
    return { score: answer.ok && jsonEqual(answer.value, reference) ? 1 : 0, fields: [] };
  }
  const value2 = answer.ok && isJsonObject(answer.value) ? answer.value : void 0;
  const fields2 = Object.keys(reference).map((name) => ({ name, correct: value2 !== void 0 && Object.hasOwn(value2, name) && jsonEqual(value2[name], reference[name]) }));
  return { score: fields2.filter((f) => f.correct).length / fields2.length, fields: fields2 };
}

// src/core/eval/metrics/rougeL.ts
function rougeScoreTokens(text2) {
  return text2.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}
function unicodeTokens(text2) {
  return text2.normalize("NFKC").toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
function tokensFor(tokenizer) {
  return tokenizer === "unicode" ? unicodeTokens : rougeScoreTokens;
}
function lcsLength(a, b) {
  const [pattern, text2] = a.length <= b.length ? [a, b] : [b, a];
  const m = pattern.length;
  if (m === 0) return 0;
  const words = Math.ceil(m / 32);
  const masks = /* @__PURE__ */ new Map();
  pattern.forEach((token, i) => {
    let mask = masks.get(token);
    if (!mask) masks.set(token, mask = new Uint32Array(words));
    mask[i >>> 5] |= 1 << (i & 31);
  });
  const v = new Uint32Array(words).fill(4294967295);
  for (const token of text2) {
    const mask = masks.get(token);
    if (!mask) continue;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const vw = v[w];
      const u = vw & mask[w];
      const sum = vw + (u >>> 0) + carry;
      carry = sum > 4294967295 ? 1 : 0;
      v[w] = sum >>> 0 | vw & ~mask[w];
    }
  }
  let ones = 0;
  for (let i = 0; i < m; i++) if (v[i >>> 5] & 1 << (i & 31)) ones++;
  return m - ones;
}
function rougeL(answer, reference, tokenizer = "rouge-score") {
  const tokenize = tokensFor(tokenizer);
  const predicted = tokenize(answer);
  const truth = tokenize(reference);
  if (predicted.length === 0 || truth.length === 0) return 0;
  const lcs = lcsLength(truth, predicted);
  const precision = lcs / predicted.length;
  const recall = lcs / truth.length;
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

// src/core/eval/metrics/tokenF1.ts
var ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/gu;
var ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
var PYTHON_WHITESPACE = /[\t\n\x0b\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
function squadTokens(text2) {
  const normalized = text2.toLowerCase().replace(ASCII_PUNCTUATION, "").replace(ARTICLES, " ");
  return normalized.split(PYTHON_WHITESPACE).filter((t) => t !== "");
}
function tokenF1(answer, reference) {
  const predicted = squadTokens(answer);
  const truth = squadTokens(reference);
  const counts2 = /* @__PURE__ */ new Map();
  for (const t of truth) counts2.set(t, (counts2.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of predicted) {
    const left = counts2.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts2.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / truth.length;
  return 2 * precision * recall / (precision + recall);
}

// src/core/eval/metrics/toolCalls.ts
function parseArguments(args) {
  if (typeof args !== "string") return { parsed: true, value: args };
  if (args.trim() === "") return { parsed: true, value: {} };
  try {
    return { parsed: true, value: JSON.parse(args) };
  } catch {
    return { parsed: false, text: args };
  }
}
function argumentsEqual(a, b) {
  if (a.parsed && b.parsed) return jsonEqual(a.value, b.value);
  return !a.parsed && !b.parsed && a.text === b.text;
}
function toolNameMatch(answer, reference) {
  const names = (calls) => (calls ?? []).map((c) => c.name).sort();
  const a = names(answer);
  const b = names(reference);
  return a.length === b.length && a.every((name, i) => name === b[i]) ? 1 : 0;
}
function toolCallMatch(answer, reference) {
  const given = (answer ?? []).map((c) => ({ name: c.name, args: parseArguments(c.arguments), used: false }));
  const wanted = reference ?? [];
  if (given.length !== wanted.length) return 0;
  for (const call2 of wanted) {
    const args = parseArguments(call2.arguments);
    const match = given.find((g) => !g.used && g.name === call2.name && argumentsEqual(g.args, args));
    if (!match) return 0;
    match.used = true;
  }
  return 1;
}

// src/core/eval/scoring.ts
var DEFAULT_MAX_LABELS = 20;
var DEFAULT_LABEL_MAX_CHARS = 40;
var SHORT_ANSWER_SHARE = 0.9;
var NON_ASCII_LETTER_SHARE = 0.2;
var KIND_METRICS = {
  "tool-calls": ["tool-call-match", "tool-name-match"],
  json: ["json-field-accuracy", "json-valid"],
  classification: ["accuracy", "macro-f1"],
  "short-answer": ["exact-match", "token-f1"],
  "free-text": ["rouge-l", "token-f1", "exact-match"]
};
var LENGTH_METRICS = ["answer-chars", "answer-tokens"];
function isShort(text2, maxChars) {
  const trimmed = text2.trim();
  return trimmed !== "" && !trimmed.includes("\n") && answerChars(trimmed) <= maxChars;
}
function gatherEvidence(references, maxLabels, labelMaxChars) {
  let withToolCalls = 0;
  let jsonObjects = 0;
  let shortAnswers = 0;
  let letters = 0;
  let nonAscii = 0;
  const distinct = /* @__PURE__ */ new Set();
  for (const reference of references) {
    if ((reference.toolCalls?.length ?? 0) > 0) withToolCalls++;
    const parsed = parseJsonAnswer(reference.text);
    if (parsed.ok && isJsonObject(parsed.value)) jsonObjects++;
    if (isShort(reference.text, labelMaxChars)) {
      shortAnswers++;
      if (distinct.size <= maxLabels) distinct.add(normalizeAnswer(reference.text));
    }
    for (const letter of reference.text.matchAll(new RegExp("\\p{L}", "gu"))) {
      letters++;
      if (!/[A-Za-z]/.test(letter[0])) nonAscii++;
    }
  }
  return { references: references.length, withToolCalls, jsonObjects, shortAnswers, distinctShort: distinct.size, nonAsciiLetterShare: letters > 0 ? nonAscii / letters : 0 };
}
function kindFromData(e, maxLabels, labelMaxChars) {
  const of = `of ${e.references} reference answers`;
  if (e.withToolCalls > 0) return { kind: "tool-calls", reason: `${e.withToolCalls} ${of} call a tool` };
  if (e.jsonObjects * 2 > e.references) return { kind: "json", reason: `${e.jsonObjects} ${of} are JSON objects` };
  if (e.references > 0 && e.shortAnswers === e.references && e.distinctShort >= 2 && e.distinctShort <= maxLabels && e.references >= 2 * e.distinctShort) {
    return { kind: "classification", reason: `the ${e.references} reference answers take ${e.distinctShort} distinct short values (at most ${maxLabels} make a label set)` };
  }
  if (e.references > 0 && e.shortAnswers >= SHORT_ANSWER_SHARE * e.references) {
    return { kind: "short-answer", reason: `${e.shortAnswers} ${of} are at most ${labelMaxChars} characters on one line, too varied for a label set` };
  }
  return { kind: "free-text", reason: `${e.shortAnswers} ${of} are short (at most ${labelMaxChars} characters on one line); the rest is free text` };
}
function chooseScorer(references, options = {}) {
  const key = options.key ?? "scoring";
  const maxLabels = options.maxLabels ?? DEFAULT_MAX_LABELS;
  const labelMaxChars = options.labelMaxChars ?? DEFAULT_LABEL_MAX_CHARS;
  for (const [name, value2, min] of [["maxLabels", maxLabels, 2], ["labelMaxChars", labelMaxChars, 1]]) {
    if (!Number.isInteger(value2) || value2 < min) throw new EvalInputError("invalid-option", `${name} must be a whole number >= ${min}, got ${value2}`, `${key}.${name}`, `Set ${name} to a whole number of at least ${min}`);
  }
  const evidence = gatherEvidence(references, maxLabels, labelMaxChars);
  const implied = options.labels ? "classification" : options.jsonSchema ? "json" : void 0;
  const impliedBy = options.labels ? "labels" : "jsonSchema";
  if (options.kind && implied && options.kind !== implied) {
    throw new EvalInputError("invalid-option", `${impliedBy} only apply to the ${implied} scorer, but kind is "${options.kind}"`, `${key}.${impliedBy}`, `Remove ${impliedBy}, or set kind to "${implied}"`);
  }
  const fromCaller = options.kind ?? implied;
  const { kind, reason } = fromCaller ? { kind: fromCaller, reason: `the ${fromCaller} scorer was chosen in the configuration (${key}.${options.kind ? "kind" : impliedBy})` } : kindFromData(evidence, maxLabels, labelMaxChars);
  const metrics = [...KIND_METRICS[kind]];
  if (kind === "json" && options.jsonSchema) metrics.unshift("json-schema");
  let primary = metrics[0];
  if (options.primary) {
    if (!metrics.includes(options.primary) || METRICS[options.primary].scope !== "example") {
      throw new EvalInputError("unknown-metric", `"${options.primary}" is not a metric of the ${kind} scorer`, `${key}.primary`, `Choose one of: ${metrics.filter((m) => METRICS[m].scope === "example").join(", ")}`);
    }
    primary = options.primary;
  }
  const rougeTokenizer = options.rougeTokenizer ?? (evidence.nonAsciiLetterShare > NON_ASCII_LETTER_SHARE ? "unicode" : "rouge-score");
  return {
    kind,
    primary,
    secondary: [...metrics.filter((m) => m !== primary), ...LENGTH_METRICS],
    chosenBy: fromCaller ? "caller" : "data",
    reason,
    evidence,
    ...kind === "classification" ? { labels: labelSet(options.labels ?? references.map((r) => r.text)).labels } : {},
    rougeTokenizer
  };
}
function createScorer(references, options = {}) {
  const key = options.key ?? "scoring";
  const choice = chooseScorer(references, options);
  const metrics = [choice.primary, ...choice.secondary];
  const n = references.length;
  let labels;
  let referenceLabels = [];
  let schema;
  let referenceJson = [];
  if (choice.kind === "classification") {
    labels = labelSet(options.labels ?? references.map((r) => r.text));
    referenceLabels = references.map((r, i) => {
      const index = labelIndex(r.text, labels);
      if (index < 0) {
        throw new EvalInputError("reference-not-a-label", `the reference answer of holdout example ${i + 1} ("${r.text.slice(0, 60)}") is not one of the labels`, `${key}.labels`, "Add it to the labels, or fix the reference answer", i);
      }
      return index;
    });
  }
  if (choice.kind === "json") {
    if (options.jsonSchema) {
      schema = compileAnswerSchema(options.jsonSchema, `${key}.jsonSchema`);
      choice.schemaWarnings = schema.warnings;
    }
    referenceJson = references.map((r) => parseJsonAnswer(r.text));
  }
  function scoreArm(answers) {
    if (answers.length !== n) throw new EvalInputError("answer-count", `an arm has ${answers.length} answers for ${n} holdout examples`, void 0, "Give one answer (ok or failed) per holdout example, in holdout order");
    const values = {};
    for (const metric of metrics) if (METRICS[metric].scope === "example") values[metric] = new Array(n).fill(null);
    const set = (metric, i, value2) => {
      const column = values[metric];
      if (column) column[i] = value2();
    };
    const predictions = new Array(n).fill(null);
    const fieldCounts = /* @__PURE__ */ new Map();
    answers.forEach((answer, i) => {
      if (answer.status !== "ok") return;
      const text2 = answer.text ?? "";
      const reference = references[i];
      set("answer-chars", i, () => answerChars(text2));
      set("answer-tokens", i, () => Number.isFinite(answer.outputTokens) ? answer.outputTokens : null);
      switch (choice.kind) {
        case "tool-calls":
          set("tool-name-match", i, () => toolNameMatch(answer.toolCalls, reference.toolCalls));
          set("tool-call-match", i, () => toolCallMatch(answer.toolCalls, reference.toolCalls));
          break;
        case "json": {
          const parsed = parseJsonAnswer(text2);
          set("json-valid", i, () => parsed.ok ? 1 : 0);
          if (schema) set("json-schema", i, () => parsed.ok && schema.validate(parsed.value) ? 1 : 0);
          const truth = referenceJson[i];
          if (truth.ok) {
            const { score, fields: fields2 } = fieldAccuracy(parsed, truth.value);
            set("json-field-accuracy", i, () => score);
            for (const { name, correct } of fields2) {
              const tally2 = fieldCounts.get(name) ?? { field: name, correct: 0, total: 0 };
              tally2.total++;
              if (correct) tally2.correct++;
              fieldCounts.set(name, tally2);
            }
          }
          break;
        }
        case "classification": {
          const predicted = labelIndex(text2, labels);
          predictions[i] = predicted;
          set("accuracy", i, () => predicted === referenceLabels[i] ? 1 : 0);
          break;
        }
        case "short-answer":
        case "free-text":
          set("exact-match", i, () => exactMatch(text2, reference.text));
          set("token-f1", i, () => tokenF1(text2, reference.text));
          set("rouge-l", i, () => rougeL(text2, reference.text, choice.rougeTokenizer));
          break;
      }
    });
    const scores = { values };
    if (labels) {
      const answered = predictions.flatMap((p, i) => p === null ? [] : [i]);
      const report = classificationReport(
        answered.map((i) => referenceLabels[i]),
        answered.map((i) => predictions[i]),
        labels
      );
      scores.classification = { report, references: referenceLabels, predictions };
    }
    if (choice.kind === "json") scores.jsonFields = [...fieldCounts.values()];
    return scores;
  }
  return { choice, metrics, scoreArm };
}

// src/core/eval/stats/wilson.ts
function wilsonInterval(successes, n, confidence = 0.95) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a Wilson interval needs n >= 1 trials, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new RangeError(`successes must be a whole number in [0, ${n}], got ${successes}`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = successes / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
  return { lower: successes === 0 ? 0 : Math.max(0, centre - half), upper: successes === n ? 1 : Math.min(1, centre + half) };
}

// src/core/eval/stats/estimate.ts
function presentValues(values) {
  return values.filter((v) => v !== null);
}
function estimateMean(values, binary, options) {
  const present = presentValues(values);
  const n = present.length;
  const method = binary ? "wilson" : "percentile-bootstrap";
  if (n === 0) return { n, mean: Number.NaN, interval: null, method };
  const sum = present.reduce((a, b) => a + b, 0);
  if (binary) {
    if (present.some((v) => v !== 0 && v !== 1)) throw new RangeError("a binary metric has values other than 0 and 1");
    return { n, mean: sum / n, interval: wilsonInterval(sum, n, options.confidence), method };
  }
  return { n, mean: sum / n, interval: bootstrapMeanInterval(present, options.rng, options.resamples, options.confidence), method };
}

// src/core/eval/stats/random.ts
var MASK64 = (1n << 64n) - 1n;
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function xoshiro128StarStar(state) {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0);
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** needs a state that is not all zero");
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    below(n) {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 21) throw new RangeError(`below(n) needs an integer 1 <= n <= 2^21, got ${n}`);
      return Math.floor(nextUint32() * n / 4294967296);
    }
  };
}
function splitMix64(state) {
  let x = state & MASK64;
  return () => {
    x = x + 0x9e3779b97f4a7c15n & MASK64;
    let z = x;
    z = (z ^ z >> 30n) * 0xbf58476d1ce4e5b9n & MASK64;
    z = (z ^ z >> 27n) * 0x94d049bb133111ebn & MASK64;
    return z ^ z >> 31n;
  };
}
function fnv1a64(text2) {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text2)) h = (h ^ BigInt(byte)) * 0x100000001b3n & MASK64;
  return h;
}
function seededRng(seed, stream = "") {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the random seed must be an integer, got ${seed}`);
  const next = splitMix64(BigInt.asUintN(64, BigInt(seed)) ^ (stream === "" ? 0n : fnv1a64(stream)));
  const a = next();
  const b = next();
  const words = [Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n)];
  if (words.every((w) => w === 0)) words[0] = 1;
  return xoshiro128StarStar(words);
}

// src/core/eval/evaluate.ts
var DEFAULT_SEED = 2026;
var DEFAULT_RESAMPLES = 5e3;
var DEFAULT_FLIPS = 1e4;
function checkArms(input) {
  const names = /* @__PURE__ */ new Set();
  input.arms.forEach((arm, i) => {
    if (!arm.name) throw new EvalInputError("invalid-option", "an arm has no name", `arms[${i}].name`, "Give every arm a unique name");
    if (names.has(arm.name)) throw new EvalInputError("duplicate-arm", `two arms are named "${arm.name}"`, `arms[${i}].name`, "Give every arm a unique name");
    names.add(arm.name);
    if (arm.answers.length !== input.references.length) {
      throw new EvalInputError("answer-count", `arm "${arm.name}" has ${arm.answers.length} answers for ${input.references.length} holdout examples`, `arms[${i}].answers`, "Give one answer (ok or failed) per holdout example, in holdout order");
    }
  });
  const candidates = input.arms.filter((a) => a.kind === "candidate");
  if (candidates.length !== 1) {
    throw new EvalInputError("no-candidate", `an evaluation needs exactly one arm of kind "candidate", found ${candidates.length}`, "arms", `Mark the fine-tuned model's arm kind: "candidate"`);
  }
  return candidates[0];
}
function checkStats(stats = {}) {
  const seed = stats.seed ?? DEFAULT_SEED;
  const resamples = stats.resamples ?? DEFAULT_RESAMPLES;
  const flips = stats.flips ?? DEFAULT_FLIPS;
  if (!Number.isSafeInteger(seed)) throw new EvalInputError("invalid-option", `seed must be an integer, got ${seed}`, "stats.seed", "Set seed to a whole number");
  for (const [name, value2] of [["resamples", resamples], ["flips", flips]]) {
    if (!Number.isInteger(value2) || value2 < 100) throw new EvalInputError("invalid-option", `${name} must be a whole number >= 100, got ${value2}`, `stats.${name}`, `Set ${name} to at least 100 (default ${name === "resamples" ? DEFAULT_RESAMPLES : DEFAULT_FLIPS})`);
  }
  return { seed, resamples, flips };
}
function answeredByBoth(a, b) {
  return a.flatMap((x, i) => x !== null && b[i] !== null ? [i] : []);
}
function evaluate(input) {
  const candidate = checkArms(input);
  const { seed, resamples, flips } = checkStats(input.stats);
  const scorer = createScorer(input.references, input.scoring);
  const scored = input.arms.map((arm) => ({ arm, scores: scorer.scoreArm(arm.answers) }));
  const reportsTokens = input.arms.some((arm) => arm.answers.some((a) => a.status === "ok" && Number.isFinite(a.outputTokens)));
  const metricIds = scorer.metrics.filter((m) => m !== "answer-tokens" || reportsTokens);
  const gateArms = input.arms.map((arm) => {
    const failed = arm.answers.filter((a) => a.status !== "ok").length;
    return { name: arm.name, kind: arm.kind, total: arm.answers.length, failed };
  });
  const { alpha } = resolveGateOptions({ candidate: candidate.name, arms: gateArms, primary: scorer.choice.primary, metrics: metricIds, options: input.gate });
  const arms = scored.map(({ arm, scores }, k) => {
    const estimates = metricIds.map((metric) => {
      const rng = seededRng(seed, `estimate:${arm.name}:${metric}`);
      if (metric === "macro-f1") {
        const c = scores.classification;
        const answered = c.predictions.flatMap((x, i) => x === null ? [] : [i]);
        const refs = answered.map((i) => c.references[i]);
        const preds = answered.map((i) => c.predictions[i]);
        const labels = scorer.choice.labels.length;
        const interval = answered.length > 0 ? bootstrapStatisticInterval(answered.length, (idx) => macroF1(refs, preds, labels, idx), rng, resamples) : null;
        return { metric, n: answered.length, mean: c.report.macroF1, interval, method: "percentile-bootstrap" };
      }
      return { metric, ...estimateMean(scores.values[metric], METRICS[metric].binary, { rng, resamples }) };
    });
    return {
      name: arm.name,
      kind: arm.kind,
      answers: { total: gateArms[k].total, ok: gateArms[k].total - gateArms[k].failed, failed: gateArms[k].failed },
      estimates,
      usage: usageSummary(arm.answers, arm.prices),
      ...scores.classification ? { classification: scores.classification.report } : {},
      ...scores.jsonFields ? { jsonFields: scores.jsonFields } : {},
      values: scores.values
    };
  });
  const candidateScores = scored.find((s) => s.arm === candidate).scores;
  const comparisons = [];
  const corpusComparisons = [];
  for (const { arm, scores } of scored) {
    if (arm === candidate) continue;
    for (const metric of metricIds) {
      const stream = `${candidate.name}:${arm.name}:${metric}`;
      if (METRICS[metric].scope === "corpus") {
        const a = candidateScores.classification;
        const b = scores.classification;
        const both = answeredByBoth(a.predictions, b.predictions);
        const refs = both.map((i) => a.references[i]);
        const predsA = both.map((i) => a.predictions[i]);
        const predsB = both.map((i) => b.predictions[i]);
        const labels = scorer.choice.labels.length;
        const difference = (idx) => macroF1(refs, predsA, labels, idx) - macroF1(refs, predsB, labels, idx);
        corpusComparisons.push({
          metric,
          arm: candidate.name,
          vs: arm.name,
          vsKind: arm.kind,
          pairs: both.length,
          candidateValue: both.length > 0 ? macroF1(refs, predsA, labels) : Number.NaN,
          referenceValue: both.length > 0 ? macroF1(refs, predsB, labels) : Number.NaN,
          delta: both.length > 0 ? difference() : Number.NaN,
          interval: both.length > 0 ? bootstrapStatisticInterval(both.length, difference, seededRng(seed, `paired-bootstrap:${stream}`), resamples) : null
        });
        continue;
      }
      const comparison = comparePaired(candidateScores.values[metric], scores.values[metric], METRICS[metric].binary, {
        bootstrapRng: seededRng(seed, `paired-bootstrap:${stream}`),
        permutationRng: seededRng(seed, `sign-flip:${stream}`),
        resamples,
        flips
      });
      comparisons.push({ metric, arm: candidate.name, vs: arm.name, vsKind: arm.kind, comparison });
    }
  }
  const gate = decideGate({
    candidate: candidate.name,
    arms: gateArms,
    primary: scorer.choice.primary,
    metrics: metricIds,
    comparisons: comparisons.map((c) => ({ metric: c.metric, vs: c.vs, comparison: c.comparison })),
    means: arms.flatMap((arm) => arm.estimates.map((e) => ({ arm: arm.name, metric: e.metric, mean: e.mean, n: e.n }))),
    options: input.gate
  });
  return {
    examples: input.references.length,
    candidate: candidate.name,
    scorer: scorer.choice,
    metrics: metricIds.map((m) => METRICS[m]),
    arms,
    comparisons,
    corpusComparisons,
    gate,
    method: { seed, resamples, flips, confidence: 0.95, power: 0.8, alpha }
  };
}

// src/core/cost/inference.ts
var BASE_INFERENCE_PRICES = {
  "gpt-4o-2024-08-06": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4o-mini-2024-07-18": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "gpt-4.1-2025-04-14": { inputPerMillion: 2, outputPerMillion: 8 },
  "gpt-4.1-mini-2025-04-14": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "gpt-4.1-nano-2025-04-14": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gpt-3.5-turbo-0125": { inputPerMillion: 0.5, outputPerMillion: 1.5 }
};
function fineTunedFrom(model) {
  const match = /^ft:([^:]+):/.exec(model);
  return match ? resolveModelName(match[1]) : void 0;
}
var own = (table2, key) => Object.hasOwn(table2, key) ? table2[key] : void 0;
function inferencePrice(model, overrides = {}) {
  const snapshot = fineTunedFrom(model);
  if (snapshot) {
    const known = own(OPENAI_MODELS, snapshot);
    const override = own(overrides, snapshot);
    const input = override?.inputPerMillion ?? known?.inputPerMillion;
    const output = override?.outputPerMillion ?? known?.outputPerMillion;
    if (input === void 0 || output === void 0) return null;
    const overridden = override?.inputPerMillion !== void 0 || override?.outputPerMillion !== void 0;
    return { inputPerMillion: input, outputPerMillion: output, source: `fine-tuned ${snapshot} ${overridden ? "(models: in the config)" : `(OpenAI price table of ${PRICE_TABLE_DATE})`}` };
  }
  const name = resolveModelName(model);
  const base = own(BASE_INFERENCE_PRICES, name);
  return base ? { ...base, source: `${name} (OpenAI price table of ${PRICE_TABLE_DATE})` } : null;
}

// src/eval/arms.ts
var OPENAI_BASE_URL2 = "https://api.openai.com/v1";
var DEFAULT_SHOTS = 3;
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var AZURE_KEY = /^[0-9a-f]{32}$/i;
function literalKeyProblem(value2) {
  const secrets = findSecrets(value2);
  if (secrets.length > 0) return `it holds what looks like ${/^[aeiou]/i.test(secrets[0].kind) ? "an" : "a"} ${secrets[0].kind} (not shown), not the name of an environment variable`;
  if (AZURE_KEY.test(value2)) return "it holds what looks like an Azure OpenAI key (32 hex digits, not shown), not the name of an environment variable";
  if (!VARIABLE_NAME.test(value2)) return "it is not an environment variable name (letters, digits and _, not starting with a digit)";
  return void 0;
}
function checkKeyVariable(value2, key) {
  if (value2 === void 0) return;
  const problem = literalKeyProblem(value2);
  if (problem) {
    throw new EvalSetupError("config", key, `${problem}`, "Put the key in an environment variable (a repository secret on GitHub) and write that variable's name here, e.g. apiKeyEnv: OPENAI_API_KEY; if a real key was committed, revoke it");
  }
}
function normalisedURL(url2) {
  return url2.replace(/\/+$/, "");
}
function checkBaseURL(url2, key) {
  if (url2 === void 0) return;
  let parsed;
  try {
    parsed = new URL(url2);
  } catch {
    throw new EvalSetupError("config", key, `"${url2}" is not a URL`, "Write the endpoint's base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1");
  }
  if (parsed.username || parsed.password || /(key|token|secret|sig|password)/i.test(parsed.search)) {
    throw new EvalSetupError("config", key, "the URL carries credentials (user:password@ or a key in its query), which would be printed wherever the endpoint is named", "Remove them and name the variable that holds the key in apiKeyEnv (sent as a header, never logged); if they were committed, revoke them");
  }
}
function isOpenAI(url2) {
  try {
    return new URL(url2).hostname === "api.openai.com";
  } catch {
    return false;
  }
}
function armPrices(model, explicit, overrides, key) {
  const table2 = inferencePrice(model, overrides);
  if (explicit.inputPerMillion !== void 0 || explicit.outputPerMillion !== void 0) {
    const input = explicit.inputPerMillion ?? table2?.inputPerMillion;
    const output = explicit.outputPerMillion ?? table2?.outputPerMillion;
    if (input === void 0 || output === void 0) {
      throw new EvalSetupError("config", key, "only one of inputPerMillion and outputPerMillion is set and the model is not in the price table", "Set both, or neither (the answers are then shown with an unknown price)");
    }
    return { prices: { inputPerMillion: input, outputPerMillion: output }, source: `${key} in the config` };
  }
  if (table2) return { prices: { inputPerMillion: table2.inputPerMillion, outputPerMillion: table2.outputPerMillion }, source: table2.source };
  return { prices: null, source: "unknown: not an OpenAI model in the price table (set inputPerMillion and outputPerMillion on the arm to price it)" };
}
function resolveArms(settings, options) {
  const entries = Object.entries(settings.arms);
  const names = entries.map(([name]) => name);
  if (entries.length === 0) {
    throw new EvalSetupError("config", "eval.arms", "no arms are configured", "Name the models to compare, e.g. eval.arms: { base: { kind: base, model: ... }, candidate: { kind: candidate, model: ... } }");
  }
  const candidates = entries.filter(([, a]) => a.kind === "candidate");
  if (candidates.length !== 1) {
    throw new EvalSetupError("config", "eval.arms", `an evaluation needs exactly one arm of kind candidate, found ${candidates.length}${candidates.length ? ` (${candidates.map(([n]) => n).join(", ")})` : ""}`, "Mark the fine-tuned model's arm kind: candidate, and only that one");
  }
  if (options.only) {
    for (const name of options.only) if (!names.includes(name)) throw new EvalSetupError("config", "--arms", `there is no arm named "${name}"`, `Use arms of eval.arms: ${names.join(", ")}`);
    if (!options.only.includes(candidates[0][0])) throw new EvalSetupError("config", "--arms", `the candidate arm "${candidates[0][0]}" is not in the list`, "Every evaluation compares the candidate: include it");
  }
  const bases = entries.filter(([, a]) => a.kind === "base");
  const served = options.served;
  return entries.flatMap(([name, arm]) => {
    const key = `eval.arms.${name}`;
    checkKeyVariable(arm.apiKeyEnv, `${key}.apiKeyEnv`);
    checkBaseURL(arm.baseURL, `${key}.baseURL`);
    if (arm.shots !== void 0 && arm.kind !== "prompted") throw new EvalSetupError("config", `${key}.shots`, `shots is for prompted arms, and "${name}" is a ${arm.kind} arm`, "Remove shots, or add an arm of kind prompted");
    if (arm.release !== void 0 && arm.kind !== "baseline") throw new EvalSetupError("config", `${key}.release`, `release is for baseline arms, and "${name}" is a ${arm.kind} arm`, "Remove release, or make the arm kind: baseline");
    if (arm.release !== void 0 && arm.model !== void 0) throw new EvalSetupError("config", `${key}.release`, "release and model both say which model the arm is", "Keep release: latest (the newest promoted model) or model, not both");
    if (options.only && !options.only.includes(name)) return [];
    const servedBaseline = arm.kind === "baseline" && (options.servedBaselines?.includes(name) ?? false);
    let from;
    if (arm.kind === "prompted" && (arm.model === void 0 || arm.baseURL === void 0)) {
      if (bases.length !== 1) {
        throw new EvalSetupError("config", `${key}.model`, bases.length === 0 ? "a prompted arm without its own model needs a base arm to take it from" : `a prompted arm without its own model is ambiguous with ${bases.length} base arms`, "Add one arm of kind base, or set model (and baseURL) on the prompted arm");
      }
      from = bases[0][1];
    }
    const servedHere = served !== void 0 && arm.baseURL === void 0 && (from ? from.baseURL === void 0 : arm.kind !== "baseline" || servedBaseline);
    const model = servedBaseline ? name : arm.model ?? from?.model ?? (servedHere ? arm.kind === "candidate" ? served.adapterName : arm.kind === "base" || arm.kind === "prompted" ? served.baseName : void 0 : void 0);
    if (!model && arm.release !== void 0) {
      throw new EvalSetupError("config", `${key}.release`, `release: ${arm.release} names a model only command: eval in the Action can find (it reads the repository's releases)`, `Leave the arm out here (--arms ${names.filter((n) => n !== name).join(",")}), or set model (and baseURL) to the promoted model instead of release`);
    }
    if (!model) {
      throw new EvalSetupError("config", `${key}.model`, `arm "${name}" has no model`, served ? "Set model: the name the endpoint serves it under" : "Set model: the name the endpoint serves it under (or use eval.serve to serve the base model and the adapter)");
    }
    const baseURL = normalisedURL(arm.baseURL ?? from?.baseURL ?? (servedHere ? served.baseURL : OPENAI_BASE_URL2));
    const inherited = arm.baseURL === void 0 ? from?.apiKeyEnv : void 0;
    const apiKeyEnv = arm.apiKeyEnv ?? inherited ?? (isOpenAI(baseURL) ? "OPENAI_API_KEY" : void 0);
    const apiKeySource = arm.apiKeyEnv !== void 0 ? "arm" : inherited !== void 0 ? "base arm" : "default";
    const { prices, source } = armPrices(model, arm, options.models, key);
    return [
      {
        name,
        kind: arm.kind,
        model,
        baseURL,
        ...apiKeyEnv ? { apiKeyEnv } : {},
        apiKeySource,
        temperature: arm.temperature,
        seed: arm.seed,
        ...arm.maxTokens !== void 0 ? { maxTokens: arm.maxTokens } : {},
        shots: arm.kind === "prompted" ? arm.shots ?? DEFAULT_SHOTS : 0,
        prices,
        priceSource: source,
        concurrency: arm.concurrency ?? settings.concurrency,
        timeoutMs: (arm.timeoutSeconds ?? settings.timeoutSeconds) * 1e3,
        // A candidate's name stays while its weights change with every training run.
        // A served promoted adapter answers under the arm's name whichever release it came from.
        cache: arm.cache && arm.kind !== "candidate" && !servedBaseline,
        cacheIdentity: servedHere ? `eval.serve:${served.baseName}` : baseURL,
        served: servedHere
      }
    ];
  });
}
function endpointLimits(arms) {
  const limits = /* @__PURE__ */ new Map();
  for (const arm of arms) limits.set(arm.baseURL, Math.min(limits.get(arm.baseURL) ?? Infinity, arm.concurrency));
  return limits;
}

// src/eval/answersFile.ts
import { createWriteStream as createWriteStream3 } from "node:fs";
import { once as once3 } from "node:events";
function fields(outcome) {
  const a = outcome.answer;
  return {
    status: a.status,
    answer: a.status === "ok" ? a.text ?? "" : null,
    tool_calls: a.toolCalls ?? null,
    finish_reason: outcome.finishReason,
    input_tokens: a.inputTokens ?? null,
    output_tokens: a.outputTokens ?? null,
    latency_ms: a.latencyMs ?? null,
    cached: outcome.cached,
    attempts: outcome.attempts,
    error: a.error ?? null
  };
}
async function writeAnswers(path2, plan, outcomes, judge) {
  const out = createWriteStream3(path2);
  const write = async (value2) => {
    if (!out.write(`${JSON.stringify(value2)}
`)) await once3(out, "drain");
  };
  for (const arm of plan.arms) {
    const list = outcomes.get(arm.name);
    for (const [i, example] of plan.holdout.examples.entries()) {
      if (!list[i]) continue;
      await write({ file: example.file, line: example.line, arm: arm.name, kind: arm.kind, model: arm.model, ...fields(list[i]) });
    }
  }
  for (const line of judge) {
    const example = plan.holdout.examples[line.example];
    await write({ file: example.file, line: example.line, arm: "judge", kind: "judge", model: plan.judge.model, vs: plan.judge.vs, order: line.order, verdict: line.verdict, ...fields(line.outcome) });
  }
  out.end();
  await once3(out, "close");
}

// src/eval/budget.ts
var ESTIMATE_TOKENIZER = "o200k_base";
function promptTokens(count2, messages, tools) {
  let n = 3;
  for (const m of messages) {
    n += 3 + count2(String(m.role ?? "")) + count2(textOf(m.content));
    if (typeof m.name === "string") n += 1 + count2(m.name);
    if (m.tool_calls) n += count2(JSON.stringify(m.tool_calls));
  }
  if (tools?.length) n += count2(JSON.stringify(tools));
  return n;
}
function referenceTokens(count2, reference) {
  return count2(reference.text) + (reference.toolCalls?.length ? count2(JSON.stringify(reference.toolCalls)) : 0);
}
function defaultMaxTokens(referenceTokenCounts) {
  return Math.max(64, 2 * Math.max(0, ...referenceTokenCounts));
}
function dollars(prices, inputTokens, outputTokens) {
  return prices ? (inputTokens * prices.inputPerMillion + outputTokens * prices.outputPerMillion) / 1e6 : null;
}
function estimateRequest(count2, body, reference) {
  return { inputTokens: promptTokens(count2, body.messages, body.tools), outputTokens: Math.min(body.max_completion_tokens, referenceTokens(count2, reference)) };
}
var Budget = class {
  constructor(maxUsd) {
    this.maxUsd = maxUsd;
  }
  maxUsd;
  spentUsd = 0;
  heldUsd = 0;
  /** Why sending stopped, once it has: "the spend would have passed eval.maxUsd ($10)". */
  stopped;
  /**
   * The hold of one request: what it can cost at most (`hold`: its prompt and a full-length answer),
   * held while it is in flight, so that requests in flight together cannot pass the budget; then
   * what its usage says it cost.
   */
  gate(prices, hold) {
    if (!prices) return void 0;
    const held = dollars(prices, hold.inputTokens, hold.outputTokens);
    let holding = false;
    return {
      allow: () => {
        if (this.maxUsd !== null && !this.stopped && this.spentUsd + this.heldUsd + held > this.maxUsd) this.stopped = `the spend would have passed eval.maxUsd ($${this.maxUsd})`;
        if (this.stopped) return `not sent: ${this.stopped}`;
        this.heldUsd += held;
        holding = true;
        return void 0;
      },
      settled: (answer) => {
        if (holding) this.heldUsd -= held;
        holding = false;
        if (answer) this.spentUsd += dollars(prices, answer.inputTokens ?? hold.inputTokens, answer.outputTokens ?? hold.outputTokens);
      }
    };
  }
};

// src/eval/judge.ts
var DEFAULT_JUDGE_PROMPT = `You are comparing two answers to the same request. A reference answer, written by a person, shows what a good answer says.

# Request
{{question}}

# Reference answer
{{reference}}

# Answer A
{{answer_a}}

# Answer B
{{answer_b}}

Which answer is better: closer to the reference in substance, correct, and as useful to the person asking? Ignore length and style unless they change the substance, and do not prefer an answer for coming first or second. Explain in at most three sentences, then end with exactly one line:
Verdict: A
Verdict: B
or
Verdict: tie`;
var PLACEHOLDERS = ["{{question}}", "{{reference}}", "{{answer_a}}", "{{answer_b}}"];
function missingPlaceholders(template) {
  return PLACEHOLDERS.filter((p) => !template.includes(p));
}
function answerText(answer) {
  const calls = answer.toolCalls?.length ? `
[tool calls] ${JSON.stringify(answer.toolCalls)}` : "";
  return `${answer.text ?? ""}${calls}`.trim() || "(empty)";
}
function questionText(messages) {
  return messages.map((m) => `${String(m.role)}: ${textOf(m.content)}${m.tool_calls ? ` [tool calls] ${JSON.stringify(m.tool_calls)}` : ""}`).join("\n\n");
}
function judgePrompt(template, question, reference, a, b) {
  const values = { "{{question}}": question, "{{reference}}": answerText(reference), "{{answer_a}}": answerText(a), "{{answer_b}}": answerText(b) };
  return template.replace(/\{\{(?:question|reference|answer_a|answer_b)\}\}/g, (p) => values[p]);
}
function parseVerdict(text2) {
  const matches = [...text2.matchAll(/verdict\s*[:：]\s*[*_`"']*\s*(A|B|tie)\b/gi)];
  const last = matches.at(-1)?.[1];
  if (!last) return void 0;
  return last.toLowerCase() === "tie" ? "tie" : last.toUpperCase();
}
function combine(first, second) {
  const a = first === "A" ? "candidate" : first === "B" ? "other" : "tie";
  const b = second === "B" ? "candidate" : second === "A" ? "other" : "tie";
  if (a === "candidate" && b === "candidate") return "win";
  if (a === "other" && b === "other") return "loss";
  return "tie";
}
function summariseJudge(examples, meta) {
  const counted = examples.filter((e) => e.outcome !== "excluded");
  const wins = counted.filter((e) => e.outcome === "win").length;
  const losses = counted.filter((e) => e.outcome === "loss").length;
  const ties = counted.length - wins - losses;
  const values = counted.map((e) => e.outcome === "win" ? 1 : e.outcome === "loss" ? 0 : 0.5);
  return {
    model: meta.model,
    vs: meta.vs,
    promptSource: meta.promptSource,
    judged: counted.length,
    wins,
    ties,
    losses,
    disagreements: counted.filter((e) => e.disagreement).length,
    excluded: examples.length - counted.length,
    score: estimateMean(values, false, { rng: seededRng(meta.seed, `judge:${meta.vs}`), resamples: meta.resamples }),
    p: mcnemarExact(wins, losses).p
  };
}

// src/eval/plan.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join7, resolve as resolve9 } from "node:path";

// src/eval/cache.ts
import { mkdir as mkdir5, readFile as readFile2, rename as rename2, stat as stat5, writeFile as writeFile4 } from "node:fs/promises";
import { join as join5 } from "node:path";
var FORMAT = "finetune-ci-eval-answer-1";
var NO_CACHE = {
  get: async () => void 0,
  has: async () => false,
  put: async () => void 0
};
function isAnswer(value2) {
  if (!value2 || typeof value2 !== "object") return false;
  const a = value2;
  const count2 = (v) => v === void 0 || typeof v === "number" && Number.isInteger(v) && v >= 0;
  const calls = a.toolCalls === void 0 || Array.isArray(a.toolCalls) && a.toolCalls.every((c) => c && typeof c === "object" && typeof c.name === "string");
  return typeof a.text === "string" && (a.finishReason === null || typeof a.finishReason === "string") && count2(a.inputTokens) && count2(a.outputTokens) && calls;
}
function directoryCache(dir, warn) {
  const path2 = (key) => join5(dir, key.slice(0, 2), `${key}.json`);
  const made = /* @__PURE__ */ new Set();
  let sequence = 0;
  return {
    async get(key) {
      let text2;
      try {
        text2 = await readFile2(path2(key), "utf8");
      } catch {
        return void 0;
      }
      try {
        const entry = JSON.parse(text2);
        if (entry.format === FORMAT && entry.key === key && isAnswer(entry.answer)) return entry.answer;
      } catch {
      }
      warn(`${path2(key)}: a corrupt cache entry was ignored; the request is sent again and the entry rewritten`);
      return void 0;
    },
    async has(key) {
      return stat5(path2(key)).then(
        (s) => s.isFile(),
        () => false
      );
    },
    async put(key, answer) {
      const target = path2(key);
      const folder = join5(dir, key.slice(0, 2));
      if (!made.has(folder)) {
        await mkdir5(folder, { recursive: true });
        made.add(folder);
      }
      const temporary = `${target}.${process.pid}.${++sequence}.tmp`;
      await writeFile4(temporary, JSON.stringify({ format: FORMAT, key, answer }));
      await rename2(temporary, target);
    }
  };
}

// src/eval/fewShot.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream5 } from "node:fs";
import { resolve as resolve7 } from "node:path";
import { createInterface as createInterface2 } from "node:readline";

// src/eval/holdout.ts
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve6 } from "node:path";
var FIX = "End every holdout example with the assistant turn the model should give (it is the reference answer); `finetune-ci validate FILE` lists every problem of a file";
var MAX_LISTED = 20;
function promptKey(messages) {
  return messages.map((m) => `${String(m.role)}:${textOf(m.content)}${m.tool_calls ? JSON.stringify(m.tool_calls) : ""}`).join("\n").toLowerCase().replace(/\s+/g, " ").trim();
}
function apiMessage(message) {
  const { weight: _weight, ...rest } = message;
  return rest;
}
function toolCallsOf(message) {
  if (Array.isArray(message.tool_calls)) {
    return message.tool_calls.map((call2) => {
      const fn = call2.function ?? {};
      return { name: String(fn.name ?? ""), arguments: typeof fn.arguments === "string" || fn.arguments && typeof fn.arguments === "object" ? fn.arguments : "" };
    });
  }
  const legacy = message.function_call;
  if (legacy && typeof legacy === "object") return [{ name: String(legacy.name ?? ""), arguments: typeof legacy.arguments === "string" ? legacy.arguments : "" }];
  return void 0;
}
function toolsOf(record, format) {
  const source = format === "preference" ? record.input ?? {} : record;
  if (Array.isArray(source.tools) && source.tools.length > 0) return source.tools;
  if (Array.isArray(source.functions) && source.functions.length > 0) return source.functions.map((fn) => ({ type: "function", function: fn }));
  return void 0;
}
function holdoutExample(text2, file, line, formatChoice) {
  const parsed = parseRecord(text2);
  if (!("record" in parsed)) {
    const why = parsed.error instanceof Error ? `not valid JSON (${parsed.error.message})` : "not a JSON object";
    return { file, line, problem: why };
  }
  const record = parsed.record;
  const format = formatChoice === "auto" ? detectFormat(record) : formatChoice;
  let prompt;
  let answer;
  if (format === "preference") {
    prompt = asMessages((record.input ?? {}).messages);
    answer = asMessages(record.preferred_output).find((m) => m.role === "assistant");
    if (!answer) return { file, line, problem: "the preference example has no assistant message in preferred_output to use as the reference answer" };
  } else {
    const messages = asMessages(record.messages);
    if (messages.length === 0) return { file, line, problem: "the example has no messages" };
    const last = messages.at(-1);
    if (last.role !== "assistant") return { file, line, problem: `the last message is a ${typeof last.role === "string" ? last.role : "role-less"} message, not the assistant's answer` };
    prompt = messages.slice(0, -1);
    answer = last;
  }
  const toolCalls = toolCallsOf(answer);
  const content = textOf(answer.content);
  if (content.trim() === "" && !toolCalls?.length) return { file, line, problem: "the final assistant message has neither content nor tool_calls: there is no reference answer" };
  if (!prompt.some((m) => m.role === "user" || m.role === "tool")) return { file, line, problem: "there is no user message before the answer: nothing to ask the model" };
  const tools = toolsOf(record, format);
  const parallel = format === "preference" ? (record.input ?? {}).parallel_tool_calls : record.parallel_tool_calls;
  return {
    file,
    line,
    messages: prompt.map(apiMessage),
    ...tools ? { tools } : {},
    ...typeof parallel === "boolean" ? { parallelToolCalls: parallel } : {},
    reference: { text: content, ...toolCalls?.length ? { toolCalls } : {} },
    promptKey: promptKey(prompt)
  };
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
async function readHoldout(paths, options) {
  if (paths.length === 0) {
    throw new EvalSetupError("config", options.key, "there is no holdout file to evaluate on", "Set datasets.holdout (or eval.holdout) to a JSONL file of held-out examples; `finetune-ci split FILE` makes one");
  }
  const examples = [];
  const files2 = [];
  const problems = [];
  for (const path2 of paths) {
    const bytes2 = await readFile3(resolve6(options.cwd, path2));
    let text2;
    try {
      text2 = utf8.decode(bytes2);
    } catch {
      throw new EvalSetupError("holdout", path2, "the file is not valid UTF-8", `Run \`finetune-ci validate ${path2}\`: it names the line and byte`);
    }
    const lines2 = text2.split("\n");
    if (lines2.at(-1) === "") lines2.pop();
    const file = { path: path2, lines: lines2.length, examples: 0, blankLines: 0 };
    lines2.forEach((raw, i) => {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (line.trim() === "") {
        file.blankLines++;
        return;
      }
      if (Buffer.byteLength(line) > options.maxLineBytes) {
        problems.push({ file: path2, line: i + 1, problem: `the line is longer than review.maxLineBytes (${options.maxLineBytes} bytes)` });
        return;
      }
      const example = holdoutExample(line.charCodeAt(0) === 65279 ? line.slice(1) : line, path2, i + 1, options.format);
      if ("problem" in example) problems.push(example);
      else {
        examples.push(example);
        file.examples++;
      }
    });
    files2.push(file);
  }
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const details2 = rest.slice(0, MAX_LISTED - 1).map((p) => `${p.file}:${p.line}: ${p.problem}`);
    if (rest.length > MAX_LISTED - 1) details2.push(`... and ${rest.length - (MAX_LISTED - 1)} more line(s)`);
    throw new EvalSetupError("holdout", `${first.file}:${first.line}`, `${first.problem}${problems.length > 1 ? ` (and ${problems.length - 1} more bad line(s), listed below)` : ""}`, FIX, details2);
  }
  if (examples.length === 0) throw new EvalSetupError("holdout", paths.join(", "), "the holdout has no examples", "Add held-out examples to it; `finetune-ci split FILE` makes a holdout file from a dataset");
  return { examples, files: files2 };
}

// src/eval/fewShot.ts
var SYSTEM_ROLES = /* @__PURE__ */ new Set(["system", "developer"]);
async function drawShots(paths, k, options) {
  const best = [];
  let eligible = 0;
  let holdoutPrompts = 0;
  let unusable = 0;
  for (const path2 of paths) {
    const lines2 = createInterface2({ input: createReadStream5(resolve7(options.cwd, path2), { encoding: "utf8" }), crlfDelay: Infinity });
    let line = 0;
    for await (const text2 of lines2) {
      line++;
      if (text2.trim() === "") continue;
      if (Buffer.byteLength(text2) > options.maxLineBytes) {
        unusable++;
        continue;
      }
      const parsed = parseRecord(text2);
      const messages = "record" in parsed ? asMessages(parsed.record.messages) : [];
      if (messages.length < 2 || messages.at(-1).role !== "assistant") {
        unusable++;
        continue;
      }
      if (options.holdoutPromptKeys.has(promptKey(messages.slice(0, -1)))) {
        holdoutPrompts++;
        continue;
      }
      const turns = messages.filter((m) => !SYSTEM_ROLES.has(String(m.role))).map(({ weight: _weight, ...rest }) => rest);
      if (!turns.some((m) => m.role === "user")) {
        unusable++;
        continue;
      }
      eligible++;
      const rank = createHash3("sha256").update(text2.trim()).digest("hex");
      if (best.length === k && rank >= best.at(-1).rank) continue;
      best.push({ file: path2, line, messages: turns, rank });
      best.sort((a, b) => a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0);
      if (best.length > k) best.pop();
    }
  }
  return { shots: best.map(({ rank: _rank, ...shot }) => shot), eligible, holdoutPrompts, unusable };
}
function withShots(messages, shots) {
  const lead = messages.findIndex((m) => !SYSTEM_ROLES.has(String(m.role)));
  const at = lead === -1 ? messages.length : lead;
  return [...messages.slice(0, at), ...shots.flatMap((s) => s.messages), ...messages.slice(at)];
}

// src/eval/gateConfig.ts
var KEY = "eval.gate";
function gateConfig(settings, armNames, allArmNames) {
  const rules = [];
  const floors = [];
  const ruleIndex = [];
  const floorIndex = [];
  const skipped = [];
  let comparisonRules = 0;
  (settings.gate.rules ?? []).forEach((rule, i) => {
    const at = `${KEY}.rules[${i}]`;
    const isFloor = rule.floor !== void 0;
    if (isFloor && (rule.vs !== void 0 || rule.kind !== void 0 || rule.margin !== void 0 || rule.severity !== void 0)) {
      throw new EvalSetupError("config", at, "a rule has both floor and comparison keys (vs, kind, margin, severity)", "Split it into a floor {metric, floor, arm} and a comparison rule {metric, vs, kind, margin}");
    }
    if (!isFloor && rule.arm !== void 0) throw new EvalSetupError("config", `${at}.arm`, "arm is for floors; a comparison rule always compares the candidate", "Use vs to name the arm to compare with, or add floor to make it a floor");
    const arm = isFloor ? rule.arm : rule.vs;
    if (!isFloor && arm === void 0) throw new EvalSetupError("config", at, "a comparison rule needs vs (the arm the candidate is compared with), or floor to be a floor", `Add vs: one of ${allArmNames.join(", ")}`);
    if (arm !== void 0 && !allArmNames.includes(arm)) {
      throw new EvalSetupError("config", `${at}.${isFloor ? "arm" : "vs"}`, `there is no arm named "${arm}"`, `Use one of the arms of eval.arms: ${allArmNames.join(", ")}`);
    }
    if (!isFloor) comparisonRules++;
    if (arm !== void 0 && !armNames.includes(arm)) {
      skipped.push(`${at} (${rule.metric} ${isFloor ? `floor ${rule.floor} on` : `${rule.kind ?? "not-worse"} vs`} ${arm}): the arm is not run (--arms)`);
      return;
    }
    if (isFloor) {
      floors.push({ metric: rule.metric, min: rule.floor, ...arm !== void 0 ? { arm } : {} });
      floorIndex.push(i);
    } else {
      rules.push({ metric: rule.metric, vs: arm, kind: rule.kind ?? "not-worse", ...rule.margin !== void 0 ? { margin: rule.margin } : {}, ...rule.severity ? { severity: rule.severity } : {} });
      ruleIndex.push(i);
    }
  });
  const options = {
    // Comparison rules in the config replace the defaults; floors alone keep them.
    ...comparisonRules > 0 ? { rules } : {},
    floors,
    maxFailureRate: settings.maxFailureRate,
    minPairs: settings.gate.minPairs,
    alpha: settings.gate.alpha,
    key: KEY
  };
  return { options, skipped, ruleIndex, floorIndex };
}
function configKey(key, config) {
  if (!key) return KEY;
  return key.replace(/^eval\.gate\.(rules|floors)\[(\d+)\]/, (_, list, index) => `${KEY}.rules[${(list === "rules" ? config.ruleIndex : config.floorIndex)[Number(index)] ?? index}]`);
}
function checkGate(config, input) {
  try {
    resolveGateOptions({ candidate: input.candidate, arms: input.arms.map((a) => ({ ...a, total: 0, failed: 0 })), primary: input.primary, metrics: input.metrics, options: config.options });
  } catch (error) {
    if (error instanceof EvalInputError) {
      const problem = error.message.slice(error.key ? error.key.length + 2 : 0).replace(`. ${error.fix}`, "");
      throw new EvalSetupError("config", configKey(error.key, config), problem, error.fix);
    }
    throw error;
  }
}

// src/eval/requests.ts
import { createHash as createHash4 } from "node:crypto";
var CACHE_FORMAT = "finetune-ci-eval-cache-1";
function chatBody(arm, example, shots) {
  return {
    model: arm.model,
    messages: shots.length > 0 ? withShots(example.messages, shots) : [...example.messages],
    temperature: arm.temperature,
    seed: arm.seed,
    max_completion_tokens: arm.maxTokens,
    ...example.tools ? { tools: example.tools } : {},
    ...example.tools && example.parallelToolCalls !== void 0 ? { parallel_tool_calls: example.parallelToolCalls } : {}
  };
}
function cacheKey(identity2, body) {
  return createHash4("sha256").update(JSON.stringify([CACHE_FORMAT, identity2, body])).digest("hex");
}
function planRequests(arm, examples, shots) {
  return examples.map((example, i) => {
    const body = chatBody(arm, example, arm.kind === "prompted" ? shots : []);
    return { arm: arm.name, example: i, body, cacheKey: cacheKey(arm.cacheIdentity, body) };
  });
}

// src/eval/serve.ts
import { createWriteStream as createWriteStream4, existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir6 } from "node:fs/promises";
import { createServer } from "node:net";
import { delimiter, dirname as dirname4, join as join6, resolve as resolve8 } from "node:path";
function serveSettings(settings) {
  const serve = settings.serve;
  if (!serve) return void 0;
  for (const [key, what] of [["baseModel", "the base model to serve (a Hugging Face id or a local folder)"], ["adapter", "the candidate's adapter folder (train.py's adapter/)"]]) {
    if (!serve[key]) throw new EvalSetupError("config", `eval.serve.${key}`, "is not set", `Set it to ${what}; in the Action, command: eval sets it from the adapter-path or training-artifact input`);
  }
  return serve;
}
var LOG_TAIL = 30;
async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(() => ok()));
  return port;
}
function servedEndpoint(settings, port) {
  return { baseURL: `http://127.0.0.1:${port}/v1`, baseName: settings.baseModel, adapterName: settings.adapterName };
}
async function chooseEngine(settings, env, cwd) {
  if (settings.engine !== "auto") return settings.engine;
  try {
    const probe = await runProcess({ command: settings.python, args: ["-c", "import vllm"], env, cwd });
    return probe.code === 0 ? "vllm" : "serve.py";
  } catch (error) {
    if (error instanceof ProcessStartError) throw new EvalSetupError("serve", "eval.serve.python", error.message, "Set eval.serve.python to a Python with the runner's requirements (self-hosted-runner/requirements.txt) or vLLM");
    throw error;
  }
}
function command(engine, settings, adapters, port, actionRoot) {
  const runner2 = join6(actionRoot, "self-hosted-runner");
  const modules = adapters.map((a) => `${a.name}=${a.path}`);
  if (engine === "vllm") return { command: "bash", args: [join6(runner2, "serve-vllm.sh"), settings.baseModel, ...modules] };
  return {
    command: settings.python,
    args: [join6(runner2, "serve.py"), "--model", settings.baseModel, "--served-model-name", settings.baseModel, "--lora-modules", ...modules, "--host", "127.0.0.1", "--port", String(port)]
  };
}
async function listedModels(url2, fetchFn) {
  try {
    const response = await fetchFn(`${url2}/models`, { signal: AbortSignal.timeout(5e3) });
    if (!response.ok) return void 0;
    const body = await response.json();
    return Array.isArray(body.data) ? body.data.map((m) => String(m.id)) : void 0;
  } catch {
    return void 0;
  }
}
async function startServer(options, port) {
  const { settings } = options;
  const adapter = resolve8(options.cwd, settings.adapter);
  if (!existsSync2(join6(adapter, "adapter_config.json"))) {
    throw new EvalSetupError("serve", "eval.serve.adapter", `${settings.adapter} has no adapter_config.json: it is not a LoRA adapter folder`, "Point it at the adapter/ folder train.py writes (train.outputDir/adapter), e.g. after downloading the training artifact");
  }
  const engine = await chooseEngine(settings, withoutRunnerCredentials(options.env), options.cwd);
  const endpoint2 = servedEndpoint(settings, port);
  await mkdir6(dirname4(options.logPath), { recursive: true });
  const log = createWriteStream4(options.logPath, { flags: "w" });
  const tail = [];
  const keep = (line) => {
    log.write(`${line}
`);
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > LOG_TAIL) tail.shift();
  };
  const pythonDir = settings.python.includes("/") ? dirname4(resolve8(options.cwd, settings.python)) : void 0;
  const env = { ...withoutRunnerCredentials(options.env), PORT: String(port), ...pythonDir ? { PATH: `${pythonDir}${delimiter}${options.env.PATH ?? ""}` } : {} };
  const extra = (options.extraAdapters ?? []).map((a) => ({ name: a.name, path: resolve8(options.cwd, a.path) }));
  const { command: program, args } = command(engine, settings, [{ name: settings.adapterName, path: adapter }, ...extra], port, options.actionRoot);
  options.info(`eval.serve: starting ${engine} with ${settings.baseModel} and ${[`${settings.adapterName}=${settings.adapter}`, ...(options.extraAdapters ?? []).map((a) => `${a.name}=${a.path}`)].join(", ")} on port ${port} (log: ${options.logPath})`);
  let running;
  try {
    running = await startProcess({ command: program, args, env, cwd: options.cwd, onStdout: keep, onStderr: keep, killGraceMs: 1e4 });
  } catch (error) {
    log.end();
    if (error instanceof ProcessStartError) throw new EvalSetupError("serve", "eval.serve.python", error.message, "Set eval.serve.python to a Python with the runner's requirements installed");
    throw error;
  }
  let exited;
  void running.exited.then((result) => exited = result);
  const stop = async () => {
    if (!exited) await running.stop();
    await new Promise((ok) => log.end(ok));
  };
  const fetchFn = options.fetch ?? fetch;
  const deadline = Date.now() + settings.startupTimeoutSeconds * 1e3;
  const wanted = [endpoint2.baseName, endpoint2.adapterName, ...extra.map((a) => a.name)];
  let seen;
  try {
    for (; ; ) {
      seen = await listedModels(endpoint2.baseURL, fetchFn);
      if (seen && wanted.every((name) => seen.includes(name))) break;
      if (exited) {
        throw new EvalSetupError("serve", "eval.serve", `the ${engine} server exited (${exited.code === null ? `signal ${exited.signal}` : `exit code ${exited.code}`}) before serving the models`, `Read its log, ${options.logPath}; its last lines are below`, tail.slice(-LOG_TAIL));
      }
      if (Date.now() > deadline) {
        const listed = seen ? `it lists ${seen.map((s) => JSON.stringify(s)).join(", ") || "no model"}` : "GET /v1/models never answered";
        throw new EvalSetupError("serve", "eval.serve.startupTimeoutSeconds", `the ${engine} server did not serve ${wanted.map((w) => JSON.stringify(w)).join(" and ")} within ${settings.startupTimeoutSeconds} s (${listed})`, `Raise startupTimeoutSeconds if the model is still loading; otherwise read its log, ${options.logPath}`, tail.slice(-LOG_TAIL));
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  options.info(`eval.serve: ${engine} serves ${wanted.join(" and ")} at ${endpoint2.baseURL}`);
  return { endpoint: endpoint2, engine, logPath: options.logPath, stop };
}

// src/eval/plan.ts
var JUDGE_OUTPUT_ESTIMATE = 150;
async function scoringOptions(context) {
  const { settings } = context;
  const scoring = settings.eval.scoring;
  let jsonSchema;
  if (scoring.jsonSchema) {
    const text2 = await readFile4(resolve9(context.cwd, scoring.jsonSchema), "utf8").catch(() => {
      throw new EvalSetupError("config", "eval.scoring.jsonSchema", `${scoring.jsonSchema} cannot be read`, "Point it at a JSON Schema file, relative to the config file");
    });
    try {
      jsonSchema = JSON.parse(text2);
    } catch (error) {
      throw new EvalSetupError("config", "eval.scoring.jsonSchema", `${scoring.jsonSchema} is not valid JSON (${error.message})`, "Fix the schema file");
    }
  }
  return {
    ...scoring.kind !== "auto" ? { kind: scoring.kind } : {},
    ...scoring.primary ? { primary: scoring.primary } : {},
    ...scoring.labels ? { labels: scoring.labels } : {},
    ...jsonSchema ? { jsonSchema } : {},
    maxLabels: settings.review.maxLabels,
    labelMaxChars: settings.review.labelMaxChars,
    key: "eval.scoring"
  };
}
function setupErrorOf(error, holdout) {
  const problem = error.message.slice(error.key ? error.key.length + 2 : 0).replace(`. ${error.fix}`, "");
  const example = error.example !== void 0 ? holdout?.examples[error.example] : void 0;
  return new EvalSetupError(example ? "holdout" : "config", example ? `${example.file}:${example.line}` : error.key ?? "eval", example && error.key ? `${problem} (${error.key})` : problem, error.fix);
}
function judgeEndpoint(judge) {
  const baseURL = (judge.baseURL ?? OPENAI_BASE_URL2).replace(/\/+$/, "");
  const apiKeyEnv = judge.apiKeyEnv ?? (new URL(baseURL).hostname === "api.openai.com" ? "OPENAI_API_KEY" : void 0);
  return { baseURL, ...apiKeyEnv ? { apiKeyEnv } : {} };
}
async function judgePlan(context, arms) {
  const { settings } = context;
  const judge = settings.eval.judge;
  if (!judge) return null;
  checkKeyVariable(judge.apiKeyEnv, "eval.judge.apiKeyEnv");
  checkBaseURL(judge.baseURL, "eval.judge.baseURL");
  const vs = judge.vs ?? arms.find((a) => a.kind === "base")?.name;
  if (!vs) throw new EvalSetupError("config", "eval.judge.vs", "the judge needs an arm to compare the candidate with, and there is no base arm", "Set vs to the name of an arm");
  const arm = arms.find((a) => a.name === vs);
  if (!arm) throw new EvalSetupError("config", "eval.judge.vs", `there is no arm named "${vs}" among the arms run`, `Use one of: ${arms.map((a) => a.name).join(", ")}`);
  if (arm.kind === "candidate") throw new EvalSetupError("config", "eval.judge.vs", "the judge would compare the candidate with itself", "Name another arm");
  let template = DEFAULT_JUDGE_PROMPT;
  let promptSource = "bundled";
  if (judge.prompt) {
    template = await readFile4(resolve9(context.cwd, judge.prompt), "utf8").catch(() => {
      throw new EvalSetupError("config", "eval.judge.prompt", `${judge.prompt} cannot be read`, "Point it at the judge's prompt file, relative to the config file, or remove it to use the bundled prompt");
    });
    promptSource = judge.prompt;
    const missing2 = missingPlaceholders(template);
    if (missing2.length > 0) throw new EvalSetupError("config", "eval.judge.prompt", `${judge.prompt} lacks ${missing2.join(", ")}`, "Put each placeholder where the judge should see that text");
  }
  const { baseURL, apiKeyEnv } = judgeEndpoint(judge);
  const { prices, source } = armPrices(judge.model, judge, settings.models, "eval.judge");
  return {
    model: judge.model,
    baseURL,
    ...apiKeyEnv ? { apiKeyEnv } : {},
    template,
    promptSource,
    vs,
    maxTokens: judge.maxTokens,
    prices,
    priceSource: source,
    concurrency: judge.concurrency ?? settings.eval.concurrency,
    timeoutMs: settings.eval.timeoutSeconds * 1e3
  };
}
async function planEval(context) {
  const { settings, cwd } = context;
  const evalSettings = settings.eval;
  const warnings = [];
  const serve = serveSettings(evalSettings);
  const served = serve ? servedEndpoint(serve, serve.port || await freePort()) : null;
  const servedBaselines = Object.keys(context.options.servedBaselines ?? {});
  if (servedBaselines.length > 0 && !served) throw new EvalSetupError("config", "eval.serve", `the promoted adapter of ${servedBaselines.join(", ")} is served beside the candidate's, and eval.serve is not set`, "Serve the candidate's adapter with eval.serve, or compare with a hosted baseline");
  const arms = resolveArms(evalSettings, { ...context.options.arms ? { only: context.options.arms } : {}, ...served ? { served } : {}, servedBaselines, models: settings.models });
  const candidate = arms.find((a) => a.kind === "candidate");
  const gate = gateConfig(evalSettings, arms.map((a) => a.name), Object.keys(evalSettings.arms));
  const judge = await judgePlan(context, arms);
  const holdoutPaths = await expandPaths(evalSettings.holdout ?? settings.datasets.holdout, cwd);
  const holdout = await readHoldout(holdoutPaths, { cwd, format: settings.format, maxLineBytes: settings.review.maxLineBytes, key: evalSettings.holdout ? "eval.holdout" : "datasets.holdout" });
  const references = holdout.examples.map((e) => e.reference);
  const scoring = await scoringOptions(context);
  let scorer;
  try {
    scorer = chooseScorer(references, scoring);
    checkGate(gate, { candidate: candidate.name, arms, primary: scorer.primary, metrics: [scorer.primary, ...scorer.secondary] });
  } catch (error) {
    throw error instanceof EvalInputError ? setupErrorOf(error, holdout) : error;
  }
  warnings.push(...gate.skipped.map((s) => `Gate rule not applied: ${s}.`));
  let shots = null;
  const prompted = arms.filter((a) => a.kind === "prompted");
  if (prompted.length > 0) {
    const trainPaths = await expandPaths(settings.datasets.train, cwd);
    if (trainPaths.length === 0) throw new EvalSetupError("config", "datasets.train", "a prompted arm draws its few-shot examples from the training set, and there is none", "Set datasets.train, or remove the prompted arm");
    const k = Math.max(...prompted.map((a) => a.shots));
    shots = await drawShots(trainPaths, k, { cwd, holdoutPromptKeys: new Set(holdout.examples.map((e) => e.promptKey)), maxLineBytes: settings.review.maxLineBytes });
    if (shots.shots.length < k) {
      throw new EvalSetupError("config", `eval.arms.${prompted[0].name}.shots`, `the training set has ${shots.eligible} usable example(s) for ${k} shots`, "Lower shots, or add training examples (chat examples ending with the assistant's answer)");
    }
  }
  const countTokens = await loadTokenCounter(ESTIMATE_TOKENIZER);
  const referenceCounts = references.map((r) => referenceTokens(countTokens, r));
  const fallbackMax = defaultMaxTokens(referenceCounts);
  for (const arm of arms) arm.maxTokens ??= fallbackMax;
  const cache = context.options.noCache || !evalSettings.cache.enabled ? NO_CACHE : directoryCache(resolve9(cwd, evalSettings.cache.dir), (m) => context.log.warning(m));
  const requests = /* @__PURE__ */ new Map();
  const estimates = /* @__PURE__ */ new Map();
  const estimate = { arms: [], totalUsd: 0, unpriced: [], tokenizer: ESTIMATE_TOKENIZER, maxUsd: evalSettings.maxUsd ?? null };
  for (const arm of arms) {
    const armShots = arm.kind === "prompted" ? shots.shots.slice(0, arm.shots) : [];
    const planned = planRequests(arm, holdout.examples, armShots);
    const perRequest = planned.map((p) => estimateRequest(countTokens, p.body, references[p.example]));
    requests.set(arm.name, planned);
    estimates.set(arm.name, perRequest);
    const inCache = arm.cache ? await Promise.all(planned.map((p) => cache.has(p.cacheKey))) : planned.map(() => false);
    planned.forEach((p, i) => p.inCache = inCache[i]);
    const toSend = perRequest.filter((_, i) => !inCache[i]);
    const inputTokens = toSend.reduce((s, e) => s + e.inputTokens, 0);
    const outputTokens = toSend.reduce((s, e) => s + e.outputTokens, 0);
    const usd2 = dollars(arm.prices, inputTokens, outputTokens);
    estimate.arms.push({ arm: arm.name, kind: arm.kind, model: arm.model, requests: planned.length, cached: planned.length - toSend.length, inputTokens, outputTokens, usd: usd2 });
    if (usd2 === null) estimate.unpriced.push(arm.name);
    else estimate.totalUsd += usd2;
  }
  if (judge) {
    const templateTokens = countTokens(judge.template);
    let inputTokens = 0;
    holdout.examples.forEach((example, i) => {
      inputTokens += 2 * (templateTokens + promptTokens(countTokens, example.messages) + 3 * referenceCounts[i]);
    });
    const outputTokens = 2 * holdout.examples.length * Math.min(judge.maxTokens, JUDGE_OUTPUT_ESTIMATE);
    const usd2 = dollars(judge.prices, inputTokens, outputTokens);
    estimate.arms.push({ arm: "judge", kind: "judge", model: judge.model, requests: 2 * holdout.examples.length, cached: 0, inputTokens, outputTokens, usd: usd2 });
    if (usd2 === null) estimate.unpriced.push("judge");
    else estimate.totalUsd += usd2;
  }
  return { arms, holdout, references, scoring, scorer, gate, shots, requests, estimates, judge, estimate, cache, served, countTokens, outDir: resolve9(cwd, evalSettings.out), warnings };
}
function answersPathIn(outDir) {
  return join7(outDir, "answers.jsonl");
}

// src/eval/probe.ts
function sameAnswer(a, b) {
  return (a.text ?? "").trim() === (b.text ?? "").trim() && JSON.stringify(a.toolCalls ?? []) === JSON.stringify(b.toolCalls ?? []);
}
function lastUserText(example) {
  const user = example.messages.findLast((m) => m.role === "user");
  const content = user?.content;
  return typeof content === "string" ? content : JSON.stringify(content ?? "");
}
function probeCandidate(examples, candidate, base, against) {
  const prompts = candidate.length;
  if (!base || against === null) return { prompts, against: null, answeredByBoth: 0, identical: 0, tripped: false, evidence: [] };
  let answeredByBoth2 = 0;
  let identical = 0;
  const evidence = [];
  candidate.forEach((answer, i) => {
    const other = base[i];
    if (answer.status !== "ok" || other.status !== "ok") return;
    answeredByBoth2++;
    if (!sameAnswer(answer, other)) return;
    identical++;
    const example = examples[i];
    evidence.push({ file: example.file, line: example.line, prompt: lastUserText(example), answer: answer.toolCalls?.length ? `${answer.text ?? ""} ${JSON.stringify(answer.toolCalls)}`.trim() : answer.text ?? "" });
  });
  const tripped = prompts > 0 && answeredByBoth2 === prompts && identical === prompts;
  return { prompts, against, answeredByBoth: answeredByBoth2, identical, tripped, evidence: tripped ? evidence : [] };
}

// src/eval/report/model.ts
var EVAL_REPORT_SCHEMA_VERSION = 1;

// src/eval/report/build.ts
var EXAMPLES_LISTED = 10;
var TEXT_KEPT = 500;
function cut(text2) {
  return text2.length > TEXT_KEPT ? `${text2.slice(0, TEXT_KEPT)}\u2026` : text2;
}
function shown(answer) {
  if (!answer) return "";
  const calls = answer.toolCalls?.length ? ` ${JSON.stringify(answer.toolCalls)}` : "";
  return cut(`${answer.text ?? ""}${calls}`.trim());
}
function lastUser(example) {
  const content = example.messages.findLast((m) => m.role === "user")?.content;
  return cut(typeof content === "string" ? content : JSON.stringify(content ?? ""));
}
function armReport(plan, name, outcomes, result) {
  const arm = plan.arms.find((a) => a.name === name);
  const scored = result?.arms.find((a) => a.name === name);
  const present = outcomes.filter((o) => o !== void 0);
  const failures = plan.holdout.examples.flatMap((example, i) => {
    const o = outcomes[i];
    return o && o.answer.status === "failed" ? [{ file: example.file, line: example.line, reason: o.answer.error ?? "failed" }] : [];
  });
  const sent = present.filter((o) => o.answer.status === "ok" && !o.cached);
  const spent = arm.prices ? sent.reduce((s, o) => s + (dollars(arm.prices, o.answer.inputTokens ?? 0, o.answer.outputTokens ?? 0) ?? 0), 0) : null;
  return {
    name,
    kind: arm.kind,
    model: arm.model,
    baseURL: arm.baseURL,
    served: arm.served,
    shots: arm.kind === "prompted" && plan.shots ? plan.shots.shots.slice(0, arm.shots).map((s) => ({ file: s.file, line: s.line })) : [],
    prices: arm.prices,
    priceSource: arm.priceSource,
    requests: {
      total: outcomes.length,
      ok: present.filter((o) => o.answer.status === "ok").length,
      cached: present.filter((o) => o.cached).length,
      failed: failures.length,
      notSent: present.filter((o) => o.answer.status === "failed" && o.attempts === 0).length,
      notRun: outcomes.length - present.length,
      attempts: present.reduce((s, o) => s + o.attempts, 0),
      retried: present.filter((o) => o.attempts > 1).length
    },
    spentUsd: spent,
    failures,
    estimates: scored?.estimates ?? [],
    usage: scored?.usage ?? null,
    ...scored?.classification ? { classification: scored.classification } : {},
    ...scored?.jsonFields ? { jsonFields: scored.jsonFields } : {}
  };
}
function changesAgainst(result) {
  const rule = result.gate.rules.find((r) => r.rule.severity === "fail");
  if (rule) return { vs: rule.rule.vs, metric: rule.rule.metric };
  const other = result.arms.find((a) => a.kind === "base") ?? result.arms.find((a) => a.name !== result.candidate);
  return other ? { vs: other.name, metric: result.scorer.primary } : null;
}
function exampleChanges(plan, result, outcomes) {
  const against = changesAgainst(result);
  if (!against) return null;
  const mine = result.arms.find((a) => a.name === result.candidate).values[against.metric];
  const theirs = result.arms.find((a) => a.name === against.vs).values[against.metric];
  if (!mine || !theirs) return null;
  const pairs = [];
  let same = 0;
  plan.holdout.examples.forEach((example, i) => {
    const a = mine[i];
    const b = theirs[i];
    if (a === null || a === void 0 || b === null || b === void 0) return;
    if (a === b) {
      same++;
      return;
    }
    pairs.push({
      file: example.file,
      line: example.line,
      prompt: lastUser(example),
      reference: shown(example.reference),
      candidate: shown(outcomes.get(result.candidate)[i]?.answer),
      other: shown(outcomes.get(against.vs)[i]?.answer),
      candidateValue: a,
      otherValue: b,
      delta: a - b
    });
  });
  const worse = pairs.filter((p) => p.delta < 0).sort((x, y) => x.delta - y.delta);
  const better = pairs.filter((p) => p.delta > 0).sort((x, y) => y.delta - x.delta);
  return { metric: against.metric, vs: against.vs, regressions: worse.slice(0, EXAMPLES_LISTED), improvements: better.slice(0, EXAMPLES_LISTED), worse: worse.length, better: better.length, same };
}
function perExample(plan, result, outcomes) {
  const against = result ? changesAgainst(result) : null;
  const metric = against?.metric ?? result?.scorer.primary ?? null;
  const columns = plan.arms.map((arm) => result && metric ? result.arms.find((a) => a.name === arm.name)?.values[metric] : void 0);
  const candidate = plan.arms.findIndex((a) => a.kind === "candidate");
  const vs = against ? plan.arms.findIndex((a) => a.name === against.vs) : -1;
  const rows = plan.holdout.examples.map((example, i) => {
    const answers = plan.arms.map((arm) => {
      const outcome = outcomes.get(arm.name)[i];
      return outcome?.answer.status === "ok" ? shown(outcome.answer) : null;
    });
    const values = columns.map((column) => column?.[i] ?? null);
    const mine = values[candidate] ?? null;
    const theirs = vs >= 0 ? values[vs] ?? null : null;
    return { file: example.file, line: example.line, prompt: lastUser(example), reference: shown(example.reference), answers, values, delta: mine !== null && theirs !== null ? mine - theirs : null };
  });
  return { metric, vs: against?.vs ?? null, rows };
}
function verdictOf(input) {
  const failOnInconclusive = input.context.settings.eval.failOnInconclusive;
  if (input.stopped) return { status: "fail", summary: input.stopped.reason.split(/(?<=\.)\s/)[0], exitCode: 1, failOnInconclusive };
  const gate = input.result.gate;
  const exitCode = gate.verdict === "fail" || gate.verdict === "inconclusive" && failOnInconclusive ? 1 : 0;
  return { status: gate.verdict, summary: gate.reason, exitCode, failOnInconclusive };
}
function buildReport(input) {
  const { plan, result, context } = input;
  const warnings = [...plan.warnings];
  if (plan.shots && plan.shots.unusable > 0) warnings.push(`${plan.shots.unusable} training line(s) could not be few-shot examples (not a chat example ending with the assistant's answer); \`finetune-ci validate\` reports them.`);
  if (plan.shots && plan.shots.holdoutPrompts > 0) warnings.push(`${plan.shots.holdoutPrompts} training example(s) share a prompt with the holdout and were not drawn as few-shot examples (the review reports them as holdout-leak).`);
  if (result?.scorer.schemaWarnings?.length) warnings.push(...result.scorer.schemaWarnings.map((w) => `JSON Schema: ${w}`));
  if (result) warnings.push(...result.gate.warnings);
  if (input.probe.against === null && input.probe.prompts > 0) warnings.push("There is no base arm, so the sanity probe (is the adapter loaded?) did not run.");
  const alpha = result?.method.alpha ?? context.settings.eval.gate.alpha;
  return {
    ...reportHeader(EVAL_REPORT_SCHEMA_VERSION, context.version, context.now().toISOString()),
    verdict: verdictOf(input),
    holdout: { files: plan.holdout.files, examples: plan.holdout.examples.length },
    candidate: plan.arms.find((a) => a.kind === "candidate").name,
    arms: plan.arms.map((arm) => armReport(plan, arm.name, [...input.outcomes.get(arm.name)], result)),
    scorer: result?.scorer ?? null,
    metrics: result?.metrics ?? [],
    comparisons: (result?.comparisons ?? []).map((c) => ({ metric: c.metric, arm: c.arm, vs: c.vs, vsKind: c.vsKind, ...c.comparison, significant: c.comparison.pairs > 0 && c.comparison.p < alpha })),
    corpusComparisons: result?.corpusComparisons ?? [],
    gate: result?.gate ?? null,
    skippedRules: plan.gate.skipped,
    probe: input.probe,
    judge: input.judge,
    training: input.training,
    estimate: plan.estimate,
    examples: result ? exampleChanges(plan, result, input.outcomes) : null,
    perExample: perExample(plan, result, input.outcomes),
    stopped: input.stopped,
    files: input.files,
    method: result?.method ?? null,
    warnings
  };
}

// src/eval/send.ts
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve11) => setTimeout(resolve11, ms)),
  random: () => Math.random()
};
function backoffMs(retry2, policy, random) {
  const ceiling = Math.min(policy.maxDelayMs ?? 3e4, (policy.baseDelayMs ?? 500) * 2 ** retry2);
  return Math.floor(random() * ceiling);
}
var Limiter = class {
  constructor(limit2, clock) {
    this.limit = limit2;
    this.clock = clock;
  }
  limit;
  clock;
  active = 0;
  waiting = [];
  pausedUntil = 0;
  async acquire() {
    if (this.active < this.limit) this.active++;
    else await new Promise((resolve11) => this.waiting.push(resolve11));
    for (let wait = this.pausedUntil - this.clock.now(); wait > 0; wait = this.pausedUntil - this.clock.now()) await this.clock.sleep(wait);
  }
  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
};
var EndpointPool = class {
  limiters = /* @__PURE__ */ new Map();
  constructor(limits, clock) {
    for (const [endpoint2, limit2] of limits) this.limiters.set(endpoint2, new Limiter(limit2, clock));
  }
  limiter(endpoint2) {
    const found = this.limiters.get(endpoint2);
    if (!found) throw new RangeError(`no limit set for endpoint ${endpoint2}`);
    return found;
  }
  /** Until then, no new request starts on the endpoint. */
  pause(endpoint2, untilMs) {
    const limiter = this.limiter(endpoint2);
    limiter.pausedUntil = Math.max(limiter.pausedUntil, untilMs);
  }
};
function describeFailure2(f) {
  switch (f.kind) {
    case "http":
      return `HTTP ${f.status}${f.code ? ` ${f.code}` : ""}: ${f.message}`;
    case "timeout":
      return "no answer within the request timeout";
    default:
      return f.message;
  }
}
function toolCallsOf2(message) {
  if (!Array.isArray(message.tool_calls) || message.tool_calls.length === 0) return void 0;
  return message.tool_calls.flatMap((call2) => {
    const fn = call2.function;
    return fn && typeof fn.name === "string" ? [{ name: fn.name, arguments: typeof fn.arguments === "string" ? fn.arguments : "" }] : [];
  });
}
function readCompletion(completion) {
  const choice = completion?.choices?.[0];
  const message = choice?.message;
  if (!message || typeof message !== "object") return void 0;
  const content = message.content;
  if (content !== null && content !== void 0 && typeof content !== "string") return void 0;
  const count2 = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
  const input = count2(completion.usage?.prompt_tokens);
  const output = count2(completion.usage?.completion_tokens);
  const toolCalls = toolCallsOf2(message);
  return {
    text: content ?? "",
    ...toolCalls ? { toolCalls } : {},
    finishReason: typeof choice.finish_reason === "string" ? choice.finish_reason : null,
    ...input !== void 0 ? { inputTokens: input } : {},
    ...output !== void 0 ? { outputTokens: output } : {}
  };
}
function answerOf(cached, latencyMs) {
  return {
    status: "ok",
    text: cached.text,
    ...cached.toolCalls ? { toolCalls: cached.toolCalls } : {},
    ...cached.inputTokens !== void 0 ? { inputTokens: cached.inputTokens } : {},
    ...cached.outputTokens !== void 0 ? { outputTokens: cached.outputTokens } : {},
    ...latencyMs !== void 0 ? { latencyMs } : {}
  };
}
async function send(body, cacheKey2, target, context, gate) {
  if (target.cache) {
    const hit = await context.cache.get(cacheKey2);
    if (hit) return { answer: answerOf(hit), finishReason: hit.finishReason, cached: true, attempts: 0, attemptErrors: [] };
  }
  const limiter = context.pool.limiter(target.endpoint);
  const attemptErrors = [];
  const failed = (error, attempts) => ({ answer: { status: "failed", error }, finishReason: null, cached: false, attempts, attemptErrors });
  for (let attempt = 1; ; attempt++) {
    await limiter.acquire();
    const refused = gate?.allow();
    if (refused) {
      limiter.release();
      return failed(refused, attempt - 1);
    }
    const started = context.clock.now();
    let result;
    try {
      result = await callApi(() => target.client.chat.completions.create(body, { timeout: target.timeoutMs, maxRetries: 0 }));
    } finally {
      limiter.release();
    }
    const read = result.ok ? readCompletion(result.value) : void 0;
    const latencyMs = context.clock.now() - started;
    let failure;
    if (result.ok) {
      if (read) {
        const answer = answerOf(read, latencyMs);
        gate?.settled(answer);
        if (target.store ?? target.cache) {
          await context.cache.put(cacheKey2, read).catch((error) => context.warn(`the answer cache could not be written (${error.message}); the run goes on without it`));
        }
        return { answer, finishReason: read.finishReason, cached: false, attempts: attempt, attemptErrors };
      }
      failure = { kind: "invalid-response", status: 200, code: null, type: null, message: "the answer has no choices[0].message to read", retryAfterMs: null, retryable: true, requestId: null };
    } else failure = result.failure;
    gate?.settled();
    const reason = describeFailure2(failure);
    attemptErrors.push(reason);
    const retryable = failure.retryable || failure.kind === "invalid-response";
    if (!retryable) return failed(reason, attempt);
    if (attempt >= context.policy.maxAttempts) return failed(`${reason} (after ${attempt} attempts)`, attempt);
    const asked = failure.retryAfterMs;
    if (asked !== null && asked > (context.policy.maxRetryAfterMs ?? 12e4)) {
      return failed(`${reason}; the server asked to wait ${Math.round(asked / 1e3)} s, more than the ${Math.round((context.policy.maxRetryAfterMs ?? 12e4) / 1e3)} s a request waits`, attempt);
    }
    const wait = asked ?? backoffMs(attempt - 1, context.policy, context.clock.random);
    if (asked !== null && failure.status === 429) context.pool.pause(target.endpoint, context.clock.now() + asked);
    if (wait > 0) await context.clock.sleep(wait);
  }
}

// src/eval/runEval.ts
async function estimateEval(context) {
  return (await planEval(context)).estimate;
}
function clientFor(target, key, context, source) {
  try {
    return createOpenAIClient({ baseURL: target.baseURL, ...target.apiKeyEnv ? { apiKeyEnv: target.apiKeyEnv } : {}, env: context.env, timeoutMs: target.timeoutMs, maxRetries: 0 });
  } catch (error) {
    if (error instanceof OpenAIKeyMissing) {
      const where = source === "arm" ? key : `${key} (unset here: ${source === "base arm" ? "the base arm's" : `${error.variable} is the default for ${target.baseURL}`})`;
      throw new EvalSetupError("key-missing", where, `the environment variable ${error.variable} is not set or empty`, `Pass the key to the step (env: ${error.variable}: \${{ secrets.${error.variable} }}) or export it in your shell; for a local server without a key, set baseURL to it`);
    }
    throw error;
  }
}
async function readTraining(context) {
  const path2 = context.settings.eval.runRecord;
  if (!path2) return null;
  const text2 = await readFile5(resolve10(context.cwd, path2), "utf8").catch(() => {
    throw new EvalSetupError("config", "eval.runRecord", `${path2} cannot be read`, "Point it at the run.json train.py wrote (train.outputDir/run.json), or remove it");
  });
  try {
    const run = parseRunJson(text2, path2);
    return { path: path2, baseModel: run.baseModel, method: run.method, steps: run.globalSteps, trainedTokens: run.trainedTokens, finalTrainLoss: run.finalTrainLoss, finalEvalLoss: run.finalEvalLoss };
  } catch (error) {
    if (error instanceof RunRecordError) throw new EvalSetupError("config", "eval.runRecord", error.message, "Point it at the run.json train.py wrote");
    throw error;
  }
}
function unreachable(arm, outcomes) {
  const reason = outcomes[0].answer.error ?? "no answer";
  const where = `eval.arms.${arm.name}`;
  let fix = `Check baseURL (${arm.baseURL}), model (${arm.model}) and the key`;
  if (/could not connect|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|request timeout/i.test(reason)) fix = `Is the server running at ${arm.baseURL}? Start it, correct baseURL, or let eval.serve start one`;
  else if (/^HTTP 40[13]\b/.test(reason)) fix = `The endpoint refused the key${arm.apiKeyEnv ? ` in ${arm.apiKeyEnv}` : " (none was sent: set apiKeyEnv)"}: give it a valid key for ${arm.baseURL}`;
  else if (/^HTTP 404\b/.test(reason)) fix = `The endpoint does not serve "${arm.model}" at ${arm.baseURL}: check model (a deployment, served or adapter name) and that baseURL ends in /v1 (Azure: https://RESOURCE.openai.azure.com/openai/v1)`;
  return new EvalSetupError("endpoint", where, `all ${outcomes.length} first request(s) to ${arm.baseURL} (model ${arm.model}) failed: ${reason}`, fix);
}
function runner(plan, clients, sendContext, budget, progress) {
  const outcomes = new Map(plan.arms.map((arm) => [arm.name, new Array(plan.holdout.examples.length)]));
  return {
    outcomes,
    async run(arm, indices) {
      const planned = plan.requests.get(arm.name);
      const estimates = plan.estimates.get(arm.name);
      const target = { client: clients.get(arm.name), endpoint: arm.baseURL, timeoutMs: arm.timeoutMs, cache: arm.cache };
      const writeOnly = { ...target, cache: false, store: arm.cache };
      await Promise.all(
        indices.map(async (i) => {
          const request2 = planned[i];
          const hold = { inputTokens: estimates[i].inputTokens, outputTokens: request2.body.max_completion_tokens };
          const outcome = await send(request2.body, request2.cacheKey, request2.inCache === false ? writeOnly : target, sendContext, budget.gate(arm.prices, hold));
          outcomes.get(arm.name)[i] = outcome;
          progress.settled();
        })
      );
    }
  };
}
async function runJudge(plan, judge, candidate, other, client2, sendContext, budget, settled) {
  const judged = [];
  const lines2 = [];
  const target = { client: client2, endpoint: judge.baseURL, timeoutMs: judge.timeoutMs, cache: true };
  await Promise.all(
    plan.holdout.examples.map(async (example, i) => {
      const a = candidate[i].answer;
      const b = other[i].answer;
      if (a.status !== "ok" || b.status !== "ok") {
        judged[i] = { outcome: "excluded", disagreement: false };
        return;
      }
      const question = questionText(example.messages);
      const orders = [judgePrompt(judge.template, question, example.reference, a, b), judgePrompt(judge.template, question, example.reference, b, a)];
      const results = await Promise.all(
        orders.map(async (content, order) => {
          const body = { model: judge.model, messages: [{ role: "user", content }], temperature: 0, seed: 2026, max_completion_tokens: judge.maxTokens };
          const hold = { inputTokens: plan.countTokens(content) + 10, outputTokens: judge.maxTokens };
          const outcome2 = await send(body, cacheKey(judge.baseURL, body), target, sendContext, budget.gate(judge.prices, hold));
          settled();
          const verdict = outcome2.answer.status === "ok" ? parseVerdict(outcome2.answer.text ?? "") : void 0;
          lines2.push({ example: i, order: order === 0 ? "candidate-first" : "candidate-second", outcome: outcome2, verdict: verdict ?? null });
          return verdict;
        })
      );
      const [first, second] = results;
      if (!first || !second) {
        judged[i] = { outcome: "excluded", disagreement: false };
        return;
      }
      const outcome = combine(first, second);
      const prefers = (call2, candidateIs) => call2 === "tie" ? "tie" : call2 === candidateIs ? "candidate" : "other";
      judged[i] = { outcome, disagreement: prefers(first, "A") !== prefers(second, "B") };
    })
  );
  lines2.sort((x, y) => x.example - y.example || x.order.localeCompare(y.order));
  return { judged, lines: lines2 };
}
async function runEval(context) {
  const evalSettings = context.settings.eval;
  const plan = await planEval(context);
  const training = await readTraining(context);
  const { estimate } = plan;
  if (estimate.maxUsd !== null && estimate.totalUsd > estimate.maxUsd) {
    throw new EvalSetupError("budget", "eval.maxUsd", `the estimated cost is $${estimate.totalUsd.toFixed(2)}, above the budget of $${estimate.maxUsd}`, "Raise eval.maxUsd, run fewer arms (--arms), or use a smaller holdout; `finetune-ci eval --estimate` shows the estimate per arm");
  }
  const clients = new Map(plan.arms.map((arm) => [arm.name, clientFor(arm, `eval.arms.${arm.name}.apiKeyEnv`, context, arm.apiKeySource)]));
  const judgeClient = plan.judge ? clientFor(plan.judge, "eval.judge.apiKeyEnv", context, evalSettings.judge?.apiKeyEnv !== void 0 ? "arm" : "default") : void 0;
  const outDir = plan.outDir;
  await mkdir7(outDir, { recursive: true });
  const clock = context.clock ?? SYSTEM_CLOCK;
  const limits = endpointLimits([...plan.arms, ...plan.judge ? [{ baseURL: plan.judge.baseURL, concurrency: plan.judge.concurrency }] : []]);
  const warned = /* @__PURE__ */ new Set();
  const sendContext = {
    pool: new EndpointPool(limits, clock),
    cache: plan.cache,
    policy: { maxAttempts: evalSettings.maxAttempts },
    clock,
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      context.log.warning(message);
    }
  };
  const budget = new Budget(estimate.maxUsd);
  const examples = plan.holdout.examples.length;
  let done = 0;
  let total = plan.arms.length * examples;
  const settled = () => context.progress?.tick(++done, total, budget.spentUsd);
  let server;
  try {
    const serve = serveSettings(evalSettings);
    if (plan.served && serve) {
      context.progress?.stage("eval.serve: starting the model server");
      server = await startServer(
        {
          settings: serve,
          actionRoot: context.actionRoot,
          cwd: context.cwd,
          env: context.env,
          logPath: join8(outDir, "serve.log"),
          extraAdapters: Object.entries(context.options.servedBaselines ?? {}).map(([name, path2]) => ({ name, path: path2 })),
          info: (m) => context.log.info(m)
        },
        Number(new URL(plan.served.baseURL).port)
      );
    }
    const run = runner(plan, clients, sendContext, budget, { settled });
    const candidate = plan.arms.find((a) => a.kind === "candidate");
    const base = plan.arms.find((a) => a.kind === "base");
    const first = Math.min(examples, Math.max(1, evalSettings.probe.prompts));
    const head = [...Array(first).keys()];
    context.progress?.stage(`first ${first} prompt(s) of every arm`);
    await Promise.all(plan.arms.map((arm) => run.run(arm, head)));
    for (const arm of plan.arms) {
      const outcomes = run.outcomes.get(arm.name).slice(0, first);
      if (!budget.stopped && outcomes.every((o) => o.answer.status === "failed")) throw unreachable(arm, outcomes);
    }
    const probeCount = Math.min(examples, evalSettings.probe.prompts);
    const answersOf = (name, n) => run.outcomes.get(name).slice(0, n).map((o) => o.answer);
    const probe = probeCandidate(plan.holdout.examples.slice(0, probeCount), answersOf(candidate.name, probeCount), base ? answersOf(base.name, probeCount) : void 0, base?.name ?? null);
    let stopped = null;
    let judgeSummary = null;
    let judgeLines = [];
    if (probe.tripped) {
      stopped = {
        stage: "probe",
        reason: `The adapter is probably not loaded: ${candidate.name} (${candidate.model}) answered the first ${probe.prompts} prompt(s) exactly as ${probe.against} did, so nothing was scored. Check that the server loaded the adapter under that name (vLLM: --enable-lora and --lora-modules); if the candidate truly answers like the base, set eval.probe.prompts: 0.`
      };
    } else {
      const rest = [...Array(examples).keys()].slice(first);
      context.progress?.stage("answering");
      await Promise.all(plan.arms.map((arm) => run.run(arm, rest)));
      if (plan.judge && judgeClient) {
        total += 2 * examples;
        context.progress?.stage(`judging with ${plan.judge.model}`);
        const { judged, lines: lines2 } = await runJudge(plan, plan.judge, run.outcomes.get(candidate.name), run.outcomes.get(plan.judge.vs), judgeClient, sendContext, budget, settled);
        judgeLines = lines2;
        judgeSummary = summariseJudge(judged, { model: plan.judge.model, vs: plan.judge.vs, promptSource: plan.judge.promptSource, seed: evalSettings.stats.seed, resamples: evalSettings.stats.resamples });
      }
      if (budget.stopped) stopped = { stage: "budget", reason: `Sending stopped at the budget: ${budget.stopped} with the next request, after ${usd(budget.spentUsd)}. The requests not sent count as failed; answers.jsonl lists them.` };
    }
    context.progress?.done();
    const answersPath = answersPathIn(outDir);
    const reportPath = join8(outDir, "report.json");
    await writeAnswers(answersPath, plan, run.outcomes, judgeLines);
    let result = null;
    if (!probe.tripped) {
      const arms = plan.arms.map((arm) => ({ name: arm.name, kind: arm.kind, answers: run.outcomes.get(arm.name).map((o) => o.answer), ...arm.prices ? { prices: arm.prices } : {} }));
      try {
        result = evaluate({ references: plan.references, arms, scoring: plan.scoring, gate: plan.gate.options, stats: { seed: evalSettings.stats.seed, resamples: evalSettings.stats.resamples } });
      } catch (error) {
        throw error instanceof EvalInputError ? setupErrorOf(error, plan.holdout) : error;
      }
    }
    const report = buildReport({
      context,
      plan,
      outcomes: run.outcomes,
      probe,
      result,
      judge: judgeSummary,
      training,
      stopped,
      budget,
      files: { answers: relative2(context.cwd, answersPath) || answersPath, report: relative2(context.cwd, reportPath) || reportPath, serverLog: server ? relative2(context.cwd, server.logPath) : null }
    });
    await writeFile5(reportPath, `${JSON.stringify(report, null, 2)}
`);
    return { report, exitCode: report.verdict.exitCode, answersPath, reportPath };
  } finally {
    context.progress?.done();
    await server?.stop();
  }
}

// src/report/intervalChart.ts
var SHADES = ["#b6d4f5", "#4a90d9", "#1d4f91"];
function intervalChart(chart2) {
  const bars = chart2.bars.filter((b) => [b.mean, b.lower, b.upper].every(Number.isFinite));
  if (bars.length === 0) return "";
  const top = Math.max(...bars.map((b) => b.upper));
  const bottom = Math.min(...bars.map((b) => b.lower));
  const range = bottom >= 0 && top <= 1 ? [0, 1] : [Math.min(0, Number(chartValue(bottom))), Number(chartValue(top))];
  const block = mermaidXyChart({
    title: chart2.title,
    x: { title: chart2.x.title, labels: bars.map((b) => b.label) },
    y: { title: chart2.y.title, range },
    series: [bars.map((b) => b.upper), bars.map((b) => b.mean), bars.map((b) => b.lower)].map((values) => ({ kind: "bar", values: values.map(chartValue) })),
    palette: SHADES
  });
  const words = bars.map((b) => `${inlineText(b.label, 100)} ${inlineText(b.text, 100)}`).join(" \xB7 ");
  return [block, "", `Bars: the mean where the middle blue ends, the 95% interval from the end of the dark blue to the end of the light blue. ${words}`].join("\n");
}

// src/eval/report/tables.ts
var isLength = (metric) => metric === "answer-chars" || metric === "answer-tokens";
function value(metric, v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "n/a";
  return isLength(metric) ? num(v, 1) : v.toFixed(3);
}
function signedValue(metric, v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "n/a";
  const text2 = value(metric, Math.abs(v));
  return `${v < 0 ? "\u2212" : "+"}${text2}`;
}
function estimateText(e) {
  if (!e || e.n === 0) return "n/a";
  const interval = e.interval ? ` [${value(e.metric, e.interval.lower)}, ${value(e.metric, e.interval.upper)}]` : "";
  return `${value(e.metric, e.mean)}${interval}`;
}
function latency(ms) {
  return ms >= 1e3 ? `${num(ms / 1e3, 1)} s` : `${int(ms)} ms`;
}
var COMPARISONS_NOTE = "Paired on the examples both arms answered; 95% interval of the difference by paired bootstrap; p from McNemar's exact test (proportions) or a sign-flip permutation test; *Detectable* is the smallest difference these pairs would detect at 80% power.";
var METRICS_NOTE = "Mean with its 95% interval (Wilson for proportions, bootstrap otherwise).";
function spentSentence(report) {
  const spent = report.arms.reduce((s, a) => s + (a.spentUsd ?? 0), 0);
  return `Spent ${usd(spent)} in this run (estimated ${usd(report.estimate.totalUsd)} before it); answers from the cache cost nothing.`;
}
function armsTable(report) {
  return {
    header: ["Arm", "Kind", "Model", "Answered", "From cache", "Failed", "Latency p50 / p95", "$ per 1k requests", "Spent"],
    align: [void 0, void 0, void 0, "right", "right", "right", "right", "right", "right"],
    rows: report.arms.map((arm) => {
      const r = arm.requests;
      const lat = arm.usage?.latency;
      return [
        arm.name,
        arm.kind + (arm.kind === "prompted" ? ` (${arm.shots.length} shots)` : ""),
        arm.model,
        `${int(r.ok)} of ${int(r.total)}`,
        int(r.cached),
        int(r.failed) + (r.notSent > 0 ? ` (${int(r.notSent)} not sent)` : "") + (r.notRun > 0 ? ` (+${int(r.notRun)} not run)` : ""),
        lat ? `${latency(lat.p50)} / ${latency(lat.p95)}` : "n/a",
        arm.prices ? usd(arm.usage?.dollarsPer1k ?? null) : "unknown price",
        arm.spentUsd === null ? "unknown price" : usd(arm.spentUsd)
      ];
    })
  };
}
function metricsTable(report) {
  return {
    header: ["Metric", ...report.arms.map((a) => a.name === report.candidate && a.name !== "candidate" ? `${a.name} (candidate)` : a.name)],
    align: [void 0, ...report.arms.map(() => "right")],
    rows: report.metrics.map((m) => [`${m.title}${m.id === report.scorer?.primary ? " (primary)" : ""}`, ...report.arms.map((a) => estimateText(a.estimates.find((e) => e.metric === m.id)))])
  };
}
function significance(c) {
  if (c.pairs === 0) return "no pairs";
  return c.significant ? "significant" : "not significant";
}
function comparisonsTable(report) {
  const rows = report.comparisons.filter((c) => METRICS[c.metric].direction === "higher").map((c) => [
    `${METRICS[c.metric].title}`,
    c.vs,
    value(c.metric, c.candidateMean),
    value(c.metric, c.referenceMean),
    signedValue(c.metric, c.delta),
    c.interval ? `${signedValue(c.metric, c.interval.lower)} to ${signedValue(c.metric, c.interval.upper)}` : "n/a",
    c.pairs > 0 ? formatP(c.p).replace(/^p /, "") : "n/a",
    significance(c),
    c.mde === null ? "n/a" : value(c.metric, c.mde),
    int(c.pairs) + (c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing > 0 ? ` (${int(c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing)} left out)` : "")
  ]);
  for (const c of report.corpusComparisons) {
    rows.push([METRICS[c.metric].title, c.vs, value(c.metric, c.candidateValue), value(c.metric, c.referenceValue), signedValue(c.metric, c.delta), c.interval ? `${signedValue(c.metric, c.interval.lower)} to ${signedValue(c.metric, c.interval.upper)}` : "n/a", "no test (whole-set figure)", "n/a", "n/a", int(c.pairs)]);
  }
  return {
    header: ["Metric", "vs", "Candidate", "Other", "Delta", "95% CI of delta", "p", "Significant?", "Detectable (80% power)", "Pairs"],
    align: [void 0, void 0, "right", "right", "right", "right", "right", void 0, "right", "right"],
    rows
  };
}
function gateTable(report) {
  const gate = report.gate;
  if (!gate) return { header: ["Check", "Outcome"], rows: [] };
  const outcome = (o) => o.toUpperCase();
  return {
    header: ["Check", "Outcome", "Why", "Pairs for 80% power"],
    rows: [
      ...gate.rules.map((r) => [`${METRICS[r.rule.metric].title} ${r.rule.kind} vs ${r.rule.vs}${r.rule.margin ? ` (margin ${r.rule.margin})` : ""}${r.rule.severity === "warn" ? ", warning only" : ""}`, outcome(r.outcome), r.sentence, r.pairsNeeded === null ? "n/a" : int(r.pairsNeeded)]),
      ...gate.floors.map((f) => [`${METRICS[f.floor.metric].title} of ${f.floor.arm} \u2265 ${f.floor.min}`, outcome(f.outcome), f.sentence, ""]),
      ...gate.failureRates.every((f) => f.outcome === "pass") ? [[`Failed requests \u2264 ${Math.round((gate.failureRates[0]?.max ?? 0) * 1e3) / 10}% per arm`, "PASS", gate.failureRates.map((f) => `${f.arm} ${f.failed} of ${f.total}`).join(", "), ""]] : gate.failureRates.map((f) => [`Failed requests of ${f.arm} \u2264 ${Math.round(f.max * 1e3) / 10}%`, outcome(f.outcome), f.sentence, ""])
    ]
  };
}
function changesTable(changes, metric, vs) {
  return {
    header: ["Holdout line", "Prompt", "Reference", "Candidate", vs, "Change"],
    align: [void 0, void 0, void 0, void 0, void 0, "right"],
    rows: changes.map((c) => [place(c.file, c.line), c.prompt, c.reference, c.candidate, c.other, `${value(metric, c.otherValue)} \u2192 ${value(metric, c.candidateValue)}`])
  };
}
function estimateTable(report) {
  const e = report.estimate;
  return {
    header: ["Arm", "Model", "Requests", "From cache", "Input tokens", "Output tokens", "Estimated"],
    align: [void 0, void 0, "right", "right", "right", "right", "right"],
    rows: [
      ...e.arms.map((a) => [a.arm, a.model, int(a.requests), int(a.cached), int(a.inputTokens), int(a.outputTokens), a.usd === null ? "unknown price" : usd(a.usd)]),
      ["total", "", "", "", "", "", `${usd(e.totalUsd)}${e.unpriced.length ? ` + unknown (${e.unpriced.join(", ")})` : ""}`]
    ]
  };
}
function probeTable(report) {
  return { header: ["Holdout line", "Prompt", `Answer of both ${report.candidate} and ${report.probe.against}`], rows: report.probe.evidence.map((e) => [place(e.file, e.line), e.prompt, e.answer]) };
}
function judgeTable(report) {
  const j = report.judge;
  return {
    header: ["Judge", "vs", `${report.candidate} preferred`, "Other preferred", "Ties (orders disagreeing)", "Left out", "Score [95% interval]", "Sign test p"],
    align: [void 0, void 0, "right", "right", "right", "right", "right", "right"],
    rows: j ? [[j.model, j.vs, int(j.wins), int(j.losses), `${int(j.ties)} (${int(j.disagreements)})`, int(j.excluded), judgeScore(j), formatP(j.p).replace(/^p /, "")]] : []
  };
}
function trainingTable(report) {
  const t = report.training;
  const loss = (v) => v === null ? "n/a" : num(v, 4);
  return {
    header: ["run.json", "Method", "Base model", "Steps", "Tokens", "Final train loss", "Final eval loss"],
    align: [void 0, void 0, void 0, "right", "right", "right", "right"],
    rows: t ? [[t.path, t.method, t.baseModel, int(t.steps), int(t.trainedTokens), loss(t.finalTrainLoss), loss(t.finalEvalLoss)]] : []
  };
}
function failureLines(report, limit2) {
  return report.arms.flatMap((arm) => {
    if (arm.failures.length === 0) return [];
    const listed = arm.failures.slice(0, limit2).map((f) => `${place(f.file, f.line)}: ${f.reason}`);
    const more = arm.failures.length > limit2 ? [`... and ${arm.failures.length - limit2} more (answers.jsonl has them all)`] : [];
    return [`${arm.name}: ${arm.failures.length} failed request(s), left out of every comparison with this arm:`, ...listed.map((l) => `  ${l}`), ...more.map((m) => `  ${m}`)];
  });
}
function judgeScore(j) {
  if (j.judged === 0) return "n/a";
  return `${j.score.mean.toFixed(3)}${j.score.interval ? ` [${j.score.interval.lower.toFixed(3)}, ${j.score.interval.upper.toFixed(3)}]` : ""}`;
}

// src/eval/report/markdown.ts
var COMMENT_OPTIONS2 = { limit: GITHUB_BODY_LIMIT, fullReport: "the job summary and the report.json of this workflow run", failuresListed: 10 };
var SUMMARY_OPTIONS2 = { limit: 1024 * 1024, fullReport: "the report.json of the eval artifact", failuresListed: 50 };
var MARKDOWN_OPTIONS2 = { limit: GITHUB_BODY_LIMIT, fullReport: "report.json and answers.jsonl in eval.out", failuresListed: 20 };
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function primaryChart(report) {
  const primary = report.scorer?.primary;
  if (!primary) return "";
  const title = METRICS[primary].title;
  const bars = report.arms.flatMap((arm) => {
    const e = arm.estimates.find((m) => m.metric === primary);
    return e?.interval && e.n > 0 ? [{ label: arm.name, mean: e.mean, lower: e.interval.lower, upper: e.interval.upper, text: estimateText(e) }] : [];
  });
  return intervalChart({ title: `${title} per arm, with 95% intervals`, x: { title: "arm" }, y: { title }, bars });
}
function renderEvalMarkdown(report, options = MARKDOWN_OPTIONS2) {
  const out = [markdownHeading("evaluation", { status: report.verdict.status, summary: report.verdict.summary })];
  const candidate = report.arms.find((a) => a.name === report.candidate);
  out.push(
    "",
    `Holdout: ${report.holdout.files.map((f) => `${inlineText(f.path, 200)} (${int(f.examples)} examples)`).join(", ")}` + (report.scorer ? ` \xB7 scorer **${report.scorer.kind}**, primary metric **${METRICS[report.scorer.primary].title}** (${inlineText(report.scorer.reason)})` : "") + (candidate ? ` \xB7 candidate **${inlineText(candidate.name, 100)}** = ${inlineText(candidate.model, 200)}` : "")
  );
  for (const note of options.notes ?? []) out.push("", note);
  if (report.verdict.status === "inconclusive") out.push("", report.verdict.failOnInconclusive ? "Inconclusive fails this check (`eval.failOnInconclusive`)." : "Inconclusive does not fail this check; more holdout examples would settle it (`eval.failOnInconclusive` makes it fail).");
  if (report.stopped) out.push("", `> [!CAUTION]
> **Stopped (${report.stopped.stage}).** ${inlineText(report.stopped.reason, 1e3)}`);
  if (report.probe.tripped) {
    out.push("", markdownTable2(probeTable(report)));
  }
  if (report.gate) {
    out.push("", "#### Gate", "", markdownTable2(gateTable(report)));
  }
  if (report.skippedRules.length) out.push("", ...report.skippedRules.map((s) => `- Not applied: ${inlineText(s)}`));
  if (report.comparisons.length || report.corpusComparisons.length) {
    out.push("", `#### ${inlineText(report.candidate, 100)} against each arm`, "", COMPARISONS_NOTE, "", markdownTable2(comparisonsTable(report)));
  }
  if (report.metrics.length) {
    const chart2 = primaryChart(report);
    out.push("", "#### Metrics", "", ...chart2 ? [chart2, ""] : [], METRICS_NOTE, "", markdownTable2(metricsTable(report)));
  }
  out.push("", "#### Cost, latency and requests", "", markdownTable2(armsTable(report)));
  out.push("", spentSentence(report));
  if (report.judge) {
    const j = report.judge;
    out.push(
      "",
      `#### LLM judge`,
      "",
      `${inlineText(j.model, 200)} compared ${inlineText(report.candidate, 100)} with ${inlineText(j.vs, 100)} on ${int(j.judged)} examples, in both orders (a disagreement is a tie): **${int(j.wins)}** preferred ${inlineText(report.candidate, 100)}, **${int(j.losses)}** preferred ${inlineText(j.vs, 100)}, ${int(j.ties)} ties (${int(j.disagreements)} of them the orders disagreeing), ${int(j.excluded)} left out. Score ${judgeScore(j)} (0.5 is no preference), sign test ${formatP(j.p)}${j.p < 0.05 ? "" : ": not significant"}. Prompt: ${inlineText(j.promptSource, 200)}. Reported, not gated.`
    );
  }
  if (report.training) {
    const t = report.training;
    out.push("", `Training run (${inlineText(t.path, 200)}): ${inlineText(t.method, 40)} on ${inlineText(t.baseModel, 200)}, ${int(t.steps)} steps, ${int(t.trainedTokens)} tokens; final eval loss **${t.finalEvalLoss === null ? "n/a" : num(t.finalEvalLoss, 4)}** (train ${t.finalTrainLoss === null ? "n/a" : num(t.finalTrainLoss, 4)}).`);
  }
  if (report.examples) {
    const e = report.examples;
    const title = METRICS[e.metric].title;
    out.push("", `Per example against ${inlineText(e.vs, 100)} (${title}): ${int(e.worse)} worse, ${int(e.better)} better, ${int(e.same)} the same.`);
    if (e.regressions.length) out.push("", details(`Worst ${e.regressions.length} regressions`, markdownTable2(changesTable(e.regressions, e.metric, e.vs))));
    if (e.improvements.length) out.push("", details(`Best ${e.improvements.length} improvements`, markdownTable2(changesTable(e.improvements, e.metric, e.vs))));
  }
  const failures = failureLines(report, options.failuresListed);
  if (failures.length) out.push("", details("Failed requests", failures.map((l) => `- ${inlineText(l.trim(), 600)}`).join("\n")));
  if (report.warnings.length) out.push("", ...report.warnings.map((w) => `> [!WARNING]
> ${inlineText(w, 1e3)}`));
  out.push("", details("Estimate before the run", markdownTable2(estimateTable(report))));
  out.push("", markdownFooter(report.tool, [`answers: ${inlineText(report.files.answers, 200)}`, ...report.method ? [`seed ${report.method.seed}`, `\u03B1 ${report.method.alpha}`] : []]));
  const notice = `> [!WARNING]
> This report was cut to fit ${int(options.limit)} characters. The full report is in ${options.fullReport}.`;
  return `${truncateBody(out.join("\n"), options.limit, notice)}
`;
}

// src/eval/report/html.ts
import { createHash as createHash5 } from "node:crypto";

// src/eval/report/htmlPage.ts
var PAGE_STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1280px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 22px; margin: 0; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 13px; margin: 0 0 4px; }
p { margin: 6px 0; }
.verdict { border: 1px solid var(--line); border-left: 6px solid var(--warn); border-radius: 6px; padding: 12px 16px; }
.verdict.pass { border-left-color: var(--pass); } .verdict.fail { border-left-color: var(--fail); }
.badge { display: inline-block; font-weight: 700; font-size: 12px; padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--warn); margin-right: 8px; vertical-align: middle; }
.pass .badge { background: var(--pass); } .fail .badge { background: var(--fail); }
.verdict h1 { display: inline; vertical-align: middle; }
.summary { font-size: 15px; margin-top: 8px; }
.note { color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 8px 0; }
table { border-collapse: collapse; }
th, td { padding: 5px 10px; border: 1px solid var(--line); vertical-align: top; text-align: left; white-space: pre-wrap; }
th { background: var(--soft); font-weight: 600; }
td.r, th.r { text-align: right; white-space: nowrap; }
details.section > summary { cursor: pointer; font-weight: 600; font-size: 17px; margin: 28px 0 8px; }
ul.items { padding-left: 20px; } ul.items li { white-space: pre-wrap; }
svg.chart { display: block; max-width: 760px; width: 100%; height: auto; margin: 8px 0; }
svg.chart text { font-size: 12px; fill: var(--fg); }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .interval { stroke: #4a90d9; stroke-width: 3; }
svg.chart .candidate .interval { stroke: var(--accent); stroke-width: 5; }
svg.chart .mean { fill: #1d4f91; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 10px 0; position: sticky; top: 0; background: #fff; padding: 8px 0; z-index: 1; border-bottom: 1px solid var(--line); }
.controls button { font: inherit; padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
.controls button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.controls input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 280px; flex: 1; max-width: 480px; }
.shown { color: var(--muted); }
.example { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; }
.example > header { display: flex; gap: 12px; align-items: baseline; justify-content: space-between; padding: 6px 12px; background: var(--soft); border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.place { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.change { font-size: 12px; font-weight: 600; }
.change.worse { color: var(--fail); } .change.better { color: var(--pass); } .change.same { color: var(--muted); }
.given { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 8px 12px 0; }
.arms { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; padding: 8px 12px 12px; }
.answer { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; }
.answer.candidate { border-color: var(--accent); }
.answer .value { float: right; font-size: 12px; color: var(--muted); }
.label { font-size: 12px; font-weight: 600; color: var(--muted); }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
.missing { color: var(--fail); font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
button.more { font: inherit; padding: 6px 14px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
footer.about { margin-top: 32px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
`;
var PAGE_SCRIPT = `
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var main = document.getElementById("report");
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }

  function table(t) {
    var wrap = el("div", "table-wrap");
    var tb = add(wrap, el("table"));
    var head = add(add(tb, el("thead")), el("tr"));
    t.header.forEach(function (c, i) { add(head, el("th", t.align[i], c)); });
    var body = add(tb, el("tbody"));
    t.rows.forEach(function (row) {
      var tr = add(body, el("tr"));
      row.forEach(function (c, i) { add(tr, el("td", t.align[i], c)); });
    });
    return wrap;
  }

  function chart(c) {
    var left = 130, right = 210, width = 760, row = 30, top = 28;
    var plot = width - left - right;
    var height = top + c.bars.length * row + 24;
    var x = function (v) { return left + ((v - c.axis[0]) / (c.axis[1] - c.axis[0] || 1)) * plot; };
    var s = svg("svg", { "class": "chart", viewBox: "0 0 " + width + " " + height, role: "img" });
    add(s, svg("title", {}, c.title));
    add(s, svg("text", { x: left, y: 16 }, c.title));
    for (var i = 0; i <= 4; i++) {
      var v = c.axis[0] + ((c.axis[1] - c.axis[0]) * i) / 4;
      add(s, svg("line", { "class": "grid", x1: x(v), x2: x(v), y1: top - 4, y2: top + c.bars.length * row }));
      add(s, svg("text", { x: x(v), y: height - 6, "text-anchor": "middle" }, String(Math.round(v * 100) / 100)));
    }
    c.bars.forEach(function (b, i) {
      var y = top + i * row + row / 2;
      var g = add(s, svg("g", { "class": b.candidate ? "bar candidate" : "bar" }));
      add(g, svg("text", { x: left - 10, y: y + 4, "text-anchor": "end" }, b.label));
      add(g, svg("line", { "class": "interval", x1: x(b.lower), x2: x(b.upper), y1: y, y2: y }));
      add(g, svg("circle", { "class": "mean", cx: x(b.mean), cy: y, r: 5 }));
      add(g, svg("text", { x: left + plot + 12, y: y + 4 }, b.text));
    });
    return s;
  }

  function section(parent, s) {
    var box;
    if (s.collapsed) {
      box = add(parent, el("details", "section"));
      add(box, el("summary", null, s.title));
    } else {
      box = add(parent, el("section", "section"));
      add(box, el("h2", null, s.title));
    }
    if (s.chart) add(box, chart(s.chart));
    s.notes.forEach(function (n) { add(box, el("p", "note", n)); });
    if (s.table) add(box, table(s.table));
    if (s.items) {
      var ul = add(box, el("ul", "items"));
      s.items.forEach(function (item) { add(ul, el("li", null, item)); });
    }
  }

  /** Examples shown at a time; "Show more" adds as many again. */
  var PAGE = 100;
  var FILTERS = [["all", "All"], ["worse", "Regressions"], ["better", "Improvements"], ["same", "Unchanged"]];

  function examples(parent, ex) {
    var box = add(parent, el("section", "section"));
    box.id = "examples";
    add(box, el("h2", null, "Examples"));
    add(box, el("p", "note", ex.heading));
    var controls = add(box, el("div", "controls"));
    var buttons = {};
    var filter = "all";
    FILTERS.forEach(function (f) {
      if (f[0] !== "all" && !ex.counts) return;
      var count = ex.counts ? ex.counts[f[0]] : ex.rows.length;
      var b = add(controls, el("button", null, f[1] + " (" + count.toLocaleString("en-US") + ")"));
      b.type = "button";
      b.dataset.filter = f[0];
      b.setAttribute("aria-pressed", f[0] === filter ? "true" : "false");
      b.addEventListener("click", function () { filter = f[0]; update(false); });
      buttons[f[0]] = b;
    });
    var search = add(controls, el("input"));
    search.type = "search";
    search.placeholder = "Search prompts, references, answers, files";
    search.setAttribute("aria-label", "Search the examples");
    search.addEventListener("input", function () { update(false); });
    var shown = add(controls, el("span", "shown"));
    var list = add(box, el("div", "list"));
    var none = el("p", "empty", "No example matches.");

    var more = el("button", "more");
    more.type = "button";
    var limit = PAGE;
    more.addEventListener("click", function () { limit += PAGE; update(true); });

    // A card is built the first time it is shown: a long holdout opens as fast as a short one.
    function build(r) {
      var prompt = r[2], reference = r[3], answers = r[4], values = r[5], deltaText = r[7], missing = r[8];
      var change = changeOf(r[6]);
      var card = el("article", "example " + change);
      var head = add(card, el("header"));
      add(head, el("span", "place", placeOf(r)));
      if (ex.vs >= 0 && values.length) {
        var words = ex.arms[ex.candidate] + " " + values[ex.candidate] + " vs " + ex.arms[ex.vs] + " " + values[ex.vs] + (deltaText ? " (" + deltaText + ")" : "");
        add(head, el("span", "change " + change, words));
      }
      var given = add(card, el("div", "given"));
      [["Prompt (last user message)", prompt], ["Reference", reference]].forEach(function (p) {
        var d = add(given, el("div"));
        add(d, el("div", "label", p[0]));
        add(d, el("pre", "text", p[1]));
      });
      var arms = add(card, el("div", "arms"));
      ex.arms.forEach(function (name, i) {
        var a = add(arms, el("div", i === ex.candidate ? "answer candidate" : "answer"));
        if (values.length) add(a, el("span", "value", values[i]));
        add(a, el("h3", null, name === ex.kinds[i] ? name : name + " (" + ex.kinds[i] + ")"));
        if (answers[i] === null) add(a, el("p", "missing", missing ? missing[i] : "no answer"));
        else add(a, el("pre", "text", answers[i]));
      });
      return card;
    }
    function changeOf(delta) { return delta === null ? "none" : delta < 0 ? "worse" : delta > 0 ? "better" : "same"; }
    function placeOf(r) { return r[1] > 0 ? ex.files[r[0]] + ":" + r[1] : ex.files[r[0]]; }

    var items = ex.rows.map(function (r, index) {
      var haystack = [placeOf(r), r[2], r[3]].concat(r[4].filter(function (a) { return a !== null; })).join("\\n").toLowerCase();
      return { row: r, card: null, change: changeOf(r[6]), delta: r[6], index: index, haystack: haystack };
    });

    function update(keepLimit) {
      if (!keepLimit) limit = PAGE;
      var q = search.value.trim().toLowerCase();
      var matched = items.filter(function (c) {
        return (filter === "all" || c.change === filter) && (q === "" || c.haystack.indexOf(q) >= 0);
      });
      // Regressions: the largest drop first; improvements: the largest gain first; otherwise holdout order.
      if (filter === "worse") matched.sort(function (a, b) { return a.delta - b.delta || a.index - b.index; });
      if (filter === "better") matched.sort(function (a, b) { return b.delta - a.delta || a.index - b.index; });
      var page = matched.slice(0, limit).map(function (c) { return c.card || (c.card = build(c.row)); });
      if (matched.length === 0) page.push(none);
      if (matched.length > limit) {
        more.textContent = "Show " + Math.min(PAGE, matched.length - limit) + " more (" + (matched.length - limit).toLocaleString("en-US") + " not shown)";
        page.push(more);
      }
      list.replaceChildren.apply(list, page);
      shown.textContent = "Showing " + Math.min(limit, matched.length).toLocaleString("en-US") + " of " + matched.length.toLocaleString("en-US") + " matching, " + items.length.toLocaleString("en-US") + " in all";
      for (var k in buttons) buttons[k].setAttribute("aria-pressed", k === filter ? "true" : "false");
    }
    update(false);
  }

  document.title = "finetune-ci evaluation: " + data.word;
  main.replaceChildren();
  var verdict = add(main, el("header", "verdict " + data.status));
  add(verdict, el("span", "badge", data.word));
  add(verdict, el("h1", null, "finetune-ci evaluation"));
  add(verdict, el("p", "summary", data.summary));
  data.notes.forEach(function (n) { add(main, el("p", "note", n)); });
  data.sections.forEach(function (s) { section(main, s); });
  examples(main, data.examples);
  data.after.forEach(function (s) { section(main, s); });
  add(main, el("footer", "about", data.footer));
})();
`;

// src/eval/report/html.ts
var text = verbatimText;
function tableData(table2) {
  return { header: table2.header.map(text), rows: table2.rows.map((row) => row.map(text)), align: table2.header.map((_, i) => table2.align?.[i] === "right" ? "r" : "") };
}
function chartData(report) {
  const primary = report.scorer?.primary;
  if (!primary) return void 0;
  const bars = report.arms.flatMap((arm) => {
    const e = arm.estimates.find((m) => m.metric === primary);
    return e?.interval && e.n > 0 ? [{ label: text(arm.name), mean: e.mean, lower: e.interval.lower, upper: e.interval.upper, text: estimateText(e), candidate: arm.name === report.candidate }] : [];
  });
  if (bars.length === 0) return void 0;
  const low = Math.min(...bars.map((b) => b.lower));
  const high = Math.max(...bars.map((b) => b.upper));
  return { title: `${METRICS[primary].title} per arm: mean and 95% interval`, axis: low >= 0 && high <= 1 ? [0, 1] : [Math.min(0, low), high], bars };
}
function examplesData(report) {
  const { metric, vs, rows } = report.perExample;
  const arms = report.arms.map((a) => a.name);
  const candidate = report.arms.findIndex((a) => a.name === report.candidate);
  const vsIndex = vs === null ? -1 : arms.indexOf(vs);
  const files2 = [];
  const fileIndex = /* @__PURE__ */ new Map();
  const indexOf = (file) => {
    let i = fileIndex.get(file);
    if (i === void 0) {
      i = files2.push(text(file)) - 1;
      fileIndex.set(file, i);
    }
    return i;
  };
  const failed = report.arms.map((arm) => new Map(arm.failures.map((f) => [`${f.file}\0${f.line}`, f.reason])));
  const data = rows.map((row) => {
    const missing2 = row.answers.some((a) => a === null) ? row.answers.map((a, i) => a === null ? text(`no answer: ${failed[i].get(`${row.file}\0${row.line}`) ?? "not asked (the run stopped before this example)"}`) : null) : 0;
    return [
      indexOf(row.file),
      row.line,
      text(row.prompt),
      text(row.reference),
      row.answers.map((a) => a === null ? null : text(a)),
      metric ? row.values.map((v) => value(metric, v)) : [],
      row.delta,
      metric && row.delta !== null ? signedValue(metric, row.delta) : "",
      missing2
    ];
  });
  const e = report.examples;
  const heading = e ? `Per example against ${e.vs} (${METRICS[e.metric].title}): ${int(e.worse)} worse, ${int(e.better)} better, ${int(e.same)} the same.` : `Every holdout example${metric ? ` (${METRICS[metric].title})` : ""}: there is no arm to compare the candidate with${report.stopped ? `, the run stopped (${report.stopped.stage})` : ""}.`;
  return {
    heading: text(heading),
    arms: arms.map(text),
    kinds: report.arms.map((a) => a.kind),
    candidate,
    vs: vsIndex,
    counts: e && vsIndex >= 0 ? { all: rows.length, worse: e.worse, better: e.better, same: e.same } : null,
    files: files2,
    rows: data
  };
}
function evalHtmlData(report) {
  const candidate = report.arms.find((a) => a.name === report.candidate);
  const notes = [
    `Holdout: ${report.holdout.files.map((f) => `${f.path} (${int(f.examples)} examples)`).join(", ")}` + (report.scorer ? ` \xB7 scorer ${report.scorer.kind}, primary metric ${METRICS[report.scorer.primary].title} (${report.scorer.reason})` : "") + (candidate ? ` \xB7 candidate ${candidate.name} = ${candidate.model}` : "")
  ];
  if (report.verdict.status === "inconclusive") notes.push(report.verdict.failOnInconclusive ? "Inconclusive fails this check (eval.failOnInconclusive)." : "Inconclusive does not fail this check; more holdout examples would settle it (eval.failOnInconclusive makes it fail).");
  if (report.stopped) notes.push(`Stopped (${report.stopped.stage}): ${report.stopped.reason}`);
  const sections = [];
  if (report.probe.tripped) sections.push({ title: "Sanity probe", notes: [], table: tableData(probeTable(report)) });
  if (report.gate) sections.push({ title: "Gate", notes: report.skippedRules.map((s) => text(`Not applied: ${s}`)), table: tableData(gateTable(report)) });
  if (report.comparisons.length || report.corpusComparisons.length) sections.push({ title: text(`${report.candidate} against each arm`), notes: [COMPARISONS_NOTE.replace(/\*/g, "")], table: tableData(comparisonsTable(report)) });
  const chart2 = chartData(report);
  if (report.metrics.length) sections.push({ title: "Metrics", notes: [METRICS_NOTE], table: tableData(metricsTable(report)), ...chart2 ? { chart: chart2 } : {} });
  sections.push({ title: "Cost, latency and requests", notes: [spentSentence(report)], table: tableData(armsTable(report)) });
  if (report.judge) sections.push({ title: "LLM judge", notes: [`Both orders; a disagreement between them is a tie. Score: win 1, tie 0.5, loss 0 (0.5 is no preference). Prompt: ${text(report.judge.promptSource)}. Reported, not gated.`], table: tableData(judgeTable(report)) });
  if (report.training) sections.push({ title: "Training run", notes: [], table: tableData(trainingTable(report)) });
  const after = [];
  const failures = failureLines(report, 20);
  if (failures.length) after.push({ title: "Failed requests", notes: [], items: failures.map((l) => text(l.trim())), collapsed: true });
  if (report.warnings.length) after.push({ title: "Warnings", notes: [], items: report.warnings.map(text) });
  after.push({ title: "Estimate before the run", notes: [], table: tableData(estimateTable(report)), collapsed: true });
  const footer = [
    `finetune-ci ${report.tool.version}`,
    `generated ${report.generatedAt}`,
    `answers: ${report.files.answers}`,
    `report: ${report.files.report}`,
    ...report.method ? [`seed ${report.method.seed}`, `\u03B1 ${report.method.alpha}`] : []
  ].join(" \xB7 ");
  return { status: report.verdict.status, word: report.verdict.status.toUpperCase(), summary: text(report.verdict.summary), notes: notes.map(text), sections, examples: examplesData(report), after, footer: text(footer) };
}
function scriptJson(value2) {
  return JSON.stringify(value2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var hash = (source) => `'sha256-${createHash5("sha256").update(source, "utf8").digest("base64")}'`;
var CONTENT_SECURITY_POLICY = `default-src 'none'; script-src ${hash(PAGE_SCRIPT)}; style-src ${hash(PAGE_STYLE)}; base-uri 'none'; form-action 'none'`;
function renderEvalHtml(report) {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>finetune-ci evaluation</title>",
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    '<main id="report"><noscript><p>This report is drawn by its own inline script; the same figures are in report.json.</p></noscript></main>',
    `<script type="application/json" id="report-data">${scriptJson(evalHtmlData(report))}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/flow/actionRoot.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname5, join as join9 } from "node:path";
function findActionRoot(from, marker) {
  for (let dir = from; ; dir = dirname5(dir)) {
    if (existsSync3(join9(dir, marker))) return dir;
    if (dirname5(dir) === dir) return from;
  }
}

export {
  runnerEnvironment,
  retry,
  Octokit,
  requestLog,
  paginateRest,
  restEndpointMethods,
  createOctokit,
  truncateBody,
  inertLogText,
  fenceWorkflowCommands,
  findActionRoot,
  BUNDLED_TRAIN_SCRIPT,
  VERSION,
  httpStatus,
  isPermissionDenied,
  permissionFix,
  withoutQuery,
  ACTIONS_BOT_LOGIN,
  upsertStickyComment,
  fileDigests,
  copyGitBlob,
  LfsPointerError,
  parseLfsPointer,
  HOLDOUT_WORDS,
  findJsonlFiles,
  datasetsConfigured,
  ALSO_TRAIN_MESSAGE,
  selectDatasets,
  asDatasetFiles,
  datasetRoles,
  int,
  num,
  usd,
  bytes,
  terminalTable,
  discoverySummary,
  COMMENT_OPTIONS,
  SUMMARY_OPTIONS,
  MARKDOWN_OPTIONS,
  renderReviewMarkdown,
  renderText,
  OutputError,
  describeIoError,
  checkOutputPaths,
  PartialFile,
  inGroup,
  TrainingFailed,
  RunRecordError,
  parseRunJson,
  fileSha256,
  datasetSha256,
  mergedPullRequestFor,
  TrainingRefused,
  trainAfterMerge,
  EvalSetupError,
  METRICS,
  formatP,
  resolveArms,
  serveSettings,
  servedEndpoint,
  judgeEndpoint,
  estimateEval,
  runEval,
  armsTable,
  metricsTable,
  comparisonsTable,
  changesTable,
  estimateTable,
  failureLines,
  judgeScore,
  COMMENT_OPTIONS2,
  SUMMARY_OPTIONS2,
  MARKDOWN_OPTIONS2,
  renderEvalMarkdown,
  renderEvalHtml,
  bundledWorkers
};
