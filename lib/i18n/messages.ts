/**
 * Every user-visible string of the app chrome lives here, in one table per locale.
 * `zh` is typed against `en`, so a missing translation is a type error.
 * Templates use {name} placeholders, filled by `format`.
 */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

const en = {
  'site.name': 'Attention Atlas',
  'site.tagline': 'Thirty interview questions on attention, with code you can run.',
  'nav.questions': 'Questions',
  'nav.practice': 'Practice',
  'nav.playground': 'Playground',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main',
  'common.comingSoon': 'Coming soon',
  'home.title': 'The questions',
  'home.search': 'Search questions',
  'home.searchPlaceholder': 'Search titles, answers, formulas…',
  'home.topic': 'Topic',
  'home.difficulty': 'Difficulty',
  'home.anyTopic': 'All topics',
  'home.anyDifficulty': 'Any difficulty',
  'home.count': '{shown} of {total} questions',
  'home.noResults': 'No question matches. Clear the search or the filters.',
  'home.clear': 'Clear filters',
  'home.draft': 'Draft',
  'difficulty.1': 'Warm-up',
  'difficulty.2': 'Core',
  'difficulty.3': 'Deep',
  'topic.foundations': 'Foundations',
  'topic.self-attention': 'Self-attention',
  'topic.multi-head': 'Multi-head',
  'topic.additive': 'Additive',
  'topic.vision': 'Vision',
  'topic.nlp': 'Language',
  'topic.speech-audio': 'Speech and audio',
  'topic.video': 'Video',
  'topic.graphs': 'Graphs',
  'topic.recommendation': 'Recommendation',
  'topic.evaluation': 'Evaluation',
  'topic.resource-allocation': 'Attention as a resource',
  'topic.applications': 'Applications',
  'question.number': 'Question {n}',
  'question.previous': 'Previous',
  'question.next': 'Next',
  'question.toc': 'On this page',
  'question.draftNotice': 'This page is a draft: the full answer is still being written.',
  'question.difficulty': 'Difficulty: {level}',
  'question.topics': 'Topics',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link has a typo.',
  'notFound.home': 'Back to the questions',
  'practice.title': 'Practice',
  'practice.soon': 'Quizzes, spot-the-bug, coding drills and mock interviews arrive here soon.',
  'playground.title': 'Playground',
  'playground.soon': 'A free-form editor with heatmaps arrives here soon.',
  'theme.label': 'Theme follows your system setting',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const zh: Messages = {
  'site.name': '注意力图谱',
  'site.tagline': '三十道注意力机制面试题，配可运行的代码。',
  'nav.questions': '题目',
  'nav.practice': '练习',
  'nav.playground': '试验场',
  'nav.skip': '跳到正文',
  'nav.main': '主导航',
  'common.comingSoon': '即将推出',
  'home.title': '题目列表',
  'home.search': '搜索题目',
  'home.searchPlaceholder': '搜索标题、答案、公式…',
  'home.topic': '主题',
  'home.difficulty': '难度',
  'home.anyTopic': '全部主题',
  'home.anyDifficulty': '任意难度',
  'home.count': '共 {total} 题，显示 {shown} 题',
  'home.noResults': '没有匹配的题目。请清空搜索或筛选条件。',
  'home.clear': '清除筛选',
  'home.draft': '草稿',
  'difficulty.1': '入门',
  'difficulty.2': '核心',
  'difficulty.3': '深入',
  'topic.foundations': '基础',
  'topic.self-attention': '自注意力',
  'topic.multi-head': '多头注意力',
  'topic.additive': '加性注意力',
  'topic.vision': '计算机视觉',
  'topic.nlp': '自然语言处理',
  'topic.speech-audio': '语音与音频',
  'topic.video': '视频',
  'topic.graphs': '图',
  'topic.recommendation': '推荐',
  'topic.evaluation': '评估',
  'topic.resource-allocation': '注意力作为资源',
  'topic.applications': '应用',
  'question.number': '第 {n} 题',
  'question.previous': '上一题',
  'question.next': '下一题',
  'question.toc': '本页目录',
  'question.draftNotice': '本页为草稿：完整答案仍在撰写中。',
  'question.difficulty': '难度：{level}',
  'question.topics': '主题',
  'notFound.title': '页面不存在',
  'notFound.body': '此地址没有页面。它可能已移动，或链接有误。',
  'notFound.home': '返回题目列表',
  'practice.title': '练习',
  'practice.soon': '测验、找错、编程练习和模拟面试即将上线。',
  'playground.title': '试验场',
  'playground.soon': '带热力图的自由编辑器即将上线。',
  'theme.label': '主题跟随系统设置',
};

const tables: Record<Locale, Messages> = { en, zh };

export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Returns a translator for one locale: t('home.count', { shown: 3, total: 30 }). */
export function translator(locale: Locale) {
  const table = tables[locale];
  return (key: MessageKey, vars?: Record<string, string | number>) => format(table[key], vars);
}

export type Translate = ReturnType<typeof translator>;
export const messageTables = tables;
