import type { Locale } from './messages';

/**
 * Messages made where the page's language is unknown: in the runner's worker, the sandbox and the
 * attention core. They travel as a code and its parameters and are worded by the page
 * (`renderCoded`), while `englishOf` gives the English text for errors' `message` (a learner's
 * own console, Node tests, benches). messages.ts merges these tables into its own, so its tests
 * check that every code has both languages and the same placeholders. Kept in a module of its
 * own, without the page's tables, so the worker does not carry them.
 */
export const codedEn = {
  'code.run.timeout':
    'Stopped after {seconds}: the code ran too long. It may loop forever, or wait (await) for something that never finishes, such as a promise that is never resolved. The runner has restarted; edit and run again.',
  'code.run.startTimeout':
    'The {backend} backend did not start within {seconds}. The runner has restarted; try again or choose another backend.',
  'code.run.crash': 'The runner stopped unexpectedly. It has restarted; run again.',
  'code.run.crashWith': 'The runner stopped unexpectedly: {detail}. It has restarted; run again.',
  'code.run.failed': '{detail}',
  'code.run.noHandler': 'No handler for "{kind}" requests.',
  'code.run.blocked.network':
    '{name} is not available here: code here cannot reach the network. Put the data you need in the code itself.',
  'code.run.blocked.storage':
    "{name} is not available here: code here cannot use the browser's storage. Keep values in variables instead.",
  'code.run.blocked.page':
    '{name} is not available here: code here runs in a separate worker and cannot reach the page. Use show.* and console.log to display results.',
  'code.run.tooLarge':
    '{what} would make a tensor of shape [{shape}] with {size} values, more than the {limit} ({mb} MB as float32) allowed here, so that the page keeps working. Use a smaller shape.',
  'code.run.syncRead':
    'WebGPU cannot read values synchronously: dataSync(), arraySync(), bufferSync() and print() wait for the GPU, which WebGPU does not allow. Read them with `await t.data()` or `await t.array()` instead, or choose another backend.',
  'code.run.importExport':
    'import and export are not available here: tf, show and the attention functions are already defined.',
  'code.run.syntax': 'Syntax error: {detail}',
  'code.run.stackOverflow':
    'RangeError: {detail}. Functions called each other too deeply: most likely a recursive function that never reaches the case that stops it.',
  'code.run.threwNonError':
    "Your code threw {value}, which is not an Error, so there is no line to point to. Throw new Error('...') to get one.",
  'code.run.threwUnshowable': 'Your code threw a value that cannot be shown.',
  'code.sandbox.scriptLoad': 'its script could not be loaded ({detail})',
  'code.sandbox.checkFailed': 'the page could not check its messages ({detail})',
  'code.sandbox.forged': 'it sent a message that is not one the page accepts, so it was stopped',
  'code.sandbox.wasmTwice': 'it asked for the WebAssembly binaries twice, so it was stopped',
  'code.sandbox.wasmLoad': 'the WebAssembly binaries could not be loaded ({detail})',
  'code.sandbox.crash': '{detail}',
  'code.sandbox.flood':
    'it sent {count} messages for one request, far more than a run needs, so it was stopped',
  'code.run.sandboxWall':
    '{detail} Code here runs in a sandbox with no network, no storage and no access to the page: put the data you need in the code itself, and show results with show.* and console.log.',
  'code.backend.noWebgpu': 'WebGPU is not available in this browser',
  'code.backend.noAdapter': 'WebGPU found no adapter on this device',
  'code.backend.failed': '{backend} failed to start',
  'code.backend.failedWith': '{backend} failed to start ({detail})',
  'code.backend.none': 'No tfjs backend could start: {reasons}',
  'code.show.tooManyCells':
    '{what}: shape [{shape}] has {size} cells, too many to draw (the limit is {limit}). Show a part of it instead.',
  'code.show.tooManyPoints':
    '{what}: shape [{shape}] has {size} points, too many to draw (the limit is {limit}). Show a part of it instead.',
  'code.show.tooManyRows':
    '{what}: shape [{shape}] has {size} rows, too many to draw (the limit is {limit}). Show a part of it instead.',
  'code.show.maxDisplays': 'show: at most {n} displays per run',
  'code.show.badRank':
    '{what}: expected a vector [N], a matrix [L, S] or heads [H, L, S], got shape [{shape}]',
  'code.show.rowLabels':
    'show.heatmap: {count} row labels for {n} rows (values of shape [{shape}])',
  'code.show.colLabels':
    'show.heatmap: {count} column labels for {n} columns (values of shape [{shape}])',
  'code.show.headLabels':
    'show.heatmap: {count} head labels for {n} heads (values of shape [{shape}])',
  'code.show.sliceAxis': 'show.heatmap: sliceAxis is {got}, expected one of {allowed}',
  'code.show.maskRank':
    'show.heatmap: mask has shape [{maskShape}], which cannot cover values of shape [{shape}]',
  'code.show.maskBroadcast':
    'show.heatmap: mask of shape [{maskShape}] does not broadcast to [{shape}]',
  'code.show.notTensor': 'show.steps: {name} is not a tensor',
  'code.run.unknownDrill': 'Unknown drill "{drill}"',
  'code.playground.damaged': 'the link is cut short or damaged',
  'code.playground.invalid': 'these settings are not valid: {fields}',
  'code.core.notObject': '{fn}: {name} is {got} but expected an object {expected}',
  'code.core.notTensor': '{fn}: {name} is {got} but expected a tensor {layout}',
  'code.core.disposed': '{fn}: {name} is a disposed tensor but expected a live tensor {layout}',
  'code.core.dtype': '{fn}: {name} has dtype {dtype} but expected {want} {layout}',
  'code.core.rank':
    '{fn}: {name} has shape {shape} (rank {rank}) but expected rank {want} {layout}',
  'code.core.emptyDim': '{fn}: {name} has shape {shape} but expected no empty dimension {layout}',
  'code.core.shape': '{fn}: {name} has shape {shape} but expected {layout} = {want}',
  'code.core.positiveInt': '{fn}: {name} is {got} but expected a positive integer',
  'code.core.finite': '{fn}: {name} is {got} but expected a finite number',
  'code.core.boolean': '{fn}: {name} is {got} but expected true or false',
  'code.core.nan': '{fn}: {names} contains NaN but expected finite numbers',
  'code.core.nanMany': '{fn}: {names} contain NaN but expected finite numbers',
  'code.core.rankAtLeast': '{fn}: {name} has shape {shape} but expected rank >= {want} {layout}',
  'code.core.lastDim':
    '{fn}: {name} has shape {shape} but expected last dim {want} to match {other} {otherShape}',
  'code.core.rankMatch':
    '{fn}: {name} has shape {shape} but expected rank {want} to match {other} {otherShape}',
  'code.core.maskShape':
    '{fn}: {name} has shape {shape} but expected a shape broadcastable to {layout} = {want} (true = blocked)',
  'code.core.blockedRow':
    '{fn}: {blockedBy} blocks every key for row {row} of weights {shape} but expected at least one unblocked key per row',
  'code.core.divisor':
    '{fn}: {name} is {got} but expected a divisor of E = {E} ({other} {otherShape})',
  'code.core.got.plainArray': 'a plain array',
  'code.core.got.type': 'a {type}',
  'code.core.batchMatch':
    '{fn}: {name} has shape {shape} but expected batch {B} to match {other} {otherShape}',
  'code.core.shapeMatch':
    '{fn}: {name} has shape {shape} but expected {layout} with {bound} to match {other} {otherShape}',
  'code.core.leadMatch':
    '{fn}: {name} has shape {shape} but expected leading dims {want} to match {other} {otherShape}',
  'code.core.emptyAttention': '{fn}: q has shape {qShape} and k {kShape} but expected L, S, d >= 1',
  'code.core.causalSquare':
    '{fn}: q has shape {qShape} and k {kShape} but expected L = S for causal (query i is position i)',
  'code.core.kvHeads':
    '{fn}: {name} has shape {shape} with Hkv = {Hkv} but expected Hkv to divide Hq = {Hq} of {other} {otherShape}',
  'code.core.eitherOf': '{fn}: {name} is {got} but expected {a} or {b}',
  'code.core.positive': '{fn}: {name} is {got} but expected a positive number',
  'code.core.nonNegative': '{fn}: {name} is {got} but expected a number >= 0',
  'code.core.oddKernel':
    '{fn}: {name} is {got} but expected an odd number (padding k/2 keeps H, W)',
  'code.core.evenLastDim':
    '{fn}: {name} has shape {shape} but expected an even last dim d {layout} (pairs i, i + d/2)',
  'code.core.rotaryHeadDim':
    '{fn}: rotary needs an even head dim, but E / numHeads = {E} / {numHeads} = {headDim}',
  'code.core.noCausal':
    '{fn}: causal is {got} but expected no causal option (pass mask: attentionMask(L, S, { causal }).mask)',
  'code.core.linearOption':
    '{fn}: {name} is set but expected no {name} option (linear attention takes {options})',
  'code.core.lstmReverse':
    '{fn}: bidirectional is {got} but params has weightIhReverse; expected bidirectional: true',
  'code.core.maskRowBlocked':
    '{fn}: {options} block every key for row {row} of mask {shape} (query at position {position}) but expected at least one unblocked key per row',
  'code.core.maskOptions.causal': "causal '{causal}'",
  'code.core.maskOptions.window': 'window {window}',
  'code.core.maskOptions.both': "causal '{causal}' and window {window}",
  'code.core.notLabels': '{fn}: {name} is {got} but expected an array of 0/1',
  'code.core.notScores': '{fn}: {name} is {got} but expected an array of numbers in [0, 1]',
  'code.core.notLabel': '{fn}: {name} is {got} but expected 0 or 1',
  'code.core.notScore': '{fn}: {name} is {got} but expected a number in [0, 1]',
  'code.core.lengthMatch': '{fn}: {name} has length {length} but expected {want} to match {other}',
  'code.core.noLabels': '{fn}: {name} is empty but expected at least one label',
  'code.core.oneClass':
    '{fn}: {name} has only class {cls} ({count} labels) but expected both 0 and 1 to compute AUC from scores',
  'code.core.batchSame':
    '{fn}: {name} has batch {got} but {other} has batch {want}; expected the same N',
  'code.core.gateSize':
    "{fn}: g has spatial size {h}x{w} but x is {H}x{W}; expected x's size to be a whole multiple of g's",
  'code.core.integerAtLeast': '{fn}: {name} is {got} but expected an integer >= {min}',
  'code.core.convChannels':
    '{fn}: weight has shape {shape} (in = {inC}) but x has {C} channels; expected weight [out, {C}, kh, kw]',
  'code.core.convTooSmall':
    '{fn}: x has shape {shape} with padding {padding}, smaller than the {kh}x{kw} kernel',
  'code.core.rankEither':
    '{fn}: {name} has shape {shape} (rank {rank}) but expected rank {a} or {b}',
  'code.core.emptyDimAny': '{fn}: {name} has shape {shape} but expected no empty dimension',
  'code.core.openUnit': '{fn}: {name} is {got} but expected a number strictly between 0 and 1',
  'code.core.negativeWeight':
    '{fn}: {name} has a negative entry but expected probabilities (softmax output, >= 0)',
  'code.core.forwardDead':
    '{fn}: {name} gives zero weight at step {step} to every position the alignment can reach (stay or move forward by one) but expected some weight there',
  'code.core.forwardDeadBatch':
    '{fn}: {name} gives zero weight at step {step} of batch item {item} to every position the alignment can reach (stay or move forward by one) but expected some weight there',
  // The lesson models' own checks (lib/models: simulators, allocators, decoders).
  'code.core.integer': '{fn}: {name} is {got} but expected an integer',
  'code.core.integerIn': '{fn}: {name} is {got} but expected an integer in [{min}, {max}]',
  'code.core.stepIndex': '{fn}: {name} is {got} but expected an integer step >= 0',
  'code.core.finitePositive': '{fn}: {name} is {got} but expected a finite number > 0',
  'code.core.finiteNonNegative': '{fn}: {name} is {got} but expected a finite number >= 0',
  'code.core.stepSize': '{fn}: {name} is {got} but expected a number in (0, 1] or none',
  'code.core.string': '{fn}: {name} is {got} but expected a string',
  'code.core.nonEmptyString': '{fn}: {name} is {got} but expected a non-empty string',
  'code.core.notFunction': '{fn}: {name} is {got} but expected a function {signature}',
  'code.core.notArray': '{fn}: {name} is {got} but expected an array',
  'code.core.notNumbers': '{fn}: {name} is {got} but expected an array of numbers',
  'code.core.nonEmptyNumbers': '{fn}: {name} is {got} but expected a non-empty array of numbers',
  'code.core.nonEmptyArrayOf': '{fn}: {name} is {got} but expected a non-empty array of {item}',
  'code.core.rates': '{fn}: {name} is {got} but expected an array of at least 2 rates',
  'code.core.bothClasses':
    '{fn}: {name} has {positives} positives and {negatives} negatives but expected at least one of each',
  'code.core.curvePoints':
    '{fn}: x has {nx} points and y has {ny} but expected the same number, at least 2',
  'code.core.notAscending':
    '{fn}: x[{i}] = {x} is below x[{previous}] = {xPrevious} but expected x sorted ascending',
  'code.core.switchTarget': '{fn}: {name} is {got} but expected the activity switched to',
  'code.core.ruleResult': '{fn}: rule returned {got} at minute {minute} but expected a number',
  'code.core.activityMissing':
    '{fn}: activities is [{activities}] but the session also spends time on "{missing}"',
  'code.core.tokenIds':
    '{fn}: {name} is {got} but expected a non-empty array of token ids (integers >= 0)',
  'code.core.tokenId': '{fn}: {name} is {got} but expected a token id (integer >= 0)',
  'code.core.logitsRank':
    '{fn}: nextLogits returned a tensor of shape [{shape}] at step {step} but expected a 1-D tensor [vocab]',
  'code.core.logitsType':
    '{fn}: nextLogits returned {got} at step {step} but expected number[] or a 1-D tensor',
  'code.core.logitsEmpty':
    '{fn}: nextLogits returned 0 logits at step {step} but expected at least one (one per vocabulary entry)',
  'code.core.logitsCount':
    '{fn}: nextLogits returned {count} logits at step {step} but expected {want} (one per vocabulary entry)',
  'code.core.logitValue': '{fn}: logit {index} at step {step} is {got} but expected a number',
} as const;

