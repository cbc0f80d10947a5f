/**
 * Names a reader may type for something a page calls otherwise: an abbreviation and its Chinese
 * name (CNN, 卷积神经网络), or an English term and the glossary's rendering (mask, 掩码). A page
 * that uses one name is also indexed under the others, so either finds it in either edition.
 */
export const searchAliases: readonly (readonly string[])[] = [
  ['cnn', '卷积神经网络', 'convolutional network'],
  ['rnn', '循环神经网络', 'recurrent network'],
  ['lstm', '长短期记忆'],
  ['gnn', '图神经网络', 'graph neural network'],
  ['gat', '图注意力网络', 'graph attention network'],
  ['nlp', '自然语言处理', 'natural language processing'],
  ['asr', '语音识别', 'speech recognition'],
  ['tts', '语音合成', 'text-to-speech', 'speech synthesis'],
  ['vit', 'vision transformer'],
  ['qa', '问答', 'question answering'],
  ['token', '词元'],
  ['mask', '掩码'],
  ['batch', '批次'],
  ['patch', '图块'],
  ['softmax', '归一化指数函数'],
  ['attention gate', '注意力门控'],
  ['kv cache', 'kv 缓存'],
];

/** The other names of every alias group that the text mentions (text already lower-cased). */
export function aliasesOf(text: string): string[] {
  const found: string[] = [];
  for (const group of searchAliases) {
    if (group.some((name) => mentions(text, name))) found.push(...group);
  }
  return found;
}

/** A Latin name must stand as a word ("qa" is not in "aqa"); a Chinese one may sit anywhere. */
function mentions(text: string, name: string): boolean {
  if (/\p{Script=Han}/u.test(name)) return text.includes(name);
  return new RegExp(`(?<![a-z0-9])${name.replace(/[-\s]/g, '[-\\s]')}(?![a-z0-9])`).test(text);
}
