import { QuestionPage, questionMetadata, questionParams } from '@/components/QuestionPage';

export const dynamicParams = false;
export const generateStaticParams = () => questionParams('en');

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return questionMetadata('en', (await params).slug);
}

export default async function Question({ params }: Props) {
  return <QuestionPage locale="en" slug={(await params).slug} />;
}