export type MessageCode = keyof typeof codedEn;

export const codedZh: Record<MessageCode, string> = {
  'code.run.timeout':
    '运行 {seconds} 后已停止：代码运行时间过长。它可能陷入了死循环，或在等待（await）永远不会完成的事情，例如一个从未 resolve 的 promise。运行器已重启；修改后再运行。',
  'code.run.startTimeout':
    '{backend} 后端未能在 {seconds} 内启动。运行器已重启；请重试或选择其他后端。',
  'code.run.crash': '运行器意外停止。它已重启；请再运行一次。',
  'code.run.crashWith': '运行器意外停止：{detail}。它已重启；请再运行一次。',
  'code.run.failed': '{detail}',
  'code.run.noHandler': '没有处理“{kind}”请求的程序。',
  'code.run.blocked.network':
    '此处不能使用 {name}：这里的代码无法访问网络。请把需要的数据直接写在代码里。',
  'code.run.blocked.storage':
    '此处不能使用 {name}：这里的代码无法使用浏览器的存储。请把值保存在变量中。',
  'code.run.blocked.page':
    '此处不能使用 {name}：这里的代码在独立的 worker 中运行，无法访问页面。请用 show.* 和 console.log 显示结果。',
  'code.run.tooLarge':
    '{what} 会生成形状为 [{shape}]、含 {size} 个值的张量，超过此处允许的 {limit} 个（float32 下 {mb} MB），这一限制是为了让页面保持可用。请使用更小的形状。',
  'code.run.syncRead':
    'WebGPU 无法同步读取数值：dataSync()、arraySync()、bufferSync() 和 print() 需要等待 GPU，而 WebGPU 不允许这样做。请改用 `await t.data()` 或 `await t.array()` 读取，或选择其他后端。',
  'code.run.importExport': '此处不能使用 import 和 export：tf、show 和各个注意力函数都已定义好。',
  'code.run.syntax': '语法错误：{detail}',
  'code.run.stackOverflow':
    'RangeError：{detail}。函数之间的调用层级太深：很可能是某个递归函数永远到不了终止条件。',
  'code.run.threwNonError':
    "你的代码抛出了 {value}，它不是 Error，因此无法指出出错的行。请用 `throw new Error('...')` 抛出错误。",
  'code.run.threwUnshowable': '你的代码抛出了一个无法显示的值。',
  'code.sandbox.scriptLoad': '无法加载它的脚本（{detail}）',
  'code.sandbox.checkFailed': '页面无法检查它发来的消息（{detail}）',
  'code.sandbox.forged': '它发来了页面不接受的消息，因此已被停止',
  'code.sandbox.wasmTwice': '它两次请求 WebAssembly 二进制文件，因此已被停止',
  'code.sandbox.wasmLoad': '无法加载 WebAssembly 二进制文件（{detail}）',
  'code.sandbox.crash': '{detail}',
  'code.sandbox.flood': '它为一个请求发来了 {count} 条消息，远超一次运行所需，因此已被停止',
  'code.run.sandboxWall':
    '{detail} 此处的代码运行在沙箱中：没有网络、没有存储，也无法访问页面。所需的数据请直接写在代码里，用 show.* 和 console.log 展示结果。',
  'code.backend.noWebgpu': '此浏览器不支持 WebGPU',
  'code.backend.noAdapter': 'WebGPU 在此设备上找不到适配器',
  'code.backend.failed': '{backend} 启动失败',
  'code.backend.failedWith': '{backend} 启动失败（{detail}）',
  'code.backend.none': '没有可以启动的 tfjs 后端：{reasons}',
  'code.show.tooManyCells':
    '{what}：形状 [{shape}] 有 {size} 个单元格，太多，无法绘制（上限为 {limit}）。请只显示其中一部分。',
  'code.show.tooManyPoints':
    '{what}：形状 [{shape}] 有 {size} 个点，太多，无法绘制（上限为 {limit}）。请只显示其中一部分。',
  'code.show.tooManyRows':
    '{what}：形状 [{shape}] 有 {size} 行，太多，无法绘制（上限为 {limit}）。请只显示其中一部分。',
  'code.show.maxDisplays': 'show：每次运行最多 {n} 个图表',
  'code.show.badRank': '{what}：应为向量 [N]、矩阵 [L, S] 或多头 [H, L, S]，实际形状为 [{shape}]',
  'code.show.rowLabels': 'show.heatmap：{n} 行却给了 {count} 个行标签（数值形状为 [{shape}]）',
  'code.show.colLabels': 'show.heatmap：{n} 列却给了 {count} 个列标签（数值形状为 [{shape}]）',
  'code.show.headLabels': 'show.heatmap：{n} 个头却给了 {count} 个头标签（数值形状为 [{shape}]）',
  'code.show.sliceAxis': 'show.heatmap：sliceAxis 为 {got}，应为 {allowed} 之一',
  'code.show.maskRank': 'show.heatmap：掩码形状为 [{maskShape}]，无法覆盖形状为 [{shape}] 的数值',
  'code.show.maskBroadcast': 'show.heatmap：形状为 [{maskShape}] 的掩码无法广播到 [{shape}]',
  'code.show.notTensor': 'show.steps：{name} 不是张量',
  'code.run.unknownDrill': '未知的练习“{drill}”',
  'code.playground.damaged': '链接不完整或已损坏',
  'code.playground.invalid': '以下设置无效：{fields}',
  'code.core.notObject': '{fn}：{name} 是 {got}，但应为对象 {expected}',
  'code.core.notTensor': '{fn}：{name} 是 {got}，但应为张量 {layout}',
  'code.core.disposed': '{fn}：{name} 是已释放的张量，但应为未释放的张量 {layout}',
  'code.core.dtype': '{fn}：{name} 的 dtype 为 {dtype}，但应为 {want} {layout}',
  'code.core.rank': '{fn}：{name} 的形状为 {shape}（秩 {rank}），但应为秩 {want} {layout}',
  'code.core.emptyDim': '{fn}：{name} 的形状为 {shape}，但不应有长度为 0 的维度 {layout}',
  'code.core.shape': '{fn}：{name} 的形状为 {shape}，但应为 {layout} = {want}',
  'code.core.positiveInt': '{fn}：{name} 为 {got}，但应为正整数',
  'code.core.finite': '{fn}：{name} 为 {got}，但应为有限数',
  'code.core.boolean': '{fn}：{name} 为 {got}，但应为 true 或 false',
  'code.core.nan': '{fn}：{names} 含有 NaN，但应全为有限数',
  'code.core.nanMany': '{fn}：{names} 含有 NaN，但应全为有限数',
  'code.core.rankAtLeast': '{fn}：{name} 的形状为 {shape}，但秩应至少为 {want} {layout}',
  'code.core.lastDim':
    '{fn}：{name} 的形状为 {shape}，但最后一维应为 {want}，与 {other} {otherShape} 一致',
  'code.core.rankMatch':
    '{fn}：{name} 的形状为 {shape}，但秩应为 {want}，与 {other} {otherShape} 一致',
  'code.core.maskShape':
    '{fn}：{name} 的形状为 {shape}，但应能广播到 {layout} = {want}（true 表示屏蔽）',
  'code.core.blockedRow':
    '{fn}：{blockedBy} 屏蔽了权重 {shape} 第 {row} 行的所有键，但每行至少应保留一个未屏蔽的键',
  'code.core.divisor': '{fn}：{name} 为 {got}，但应能整除 E = {E}（{other} {otherShape}）',
  'code.core.got.plainArray': '普通数组',
  'code.core.got.type': '{type} 类型的值',
  'code.core.batchMatch':
    '{fn}：{name} 的形状为 {shape}，但批次大小应为 {B}，与 {other} {otherShape} 一致',
  'code.core.shapeMatch':
    '{fn}：{name} 的形状为 {shape}，但应为 {layout}，其中 {bound}，与 {other} {otherShape} 一致',
  'code.core.leadMatch':
    '{fn}：{name} 的形状为 {shape}，但前面各维应为 {want}，与 {other} {otherShape} 一致',
  'code.core.emptyAttention': '{fn}：q 的形状为 {qShape}，k 为 {kShape}，但 L、S、d 都应 >= 1',
  'code.core.causalSquare':
    '{fn}：q 的形状为 {qShape}，k 为 {kShape}，但因果注意力要求 L = S（查询 i 位于位置 i）',
  'code.core.kvHeads':
    '{fn}：{name} 的形状为 {shape}，Hkv = {Hkv}，但 Hkv 应能整除 {other} {otherShape} 的 Hq = {Hq}',
  'code.core.eitherOf': '{fn}：{name} 为 {got}，但应为 {a} 或 {b}',
  'code.core.positive': '{fn}：{name} 为 {got}，但应为正数',
  'code.core.nonNegative': '{fn}：{name} 为 {got}，但应为 >= 0 的数',
  'code.core.oddKernel': '{fn}：{name} 为 {got}，但应为奇数（填充 k/2 才能保持 H、W 不变）',
  'code.core.evenLastDim':
    '{fn}：{name} 的形状为 {shape}，但最后一维 d 应为偶数 {layout}（第 i 维与第 i + d/2 维成对）',
  'code.core.rotaryHeadDim':
    '{fn}：旋转位置编码要求每个头的维度为偶数，但 E / numHeads = {E} / {numHeads} = {headDim}',
  'code.core.noCausal':
    '{fn}：causal 为 {got}，但此处不接受 causal 选项，请改传掩码（mask: attentionMask(L, S, { causal }).mask）',
  'code.core.linearOption':
    '{fn}：设置了 {name}，但不应有 {name} 选项（线性注意力只接受 {options}）',
  'code.core.lstmReverse':
    '{fn}：bidirectional 为 {got}，但 params 含有 weightIhReverse；应设 bidirectional: true',
  'code.core.maskRowBlocked':
    '{fn}：{options} 屏蔽了掩码 {shape} 第 {row} 行（查询位于位置 {position}）的所有键，但每行至少应保留一个未屏蔽的键',
  'code.core.maskOptions.causal': "causal '{causal}'",
  'code.core.maskOptions.window': 'window {window}',
  'code.core.maskOptions.both': "causal '{causal}' 与 window {window}",
  'code.core.notLabels': '{fn}：{name} 是 {got}，但应为由 0/1 组成的数组',
  'code.core.notScores': '{fn}：{name} 是 {got}，但应为由 [0, 1] 内的数组成的数组',
  'code.core.notLabel': '{fn}：{name} 为 {got}，但应为 0 或 1',
  'code.core.notScore': '{fn}：{name} 为 {got}，但应为 [0, 1] 内的数',
  'code.core.lengthMatch': '{fn}：{name} 的长度为 {length}，但应为 {want}，与 {other} 一致',
  'code.core.noLabels': '{fn}：{name} 为空，但至少应有一个标签',
  'code.core.oneClass':
    '{fn}：{name} 只有类别 {cls}（共 {count} 个标签），但要由得分计算 AUC，0 和 1 两类都应出现',
  'code.core.batchSame':
    '{fn}：{name} 的批次大小为 {got}，但 {other} 的批次大小为 {want}；两者的 N 应相同',
  'code.core.gateSize': '{fn}：g 的空间尺寸为 {h}x{w}，x 为 {H}x{W}；x 的尺寸应为 g 的整数倍',
  'code.core.integerAtLeast': '{fn}：{name} 为 {got}，但应为 >= {min} 的整数',
  'code.core.convChannels':
    '{fn}：weight 的形状为 {shape}（输入通道 = {inC}），但 x 有 {C} 个通道；weight 应为 [out, {C}, kh, kw]',
  'code.core.convTooSmall': '{fn}：x 的形状为 {shape}，填充 {padding} 后仍小于 {kh}x{kw} 的卷积核',
  'code.core.rankEither': '{fn}：{name} 的形状为 {shape}（秩 {rank}），但秩应为 {a} 或 {b}',
  'code.core.emptyDimAny': '{fn}：{name} 的形状为 {shape}，但不应有长度为 0 的维度',
  'code.core.openUnit': '{fn}：{name} 为 {got}，但应为严格介于 0 和 1 之间的数',
  'code.core.negativeWeight': '{fn}：{name} 含有负数，但应为概率（softmax 的输出，>= 0）',
  'code.core.forwardDead':
    '{fn}：{name} 在第 {step} 步给对齐能到达的每个位置（停留或前进一位）的权重都为零，但那里应有一些权重',
  'code.core.forwardDeadBatch':
    '{fn}：{name} 在批次第 {item} 项的第 {step} 步给对齐能到达的每个位置（停留或前进一位）的权重都为零，但那里应有一些权重',
  // 各课程模型自己的检查（lib/models：模拟器、分配器、解码器）。
  'code.core.integer': '{fn}：{name} 为 {got}，但应为整数',
  'code.core.integerIn': '{fn}：{name} 为 {got}，但应为 [{min}, {max}] 内的整数',
  'code.core.stepIndex': '{fn}：{name} 为 {got}，但应为 >= 0 的整数步数',
  'code.core.finitePositive': '{fn}：{name} 为 {got}，但应为 > 0 的有限数',
  'code.core.finiteNonNegative': '{fn}：{name} 为 {got}，但应为 >= 0 的有限数',
  'code.core.stepSize': '{fn}：{name} 为 {got}，但应为 (0, 1] 内的数，或不设置',
  'code.core.string': '{fn}：{name} 为 {got}，但应为字符串',
  'code.core.nonEmptyString': '{fn}：{name} 为 {got}，但应为非空字符串',
  'code.core.notFunction': '{fn}：{name} 为 {got}，但应为函数 {signature}',
  'code.core.notArray': '{fn}：{name} 为 {got}，但应为数组',
  'code.core.notNumbers': '{fn}：{name} 为 {got}，但应为数值数组',
  'code.core.nonEmptyNumbers': '{fn}：{name} 为 {got}，但应为非空的数值数组',
  'code.core.nonEmptyArrayOf': '{fn}：{name} 为 {got}，但应为由 {item} 组成的非空数组',
  'code.core.rates': '{fn}：{name} 为 {got}，但应为至少含 2 个成功率的数组',
  'code.core.bothClasses':
    '{fn}：{name} 有 {positives} 个正例、{negatives} 个负例，但两类都应至少有一个',
  'code.core.curvePoints': '{fn}：x 有 {nx} 个点，y 有 {ny} 个点，但两者应一样多，且至少为 2',
  'code.core.notAscending':
    '{fn}：x[{i}] = {x} 小于 x[{previous}] = {xPrevious}，但 x 应按升序排列',
  'code.core.switchTarget': '{fn}：{name} 为 {got}，但应为切换到的活动',
  'code.core.ruleResult': '{fn}：rule 在第 {minute} 分钟返回了 {got}，但应返回数值',
  'code.core.activityMissing':
    '{fn}：activities 为 [{activities}]，但这次专注时段还在“{missing}”上花了时间',
  'code.core.tokenIds': '{fn}：{name} 为 {got}，但应为由词元 id（>= 0 的整数）组成的非空数组',
  'code.core.tokenId': '{fn}：{name} 为 {got}，但应为词元 id（>= 0 的整数）',
  'code.core.logitsRank':
    '{fn}：nextLogits 在第 {step} 步返回了形状为 [{shape}] 的张量，但应为一维张量 [vocab]',
  'code.core.logitsType':
    '{fn}：nextLogits 在第 {step} 步返回了 {got}，但应返回 number[] 或一维张量',
  'code.core.logitsEmpty':
    '{fn}：nextLogits 在第 {step} 步返回了 0 个 logit，但应至少有一个（词表中每个词元一个）',
  'code.core.logitsCount':
    '{fn}：nextLogits 在第 {step} 步返回了 {count} 个 logit，但应为 {want} 个（词表中每个词元一个）',
  'code.core.logitValue': '{fn}：第 {step} 步的第 {index} 个 logit 为 {got}，但应为数值',
};

