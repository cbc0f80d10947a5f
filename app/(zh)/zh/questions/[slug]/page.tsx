import { QuestionPage, questionMetadata, questionParams } from '@/components/QuestionPage';

export const dynamicParams = false;
export const generateStaticParams = () => questionParams('zh');

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return questionMetadata('zh', (await params).slug);
}

export default async function Question({ params }: Props) {
  return <QuestionPage locale="zh" slug={(await params).slug} />;
}
