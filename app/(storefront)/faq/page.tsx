import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

export const generateMetadata = () => contentPageMetadata("faq");

export default function FaqPage() {
  return <ContentPage slug="faq" />;
}