/** A parameter: plain text, a number, or another coded message (one reason, or a list). */
export type MessageParam = string | number | CodedMessage | CodedMessage[];

export interface CodedMessage {
  code: MessageCode;
  params?: Record<string, MessageParam>;
}

const codedTables: Record<Locale, Record<MessageCode, string>> = { en: codedEn, zh: codedZh };

/** Words a coded message in `locale`; nested messages in its parameters are worded too. */
export function renderCoded(message: CodedMessage, locale: Locale): string {
  const template = codedTables[locale][message.code] ?? message.code;
  const params = message.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return renderParam(value, locale);
  });
}

function renderParam(value: MessageParam, locale: Locale): string {
  if (Array.isArray(value)) {
    return value.map((m) => renderCoded(m, locale)).join(locale === 'zh' ? '；' : '; ');
  }
  if (typeof value === 'object') return renderCoded(value, locale);
  return String(value);
}

export function englishOf(message: CodedMessage): string {
  return renderCoded(message, 'en');
}

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(codedEn, code);
}

/**
 * An error that carries its code and parameters, with the English text as its `message`.
 * The runtime passes `coded` to the page, which words it in the page's language.
 */
export class CodedError extends Error {
  constructor(readonly coded: CodedMessage) {
    super(englishOf(coded));
  }
}

/** The code of a thrown value, when it has one. Never throws: the value may be a hostile Proxy. */
export function codedOf(thrown: unknown): CodedMessage | undefined {
  try {
    if (thrown instanceof CodedError && isMessageCode(thrown.coded.code)) return thrown.coded;
  } catch {
    // A Proxy that throws on every use has no code.
  }
  return undefined;
}
